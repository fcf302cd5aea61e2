/**
 * Traces: what a learner guessed after each datum, and what follows from it.
 *
 * Definitions (issue 4 and AMENDMENTS.md, shared by traces, adversaries and certificates):
 * - step t is the number of data read (1-based); `hypotheses[t − 1]` is the guess after datum t
 *   (`null` for none);
 * - a *mind change* is a step whose guess is some(i) while the last earlier some guess was
 *   some(j) with j ≠ i (pauses and none in between do not count; the first some is not one);
 * - the *convergence point* is the first t such that every guess at steps ≥ t is the same
 *   some(h); a none after t breaks convergence;
 * - correctness is up to language equality: a guess is right when its member has the target's
 *   language (another index with the same language is right too).
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { dfaEquals } from "../../automata/canonical.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { type Family, hasMember, member } from "../family/family.js";

/** A guess: an index, or `null` for none. */
export type Hypothesis = number | null;

/** The record of one run of a learner. */
export interface Trace<S = unknown> {
  readonly learner: string;
  /** `hypotheses[t − 1]` is the guess after datum t. */
  readonly hypotheses: readonly Hypothesis[];
  readonly mindChanges: number;
  /** The steps (1-based) at which the mind changes happened. */
  readonly changeSteps: readonly number[];
  /** The convergence point within the trace, if the last guess is some. */
  readonly convergence: O.Option<number>;
  /** The last guess. */
  readonly final: O.Option<number>;
  /** The learner's state after the last datum. */
  readonly state: S;
}

/**
 * The steps (1-based) at which mind changes happen.
 *
 * Cost: O(steps).
 *
 * @example
 * ```ts
 * mindChangeSteps([null, 1, null, 1, 2, 2, 1]); // [5, 7]
 * ```
 */
export function mindChangeSteps(hypotheses: readonly Hypothesis[]): number[] {
  const out: number[] = [];
  let last: Hypothesis = null;
  for (const [i, h] of hypotheses.entries()) {
    if (h === null) continue;
    if (last !== null && h !== last) out.push(i + 1);
    last = h;
  }
  return out;
}

/**
 * The convergence point: the first step from which every guess is the same some(h); none when
 * the last guess is none (or there is none at all).
 *
 * @example
 * ```ts
 * convergencePoint([1, 2, 2]); // some(2)
 * convergencePoint([1, 1, null]); // none
 * ```
 */
export function convergencePoint(hypotheses: readonly Hypothesis[]): O.Option<number> {
  const n = hypotheses.length;
  const last = hypotheses[n - 1];
  if (last === undefined || last === null) return O.none;
  let t = n;
  while (t > 1 && hypotheses[t - 2] === last) t--;
  return O.some(t);
}

/**
 * A trace from the guesses of a run and the final state.
 *
 * @example
 * ```ts
 * traceOf("mine", [null, 0, 1], s).mindChanges; // 1
 * ```
 */
export function traceOf<S>(learner: string, hypotheses: readonly Hypothesis[], state: S): Trace<S> {
  const changeSteps = mindChangeSteps(hypotheses);
  const last = hypotheses[hypotheses.length - 1];
  return {
    learner,
    hypotheses,
    mindChanges: changeSteps.length,
    changeSteps,
    convergence: convergencePoint(hypotheses),
    final: last === undefined || last === null ? O.none : O.some(last),
    state,
  };
}

/** Compares guesses with a target by language, minimising the target once. */
function rightGuess(family: Family, target: Dfa): (h: Hypothesis) => boolean {
  const t = minimize(target);
  const memo = new Map<number, boolean>();
  return (h) => {
    if (h === null || !hasMember(family, h)) return false;
    let r = memo.get(h);
    if (r === undefined) {
      r = dfaEquals(member(family, h), t);
      memo.set(h, r);
    }
    return r;
  };
}

/**
 * Is the final guess the target, up to language equality?
 *
 * Cost: one minimisation of the target and one comparison.
 *
 * @example
 * ```ts
 * finalCorrect(trace, exLen(), finiteLanguage(a, [[], [0]])); // true when it ends on index 1
 * ```
 */
export function finalCorrect(trace: Trace, family: Family, target: Dfa): boolean {
  const last = trace.hypotheses[trace.hypotheses.length - 1];
  return last !== undefined && rightGuess(family, target)(last);
}

/**
 * The first step from which every guess is right up to language equality (it may move between
 * members with the target's language); none when the last guess is wrong.
 *
 * Cost: one minimisation of the target and one comparison per distinct guess.
 *
 * @example
 * ```ts
 * correctFrom(trace, exZoo42, target); // some(17): right from step 17 to the end
 * ```
 */
export function correctFrom(trace: Trace, family: Family, target: Dfa): O.Option<number> {
  const right = rightGuess(family, target);
  const hs = trace.hypotheses;
  let t = hs.length;
  while (t >= 1 && right(hs[t - 1] as Hypothesis)) t--;
  return t === hs.length ? O.none : O.some(t + 1);
}
