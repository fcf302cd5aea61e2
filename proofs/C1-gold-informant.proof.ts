/**
 * C1 (THEORY.md): Gold 1967, identification by enumeration from informant.
 *
 * Statement. For every indexed family with decidable membership, the learner that guesses the
 * least index consistent with the labelled data seen identifies every member in the limit from
 * any informant (Gold 1967, "Language identification in the limit"). It has converged once,
 * for every earlier member with another language, some word on which the two differ has
 * appeared; for DFA families that moment is computable: the longest among the shortest, then
 * shortlex-least, distinguishing words of the earlier members and the target.
 *
 * Finite shadow. The library's informant enumeration learner on random finite zoos (EX-ZOO,
 * 12 members over {a, b}), with the shortlex informant and with seeded random-fair ones, and
 * on every member of EX-GOLD and EX-COFIN up to index 40 (200 deep) with the shortlex
 * informant. With the shortlex informant the convergence point is exactly the bound's step
 * (1 + the largest shortlex rank of the distinguishing words), since the least consistent
 * member changes exactly when its first distinguishing word appears; with a random-fair
 * informant it is at most the step by which that word must have appeared. EX-GOLD and
 * EX-COFIN also have the bound in closed form (step n + 2 and n + 1 for the member of index
 * n + 1). Not a restatement: the bound is computed from the family alone, the trace from the
 * learner alone, and the two are compared.
 *
 * Independent check. The trace is analysed here, not by the library's trace code: the
 * convergence point is recomputed from the raw guesses, the final guess is compared with the
 * target by `equivalent`, and every informant datum is checked by running the target. The
 * bound's words are checked by brute force: each distinguishes its member from the target
 * (both automata run on it) and no word shortlex-before it does (every earlier word of Σ*
 * tried).
 *
 * Control. The same learner from text, positive data only (the text enumeration learner), on
 * EX-GOLD: on the shortlex text of each finite member {a^0, …, a^n} it guesses a* (index 0) at
 * every step up to the horizon, so it never identifies a finite member; and this is not an
 * artefact of the horizon, since a* contains every word a text can show and is the least index,
 * so no longer prefix can move it. (It does identify a* itself; THEORY.md C2 is the adversary
 * that defeats every text learner on EX-GOLD.)
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import type { Word } from "../src/automata/word.js";
import type { InformantDatum, TextDatum } from "../src/identification/datum.js";
import { exCofin, exGold, exZoo } from "../src/identification/family/examples.js";
import { type Family, member } from "../src/identification/family/family.js";
import { enumerationLearner } from "../src/identification/learner/enumeration.js";
import { runLearner } from "../src/identification/learner/run.js";
import type { Hypothesis } from "../src/identification/learner/trace.js";
import { fairBound } from "../src/identification/presentation/fair-random.js";
import {
  randomInformant,
  shortlexInformant,
} from "../src/identification/presentation/informant.js";
import { take } from "../src/identification/presentation/presentation.js";
import { shortlexText } from "../src/identification/presentation/text.js";
import { informantBound } from "../src/identification/query/informant.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { firstOfSigmaStar } from "./support/shortlex.js";

/** The first step from which every guess is `last` (recomputed from the raw guesses). */
function convergedFrom(guesses: readonly Hypothesis[]): { step: number; guess: Hypothesis } {
  const guess = guesses[guesses.length - 1] ?? null;
  let step = guesses.length;
  while (step > 1 && guesses[step - 2] === guess) step--;
  return { step, guess };
}

/** Does `w` separate a from b, with no word shortlex-before it doing so (brute force)? */
function shortestSeparating(a: Dfa, b: Dfa, w: Word, rank: number): boolean {
  const upTo = firstOfSigmaStar(a.alphabet.symbols.length, rank + 1);
  const last = upTo[rank];
  if (last === undefined || last.join(",") !== w.join(",")) return false;
  return upTo.every((x, i) => (accepts(a, x) !== accepts(b, x)) === (i === rank));
}

/** C1's bound for target index t, each of its words checked by brute force. */
function checkedBound(family: Family, t: number): { step: number; rank: number } {
  const target = member(family, t);
  const { refutations, step } = informantBound(family, t);
  for (const r of refutations)
    if (!shortestSeparating(member(family, r.member), target, r.word, r.rank))
      throw new Error(`[${r.word.join(", ")}] is not the first word separating member ${r.member}`);
  return { step, rank: Math.max(-1, ...refutations.map((r) => r.rank)) };
}

/**
 * Runs the informant learner on `data` and checks the trace: every datum right, convergence
 * at the expected step (exactly, or at most), to the target's index, whose member is the target.
 */
function converges(
  family: Family,
  t: number,
  data: readonly InformantDatum[],
  expected: number,
  exactly: boolean,
): { step: number } | undefined {
  const target = member(family, t);
  if (!data.every((d) => accepts(target, d.word) === d.label)) return undefined;
  const trace = runLearner(enumerationLearner(family, "informant"), data);
  const { step, guess } = convergedFrom(trace.hypotheses);
  const right = guess === t && O.isNone(equivalent(member(family, guess), target));
  const inTime = exactly ? step === expected : step <= expected;
  return right && inTime ? { step } : undefined;
}

