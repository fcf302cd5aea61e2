/**
 * P2 (THEORY.md, the paper's claims): Definition 1, hypotheses in the class and consistent
 * with the data.
 *
 * Statement. The paper's Definition 1 (Cebrian, Telle, Abeliuk, arXiv 2411.08003, after Gold
 * 1967) asks that every hypothesis a learner puts forward be a member of the class and
 * consistent with the data seen so far: every text word (or positive example) in it, every
 * negative example out. Positive-result learners must be consistent and class-preserving, and
 * the `consistent` wrapper checks this at every step: it flags a step exactly when its guess
 * breaks Definition 1, and never changes a guess.
 *
 * Finite shadow. Runs of up to 40 data on members of random finite zoos (EX-ZOO, 8 members of
 * ≤ 4 states over {a, b}), EX-LEN, EX-GOLD and EX-COFIN, from shortlex and seeded random-fair
 * texts and informants. The library's consistent learners (enumeration, tell-tale, randomised,
 * length-peeking, largest, and enumeration from informant) are never flagged; a scripted
 * user-style learner that replays arbitrary guesses, in and out of the class (negative,
 * fractional, past the end of a finite family), and the delaying learner are flagged exactly at
 * the steps where Definition 1 fails. Not a restatement: the wrapper keeps a sample and checks
 * only what changed since the last step; the check below re-reads everything.
 *
 * Independent check. Definition 1 by brute force (proofs/support/definition-one.ts): at each step
 * the raw guess is tested for being an integer in 0..size − 1, and its member's automaton is run
 * on every datum seen so far; the flagged steps, guesses and kinds must equal the wrapper's, and
 * each word the wrapper names must have been shown and be misclassified.
 *
 * Controls. Deliberately inconsistent learners are flagged (so the wrapper is not silent by
 * construction): the delaying learner on EX-LEN, a learner frozen on its first guess, and one
 * that guesses past the end of a finite zoo. And the near-miss checker that looks only at the
 * newest datum misses a violation the wrapper catches: on EX-LEN's shortlex text of
 * {ε, …, a^n}, guessing {ε} throughout, the step where ε comes round again.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import type { Datum } from "../src/identification/datum.js";
import { exCofin, exGold, exLen, exZoo } from "../src/identification/family/examples.js";
import { type Family, member } from "../src/identification/family/family.js";
import { type LearnerName, learners } from "../src/identification/learner/catalogue.js";
import { consistent, violations } from "../src/identification/learner/consistent.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { delayingLearner } from "../src/identification/learner/odd.js";
import { runLearner } from "../src/identification/learner/run.js";
import type { Hypothesis } from "../src/identification/learner/trace.js";
import {
  randomInformant,
  shortlexInformant,
} from "../src/identification/presentation/informant.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText, shortlexText } from "../src/identification/presentation/text.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { bruteViolations, misclassifies, scripted } from "./support/definition-one.js";
import { orThrow } from "./support/or-throw.js";

const FAMILIES = ["zoo", "EX-LEN", "EX-GOLD", "EX-COFIN"] as const;
type FamilyName = (typeof FAMILIES)[number];
const PRESENTATIONS = ["shortlex text", "random text", "shortlex informant", "random informant"];

/** The unbounded families, built once so their memoised relations are shared across runs. */
const unbounded: Record<Exclude<FamilyName, "zoo">, Family> = {
  "EX-LEN": exLen(),
  "EX-GOLD": exGold(),
  "EX-COFIN": exCofin(),
};

function familyOf(name: FamilyName, seed: number): Family {
  return name === "zoo" ? orThrow(exZoo(seed, { members: 8, states: 4 })) : unbounded[name];
}

/** A run's setting: a family, a target member, a presentation of it and a horizon. */
interface Setting {
  readonly family: FamilyName;
  readonly seed: number;
  readonly target: number;
  readonly presentation: string;
  readonly horizon: number;
}

const arbSetting: fc.Arbitrary<Setting> = fc.record({
  family: fc.constantFrom(...FAMILIES),
  seed: fc.integer({ min: 0, max: 999 }),
  target: fc.nat(24),
  presentation: fc.constantFrom(...PRESENTATIONS),
  horizon: fc.integer({ min: 8, max: 40 }),
});

