/**
 * R2 (THEORY.md, regimes; Angluin 1988, Horning 1969): an infinite class of probabilistic models
 * is not identifiable as languages from its samples when the sampling distribution is not
 * controlled, and it is when the family of distributions is fixed and known.
 *
 * Statement. With arbitrary sampling distributions, probability-1 identification from i.i.d.
 * samples is no stronger than identification from text (Angluin 1988): on EX-GOLD the adversary
 * picks, for each learner, a distribution under which Gold's failing text for that learner is a
 * sample stream of positive probability (uniform on the finite member the learner is stuck
 * against; on a*, words with vanishing probabilities a^n ↦ 2^-(n+1) in the order the text
 * adversary needs), and with probability 1 the stream is a text for that member. The positive
 * side (C9, Horning): with the distributions fixed and known, the Bayesian posterior finds the
 * truth, a* included.
 *
 * Finite shadow. Every text learner of the library against Gold's adversary on EX-GOLD; seeded
 * i.i.d. streams of random length from the adversary's distributions, run through the learners;
 * the known stochastic EX-GOLD (a* geometric, {a^k : k ≤ n} uniform) truncated to 16 members.
 *
 * Independent check. Certificates by the library's verifier (it re-runs the learner and shares
 * no code with the adversary); the probability of each failing text walked here with exact
 * fractions from the distribution's definition; on i.i.d. geometric streams Angluin's learner's
 * guesses are predicted from the stream alone (the canonical tell-tale of {a^k : k ≤ L} is
 * {a, …, a^L}) by EX-GOLD's index arithmetic (index n + 1 = {a^k : k ≤ n}) and compared step by
 * step with the trace.
 *
 * Control. Under a near-miss distribution (its support one word short of the failing text's
 * content) the failing text has probability exactly 0: the positivity check can tell.
 */
import fc from "fast-check";
import { Fraction } from "fraction.js";
import { posteriorCurve } from "../src/attribution/attribution/posterior.js";
import { pdfaFromEdges } from "../src/automata/pdfa/build.js";
import { empiricalPdfa } from "../src/automata/pdfa/empirical.js";
import { sampleOutputs } from "../src/automata/pdfa/sample.js";
import type { Pdfa } from "../src/automata/pdfa.js";
import type { Word } from "../src/automata/word.js";
import { goldAdversary } from "../src/identification/adversary/gold.js";
import type { Certificate } from "../src/identification/certificate/types.js";
import { verifyCertificate } from "../src/identification/certificate/verify.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exGold } from "../src/identification/family/examples.js";
import { learners, textLearners } from "../src/identification/learner/catalogue.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { runLearner } from "../src/identification/learner/run.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";

const GOLD = exGold();
const A = GOLD.alphabet;
const power = (n: number): Word => new Array<number>(n).fill(0);

/** a^n with probability 2^-(n+1). */
const geometric: Pdfa = orThrow(
  pdfaFromEdges(A, {
    states: 1,
    start: 0,
    stop: ["1/2"],
    edges: [{ from: 0, symbol: 0, to: 0, p: "1/2" }],
  }),
);

/** Uniform on {a^k : k < n} (EX-GOLD's member n). */
function uniformMember(n: number): Pdfa {
  return orThrow(
    empiricalPdfa(
      A,
      Array.from({ length: n }, (_, k) => power(k)),
      { exact: true },
    ),
  );
}

/**
 * The adversary's choice for a certificate, as the exact probability of one word: uniform on the
 * stuck member's words, or 2^-(n+1) on a*; `shrink` drops the longest word from the support (the
 * near-miss).
 */
function wordProbability(c: Certificate, shrink: boolean): (w: Word) => Fraction {
  if (c.kind === "stuck") {
    const n = c.member - (shrink ? 1 : 0); // member m holds a^0 .. a^(m−1)
    return (w) => (w.length < n ? new Fraction(1, n) : new Fraction(0));
  }
  const longest = Math.max(...c.text.map((d) => (d === "#" ? 0 : d.length)));
  return (w) =>
    shrink && w.length >= longest ? new Fraction(0) : new Fraction(1, 2 ** (w.length + 1));
}

/** The exact probability that an i.i.d. stream begins with the certificate's text. */
function textProbability(c: Certificate, shrink: boolean): Fraction {
  const p = wordProbability(c, shrink);
  return c.text.reduce((acc, d) => (d === "#" ? acc : acc.mul(p(d))), new Fraction(1));
}

/** Each library text learner with its certificate (computed once per run). */
function attacked(): { learner: Learner<unknown, TextDatum>; certificate: Certificate }[] {
  return orThrow(textLearners(GOLD)).map((l) => {
    const learner = l as Learner<unknown, TextDatum>;
    return { learner, certificate: orThrow(goldAdversary(GOLD, learner, { mindChanges: 10 })) };
  });
}

