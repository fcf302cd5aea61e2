/**
 * C9 (THEORY.md, classical results): stochastic presentations, the positive side.
 *
 * Statement. Horning 1969 ("A study of grammatical inference"): for a known, suitably
 * enumerable family of distributions with a prior, Bayesian enumeration (guess the model of
 * highest posterior given i.i.d. samples) identifies the true distribution with probability 1:
 * the log-likelihood ratio of the truth against each other member grows like n · KL > 0 (or the
 * other member is refuted outright by a word outside its support), so the posterior of the truth
 * tends to 1 and its MAP guess converges. With samples from an *unknown, arbitrary* distribution
 * this is lost (Angluin 1988: probability-1 identification is then no stronger than text); that
 * negative side, the adversarial sampling construction of THEORY.md R2, is the subject of
 * proofs/R2-probabilistic-infinite.proof.ts and is not repeated here.
 *
 * Finite shadow. (1) Random known families: 2–4 random PDFAs (≤ 3 states over {a, b}) and
 * two fixed one-state ones, repeats removed, with random priors: after n seeded i.i.d. samples from a member, n sized by
 * the smallest finite KL divergence from the truth (80 nats of expected evidence) and by the
 * refutation of every member whose support misses a sampled word, the truth has posterior
 * ≥ 0.99 and is the MAP guess. (2) EX-GOLD made stochastic: a* with p(a^k) = 2^-(k+1) and each
 * finite member {a^0, …, a^n} uniform, prior 2^-(i+1), the first 12 members (40 deep): the MAP
 * guess converges to every member, a* included, which no text learner identifies (C2). Not a
 * restatement: the posterior comes from the library (log-space Bayes over its PDFA
 * likelihoods); the check recomputes it.
 *
 * Independent check. Likelihoods recomputed in the proof by walking each PDFA's edges (a linear
 * scan, not the library's binary search) and, for the EX-GOLD family, from the closed forms
 * 2^-(k+1) and 1/(n+1); Bayes' rule by log-sum-exp here; the library's posterior must match to
 * 1e-9. Distinctness of the family by exact L2 > 0; every sampled word has positive probability
 * under the truth.
 *
 * Control (near-miss). A family that excludes the truth does not concentrate on it: with the
 * sampler removed from the family, the MAP model is a different distribution (exact L2 > 0)
 * at every checkpoint, however many samples; for a random family it is the member closest to
 * the truth in KL (Berk 1966) whenever the KL gap is large enough to show within the samples.
 */
import fc from "fast-check";
import { posterior, type StochasticModel } from "../src/attribution/attribution/posterior.js";
import { unsafeAlphabet } from "../src/automata/alphabet.js";
import { arbPdfa } from "../src/automata/pdfa/arbitrary.js";
import { pdfaFromEdges } from "../src/automata/pdfa/build.js";
import { klDivergence } from "../src/automata/pdfa/kl.js";
import { l2Distance } from "../src/automata/pdfa/l2.js";
import { sampleOutputs } from "../src/automata/pdfa/sample.js";
import type { Pdfa } from "../src/automata/pdfa.js";
import type { Word } from "../src/automata/word.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { ab } from "./support/small-world.js";

/** ln p(w), walking the PDFA's edges by a linear scan; −∞ outside the support. */
function walkLog(p: Pdfa, w: Word): number {
  let q = p.start;
  let ll = 0;
  for (const s of w) {
    let found = -1;
    for (let i = p.offsets[q] as number; i < (p.offsets[q + 1] as number); i++)
      if (p.symbols[i] === s) found = i;
    if (found < 0) return Number.NEGATIVE_INFINITY;
    ll += Math.log(p.probs[found] as number);
    q = p.targets[found] as number;
  }
  const stop = p.stop[q] as number;
  return stop > 0 ? ll + Math.log(stop) : Number.NEGATIVE_INFINITY;
}

/** Bayes' rule in log space: posterior ∝ prior · likelihood. */
function bayes(prior: readonly number[], logLikelihoods: readonly number[]): number[] {
  const total = prior.reduce((x, y) => x + y, 0);
  const logs = logLikelihoods.map((l, i) => l + Math.log((prior[i] as number) / total));
  const top = Math.max(...logs);
  if (top === Number.NEGATIVE_INFINITY) return logs.map(() => 0);
  const ws = logs.map((l) => Math.exp(l - top));
  const z = ws.reduce((x, y) => x + y, 0);
  return ws.map((x) => x / z);
}