/** The family, the target's index in it, and the first `horizon` data of the presentation. */
function materialise(s: Setting): { family: Family; target: number; data: Datum[] } {
  const family = familyOf(s.family, s.seed);
  const target = Number.isFinite(family.size) ? s.target % family.size : s.target;
  const d = member(family, target);
  const p =
    s.presentation === "shortlex text"
      ? shortlexText(d)
      : s.presentation === "random text"
        ? randomText(d, s.seed)
        : s.presentation === "shortlex informant"
          ? shortlexInformant(d)
          : randomInformant(d, s.seed);
  return { family, target, data: take<Datum>(p, s.horizon) };
}

/** The wrapper's findings and the brute force's on one run, and whether they match exactly. */
function compare(family: Family, learner: Learner<unknown, Datum>, data: readonly Datum[]) {
  const inner = runLearner(learner, data);
  const wrapped = runLearner(consistent(family, learner), data);
  const flagged = violations(wrapped.state);
  const brute = bruteViolations(family, data, inner.hypotheses);
  const sameGuesses = wrapped.hypotheses.every((h, i) => h === inner.hypotheses[i]);
  const sameSteps =
    flagged.length === brute.length &&
    flagged.every((v, i) => {
      const b = brute[i];
      return b !== undefined && v.step === b.step && v.guess === b.guess && v.kind === b.kind;
    });
  // each named word was shown by step v.step and is misclassified by the guess
  const wordsRight = flagged.every(
    (v) =>
      v.kind === "outside-class" ||
      data.slice(0, v.step).some((d) => sameWord(d, v.word) && misclassifies(family, v.guess, d)),
  );
  return { flagged, brute, exact: sameGuesses && sameSteps && wordsRight };
}

function sameWord(d: Datum, w: readonly number[] | undefined): boolean {
  if (w === undefined || d === "#") return false;
  const x = "word" in d ? d.word : d;
  return x.join(",") === w.join(",");
}

const CONSISTENT_TEXT: readonly LearnerName[] = [
  "enumeration",
  "tell-tale",
  "randomised",
  "length-peeking",
  "largest",
];

function consistentLearners(family: Family, informant: boolean, seed: number): Learner[] {
  const names: readonly LearnerName[] = informant ? ["enumeration-informant"] : CONSISTENT_TEXT;
  return names.map((n) => orThrow(learners[n](family, { seed })));
}

/** A learner that keeps its first guess forever (a user-style learner). */
function frozen(inner: Learner<unknown, Datum>): Learner<{ s: unknown; g: Hypothesis }, Datum> {
  return {
    name: `frozen(${inner.name})`,
    init: { s: inner.init, g: null },
    step: (st, d) => {
      if (st.g !== null) return st;
      const s = inner.step(st.s, d);
      const g = inner.guess(s);
      return { s, g: O.isSome(g) ? g.value : null };
    },
    guess: (st) => (st.g === null ? O.none : O.some(st.g)),
  };
}

const arbScript = fc.array(
  fc.option(
    fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 10 }), weight: 6 },
      { arbitrary: fc.constantFrom(-1, 0.5, 8, 9, 1000), weight: 1 },
    ),
    { nil: null, freq: 6 },
  ),
  { minLength: 1, maxLength: 12 },
);

