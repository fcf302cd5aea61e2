/**
 * The candidate set of attribution (THEORY.md P1) as a run narrows it: the members among the
 * first `window` whose language contains every word shown so far. Its size is the ambiguity.
 *
 * Invariant: `alive[i] = 1` exactly when member i accepts every word shown; `count` is the
 * number of ones. Each datum is checked once against the members still standing (the shared
 * refutation flags of the learners), so a run of n words costs O(window · symbols) in all.
 *
 * @module
 */
import type { ReadonlyUint8Array } from "../../automata/dfa.js";
import type { TextDatum } from "../../identification/datum.js";
import type { Family } from "../../identification/family/family.js";
import { refute, standing, standingIndices } from "../../identification/learner/refute.js";

/** The standing members of a window. */
export interface Candidates {
  readonly alive: ReadonlyUint8Array;
  readonly count: number;
  /** True when the family has members beyond the window (so the true set may be larger). */
  readonly beyond: boolean;
}

/**
 * Every member of the window standing (nothing shown yet).
 *
 * @example
 * ```ts
 * initialCandidates(exFt(chat), 64).count; // 64
 * ```
 */
export function initialCandidates(family: Family, window: number): Candidates {
  const m = Math.min(family.size, window);
  return { alive: standing(m), count: m, beyond: family.size > m };
}

/**
 * The candidates after one more datum (a pause refutes nothing).
 *
 * Cost: O(standing · |w|).
 *
 * @example
 * ```ts
 * narrowCandidates(exGold(), initialCandidates(exGold(), 4), [0, 0]).count; // 2
 * ```
 */
export function narrowCandidates(family: Family, c: Candidates, datum: TextDatum): Candidates {
  const alive = refute(family, c.alive, datum);
  if (alive === c.alive) return c;
  let count = 0;
  for (let i = 0; i < alive.length; i++) count += alive[i] as number;
  return { alive, count, beyond: c.beyond };
}

/**
 * The first `want` standing members.
 *
 * @example
 * ```ts
 * candidateList(c, 5); // [0, 12, 13, 14, 15]
 * ```
 */
export function candidateList(c: Candidates, want: number): number[] {
  return standingIndices(c.alive, want);
}