/** Members of EX-GOLD and EX-COFIN with their closed-form bound steps. */
interface UnaryCase {
  readonly name: "EX-GOLD" | "EX-COFIN";
  readonly t: number;
  /** Closed form: EX-GOLD index n + 1 at step n + 2, EX-COFIN index n + 1 at step n + 1, a* at 1. */
  readonly step: number;
}

const unaryCases = (deep: boolean): UnaryCase[] =>
  Array.from({ length: (deep ? 200 : 40) + 1 }, (_, t) => t).flatMap((t) => [
    { name: "EX-GOLD", t, step: t === 0 ? 1 : t + 1 },
    { name: "EX-COFIN", t, step: t === 0 ? 1 : t },
  ]);

const families = { "EX-GOLD": exGold(), "EX-COFIN": exCofin() };

export const proof = defineProof({
  id: "C1",
  title: "Identification by enumeration from informant (Gold 1967)",
  statement:
    "For every indexed family with decidable membership, guessing the least index consistent with the labelled data identifies every member in the limit from any informant (Gold 1967); it has converged once every earlier member with another language has been refuted, which for DFA families happens by a computable step: the longest shortest, then shortlex-least, distinguishing word among earlier members.",
  shadow:
    "The informant enumeration learner on random 12-member zoos over {a, b} (shortlex and seeded random-fair informants) and on every member of EX-GOLD and EX-COFIN up to index 40 (200 deep): with the shortlex informant it converges exactly at the bound's step, with a random-fair one by the step its words must have appeared; EX-GOLD and EX-COFIN's bounds also match their closed forms.",
  check:
    "The trace is analysed here: convergence recomputed from the raw guesses, the final guess compared with the target by `equivalent`, every datum checked against the target; each bound word is checked by brute force to separate its member from the target with no earlier word of Σ* doing so.",
  control:
    "The same enumeration from text on EX-GOLD: on the shortlex text of each finite member it guesses a* (index 0) at every step to the horizon, and no longer prefix can change that (a* contains every word and is the least index): it never identifies a finite member.",
  properties: [
    {
      name: "on random zoos the informant enumeration learner converges to the target exactly at the bound's step with the shortlex informant, and by the bound with a random-fair one",
      role: "claim",
      runs: { fast: 40, deep: 400 },
      covers: ["target after 4 members", "bound beyond step 4", "random-fair later than shortlex"],
      build: (ctx) =>
        fc.property(fc.nat(), fc.noBias(fc.nat(11)), fc.nat(), (seed, t, informantSeed) => {
          const zoo = orThrow(exZoo(seed, { members: 12, states: 5 }));
          const target = member(zoo, t);
          const { step, rank } = checkedBound(zoo, t);
          const fair = rank < 0 ? 1 : fairBound(rank);
          const shortlex = converges(
            zoo,
            t,
            take(shortlexInformant(target), step + 10),
            step,
            true,
          );
          const random = converges(
            zoo,
            t,
            take(randomInformant(target, informantSeed), fair + 10),
            fair,
            false,
          );
          if (t >= 4) ctx.classify("target after 4 members");
          if (step > 4) ctx.classify("bound beyond step 4");
          ctx.witness("bound step (shortlex)", step);
          if (shortlex === undefined || random === undefined) return false;
          if (random.step > shortlex.step) ctx.classify("random-fair later than shortlex");
          ctx.witness("convergence step (random-fair)", random.step);
          return true;
        }),
    },
    exhaustive({
      name: "on every member of EX-GOLD and EX-COFIN up to index 40 (200 deep) it converges exactly at the bound's step, which has its closed form",
      role: "claim",
      chunks: 2,
      covers: ["EX-GOLD", "EX-COFIN", "a*"],
      cases: ({ mode }) => unaryCases(mode === "deep"),
      check: (c, ctx) => {
        ctx.classify(c.t === 0 ? "a*" : c.name);
        const family = families[c.name];
        const { step } = checkedBound(family, c.t);
        ctx.witness(`convergence step, ${c.name}`, step);
        const data = take(shortlexInformant(member(family, c.t)), step + 5);
        return step === c.step && converges(family, c.t, data, step, true) !== undefined;
      },
      show: (c) => `${c.name} index ${c.t}`,
    }),
    exhaustive({
      name: "from text, the same enumeration on EX-GOLD guesses a* at every step on the text of each finite member, so it never identifies one",
      role: "control",
      covers: ["{ε}", "at least 10 words"],
      cases: ({ mode }) => Array.from({ length: mode === "deep" ? 200 : 40 }, (_, n) => n + 1),
      check: (t, ctx) => {
        if (t === 1) ctx.classify("{ε}");
        if (t >= 11) ctx.classify("at least 10 words");
        const gold = families["EX-GOLD"];
        const target = member(gold, t);
        const horizon = 4 * t + 20;
        const text: TextDatum[] = take(shortlexText(target), horizon);
        const trace = runLearner(enumerationLearner(gold, "text"), text);
        ctx.witness("horizon (data)", horizon);
        const star = member(gold, 0);
        const shown = text.filter((d): d is Word => d !== "#");
        return (
          trace.hypotheses.length === horizon &&
          trace.hypotheses.every((h) => h === 0) &&
          O.isSome(equivalent(star, target)) &&
          shown.every((w) => accepts(star, w) && accepts(target, w))
        );
      },
      show: (t) => `EX-GOLD index ${t}`,
    }),
  ],
});
