/**
 * P7 (THEORY.md): hypothesis-space growth.
 *
 * Statement. With M(t) base models and D(t) datasets growing exponentially (rates α and β),
 * the fine-tunes on at most k datasets number N_k = M · Σ_{i≤k} C(D, i), and N_∞ = M · 2^D is
 * doubly exponential. For large D, N_k ≈ M·D^k/k!, so N_k doubles every T_k with
 * 1/T_k = (α + kβ)/ln 2; two doubling times fix α and β. The abstract's (T_1, T_3) = (0.5, 0.28)
 * years give models doubling every ≈ 0.82 y, datasets every ≈ 1.27 y, and predict T_2 ≈ 0.36 y
 * (a reconstruction: the paper's derivation is not available). Bounded hypothesis spaces are
 * already huge: 2^{|Σ^{≤n}|} languages within Σ^{≤n}, and over {a, b} 2, 26, 1054, 57 068
 * languages with minimal complete DFAs of at most 1..4 states, below n^{2n}·2^n.
 *
 * Finite shadow. The closed form is checked against exact bigint counts: N_k(t) is computed
 * exactly on a time grid (M(t), D(t) rounded down) and a least-squares doubling time is fitted
 * to log2 N_k(t); for random rates, k and D_0 ≥ 10^4 the fit must match ln 2/(α + kβ). N_k is
 * compared with a count of (model, dataset subset) pairs. The language counts are recomputed by
 * enumerating every complete DFA (all 1 + 64 + 5832 + 1 048 576 tables with start 0, not only
 * the accessible structures the library enumerates) and every subset of Σ^{≤n}.
 *
 * Independent check. Doubling times from exact counts and regression, not from the formula;
 * subset counts by popcount; DFA languages told apart by their membership over the 127 words
 * of length ≤ 6 (complete for ≤ 4 states: two different languages of n₁- and n₂-state DFAs
 * differ on a word of length ≤ n₁ + n₂ − 2), computed in heap order (word i's children are
 * 2i + 1 and 2i + 2); subsets of Σ^{≤n} as distinct minimal DFAs.
 *
 * Controls (near-misses that must fail the predicates): reading the calibration as k = 2
 * instead of 3 does not predict T_2 ≈ 0.36; with D_0 = 3 datasets the closed form misses the
 * fitted doubling time of N_3 by more than 5% (the large-D approximation is needed);
 * signatures over words of length ≤ 5 merge languages (fewer than 57 068).
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { bigCountJson } from "../src/attribution/growth/big-count.js";
import { growthFromDoublingTimes, P7_CALIBRATION } from "../src/attribution/growth/doubling.js";
import {
  fineTuneCount,
  fitDoublingYears,
  spaceOverTime,
} from "../src/attribution/growth/hypothesis-space.js";
import {
  dfaLanguageCounts,
  labelledDfaBound,
  languagesWithin,
} from "../src/attribution/growth/languages.js";
import { dfaEquals, dfaHash } from "../src/automata/canonical.js";
import type { Dfa } from "../src/automata/dfa.js";
import { minimize } from "../src/automata/minimize.js";
import type { Word } from "../src/automata/word.js";
import { finiteLanguage } from "../src/identification/family/finite-language.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { ab, wordsUpTo } from "./support/small-world.js";

/** Distinct membership vectors over the words of length ≤ `length`, of all DFAs with ≤ n states. */
function signatureCount(maxStates: number, length: number): { dfas: number; languages: number } {
  const words = (1 << (length + 1)) - 1;
  const seen = new Set<string>();
  const state = new Int32Array(words);
  const bits = new Uint32Array(Math.ceil(words / 32));
  let dfas = 0;
  for (let n = 1; n <= maxStates; n++) {
    const delta = new Int32Array(2 * n);
    for (;;) {
      for (let i = 0; 2 * i + 2 < words; i++) {
        const q = state[i] as number;
        state[2 * i + 1] = delta[2 * q] as number;
        state[2 * i + 2] = delta[2 * q + 1] as number;
      }
      for (let acc = 0; acc < 1 << n; acc++) {
        dfas++;
        bits.fill(0);
        for (let i = 0; i < words; i++)
          if ((acc >> (state[i] as number)) & 1)
            bits[i >> 5] = (bits[i >> 5] as number) | (1 << (i & 31));
        seen.add(bits.join(","));
      }
      let i = 0;
      while (i < 2 * n && delta[i] === n - 1) delta[i++] = 0;
      if (i === 2 * n) break;
      delta[i] = (delta[i] as number) + 1;
    }
  }
  return { dfas, languages: seen.size };
}

/** M · #{subsets of D datasets with at most k elements}, by popcount. */
function subsetPairs(models: number, datasets: number, k: number): bigint {
  let n = 0n;
  for (let s = 0; s < 1 << datasets; s++) {
    let bits = 0;
    for (let x = s; x > 0; x >>= 1) bits += x & 1;
    if (bits <= k) n++;
  }
  return BigInt(models) * n;
}

