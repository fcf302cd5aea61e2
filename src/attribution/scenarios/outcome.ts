/**
 * Small builders the scenario runs share: checks, progress values and JSON conversions.
 *
 * @module
 */

import type { Alphabet } from "../../automata/alphabet.js";
import { enumerate } from "../../automata/count/enumerate.js";
import type { Dfa } from "../../automata/dfa.js";
import { type Word, wordEquals, wordToString } from "../../automata/word.js";
import type { Progress, Steps } from "../../identification/progress.js";
import type { Check, ScenarioProgress, ScenarioProgressInfo } from "./types.js";

/**
 * A named check.
 *
 * @example
 * ```ts
 * check("L2 = 0 exactly", l2.equal === true); // { name: "L2 = 0 exactly", passed: true }
 * ```
 */
export function check(name: string, passed: boolean): Check {
  return { name, passed };
}

/**
 * A progress value: `done` of `total` phases finished, `phase` the one starting.
 *
 * @example
 * ```ts
 * yield progress("R4a", "posterior", 1, 3);
 * ```
 */
export function progress(
  scenario: string,
  phase: string,
  done: number,
  total: number,
): ScenarioProgress {
  return { done, total, partial: { scenario, phase } };
}

/**
 * Words as printed (tokens space-separated, `ε` for the empty word), for reports.
 *
 * @example
 * ```ts
 * printed(ab, [[0, 1], []]); // ["ab", "ε"]
 * ```
 */
export function printed(alphabet: Alphabet, words: readonly Word[]): string[] {
  return words.map((w) => wordToString(alphabet, w));
}

/**
 * A finite number for JSON: `Infinity` and `NaN` become null.
 *
 * @example
 * ```ts
 * finiteOrNull(Number.POSITIVE_INFINITY); // null
 * ```
 */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * Runs an inner step-wise computation inside a scenario, re-yielding its progress as the
 * scenario's (phase text from `describe`), and returns its result.
 *
 * @example
 * ```ts
 * const counts = yield* relay(dfaLanguageCountsSteps(4), "P7-growth", (p) => `${p.done} structures`, 2, 4);
 * ```
 */
export function* relay<P, R>(
  steps: Steps<P, R>,
  scenario: string,
  describe: (p: Progress<P>) => string,
  done: number,
  total: number,
): Steps<ScenarioProgressInfo, R> {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
    yield progress(scenario, describe(r.value), done, total);
  }
}

/**
 * The 0-based shortlex rank of `w` within L(d) (precondition: w ∈ L(d)); a random-fair text
 * shows it by step `fairBound(rank)` = 4·rank + 2.
 *
 * Cost: enumerating the words of L(d) before w.
 *
 * @example
 * ```ts
 * rankIn(abStar, [0, 1]); // 1: ε, ab
 * ```
 */
export function rankIn(d: Dfa, w: Word): number {
  let i = 0;
  for (const x of enumerate(d)) {
    if (wordEquals(x, w)) return i;
    i++;
  }
  return i;
}
