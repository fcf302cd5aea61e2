/**
 * Likelihood-ratio tests between two candidate models (THEORY.md R4 (c)), with their error
 * rates and the sample size a confidence needs.
 *
 * Test. After n i.i.d. outputs S, Λ_n = ln p_1(S) − ln p_0(S); decide H1 when Λ_n > τ
 * (τ = 0: the maximum-likelihood choice), else H0. Type I error: P(decide H1 | H0); type II:
 * P(decide H0 | H1). Both are *estimated* by Monte Carlo over `trials` seeded sample streams per
 * hypothesis; every n up to `maxSize` reuses the same streams (common random numbers), so the
 * curve costs one pass. An estimate from t trials has standard error at most 1/(2√t).
 *
 * Certainty. Λ_n is infinite only when a sample word has probability 0 under one hypothesis:
 * then the sample refutes it. With overlapping supports every finite sample has positive
 * probability under both, Λ_n stays finite, and no finite sample is certain: error rates can be
 * made small, never 0 (R4 (c)). With equal distributions Λ_n = 0 for every sample, the test
 * never leaves H0 and type II stays 1 (R4 (a)).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { sameAlphabet } from "../../automata/alphabet.js";
import { logLikelihood } from "../../automata/pdfa/mixture.js";
import { sampleOutputs } from "../../automata/pdfa/sample.js";
import {
  alphabetMismatch,
  invalidInput,
  type LimitLabError,
} from "../../automata/support/errors.js";
import { deriveSeed, type Seed } from "../../automata/support/rng.js";
import type { Word } from "../../automata/word.js";
import type { StochasticModel } from "./posterior.js";

/** Options of {@link lrtErrorCurve}. */
export interface LrtOptions {
  /** The largest sample size. @defaultValue 100 */
  readonly maxSize?: number;
  /** Sample streams per hypothesis. @defaultValue 200 */
  readonly trials?: number;
  /** Streams under H0 use `deriveSeed(seed, 2i)`, under H1 `deriveSeed(seed, 2i + 1)`. @defaultValue 42 */
  readonly seed?: Seed;
  /** τ: decide H1 when ln p1(S) − ln p0(S) > τ. @defaultValue 0 */
  readonly threshold?: number;
}

/** Estimated error rates at one sample size. */
export interface ErrorPoint {
  readonly size: number;
  /** Estimated P(Λ_n > τ | H0). */
  readonly typeI: number;
  /** Estimated P(Λ_n ≤ τ | H1). */
  readonly typeII: number;
  /** Fraction of all streams (both hypotheses) whose sample refutes one model (|Λ_n| = ∞). */
  readonly certain: number;
}

/** The error curve of a likelihood-ratio test. */
export interface ErrorCurve {
  readonly h0: string;
  readonly h1: string;
  readonly threshold: number;
  readonly trials: number;
  readonly seed: Seed;
  /** Monte Carlo estimates (standard error ≤ 1/(2√trials)), sizes 0..maxSize. */
  readonly points: readonly ErrorPoint[];
  /** The largest finite |Λ_n| met: a finite likelihood ratio that still leaves doubt. */
  readonly largestFiniteRatio: number;
}

/** Running Λ_n over one stream, for n = 0..size. */
function ratios(h0: StochasticModel, h1: StochasticModel, sample: readonly Word[]): number[] {
  const out = [0];
  let l = 0;
  for (const w of sample) {
    l += logLikelihood(h1.distribution, w) - logLikelihood(h0.distribution, w);
    out.push(l);
  }
  return out;
}

/**
 * The estimated type I and type II error rates of the likelihood-ratio test of `h0` against
 * `h1` at every sample size 0..maxSize (see the module header).
 *
 * Cost: 2·trials streams of maxSize samples, two likelihood evaluations per sample. `Left`
 * (invalid-input) for non-positive sizes or trials or a non-finite threshold,
 * (alphabet-mismatch) for models over different alphabets, and sampling budget errors.
 *
 * @example
 * ```ts
 * const c = lrtErrorCurve(fair, biased, { maxSize: 50, trials: 100 });
 * c.right.points[50]; // { size: 50, typeI: 0.03, typeII: 0.05, certain: 0 } (say)
 * ```
 */