const argmax = (xs: readonly number[]): number =>
  xs.reduce((best, x, i) => (x > (xs[best] as number) ? i : best), 0);

/** The library's posterior after `sample`, checked against Bayes' rule recomputed here. */
function checkedPosterior(
  models: readonly Pdfa[],
  prior: readonly number[],
  sample: readonly Word[],
  logLikelihood: (i: number, w: Word) => number = (i, w) => walkLog(models[i] as Pdfa, w),
): number[] {
  const zoo: StochasticModel[] = models.map((distribution, i) => ({ name: `M${i}`, distribution }));
  const lib = orThrow(posterior(zoo, sample, prior));
  const lls = models.map((_, i) => sample.reduce((s, w) => s + logLikelihood(i, w), 0));
  const mine = bayes(prior, lls);
  lib.entries.forEach((e, i) => {
    const want = mine[i] as number;
    const ll = lls[i] as number;
    if (Math.abs(e.posterior - want) > 1e-9)
      throw new Error(`posterior of M${i}: library ${e.posterior}, Bayes' rule ${want}`);
    if (
      ll === Number.NEGATIVE_INFINITY
        ? e.logLikelihood !== ll
        : Math.abs(e.logLikelihood - ll) > 1e-6 * (1 + Math.abs(ll))
    )
      throw new Error(`log-likelihood of M${i}: library ${e.logLikelihood}, walked ${ll}`);
  });
  return mine;
}

/** One-state PDFAs over {a, b}: stop, a, b with the given probabilities. */
function oneState(stop: string, a: string, b: string): Pdfa {
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

/** Two fixed, different members every family gets, so a family has at least two. */
const ANCHORS = [oneState("1/2", "1/4", "1/4"), oneState("1/3", "1/3", "1/3")];

/** The generated members and the anchors, without repeats (exact L2 > 0 from every earlier one). */
function distinct(ps: readonly Pdfa[]): Pdfa[] {
  const out: Pdfa[] = [];
  for (const p of [...ps, ...ANCHORS])
    if (out.every((q) => orThrow(l2Distance(p, q)).equal === false)) out.push(p);
  return out;
}

/** The most samples drawn (a budget: reaching it is an error, not a pass). */
const CAP = 50_000;
/** Expected evidence (nats) asked against each member with a finite KL divergence. */
const EVIDENCE = 80;

/**
 * The sample for truth t, its size fixed by the distributions and the stream: at least
 * EVIDENCE / KL(truth ‖ q) for every member q with a finite divergence, and past the first word
 * outside q's support for every other member (such a word comes with probability 1).
 */
function evidenceSample(models: readonly Pdfa[], t: number, seed: number) {
  const truth = models[t] as Pdfa;
  let n = 1;
  let smallest = Number.POSITIVE_INFINITY;
  const escaping: Pdfa[] = [];
  for (const [j, q] of models.entries()) {
    if (j === t) continue;
    const kl = orThrow(klDivergence(truth, q)).nats;
    if (!Number.isFinite(kl)) escaping.push(q);
    else {
      smallest = Math.min(smallest, kl);
      n = Math.max(n, Math.ceil(EVIDENCE / kl));
    }
  }
  for (let size = Math.max(n, 1000); size <= CAP; size *= 2) {
    const stream = orThrow(sampleOutputs(truth, size, seed));
    const refuted = escaping.map((q) => stream.findIndex((w) => walkLog(q, w) === -Infinity));
    if (refuted.every((r) => r >= 0))
      return {
        sample: stream.slice(0, Math.max(n, ...refuted.map((r) => r + 1))),
        smallest,
        refutations: escaping.length,
      };
  }
  throw new Error(`some member was not refuted within ${CAP} samples`);
}

const arbFamily = fc.record({
  members: fc.array(arbPdfa(ab, { maxStates: 3 }), { minLength: 2, maxLength: 4 }),
  prior: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 6, maxLength: 6 }),
  pick: fc.nat(),
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
});

