/**
 * C4 (THEORY.md, classical results): Angluin 1980, tell-tales.
 *
 * Statement. An indexed family (L_i) of recursive languages is identifiable from text iff each
 * L_i has a finite tell-tale T_i ⊆ L_i such that no L_j with T_i ⊆ L_j is a proper subset of
 * L_i (Angluin 1980, "Inductive inference of formal languages from positive data"). Every
 * finite family has tell-tales (canonically T_i = the shortest, then shortlex-least, word of
 * L_i ∖ L_j for every L_j ⊊ L_i, AMENDMENTS.md), and the tell-tale learner (the least i with
 * T_i ⊆ content ⊆ L_i) identifies it, converging by the step at which T_t has appeared and every
 * earlier member not containing L_t has been refuted. Finite thickness (every word in finitely
 * many members) is sufficient; {a^n b* : n ≥ 0} has it (each word in at most one member). L has
 * no tell-tale when every finite T ⊆ L lies in some member L' ⊊ L, as a* in EX-GOLD.
 *
 * Finite shadow. Random zoos (EX-ZOO over {a, b}): with ≤ 3 states, the library's tell-tales are
 * compared word for word with a brute-force canonical construction; with 5–8 states, their
 * defining property is checked by products. The tell-tale learner is run on random zoo members
 * from shortlex, random-fair, paused and repeated texts, and is right from the predicted step to
 * the horizon (40 data past it). {a^n b*}: every word of length ≤ 8 lies in exactly one of the
 * first 12 members (30 deep) or in none, as the library's bounded thickness certificate says
 * word by word (words of length ≤ 5), all their tell-tales are ∅, and the tell-tale learner is right from the first
 * datum. Not a restatement: the tell-tales come from the library's
 * memoised inclusion witnesses, the checks from products, membership tables and the data.
 *
 * Independent check. Inclusions by products (difference + emptiness, proofs/support/products.ts),
 * canonical tell-tales from membership tables over the 511 words of length ≤ 8 (complete for
 * ≤ 3 states), the predicted step from the data (proofs/support/tell-tale-law.ts), absence
 * certificates by running the automata on every short word and one product per witness
 * (proofs/support/absence-check.ts), and for lengths ≤ 8 by trying every subset T of
 * {a^0, …, a^ℓ} against every member searched.
 *
 * Control. a* has no tell-tale in EX-GOLD (nor in EX-COFIN): the bounded absence certificate
 * (every T ⊆ a* with words of length ≤ 12, 20 deep, lies in a member L' ⊊ a*) is verified
 * independently. Near-misses: the same search finds no such certificate for members that do
 * have tell-tales (EX-LEN, EX-GOLD's finite members, {a^n b*}), and tampered certificates are
 * rejected by the checker.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa } from "../src/automata/dfa.js";
import type { Word } from "../src/automata/word.js";
import type { ThicknessCertificate } from "../src/identification/certificate/bounded.js";
import type { AbsenceCertificate } from "../src/identification/certificate/types.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exCofin, exGold, exLen, exThick, exZoo } from "../src/identification/family/examples.js";
import { type Family, member } from "../src/identification/family/family.js";
import { runLearner } from "../src/identification/learner/run.js";
import { tellTaleLearner } from "../src/identification/learner/tell-tale-learner.js";
import { take } from "../src/identification/presentation/presentation.js";
import {
  randomText,
  repeatEach,
  shortlexText,
  withPauses,
} from "../src/identification/presentation/text.js";
import { finiteThickness } from "../src/identification/structure/thickness.js";
import { absenceCertificate } from "../src/identification/telltale/absence.js";
import { angluinCondition } from "../src/identification/telltale/angluin-condition.js";
import { tellTales } from "../src/identification/telltale/search.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { absenceProblem, shortWordsOf } from "./support/absence-check.js";
import { properlyIncluded, table } from "./support/condition-brute.js";
import { orThrow } from "./support/or-throw.js";
import { properSubsetByProduct } from "./support/products.js";
import { wordsUpTo } from "./support/small-world.js";
import { predictedStep, rightFrom, settledFrom } from "./support/tell-tale-law.js";

const W8 = wordsUpTo(8);
const key = (w: readonly number[]): string => w.join(",");
const members = (f: Family, n = f.size): Dfa[] => Array.from({ length: n }, (_, i) => member(f, i));

const arbZoo = (states: [number, number], size: [number, number]) =>
  fc
    .record({
      seed: fc.integer({ min: 0, max: 9999 }),
      states: fc.integer({ min: states[0], max: states[1] }),
      members: fc.integer({ min: size[0], max: size[1] }),
      variants: fc.integer({ min: 1, max: 4 }),
    })
    .map((z) => ({
      ...z,
      family: orThrow(
        exZoo(z.seed, { members: z.members, states: z.states, variants: z.variants }),
      ),
    }));

/** The tell-tale property of T_i, by running (T_i ⊆ L_j) and products (¬ L_j ⊊ L_i). */
function isTellTale(f: Family, i: number, words: readonly (readonly number[])[]): boolean {
  const li = member(f, i);
  if (!words.every((w) => accepts(li, w))) return false;
  return members(f).every(
    (lj, j) => j === i || !words.every((w) => accepts(lj, w)) || !properSubsetByProduct(lj, li),
  );
}