export const proof = defineProof({
  id: "R2",
  title: "Infinite probabilistic classes: uncontrolled sampling is no better than a text",
  statement:
    "With sampling distributions chosen by the adversary, every failing text of Gold's adversary on EX-GOLD is a sample stream of positive probability (uniform on a stuck member, or a^n ↦ 2^-(n+1) on a*), so probability-1 identification from i.i.d. samples is no stronger than from text (Angluin 1988); with the distributions fixed and known the posterior identifies the truth, a* included (Horning 1969).",
  shadow:
    "Every text learner of the library against Gold's adversary on EX-GOLD; seeded i.i.d. streams of random length from the adversary's distributions run through the learners; the known stochastic EX-GOLD truncated to 16 members.",
  check:
    "Certificates by the library's verifier; each failing text's probability walked here with exact fractions; Angluin's learner's guesses predicted step by step from the stream and EX-GOLD's index arithmetic, computed here.",
  control:
    "Under a near-miss distribution whose support lacks the failing text's longest word, that text has probability exactly 0.",
  properties: [
    exhaustive({
      name: "against every text learner, the verified failing text has positive probability under the adversary's sampling distribution",
      role: "claim",
      covers: ["stuck", "mind-changes"],
      cases: attacked,
      check: ({ learner, certificate }, ctx) => {
        ctx.classify(certificate.kind);
        const p = textProbability(certificate, false);
        ctx.witness("failing text length", certificate.text.length);
        return verifyCertificate(GOLD, learner, certificate) && p.compare(0) > 0;
      },
      show: ({ learner }) => learner.name,
    }),
    {
      name: "on i.i.d. samples of a* with vanishing probabilities, Angluin's learner behaves as on a text: it guesses {a^k : k ≤ L} exactly when the sample holds a, …, a^L (L the longest length seen), so it is never right about a*",
      role: "claim",
      runs: { fast: 40, deep: 400 },
      covers: ["some guess", "a mind change"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 }),
          fc.integer({ min: 20, max: 400 }),
          (seed, n) => {
            const stream = orThrow(sampleOutputs(geometric, n, seed));
            const l = orThrow(learners["tell-tale"](GOLD)) as Learner<unknown, TextDatum>;
            const t = runLearner(l, stream);
            // the prediction, from the stream alone: index L + 1 = {a^k : k ≤ L} once a^1..a^L
            // have all appeared (its canonical tell-tale), none otherwise; a* would need
            // a^1..a^62 (its tell-tale among the learner's 64 members)
            const seen = new Set<number>();
            let longest = -1;
            const predicted = stream.map((w) => {
              seen.add(w.length);
              longest = Math.max(longest, w.length);
              for (let k = 1; k <= longest; k++) if (!seen.has(k)) return null;
              return longest + 1;
            });
            if (predicted.some((h) => h !== null)) ctx.classify("some guess");
            if (t.mindChanges > 0) ctx.classify("a mind change");
            ctx.witness("longest length seen", longest);
            return (
              JSON.stringify(t.hypotheses) === JSON.stringify(predicted) &&
              t.hypotheses.every((h) => h !== 0)
            );
          },
        ),
    },
    {
      name: "on i.i.d. uniform samples of a finite member, the enumeration learner never guesses it (it stays on a*), as on its stuck certificate",
      role: "claim",
      runs: { fast: 40, deep: 400 },
      covers: ["member ≥ 4"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 0, max: 2 ** 31 }),
          (m, seed) => {
            if (m >= 4) ctx.classify("member ≥ 4");
            const stream = orThrow(sampleOutputs(uniformMember(m), 200, seed));
            const l = orThrow(learners.enumeration(GOLD)) as Learner<unknown, TextDatum>;
            const t = runLearner(l, stream);
            return t.hypotheses.every((h) => h !== m) && stream.every((w) => w.length < m);
          },
        ),
    },
    exhaustive({
      name: "with the distributions fixed and known, the posterior over the first 16 members of stochastic EX-GOLD identifies a*, {ε} and {a^k : k ≤ 3}",
      role: "claim",
      cases: () => [0, 1, 4],
      check: (target, ctx) => {
        const models = Array.from({ length: 16 }, (_, i) => ({
          name: GOLD.at(i).name,
          distribution: i === 0 ? geometric : uniformMember(i),
        }));
        const c = orThrow(posteriorCurve(models, target, { horizon: 300, runs: 5, seed: 11 }));
        ctx.witness(
          "outputs until every run is right",
          c.points.findIndex((p) => p.mapCorrect === 1),
        );
        return c.points.at(-1)?.mapCorrect === 1;
      },
    }),
    exhaustive({
      name: "under a near-miss distribution lacking the failing text's longest word, the failing text has probability exactly 0",
      role: "control",
      cases: attacked,
      check: ({ certificate }) => textProbability(certificate, true).equals(0),
      show: ({ learner }) => learner.name,
    }),
  ],
});