/** EX-GOLD as a known family of distributions: a* geometric, {a^0..a^n} uniform. */
const A = unsafeAlphabet(["a"]);

function goldModel(i: number): Pdfa {
  if (i === 0)
    return orThrow(
      pdfaFromEdges(A, {
        states: 1,
        start: 0,
        stop: ["1/2"],
        edges: [{ from: 0, symbol: 0, to: 0, p: "1/2" }],
      }),
    );
  const n = i - 1;
  // state q has read a^q: stop with 1/(n+1−q), so every a^k (k ≤ n) has probability 1/(n+1)
  return orThrow(
    pdfaFromEdges(A, {
      states: n + 1,
      start: 0,
      stop: Array.from({ length: n + 1 }, (_, q) => `1/${n + 1 - q}`),
      edges: Array.from({ length: n }, (_, q) => ({
        from: q,
        symbol: 0,
        to: q + 1,
        p: `${n - q}/${n + 1 - q}`,
      })),
    }),
  );
}

/** The closed form: ln p_i(a^k). */
function goldLog(i: number, w: Word): number {
  const k = w.length;
  if (i === 0) return -(k + 1) * Math.LN2;
  return k <= i - 1 ? -Math.log(i) : Number.NEGATIVE_INFINITY;
}

const goldCases = (deep: boolean) => {
  const m = deep ? 40 : 12;
  return Array.from({ length: m }, (_, t) => ({ m, t }));
};