/** Does a thickness certificate say thin, at most one member per word, as the automata do? */
function thicknessAgrees(c: ThicknessCertificate, all: readonly Dfa[]): boolean {
  return (
    c.verdict === "thin" &&
    c.maxCount === 1 &&
    c.entries.length === wordsUpTo(c.length).length &&
    c.entries.every(
      (e) =>
        e.members.join(",") === all.flatMap((d, j) => (accepts(d, e.word) ? [j] : [])).join(","),
    )
  );
}

const TEXTS = ["shortlex", "random", "random, paused", "shortlex, repeated"] as const;

function textOf(kind: (typeof TEXTS)[number], d: Dfa, seed: number) {
  if (kind === "shortlex") return shortlexText(d);
  if (kind === "random") return randomText(d, seed);
  if (kind === "random, paused") return withPauses(randomText(d, seed), 1 + (seed % 3));
  return repeatEach(shortlexText(d), 2);
}

/** The data read before giving up on the predicted step (texts are fair, so it comes). */
const PREFIX = 3000;
/** Data read past the predicted step. */
const MARGIN = 40;

/** Pin: a* in EX-GOLD and EX-COFIN, with the bounds of the certificate. */
const noTellTale = (deep: boolean) =>
  [
    { name: "EX-GOLD", family: exGold() },
    { name: "EX-COFIN", family: exCofin() },
  ].map((c) => ({ ...c, length: deep ? 20 : 12, members: deep ? 40 : 24 }));

/** Members that do have tell-tales: the same search must not certify absence for them. */
const withTellTales = [
  ...[0, 3, 9].map((i) => ({ name: `EX-LEN member ${i}`, family: exLen(), i })),
  ...[1, 4, 10].map((i) => ({ name: `EX-GOLD member ${i}`, family: exGold(), i })),
  ...[0, 2, 7].map((i) => ({ name: `a^${i} b*`, family: exThick(), i })),
];

function goldCertificate(): AbsenceCertificate {
  const c = orThrow(absenceCertificate(exGold(), 0, { length: 8, members: 16 }));
  if (O.isNone(c)) throw new Error("no absence certificate for a* in EX-GOLD");
  return c.value;
}

/** Ways to break a certificate; each must be caught by the checker. */
const TAMPERS = ["smaller member", "dropped witness", "foreign word", "itself"] as const;

function tamper(c: AbsenceCertificate, how: (typeof TAMPERS)[number], at: number) {
  const l = at % c.witnesses.length;
  const witnesses = c.witnesses.map((w, k) => {
    if (k !== l) return w;
    if (how === "smaller member") return { ...w, member: w.member - 1 };
    if (how === "foreign word") return { ...w, word: new Array<number>(l).fill(0) };
    if (how === "itself") return { ...w, member: c.member };
    return w;
  });
  return how === "dropped witness"
    ? { ...c, witnesses: witnesses.filter((_, k) => k !== l) }
    : { ...c, witnesses };
}