export function lrtErrorCurve(
  h0: StochasticModel,
  h1: StochasticModel,
  options: LrtOptions = {},
): E.Either<LimitLabError, ErrorCurve> {
  const maxSize = options.maxSize ?? 100;
  const trials = options.trials ?? 200;
  const threshold = options.threshold ?? 0;
  const seed = options.seed ?? 42;
  for (const [field, v] of [
    ["maxSize", maxSize],
    ["trials", trials],
  ] as const)
    if (!(Number.isSafeInteger(v) && v >= 1))
      return E.left(invalidInput(`must be a positive integer, got ${v}`, field));
  if (!Number.isFinite(threshold))
    return E.left(invalidInput(`must be finite, got ${threshold}`, "threshold"));
  if (!sameAlphabet(h0.distribution.alphabet, h1.distribution.alphabet))
    return E.left(
      alphabetMismatch(h0.distribution.alphabet.symbols, h1.distribution.alphabet.symbols),
    );
  const wrongI = new Array<number>(maxSize + 1).fill(0);
  const wrongII = new Array<number>(maxSize + 1).fill(0);
  const certain = new Array<number>(maxSize + 1).fill(0);
  let largestFiniteRatio = 0;
  for (let t = 0; t < trials; t++)
    for (const truth of [0, 1] as const) {
      const source = truth === 0 ? h0 : h1;
      const sample = sampleOutputs(source.distribution, maxSize, deriveSeed(seed, 2 * t + truth));
      if (E.isLeft(sample)) return sample;
      for (const [n, l] of ratios(h0, h1, sample.right).entries()) {
        if (truth === 0 && l > threshold) wrongI[n] = (wrongI[n] as number) + 1;
        if (truth === 1 && !(l > threshold)) wrongII[n] = (wrongII[n] as number) + 1;
        if (Number.isFinite(l)) largestFiniteRatio = Math.max(largestFiniteRatio, Math.abs(l));
        else certain[n] = (certain[n] as number) + 1;
      }
    }
  return E.right({
    h0: h0.name,
    h1: h1.name,
    threshold,
    trials,
    seed,
    points: wrongI.map((e, size) => ({
      size,
      typeI: e / trials,
      typeII: (wrongII[size] as number) / trials,
      certain: (certain[size] as number) / (2 * trials),
    })),
    largestFiniteRatio,
  });
}

/** The sample size a confidence needs. */
export interface SampleSizeNeed {
  readonly confidence: number;
  /** The least n with both estimated error rates ≤ 1 − confidence, or null within the curve. */
  readonly size: number | null;
}

/**
 * For each confidence c, the least sample size at which both estimated error rates are at most
 * 1 − c (null when the curve never gets there). Error rates of a likelihood-ratio test need
 * not fall monotonically in n, so this is the first size, not a size from which on.
 *
 * Cost: O(points · confidences). `Left` (invalid-input) for a confidence outside (0, 1).
 *
 * @example
 * ```ts
 * sampleSizesFor(curve, [0.9, 0.95, 0.99]); // right([{ confidence: 0.9, size: 12 }, …])
 * ```
 */
export function sampleSizesFor(
  curve: ErrorCurve,
  confidences: readonly number[],
): E.Either<LimitLabError, readonly SampleSizeNeed[]> {
  const out: SampleSizeNeed[] = [];
  for (const [i, c] of confidences.entries()) {
    if (!(c > 0 && c < 1))
      return E.left(invalidInput(`must be in (0, 1), got ${c}`, `confidences[${i}]`));
    const hit = curve.points.find((p) => p.typeI <= 1 - c && p.typeII <= 1 - c);
    out.push({ confidence: c, size: hit === undefined ? null : hit.size });
  }
  return E.right(out);
}
