/**
 * Star-freeness (THEORY.md P5, C11): by Schützenberger's theorem a regular language is
 * star-free exactly when its syntactic monoid, the transition monoid of its minimal DFA, is
 * aperiodic: every element m has some n with m^n = m^(n+1).
 *
 * For a transformation m of a finite set, the powers of m eventually cycle with period the
 * least common multiple of the cycle lengths of m's functional graph (q → m(q)). So m is
 * aperiodic exactly when every cycle of that graph is a fixed point, which one walk over the
 * n states decides: O(n) per element, O(|M|·n) for the monoid.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { Dfa } from "../dfa.js";
import { minimize } from "../minimize.js";
import type { StateBudget } from "../support/budget.js";
import type { LimitLabError } from "../support/errors.js";
import { type Monoid, transitionMonoid } from "./monoid.js";

/**
 * Is the monoid aperiodic (no element generates a non-trivial group)?
 *
 * Cost: O(|M|·n).
 *
 * @example
 * ```ts
 * pipe(transitionMonoid(minimize(abStar)), E.map(isAperiodic)); // right(true)
 * pipe(transitionMonoid(minimize(evenAs)), E.map(isAperiodic)); // right(false): a swaps
 * ```
 */
export function isAperiodic(m: Monoid): boolean {
  const n = m.states;
  // stamp[q]: the walk that last visited q; walks are numbered across all elements
  const stamp = new Int32Array(n).fill(-1);
  let walk = 0;
  for (let e = 0; e < m.size; e++) {
    const base = e * n;
    const firstWalk = walk;
    for (let q0 = 0; q0 < n; q0++) {
      if ((stamp[q0] as number) >= firstWalk) continue;
      let q = q0;
      while ((stamp[q] as number) < firstWalk) {
        stamp[q] = walk;
        q = m.elements[base + q] as number;
      }
      // q closed a new cycle of this walk: it must be a fixed point
      if (stamp[q] === walk && m.elements[base + q] !== q) return false;
      walk++;
    }
  }
  return true;
}

/**
 * Is the language star-free? Minimises, builds the transition monoid within the budget and
 * tests aperiodicity.
 *
 * The budget's `states` limit counts monoid elements (default 10^6, see `transitionMonoid`).
 * Cost: O(k·n log n) to minimise, then O(|M|·k·n) for the monoid of the n-state minimal DFA.
 *
 * @example
 * ```ts
 * isStarFree(abStar); // right(true)
 * isStarFree(evenAs); // right(false): (aa)* counts modulo 2
 * isStarFree(d, { states: 100 }); // left(budget) when the syntactic monoid exceeds 100
 * ```
 */
export function isStarFree(d: Dfa, budget?: StateBudget): E.Either<LimitLabError, boolean> {
  return pipe(transitionMonoid(minimize(d), budget), E.map(isAperiodic));
}