export const proof = defineProof({
  id: "C4",
  title:
    "Tell-tales (Angluin 1980): exact for finite zoos, the tell-tale learner's bound, finite thickness, and a* without one",
  statement:
    "An indexed family of recursive languages is identifiable from text iff each L_i has a finite T_i ⊆ L_i with no L_j ⊇ T_i a proper subset of L_i (Angluin 1980). Finite families have tell-tales (canonically the shortest-shortlex words of L_i ∖ L_j, L_j ⊊ L_i) and the tell-tale learner identifies them by the step at which T_t has appeared and every earlier member not containing L_t is refuted; finite thickness is sufficient ({a^n b*}); a* has none in EX-GOLD.",
  shadow:
    "Random zoos over {a, b}: ≤ 3 states compared word for word with a brute-force canonical construction, 5–8 states checked by products; the tell-tale learner on random members from shortlex, random-fair, paused and repeated texts, right from the predicted step to 40 data past it; {a^n b*} over words of length ≤ 8 and 12 members (30 deep), beside the library's bounded thickness certificate.",
  check:
    "Inclusions by products (difference + emptiness), canonical tell-tales from membership tables over the 511 words of length ≤ 8, the predicted step read off the data, absence certificates by running the automata on every short word and a product per witness, and every subset of {a^0..a^ℓ} (ℓ ≤ 8) tried against every member searched.",
  control:
    "a* has no tell-tale in EX-GOLD or EX-COFIN (bounded certificates to length 12, 20 deep, verified independently); the search finds no certificate for members with tell-tales (EX-LEN, EX-GOLD's finite members, {a^n b*}), and tampered certificates are rejected.",
  properties: [
    {
      name: "the tell-tales of random zoos of ≤ 3-state DFAs are exactly the canonical sets, word for word, and each is a tell-tale",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["empty tell-tale", "tell-tale of 2 or more words", "proper inclusion"],
      build: (ctx) =>
        fc.property(arbZoo([3, 3], [4, 10]), (z) => {
          const f = z.family;
          const t = table(members(f), W8);
          const got = orThrow(tellTales(f));
          return got.every((c, i) => {
            const below = t.rows.map((_, j) => j).filter((j) => properlyIncluded(t, j, i));
            const canonical = [
              ...new Set(
                below.map((j) =>
                  (t.rows[i] as boolean[]).findIndex(
                    (x, k) => x && (t.rows[j] as boolean[])[k] !== true,
                  ),
                ),
              ),
            ]
              .sort((x, y) => x - y)
              .map((k) => key(W8[k] as Word));
            if (c.words.length === 0) ctx.classify("empty tell-tale");
            if (c.words.length >= 2) ctx.classify("tell-tale of 2 or more words");
            if (below.length > 0) ctx.classify("proper inclusion");
            ctx.witness("tell-tale size", c.words.length);
            return (
              c.exact &&
              c.words.map(key).join(" ") === canonical.join(" ") &&
              c.excluded.map((e) => e.member).join(",") === below.join(",") &&
              isTellTale(f, i, c.words)
            );
          });
        }),
    },
    {
      name: "the tell-tales of random zoos of 5–8-state DFAs exclude exactly the proper subsets, by words of L_i outside them, and have the tell-tale property, all by products",
      role: "claim",
      runs: { fast: 15, deep: 150 },
      covers: ["tell-tale of 2 or more words", "a word of length 4 or more"],
      build: (ctx) =>
        fc.property(arbZoo([5, 8], [10, 20]), (z) => {
          const f = z.family;
          const all = members(f);
          ctx.witness("members", f.size);
          return orThrow(tellTales(f)).every((c, i) => {
            const li = all[i] as Dfa;
            const below = all.flatMap((lj, j) =>
              j !== i && properSubsetByProduct(lj, li) ? [j] : [],
            );
            if (c.words.length >= 2) ctx.classify("tell-tale of 2 or more words");
            if (c.words.some((w) => w.length >= 4)) ctx.classify("a word of length 4 or more");
            ctx.witness("tell-tale size", c.words.length);
            return (
              c.excluded.map((e) => e.member).join(",") === below.join(",") &&
              c.excluded.every(
                (e) => accepts(li, e.word) && !accepts(all[e.member] as Dfa, e.word),
              ) &&
              isTellTale(f, i, c.words)
            );
          });
        }),
    },
    {
      name: "on random zoos the tell-tale learner is right from the predicted step (T_t shown, earlier members not containing L_t refuted) to 40 data past it",
      role: "claim",
      runs: { fast: 40, deep: 400 },
      covers: [
        ...TEXTS,
        "converged before the predicted step",
        "converged exactly at a predicted step > 1",
        "predicted step 10 or more",
      ],
      build: (ctx) =>
        fc.property(
          arbZoo([3, 6], [4, 12]),
          fc.nat(),
          fc.constantFrom(...TEXTS),
          (z, pick, kind) => {
            const f = z.family;
            const t = pick % f.size;
            const tale = orThrow(tellTales(f))[t]?.words ?? [];
            const prefix = take<TextDatum>(textOf(kind, member(f, t), z.seed), PREFIX);
            const step = predictedStep(f, t, tale, prefix);
            if (step === undefined) throw new Error(`no predicted step within ${PREFIX} data`);
            const data = prefix.slice(0, step + MARGIN);
            const learner = orThrow(tellTaleLearner(f));
            const guesses = runLearner(learner, data).hypotheses;
            const settled = settledFrom(guesses);
            ctx.classify(kind);
            ctx.classify(
              step === 1
                ? "predicted step 1"
                : settled < step
                  ? "converged before the predicted step"
                  : "converged exactly at a predicted step > 1",
            );
            if (step >= 10) ctx.classify("predicted step 10 or more");
            ctx.witness("predicted step", step);
            ctx.witness("tell-tale size", tale.length);
            return rightFrom(f, t, guesses, step) && settled <= step;
          },
        ),
    },
    exhaustive({
      name: "{a^n b*} has finite thickness: every word of length ≤ 8 lies in exactly one of the first members or none, every tell-tale is ∅, and the tell-tale learner is right from the first datum",
      role: "claim",
      covers: ["shortlex", "random"],
      cases: ({ mode }) => {
        const n = mode === "deep" ? 30 : 12;
        return Array.from({ length: n }, (_, i) => ({ n, i }));
      },
      check: ({ n, i }, ctx) => {
        const f = exThick();
        const all = members(f, n);
        // a^p b^q is in member p alone; a word outside a*b*, or with p ≥ n a's, in none
        const thin = W8.every((w) => {
          const count = all.filter((d) => accepts(d, w)).length;
          const p = w.indexOf(1) === -1 ? w.length : w.indexOf(1);
          const inAStarBStar = w.slice(p).every((s) => s === 1);
          return count === (inAStarBStar && p < n ? 1 : 0);
        });
        // the library's bounded thickness certificate agrees, word by word (checked once; its
        // verdict reads "thin" when the window's second half adds nothing, so length < n / 2)
        const certified =
          i > 0 || thicknessAgrees(orThrow(finiteThickness(f, { length: 5, members: n })), all);
        const tales = orThrow(tellTales(f, { members: n }));
        const learner = orThrow(tellTaleLearner(f, { members: n }));
        const runs = (["shortlex", "random"] as const).map((kind) => {
          ctx.classify(kind);
          const data = take<TextDatum>(textOf(kind, member(f, i), i), 30);
          return runLearner(learner, data).hypotheses.every((h) => h === i);
        });
        ctx.witness("members", n);
        return (
          thin &&
          certified &&
          tales.every((c) => c.words.length === 0) &&
          angluinCondition(f, tales, { members: n }).holds &&
          runs.every(Boolean)
        );
      },
      show: ({ i }) => `a^${i} b*`,
    }),
    exhaustive({
      name: "a* has no tell-tale in EX-GOLD or EX-COFIN: the bounded absence certificate is verified independently, and every subset of {a^0..a^ℓ} (ℓ ≤ 8) lies in a member L' ⊊ a*",
      role: "control",
      covers: ["EX-GOLD", "EX-COFIN"],
      cases: ({ mode }) => noTellTale(mode === "deep"),
      check: (c, ctx) => {
        ctx.classify(c.name);
        const cert = orThrow(
          absenceCertificate(c.family, 0, { length: c.length, members: c.members }),
        );
        if (O.isNone(cert)) throw new Error("the search found no absence certificate");
        const problem = absenceProblem(c.family, cert.value);
        if (problem !== undefined) throw new Error(problem);
        const star = member(c.family, 0);
        const candidates = members(c.family, c.members)
          .map((d, j) => ({ d, j }))
          .filter(({ d, j }) => j > 0 && properSubsetByProduct(d, star));
        let subsets = 0;
        for (let l = 0; l <= Math.min(8, c.length); l++) {
          const words = shortWordsOf(c.family, 0, l);
          for (let mask = 0; mask < 1 << words.length; mask++) {
            const set = words.filter((_, k) => (mask >> k) & 1);
            subsets++;
            if (!candidates.some(({ d }) => set.every((w) => accepts(d, w)))) return false;
          }
        }
        ctx.witness("certified length", c.length);
        ctx.witness("subsets tried", subsets);
        ctx.witness(
          "largest witness member",
          Math.max(...cert.value.witnesses.map((w) => w.member)),
        );
        return true;
      },
      show: (c) => c.name,
    }),
    exhaustive({
      name: "the absence search certifies nothing for members that have tell-tales (EX-LEN, EX-GOLD's finite members, {a^n b*})",
      role: "control",
      covers: ["EX-LEN", "EX-GOLD", "a^n b*"],
      cases: () => withTellTales,
      check: (c, ctx) => {
        ctx.classify(c.name.startsWith("a^") ? "a^n b*" : (c.name.split(" ")[0] as string));
        const cert = absenceCertificate(c.family, c.i, { length: 10, members: 24 });
        return E.isRight(cert) && O.isNone(cert.right);
      },
      show: (c) => c.name,
    }),
    {
      name: "tampered absence certificates for a* in EX-GOLD are rejected: a smaller witness member, a dropped witness, a word inside the witness, the member itself",
      role: "control",
      covers: [...TAMPERS],
      build: (ctx) => {
        const f = exGold();
        const cert = goldCertificate();
        return fc.property(fc.constantFrom(...TAMPERS), fc.nat(), (how, at) => {
          ctx.classify(how);
          const bad = tamper(cert, how, at);
          return absenceProblem(f, cert) === undefined && absenceProblem(f, bad) !== undefined;
        });
      },
    },
  ],
});
