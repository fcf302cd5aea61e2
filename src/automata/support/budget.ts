/**
 * Budgets: plain objects with named limits. Every limit has a documented default, and
 * running out gives a `kind: "budget"` error (never a hang or an out-of-memory).
 *
 * @module
 */

/** Limits for constructions whose size can blow up (subset constructions, monoids). */
export interface StateBudget {
  /**
   * The most states (or monoid elements) a construction may create.
   * @defaultValue {@link DEFAULT_STATES}
   */
  readonly states?: number;
}

/** The default state budget: one million states. */
export const DEFAULT_STATES = 1_000_000;

/**
 * The state limit of a budget, with its default filled in.
 *
 * @example
 * ```ts
 * stateLimit({}); // 1_000_000
 * stateLimit({ states: 10 }); // 10
 * ```
 */
export function stateLimit(budget: StateBudget | undefined): number {
  return budget?.states ?? DEFAULT_STATES;
}
