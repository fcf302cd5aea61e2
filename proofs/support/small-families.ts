/**
 * Small families for B3's bounded model checking of the tell-tale learner: every family of one
 * to three distinct languages among the 26 with minimal DFAs of at most 2 states over {a, b}
 * (proofs/support/small-world.ts), their canonical tell-tales checked against a membership table
 * over the words of length ≤ 4 (complete: a shortest word of L_i ∖ L_j has length < 2 · 2), and
 * one run of the learner per member and text, judged by the law of tell-tale-law.ts.
 */
import type { TextDatum } from "../../src/identification/datum.js";
import { type Family, finiteFamily, member } from "../../src/identification/family/family.js";
import { runLearner } from "../../src/identification/learner/run.js";
import { tellTaleLearner } from "../../src/identification/learner/tell-tale-learner.js";
import type { Hypothesis } from "../../src/identification/learner/trace.js";
import { take } from "../../src/identification/presentation/presentation.js";
import { randomText, shortlexText } from "../../src/identification/presentation/text.js";
import { tellTales } from "../../src/identification/telltale/search.js";
import { properlyIncluded, table } from "./condition-brute.js";
import { orThrow } from "./or-throw.js";
import { type SmallLanguage, smallWorld, wordsUpTo } from "./small-world.js";
import { predictedStep, rightFrom } from "./tell-tale-law.js";

/** The texts a member is shown in. */
export type LawText = "shortlex" | "random";

/** Data read before the predicted step must have come (2-state tell-tale words are short). */
const LAW_PREFIX = 40;
/** Data read past the predicted step. */
const LAW_MARGIN = 20;

/**
 * Families of one to three distinct languages of minimal size ≤ 2, as indices into
 * `smallWorld(2)`: the sets in increasing index order (2 951), or with `ordered` every order of
 * them (16 276).
 *
 * @example
 * ```ts
 * smallFamilies(false).length; // 2951
 * ```
 */
export function smallFamilies(ordered: boolean): number[][] {
  const out: number[][] = [];
  const grow = (prefix: number[]): void => {
    if (prefix.length > 0) out.push(prefix);
    if (prefix.length === 3) return;
    const from = ordered ? 0 : (prefix[prefix.length - 1] ?? -1) + 1;
    for (let i = from; i < 26; i++) if (!prefix.includes(i)) grow([...prefix, i]);
  };
  grow([]);
  return out;
}

/**
 * The family of the given small languages, in that order; throws when a library tell-tale is
 * not the canonical set computed from the membership table. Cost: O(n² · 31) runs for n ≤ 3.
 *
 * @example
 * ```ts
 * lawFamily([0, 5, 9]).size; // 3
 * ```
 */
export function lawFamily(languages: readonly number[]): Family {
  const small = smallWorld(2);
  const dfas = languages.map((i) => (small[i] as SmallLanguage).minimal);
  const family = orThrow(finiteFamily(dfas.map((dfa) => ({ dfa }))));
  const t = table(dfas, wordsUpTo(4));
  orThrow(tellTales(family)).forEach((tale, i) => {
    const firsts = dfas.flatMap((_, j) =>
      properlyIncluded(t, j, i)
        ? [(t.rows[i] as boolean[]).findIndex((x, w) => x && !(t.rows[j] as boolean[])[w])]
        : [],
    );
    const canonical = [...new Set(firsts)].sort((x, y) => x - y).map((k) => t.words[k]);
    const same =
      tale.words.map((w) => w.join(",")).join(" ") === canonical.map((w) => w?.join(",")).join(" ");
    if (!same)
      throw new Error(
        `member ${i}: tell-tale ${JSON.stringify(tale.words)} is not the canonical one`,
      );
  });
  return family;
}

/** One run of the tell-tale learner on a text for member t, and its predicted step. */
export interface LawRun {
  readonly step: number;
  readonly guesses: readonly Hypothesis[];
  /** Every guess from the predicted step to the end has the target's language. */
  readonly right: boolean;
}

/**
 * Runs the tell-tale learner on the shortlex (or a seeded random-fair) text for member t, to 20
 * data past the predicted step, and judges it.
 *
 * @example
 * ```ts
 * lawRun(lawFamily([0, 5]), 1, "shortlex").right; // true
 * ```
 */
export function lawRun(family: Family, t: number, kind: LawText): LawRun {
  const target = member(family, t);
  const text = kind === "shortlex" ? shortlexText(target) : randomText(target, 7 + t);
  const tale = orThrow(tellTales(family))[t]?.words ?? [];
  const step = predictedStep(family, t, tale, take<TextDatum>(text, LAW_PREFIX));
  if (step === undefined) throw new Error(`no predicted step within ${LAW_PREFIX} data`);
  const data = take<TextDatum>(text, step + LAW_MARGIN);
  const guesses = runLearner(orThrow(tellTaleLearner(family)), data).hypotheses;
  return { step, guesses, right: rightFrom(family, t, guesses, step) };
}
