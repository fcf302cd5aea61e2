/**
 * Definition 1 (THEORY.md P2) by brute force, for the proofs: at each step the guess must be
 * an index of the class and consistent with every datum seen so far. Written here from the raw
 * guesses and the data, by running the members' automata on every word again at every step, so
 * it shares nothing with the library's `consistent` wrapper (which keeps a sample and checks
 * only what changed). Also a scripted learner: a user-style learner that replays a list of
 * guesses, in or out of the class.
 */
import * as O from "fp-ts/lib/Option.js";
import { accepts } from "../../src/automata/dfa.js";
import { type Datum, isInformantDatum, isPause } from "../../src/identification/datum.js";
import { type Family, member } from "../../src/identification/family/family.js";
import type { Learner } from "../../src/identification/learner/learner.js";
import type { Hypothesis } from "../../src/identification/learner/trace.js";

/** A step that breaks Definition 1, found by brute force. */
export interface BruteViolation {
  readonly step: number;
  readonly guess: number;
  readonly kind: "outside-class" | "inconsistent";
}

/** Is h an index of the family (an integer in 0..size − 1)? */
function inClass(family: Family, h: number): boolean {
  return Number.isInteger(h) && h >= 0 && h < family.size;
}

/** Does member h misclassify `w` as the datum `d` shows it (a pause shows nothing)? */
export function misclassifies(family: Family, h: number, d: Datum): boolean {
  if (isPause(d)) return false;
  const m = member(family, h);
  if (isInformantDatum(d)) return accepts(m, d.word) !== d.label;
  return !accepts(m, d);
}

/**
 * Every step whose guess breaks Definition 1: not an index of the class, or an index whose
 * member misclassifies some datum among the first `step` data. Cost: O(steps² · |w|).
 *
 * @example
 * ```ts
 * bruteViolations(exLen(), [[0], []], [1, 0]); // [{ step: 2, guess: 0, kind: "inconsistent" }]
 * ```
 */
export function bruteViolations(
  family: Family,
  data: readonly Datum[],
  guesses: readonly Hypothesis[],
): BruteViolation[] {
  const out: BruteViolation[] = [];
  for (const [i, h] of guesses.entries()) {
    if (h === null) continue;
    if (!inClass(family, h)) out.push({ step: i + 1, guess: h, kind: "outside-class" });
    else if (data.slice(0, i + 1).some((d) => misclassifies(family, h, d)))
      out.push({ step: i + 1, guess: h, kind: "inconsistent" });
  }
  return out;
}

/**
 * A user-style learner that guesses `script[(t − 1) mod length]` after datum t, whatever the
 * data (null: no guess). It reads both texts and informants.
 *
 * @example
 * ```ts
 * runLearner(scripted([1, null, 7]), [[0], [0], [0], [0]]).hypotheses; // [1, null, 7, 1]
 * ```
 */
export function scripted(script: readonly Hypothesis[]): Learner<number, Datum> {
  return {
    name: `scripted(${script.join(" ")})`,
    init: 0,
    step: (t) => t + 1,
    guess: (t) => {
      const h = script[(t - 1) % script.length] ?? null;
      return h === null ? O.none : O.some(h);
    },
  };
}