export const proof = defineProof({
  id: "P2",
  title:
    "Definition 1: the consistent wrapper flags exactly the guesses outside the class or inconsistent with the data",
  statement:
    "Definition 1 (Cebrian–Telle–Abeliuk, arXiv 2411.08003, after Gold 1967): every hypothesis must be a member of the class and consistent with the data seen (text and positive words in it, negative words out). The consistent wrapper flags a step exactly when its guess breaks this, never changes a guess, and the library's positive-result learners are never flagged.",
  shadow:
    "Runs of up to 40 data on members of random 8-member zoos (≤ 4 states over {a, b}), EX-LEN, EX-GOLD and EX-COFIN, from shortlex and random-fair texts and informants; the library's consistent learners, a scripted user-style learner replaying arbitrary guesses (negative, fractional, past a finite family's end) and the delaying learner. The wrapper checks only what changed; the check re-reads everything.",
  check:
    "Definition 1 by brute force: at each step the raw guess is tested for being an integer in 0..size − 1 and its member's automaton is run on every datum seen so far; steps, guesses and kinds must equal the wrapper's, and every word it names must have been shown and be misclassified.",
  control:
    "The delaying learner on EX-LEN, a learner frozen on its first guess and one guessing past a zoo's end are flagged; a checker that looks only at the newest datum misses a violation the wrapper catches (guessing {ε} on EX-LEN's text of {ε, …, a^n} when ε comes round again).",
  properties: [
    {
      name: "the library's consistent learners are never flagged, on texts and informants of every family, and the wrapper changes none of their guesses",
      role: "claim",
      runs: { fast: 40, deep: 400 },
      covers: [...FAMILIES, "text", "informant", "target identified"],
      build: (ctx) =>
        fc.property(arbSetting, (s) => {
          const { family, target, data } = materialise(s);
          const informant = s.presentation.endsWith("informant");
          ctx.classify(s.family);
          ctx.classify(informant ? "informant" : "text");
          ctx.witness("data", data.length);
          return consistentLearners(family, informant, s.seed).every((l) => {
            const r = compare(family, l, data);
            const t = runLearner(l, data);
            const last = t.hypotheses[t.hypotheses.length - 1];
            if (last === target) ctx.classify("target identified");
            return r.exact && r.flagged.length === 0 && r.brute.length === 0;
          });
        }),
    },
    {
      name: "for a scripted learner guessing anything, in or out of the class, and for the delaying learner, the wrapper flags exactly the steps, guesses and kinds the brute force finds",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["outside-class", "inconsistent", "clean guess", "delaying flagged"],
      build: (ctx) =>
        fc.property(arbSetting, arbScript, fc.integer({ min: 1, max: 4 }), (s, script, delay) => {
          const { family, data } = materialise(s);
          const informant = s.presentation.endsWith("informant");
          const base = consistentLearners(family, informant, s.seed)[0] as Learner;
          const runs = [scripted(script), delayingLearner(base, delay)].map((l) =>
            compare(family, l, data),
          );
          const [mine, delaying] = runs as [ReturnType<typeof compare>, ReturnType<typeof compare>];
          for (const v of mine.brute) ctx.classify(v.kind);
          const guesses = runLearner(scripted(script), data).hypotheses;
          if (guesses.filter((h) => h !== null).length > mine.brute.length)
            ctx.classify("clean guess");
          if (delaying.flagged.length > 0) ctx.classify("delaying flagged");
          ctx.witness("violations flagged", mine.flagged.length);
          return runs.every((r) => r.exact);
        }),
    },
    {
      name: "deliberately inconsistent learners are flagged: delaying on EX-LEN, frozen on its first guess, guessing past the end of a zoo",
      role: "control",
      runs: { fast: 30, deep: 300 },
      covers: ["delaying", "frozen", "past the end"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 0, max: 999 }),
          (n, delay, seed) => {
            const len = unbounded["EX-LEN"];
            const text = take<Datum>(shortlexText(member(len, n)), n + 1 + delay);
            const tellTale = orThrow(learners["tell-tale"](len));
            const zoo = familyOf("zoo", seed);
            const zooText = take<Datum>(randomText(member(zoo, seed % zoo.size), seed), 10);
            const cases: [string, Family, Learner<unknown, Datum>, Datum[]][] = [
              ["delaying", len, delayingLearner(tellTale, delay), text],
              ["frozen", len, frozen(tellTale), text],
              ["past the end", zoo, scripted([zoo.size + (seed % 3)]), zooText],
            ];
            return cases.every(([label, family, l, data]) => {
              const r = compare(family, l, data);
              ctx.classify(label);
              ctx.witness(`flags (${label})`, r.flagged.length);
              return r.exact && r.flagged.length > 0;
            });
          },
        ),
    },
    exhaustive({
      name: "a checker that looks only at the newest datum misses a violation the wrapper catches: guessing {ε} on EX-LEN's shortlex text of {ε, …, a^n} when ε comes round again",
      role: "control",
      cases: () => Array.from({ length: 12 }, (_, i) => i + 1),
      check: (n, ctx) => {
        const len = unbounded["EX-LEN"];
        const data = take<Datum>(shortlexText(member(len, n)), n + 2);
        const guesses = data.map(() => 0);
        const newestOnly = guesses
          .map((h, i) => (misclassifies(len, h, data[i] as Datum) ? i + 1 : 0))
          .filter((t) => t > 0);
        const flagged = violations(runLearner(consistent(len, scripted([0])), data).state).map(
          (v) => v.step,
        );
        ctx.witness("steps the newest-datum checker misses", flagged.length - newestOnly.length);
        // the wrapper flags steps 2..n+2; the newest-datum check misses step n + 2 (ε again)
        return (
          flagged.includes(n + 2) &&
          !newestOnly.includes(n + 2) &&
          flagged.length === n + 1 &&
          newestOnly.length === n
        );
      },
    }),
  ],
});