export const proof = defineProof({
  id: "C9",
  title:
    "Stochastic presentations: Bayesian enumeration over a known family of distributions converges to the truth (Horning)",
  statement:
    "For a known enumerable family of distributions with a prior, the MAP guess from i.i.d. samples identifies the true distribution with probability 1 (Horning 1969): the truth's posterior tends to 1, since its log-likelihood ratio against each other member grows like n · KL or the member is refuted by a word outside its support. With arbitrary unknown distributions this fails (Angluin 1988), which proofs/R2-probabilistic-infinite.proof.ts shows.",
  shadow:
    "Random families of 2–4 PDFAs (≤ 3 states over {a, b}) plus two fixed one-state ones, repeats removed, with random priors, n seeded samples from a member (n from the smallest finite KL divergence, 80 nats of expected evidence, and the refutation of members missing a sampled word); EX-GOLD made stochastic (a* geometric, finite members uniform, prior 2^-(i+1)), 12 members (40 deep), where the MAP converges to a* too.",
  check:
    "Likelihoods recomputed by walking each PDFA's edges with a linear scan and, for EX-GOLD, from the closed forms 2^-(k+1) and 1/(n+1); Bayes' rule by log-sum-exp in the proof, matched with the library's posterior to 1e-9; distinctness by exact L2 > 0; every sampled word in the truth's support.",
  control:
    "With the sampler removed from the family, the MAP model is a different distribution (exact L2 > 0) at every checkpoint; on random families it is the KL-closest member when the KL gap shows within the samples (Berk 1966).",
  properties: [
    {
      name: "on random known families of distinct PDFAs the truth has posterior at least 0.99 and is the MAP guess after enough i.i.d. samples, by the library and by Bayes' rule recomputed",
      role: "claim",
      runs: { fast: 30, deep: 300 },
      covers: ["a member refuted by its support", "evidence by KL only", "4 or more members"],
      build: (ctx) =>
        fc.property(arbFamily, ({ members, prior, pick, seed }) => {
          const models = distinct(members);
          const t = pick % models.length;
          const pi = prior.slice(0, models.length);
          const { sample, smallest, refutations } = evidenceSample(models, t, seed);
          if (sample.some((w) => walkLog(models[t] as Pdfa, w) === Number.NEGATIVE_INFINITY))
            throw new Error("the sampler emitted a word outside the truth's support");
          const post = checkedPosterior(models, pi, sample);
          if (models.length >= 4) ctx.classify("4 or more members");
          ctx.classify(refutations > 0 ? "a member refuted by its support" : "evidence by KL only");
          ctx.witness("samples", sample.length);
          if (Number.isFinite(smallest))
            ctx.witness("smallest KL (millinats)", Math.round(1000 * smallest));
          return (post[t] as number) >= 0.99 && argmax(post) === t;
        }),
    },
    exhaustive({
      name: "on EX-GOLD made stochastic (a* geometric, {a^0..a^n} uniform) the MAP guess converges to every member, a* included, with closed-form likelihoods",
      role: "claim",
      covers: ["truth a*", "truth finite"],
      cases: ({ mode }) => goldCases(mode === "deep"),
      check: ({ m, t }, ctx) => {
        const models = Array.from({ length: m }, (_, i) => goldModel(i));
        const prior = models.map((_, i) => 2 ** -(i + 1));
        const n = 40 * m;
        const sample = orThrow(sampleOutputs(models[t] as Pdfa, n, 1000 + t));
        // the MAP after every prefix, from closed-form likelihoods (running sums)
        const sums = models.map(() => 0);
        let lastWrong = 0;
        for (const [s, w] of sample.entries()) {
          for (let i = 0; i < m; i++) sums[i] = (sums[i] as number) + goldLog(i, w);
          if (argmax(bayes(prior, sums)) !== t) lastWrong = s + 1;
        }
        const post = checkedPosterior(models, prior, sample, goldLog);
        ctx.classify(t === 0 ? "truth a*" : "truth finite");
        ctx.witness("samples", n);
        ctx.witness("MAP right from sample", lastWrong + 1);
        return argmax(post) === t && (post[t] as number) >= 0.99 && lastWrong < n;
      },
      show: ({ m, t }) => `member ${t} of ${m}`,
    }),
    {
      name: "with the sampler removed from a random family the MAP model is a different distribution at every checkpoint, and the KL-closest member when the gap shows",
      role: "control",
      runs: { fast: 30, deep: 300 },
      covers: ["KL-closest member found", "gap too small to show"],
      build: (ctx) =>
        fc.property(arbFamily, ({ members, prior, pick, seed }) => {
          const all = distinct(members);
          const t = pick % all.length;
          const truth = all[t] as Pdfa;
          const rest = all.filter((_, j) => j !== t);
          const pi = prior.slice(0, rest.length);
          const sample = orThrow(sampleOutputs(truth, 4000, seed));
          const kl = rest.map((q) => orThrow(klDivergence(truth, q)).nats);
          const checkpoints = [10, 100, 1000, 4000];
          const ok = checkpoints.every((n) => {
            const post = checkedPosterior(rest, pi, sample.slice(0, n));
            if (post.every((p) => p === 0)) return true;
            return orThrow(l2Distance(rest[argmax(post)] as Pdfa, truth)).equal === false;
          });
          const sorted = [...kl].sort((x, y) => x - y);
          const gap = (sorted[1] ?? Number.POSITIVE_INFINITY) - (sorted[0] as number);
          const closest = kl.indexOf(sorted[0] as number);
          const shows = Number.isFinite(sorted[0] as number) && gap * 4000 >= 2 * EVIDENCE;
          ctx.classify(shows ? "KL-closest member found" : "gap too small to show");
          const final = checkedPosterior(rest, pi, sample);
          return ok && (!shows || argmax(final) === closest);
        }),
    },
    exhaustive({
      name: "with a* removed from stochastic EX-GOLD, samples of a* never make the MAP model a*'s distribution",
      role: "control",
      covers: ["all members refuted", "a finite member guessed"],
      cases: ({ mode }) => (mode === "deep" ? [6, 12, 40] : [6, 12]),
      check: (m, ctx) => {
        const truth = goldModel(0);
        const models = Array.from({ length: m - 1 }, (_, i) => goldModel(i + 1));
        const prior = models.map((_, i) => 2 ** -(i + 2));
        const sample = orThrow(sampleOutputs(truth, 40 * m, 7));
        let guessed = false;
        let refuted = false;
        for (const n of [1, 10, 40 * m]) {
          const post = checkedPosterior(models, prior, sample.slice(0, n), (i, w) =>
            goldLog(i + 1, w),
          );
          if (post.every((p) => p === 0)) refuted = true;
          else {
            guessed = true;
            if (orThrow(l2Distance(models[argmax(post)] as Pdfa, truth)).equal !== false)
              return false;
          }
        }
        if (refuted) ctx.classify("all members refuted");
        if (guessed) ctx.classify("a finite member guessed");
        return true;
      },
    }),
  ],
});
