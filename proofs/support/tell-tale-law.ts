/**
 * The tell-tale learner's convergence law (AMENDMENTS.md, issue 4: bounded, not pinned), worked
 * out from the data for the proofs (THEORY.md C4, B3): on a text for L_t the learner has
 * converged, to an index with L_t's language, by the step at which every word of T_t has
 * appeared and every earlier member L_j (j < t) with L_t ⊄ L_j has been refuted by a word
 * outside it. Inclusions are decided by products (`products.ts`), appearances by reading the
 * data, and the guesses are compared with the target by products too.
 */
import { accepts } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";
import { isPause, type TextDatum } from "../../src/identification/datum.js";
import { type Family, member } from "../../src/identification/family/family.js";
import type { Hypothesis } from "../../src/identification/learner/trace.js";
import { subsetByProduct } from "./products.js";

/**
 * The predicted step for target t with tell-tale `tale` on `data` (1 at least: guesses are read
 * after the first datum), or undefined when the data end first. Cost: O(steps · t · |w|) runs
 * and t products.
 *
 * @example
 * ```ts
 * predictedStep(exLen(), 2, [[0], [0, 0]], [[], [0], [0, 0]]); // 3: aa at step 3
 * ```
 */
export function predictedStep(
  family: Family,
  t: number,
  tale: readonly Word[],
  data: readonly TextDatum[],
): number | undefined {
  const target = member(family, t);
  const toRefute = Array.from({ length: t }, (_, j) => j).filter(
    (j) => !subsetByProduct(target, member(family, j)),
  );
  const pending = new Set(tale.map((w) => w.join(",")));
  const standing = new Set(toRefute);
  if (pending.size === 0 && standing.size === 0) return data.length > 0 ? 1 : undefined;
  for (const [s, d] of data.entries()) {
    if (isPause(d)) continue;
    pending.delete(d.join(","));
    for (const j of standing) if (!accepts(member(family, j), d)) standing.delete(j);
    if (pending.size === 0 && standing.size === 0) return s + 1;
  }
  return undefined;
}

/**
 * Does every guess from step `from` (1-based) to the end have the target's language? Equality
 * by two products per distinct guess.
 *
 * @example
 * ```ts
 * rightFrom(exLen(), 2, [0, 1, 2, 2], 3); // true
 * ```
 */
export function rightFrom(
  family: Family,
  t: number,
  guesses: readonly Hypothesis[],
  from: number,
): boolean {
  const target = member(family, t);
  const memo = new Map<number, boolean>();
  return guesses.slice(from - 1).every((h) => {
    if (h === null || !(Number.isInteger(h) && h >= 0 && h < family.size)) return false;
    let ok = memo.get(h);
    if (ok === undefined) {
      const d = member(family, h);
      ok = subsetByProduct(d, target) && subsetByProduct(target, d);
      memo.set(h, ok);
    }
    return ok;
  });
}

/**
 * The first step from which every guess is the last one (recomputed from the raw guesses; the
 * trace's own convergence point is not used).
 *
 * @example
 * ```ts
 * settledFrom([null, 1, 2, 2]); // 3
 * ```
 */
export function settledFrom(guesses: readonly Hypothesis[]): number {
  const last = guesses[guesses.length - 1];
  let s = guesses.length;
  while (s > 1 && guesses[s - 2] === last) s--;
  return s;
}