/** The fitted doubling time of N_k over two years, from exact counts. */
function fittedDoubling(
  rates: { modelDoublingYears: number; datasetDoublingYears: number },
  models: number,
  datasets: number,
  k: number,
): number {
  const years = Array.from({ length: 21 }, (_, i) => i / 10);
  const series = orThrow(spaceOverTime({ models, datasets, ...rates }, k, years));
  return orThrow(fitDoublingYears(series.map((p) => ({ years: p.years, log2: p.count.log2 }))));
}

/** Distinct languages among all subsets of Σ^{≤n} over {a, b}, as minimal DFAs. */
function subsetLanguages(n: number): number {
  const words: Word[] = wordsUpTo(n);
  const seen = new Map<number, Dfa[]>();
  let count = 0;
  for (let s = 0; s < 2 ** words.length; s++) {
    const d = minimize(
      finiteLanguage(
        ab,
        words.filter((_, i) => Math.floor(s / 2 ** i) % 2 === 1),
      ),
    );
    const bucket = seen.get(dfaHash(d)) ?? [];
    if (!bucket.some((e) => dfaEquals(e, d))) {
      bucket.push(d);
      count++;
    }
    seen.set(dfaHash(d), bucket);
  }
  return count;
}

const T2 = 0.359;

export const proof = defineProof({
  id: "P7",
  title: "Hypothesis-space growth: N_k, N_∞, doubling times and bounded language counts",
  statement:
    "N_k = M·Σ_{i≤k} C(D, i) and N_∞ = M·2^D; for large D, 1/T_k = (α + kβ)/ln 2, so (T_1, T_3) = (0.5, 0.28) y gives models doubling every 0.82 y, datasets every 1.27 y and T_2 ≈ 0.36 y (a reconstruction); 2^{|Σ^{≤n}|} languages lie within Σ^{≤n}, and 2, 26, 1054, 57068 languages over {a, b} have minimal DFAs of at most 1..4 states, below n^{2n}·2^n.",
  shadow:
    "Exact bigint counts N_k(t) on a time grid, with a least-squares doubling time compared with the closed form for random rates, k and D_0 ≥ 10^4; N_k against subset counts; every complete DFA with ≤ 4 states over {a, b} (1 054 474 tables) and every subset of Σ^{≤n} for n ≤ 3 enumerated.",
  check:
    "Doubling times come from exact counts and regression, not the formula; subsets by popcount; DFA languages by membership over the 127 words of length ≤ 6 (complete for ≤ 4 states), computed in heap order; subsets of Σ^{≤n} as distinct minimal DFAs: none of it uses the library's structure enumeration.",
  control:
    "Reading the calibration as k = 2 does not predict T_2 ≈ 0.36; with D_0 = 3 datasets the closed form misses the fitted doubling time of N_3 by more than 5%; signatures over words of length ≤ 5 merge languages (fewer than 57068).",
  properties: [
    exhaustive({
      name: "the calibration (T_1, T_3) = (0.5, 0.28) gives models 0.82 y, datasets 1.27 y and T_2 0.36 y, and exact counts double at that T_2",
      role: "claim",
      cases: () => [P7_CALIBRATION],
      check: (c, ctx) => {
        const g = orThrow(growthFromDoublingTimes(c.t1, c.tk, c.k));
        ctx.witness("model doubling, ms", Math.round(1000 * g.modelDoublingYears));
        ctx.witness("dataset doubling, ms", Math.round(1000 * g.datasetDoublingYears));
        ctx.witness("T_2, ms", Math.round(1000 * g.doublingYears(2)));
        const fit = fittedDoubling(g, 1000, 100_000, 2);
        return (
          c.reconstruction &&
          Math.abs(g.modelDoublingYears - 0.82) < 0.01 &&
          Math.abs(g.datasetDoublingYears - 1.27) < 0.01 &&
          Math.abs(g.doublingYears(2) - T2) < 0.005 &&
          Math.abs(fit / g.doublingYears(2) - 1) < 0.005
        );
      },
    }),
    {
      name: "for random rates, k and many datasets, exact counts N_k(t) double every ln 2/(α + kβ), the T_k that growthFromDoublingTimes recovers from T_1 and T_k",
      role: "claim",
      runs: { fast: 30, deep: 300 },
      covers: ["models faster", "datasets faster", "k ≥ 3"],
      build: (ctx) =>
        fc.property(
          fc.record({
            modelYears: fc.double({ min: 0.3, max: 3, noNaN: true }),
            datasetYears: fc.double({ min: 0.3, max: 3, noNaN: true }),
            k: fc.integer({ min: 1, max: 4 }),
            datasets: fc.integer({ min: 10_000, max: 1_000_000 }),
          }),
          ({ modelYears, datasetYears, k, datasets }) => {
            ctx.classify(modelYears < datasetYears ? "models faster" : "datasets faster");
            if (k >= 3) ctx.classify("k ≥ 3");
            const tj = (j: number) => 1 / (1 / modelYears + j / datasetYears);
            const g = orThrow(growthFromDoublingTimes(tj(1), tj(k + 1), k + 1));
            const fit = fittedDoubling(
              { modelDoublingYears: modelYears, datasetDoublingYears: datasetYears },
              100,
              datasets,
              k,
            );
            ctx.witness("datasets at t = 0", datasets);
            return (
              Math.abs(g.modelDoublingYears / modelYears - 1) < 1e-9 &&
              Math.abs(g.doublingYears(k) / tj(k) - 1) < 1e-9 &&
              Math.abs(fit / g.doublingYears(k) - 1) < 0.01
            );
          },
        ),
    },
    {
      name: "N_k equals the number of (model, set of at most k datasets) pairs, and N_∞ = M·2^D",
      role: "claim",
      runs: { fast: 100, deep: 1000 },
      covers: ["k < D", "k ≥ D"],
      build: (ctx) =>
        fc.property(
          fc.record({
            models: fc.integer({ min: 1, max: 1000 }),
            datasets: fc.integer({ min: 0, max: 14 }),
            k: fc.integer({ min: 0, max: 16 }),
          }),
          ({ models, datasets, k }) => {
            ctx.classify(k < datasets ? "k < D" : "k ≥ D");
            const c = orThrow(fineTuneCount(models, datasets, k));
            const all = orThrow(fineTuneCount(models, datasets, Number.POSITIVE_INFINITY));
            ctx.witness("log2 N_k", Math.round(c.log2));
            return (
              c.exact === subsetPairs(models, datasets, k) &&
              all.exact === BigInt(models) * 2n ** BigInt(datasets)
            );
          },
        ),
    },
    exhaustive({
      name: "over {a, b}, 2, 26, 1054 and 57068 languages have minimal complete DFAs of at most 1..4 states, by the library's structure enumeration and by signatures of every table, below n^{2n}·2^n",
      role: "claim",
      covers: ["1 state", "4 states"],
      cases: () => [1, 2, 3, 4],
      check: (n, ctx) => {
        ctx.classify(n === 1 ? "1 state" : `${n} states`);
        const library = orThrow(dfaLanguageCounts(n)).at(-1);
        const brute = signatureCount(n, Math.max(0, 2 * n - 2));
        ctx.witness("tables enumerated", brute.dfas);
        ctx.witness("languages", brute.languages);
        return (
          library?.atMost === brute.languages &&
          brute.languages === [2, 26, 1054, 57068][n - 1] &&
          BigInt(brute.languages) <= labelledDfaBound(n, 2)
        );
      },
    }),
    exhaustive({
      name: "2^{|Σ^{≤n}|} languages lie within Σ^{≤n}: every subset of the words is a different language",
      role: "claim",
      cases: () => [0, 1, 2, 3],
      check: (n, ctx) => {
        const w = orThrow(languagesWithin(2, n));
        const distinct = subsetLanguages(n);
        ctx.witness("languages", distinct);
        return (
          w.words === BigInt(2 ** (n + 1) - 1) &&
          bigCountJson(w.languages).exact === String(distinct)
        );
      },
    }),
    exhaustive({
      name: "reading the calibration as k = 2 does not predict T_2 ≈ 0.36",
      role: "control",
      cases: () => [P7_CALIBRATION],
      check: (c) => {
        const g = growthFromDoublingTimes(c.t1, c.tk, 2);
        return E.isRight(g) && Math.abs(g.right.doublingYears(2) - T2) >= 0.005;
      },
    }),
    exhaustive({
      name: "with D_0 = 3 datasets the closed form misses the fitted doubling time of N_3 by more than 5%",
      role: "control",
      cases: () => [P7_CALIBRATION],
      check: (c, ctx) => {
        const g = orThrow(growthFromDoublingTimes(c.t1, c.tk, c.k));
        const fit = fittedDoubling(g, 1000, 3, 3);
        ctx.witness("relative miss, ‰", Math.round(1000 * Math.abs(fit / g.doublingYears(3) - 1)));
        return Math.abs(fit / g.doublingYears(3) - 1) > 0.05;
      },
    }),
    exhaustive({
      name: "signatures over words of length at most 5 merge DFA languages with 4 states: fewer than 57068 classes",
      role: "control",
      cases: () => [5],
      check: (length, ctx) => {
        const { languages } = signatureCount(4, length);
        ctx.witness("classes", languages);
        return languages < 57068;
      },
    }),
  ],
});
