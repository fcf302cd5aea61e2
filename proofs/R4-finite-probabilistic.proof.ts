/**
 * R4 (THEORY.md, regimes): a finite class of probabilistic models can be non-identifiable.
 *
 * Statement. The paper's own counterexample is not available; three labelled stand-ins show the
 * three notions. (a) Statistically non-identifiable: two models whose output distributions
 * coincide once mixed over latent users (prompts) have the same law on what is observed, so no
 * amount of output separates them (identifiable again when the prompts are observed). (b) Not
 * identifiable as languages: two different distributions with the same support are one
 * language, so a text (content only) cannot separate them, though i.i.d. samples can. (c) Never
 * certain: when every finite sample has positive probability under both, every likelihood ratio
 * is finite and no finite sample is certain. A finite class of distinct distributions is
 * identifiable with probability 1 from i.i.d. samples (the posterior of the truth tends to 1).
 *
 * Finite shadow. Random exact PDFAs (≤ 3 states over {a, b}): swapped latent-user mixtures of
 * two of them; a random reweighting of one by a random filter language (same support); random
 * one-state smoothed models with full support and random samples from them; and a fixed zoo of
 * four distinct random PDFAs, each the truth of seeded i.i.d. runs.
 *
 * Independent check. Word probabilities are recomputed in the proof by walking each PDFA's exact
 * edges with fractions, over every word of length ≤ 5, and compared between the models; the
 * library's L2 (exact linear system) must then say 0 exactly. Supports are compared by DFA
 * equivalence; distinctness of the zoo by exact L2 > 0.
 *
 * Controls (near-misses that must fail): mixing the same two users with weights 1/3, 2/3 instead
 * of swapping gives L2 > 0 exactly whenever the users differ; a model conditioned on a proper
 * subset of its support meets an infinite likelihood ratio on samples of the original: certainty
 * is possible once supports differ.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { Fraction } from "fraction.js";
import { lrtErrorCurve } from "../src/attribution/attribution/lrt.js";
import { posteriorCurve } from "../src/attribution/attribution/posterior.js";
import { arbDfa } from "../src/automata/arbitrary/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { arbPdfa } from "../src/automata/pdfa/arbitrary.js";
import { pdfaFromEdges } from "../src/automata/pdfa/build.js";
import { l2Distance } from "../src/automata/pdfa/l2.js";
import { type Distribution, mixture, supportDfa } from "../src/automata/pdfa/mixture.js";
import { randomPdfa } from "../src/automata/pdfa/random.js";
import { condition, reweight } from "../src/automata/pdfa/reweight.js";
import { sampleOutputs } from "../src/automata/pdfa/sample.js";
import { edgeIndex, type Pdfa } from "../src/automata/pdfa.js";
import type { Word } from "../src/automata/word.js";
import { finiteLanguage } from "../src/identification/family/finite-language.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { ab, wordsUpTo } from "./support/small-world.js";

/** p(w) exactly, by walking the PDFA's exact edges (not the library's probability functions). */
function walk(p: Pdfa, w: Word): Fraction {
  const ex = p.exact;
  if (ex === undefined) throw new Error("the proof needs exact PDFAs");
  let q = p.start;
  let pr = new Fraction(1);
  for (const s of w) {
    const i = edgeIndex(p, q, s);
    if (i < 0) return new Fraction(0);
    pr = pr.mul(ex.probs[i] as Fraction);
    q = p.targets[i] as number;
  }
  return pr.mul(ex.stop[q] as Fraction);
}

function mixed(parts: readonly [string, Pdfa][]): Distribution {
  return orThrow(mixture(parts.map(([weight, pdfa]) => ({ weight, pdfa }))));
}

/** Σ_i w_i p_i(w), walked. */
function walkMixture(parts: readonly [string, Pdfa][], w: Word): Fraction {
  return parts.reduce(
    (s, [weight, p]) => s.add(new Fraction(weight).mul(walk(p, w))),
    new Fraction(0),
  );
}

const WORDS = wordsUpTo(5);
const arbSmall = arbPdfa(ab, { maxStates: 3 });

/** A one-state model with full support: stop and both letters with positive integer weights. */
const arbSmoothed: fc.Arbitrary<Pdfa> = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 9 }),
  )
  .map(([s, a, b]) => {
    const t = s + a + b;
    return one(`${s}/${t}`, `${a}/${t}`, `${b}/${t}`);
  });

function one(stop: string, a: string, b: string): Pdfa {
  return orThrow(
    pdfaFromEdges(ab, {
      states: 1,
      start: 0,
      stop: [stop],
      edges: [
        { from: 0, symbol: 0, to: 0, p: a },
        { from: 0, symbol: 1, to: 0, p: b },
      ],
    }),
  );
}

/** Four distinct random PDFAs (distinctness is checked, not assumed). */
function zoo(): Pdfa[] {
  return [1, 2, 3, 4].map((seed) => randomPdfa(3, ab, seed, { exact: true }));
}

export const proof = defineProof({
  id: "R4",
  title: "Finite probabilistic classes: three ways to be non-identifiable",
  statement:
    "A finite class of probabilistic models can be non-identifiable: (a) statistically, when latent users make two models' output laws identical; (b) as languages, when two different distributions share a support; (c) never certain, when every finite sample has positive probability under both. A finite class of distinct distributions is identifiable with probability 1 from i.i.d. samples.",
  shadow:
    "Random exact PDFAs with ≤ 3 states over {a, b} as swapped latent-user mixtures, reweighted by random filters, and random full-support one-state models with random samples; a fixed zoo of four distinct random PDFAs, each the truth of seeded i.i.d. runs.",
  check:
    "Word probabilities walked with exact fractions over all 63 words of length ≤ 5 and compared; exact L2 from the library's linear system must be 0; supports by DFA equivalence; distinctness of the zoo by exact L2 > 0.",
  control:
    "Mixing the same users 1/3–2/3 instead of swapping them gives L2 > 0 exactly whenever they differ; conditioning a model on a proper subset of its support gives an infinite likelihood ratio on its samples (certainty once supports differ).",
  properties: [
    {
      name: "(a) two models that swap their latent users' roles have the same probability on every word and L2 = 0 exactly, while the users themselves differ unless they are equal",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["different users", "equal users"],
      build: (ctx) =>
        fc.property(arbSmall, arbSmall, (p, q) => {
          const m1: [string, Pdfa][] = [
            ["1/2", p],
            ["1/2", q],
          ];
          const m2: [string, Pdfa][] = [
            ["1/2", q],
            ["1/2", p],
          ];
          const users = orThrow(l2Distance(p, q));
          ctx.classify(users.equal === true ? "equal users" : "different users");
          const same = WORDS.every((w) => walkMixture(m1, w).equals(walkMixture(m2, w)));
          const l2 = orThrow(l2Distance(mixed(m1), mixed(m2)));
          const usersDiffer = WORDS.some((w) => !walk(p, w).equals(walk(q, w)));
          return same && l2.equal === true && (!usersDiffer || users.equal === false);
        }),
    },
    {
      name: "(b) reweighting a model by a filter language keeps its support (one language), and it is a different distribution exactly when some word's probability changes",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["different distribution", "same distribution"],
      build: (ctx) =>
        fc.property(arbSmall, arbDfa(ab, { maxStates: 2 }), (p, filter) => {
          const r = orThrow(reweight(p, filter, { inside: "2", outside: "1" }));
          if ("components" in r) throw new Error("reweighting one PDFA gives one PDFA");
          const sameSupport = O.isNone(equivalent(supportDfa(p), supportDfa(r)));
          const l2 = orThrow(l2Distance(p, r));
          ctx.classify(l2.equal === true ? "same distribution" : "different distribution");
          const differs = WORDS.some((w) => !walk(p, w).equals(walk(r, w)));
          // L2 = 0 exactly means equal distributions: then no word may differ
          return sameSupport && l2.equal !== undefined && (l2.equal === false || !differs);
        }),
    },
    {
      name: "(c) under full-support models every finite sample has a finite likelihood ratio: the test is never certain",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["equal models", "different models"],
      build: (ctx) =>
        fc.property(
          arbSmoothed,
          fc.option(arbSmoothed, { nil: undefined }),
          fc.nat(),
          (p, other, seed) => {
            const q = other ?? p;
            ctx.classify(
              orThrow(l2Distance(p, q)).equal === true ? "equal models" : "different models",
            );
            const c = orThrow(
              lrtErrorCurve(
                { name: "p", distribution: p },
                { name: "q", distribution: q },
                { maxSize: 30, trials: 5, seed },
              ),
            );
            ctx.witness("largest |log ratio|", Math.round(c.largestFiniteRatio));
            return c.points.every((x) => x.certain === 0) && Number.isFinite(c.largestFiniteRatio);
          },
        ),
    },
    exhaustive({
      name: "a finite zoo of four distinct PDFAs is identified from i.i.d. samples: the most probable model is the truth after 2000 outputs, in every seeded run",
      role: "claim",
      cases: () => [0, 1, 2, 3],
      check: (target, ctx) => {
        const pdfas = zoo();
        for (let i = 0; i < pdfas.length; i++)
          for (let j = i + 1; j < pdfas.length; j++)
            if (orThrow(l2Distance(pdfas[i] as Pdfa, pdfas[j] as Pdfa)).equal !== false)
              throw new Error(`zoo members ${i} and ${j} are not certified distinct`);
        const models = pdfas.map((p, i) => ({ name: `random ${i + 1}`, distribution: p }));
        const c = orThrow(posteriorCurve(models, target, { horizon: 2000, runs: 5, seed: 17 }));
        const first = c.points.findIndex((p) => p.mapCorrect === 1);
        ctx.witness("outputs until every run's MAP is right", first);
        return c.points.at(-1)?.mapCorrect === 1 && (c.points.at(-1)?.min ?? 0) > 0.5;
      },
    }),
    {
      name: "mixing the same two users 1/3–2/3 instead of swapping them gives L2 > 0 exactly whenever the users differ",
      role: "control",
      runs: { fast: 60, deep: 600 },
      build: () =>
        fc.property(arbSmall, arbSmall, (p, q) => {
          fc.pre(orThrow(l2Distance(p, q)).equal === false);
          const swapped = mixed([
            ["1/2", q],
            ["1/2", p],
          ]);
          const skewed = mixed([
            ["1/3", p],
            ["2/3", q],
          ]);
          return orThrow(l2Distance(swapped, skewed)).equal === false;
        }),
    },
    exhaustive({
      name: "conditioning a model on a proper subset of its support makes some sample of the original certain (an infinite likelihood ratio)",
      role: "control",
      cases: () => [one("1/2", "1/4", "1/4")],
      check: (p, ctx) => {
        // keep only the words of length ≤ 2
        const short = finiteLanguage(ab, wordsUpTo(2));
        const q = orThrow(condition(p, short));
        const c = orThrow(
          lrtErrorCurve(
            { name: "conditioned", distribution: q },
            { name: "original", distribution: p },
            { maxSize: 40, trials: 20, seed: 5 },
          ),
        );
        const samples = orThrow(sampleOutputs(p, 40, 5));
        ctx.witness(
          "streams certain at 40 outputs, ‰",
          Math.round(1000 * (c.points[40]?.certain ?? 0)),
        );
        return (c.points[40]?.certain ?? 0) > 0 && samples.some((w) => w.length > 2);
      },
      show: () => "stop 1/2, a 1/4, b 1/4",
    }),
  ],
});
