/**
 * Probabilistic attribution over a finite zoo (THEORY.md R4, C9): the posterior over candidate
 * distributions given i.i.d. outputs, P(M_i | S) ∝ π_i · Π_{w∈S} p_i(w), computed in log space
 * (log-sum-exp), so long samples neither underflow nor overflow.
 *
 * Laws: a model that gives some sample word probability 0 has posterior exactly 0 (the sample
 * refutes it); two models with the same distribution keep the ratio of their priors forever
 * (statistically non-identifiable, R4 (a)); for a finite zoo of distinct distributions the
 * posterior of the true model tends to 1 with probability 1 (the log-likelihood ratio against
 * each other model drifts at rate KL > 0), which {@link posteriorCurve} shows on seeded samples.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Distribution, logLikelihood } from "../../automata/pdfa/mixture.js";
import { sampleOutputs } from "../../automata/pdfa/sample.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed, type Seed } from "../../automata/support/rng.js";
import type { Word } from "../../automata/word.js";
import { checkWord } from "../../identification/datum.js";

/** A probabilistic candidate: a name and its output distribution (a PDFA or a mixture). */
export interface StochasticModel {
  readonly name: string;
  readonly distribution: Distribution;
}

/** One model's part of a posterior. */
export interface PosteriorEntry {
  readonly name: string;
  /** ln P(S | M) (`-Infinity` when some word has probability 0). */
  readonly logLikelihood: number;
  readonly posterior: number;
}

/** The posterior over a zoo after a sample. */
export interface Posterior {
  readonly sampleSize: number;
  readonly entries: readonly PosteriorEntry[];
  /** The index of the most probable model (the first among ties). */
  readonly map: number;
}

function checkPrior(
  prior: readonly number[] | undefined,
  n: number,
): E.Either<LimitLabError, readonly number[]> {
  if (prior === undefined) return E.right(new Array<number>(n).fill(1 / n));
  if (prior.length !== n)
    return E.left(invalidInput(`has ${prior.length} weights for ${n} models`, "prior"));
  if (prior.some((p) => !(Number.isFinite(p) && p >= 0)) || !prior.some((p) => p > 0))
    return E.left(invalidInput("weights must be non-negative, finite, not all 0", "prior"));
  const sum = prior.reduce((a, b) => a + b, 0);
  return E.right(prior.map((p) => p / sum));
}

/** Normalises log-weights into probabilities (log-sum-exp); all −∞ gives all 0. */
function normalise(logs: readonly number[]): number[] {
  const top = Math.max(...logs);
  if (top === Number.NEGATIVE_INFINITY) return logs.map(() => 0);
  const ws = logs.map((l) => Math.exp(l - top));
  const sum = ws.reduce((a, b) => a + b, 0);
  return ws.map((w) => w / sum);
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

/**
 * The posterior over `models` after the i.i.d. sample `sample`, from `prior` (normalised;
 * uniform by default).
 *
 * Cost: O(models · Σ|w| log d) likelihood terms. `Left` (invalid-input) for an empty zoo, a
 * prior of the wrong length or with negative or all-zero weights, or a foreign symbol; when every
 * model gives the sample probability 0 every posterior is 0 and `map` is 0.
 *
 * @example
 * ```ts
 * posterior([{ name: "fair", distribution: fair }, { name: "biased", distribution: biased }],
 *   [[0], [0], [0, 0]]); // right({ entries: [{ posterior: 0.2… }, { posterior: 0.7… }], map: 1 })
 * ```
 */
export function posterior(
  models: readonly StochasticModel[],
  sample: readonly Word[],
  prior?: readonly number[],
): E.Either<LimitLabError, Posterior> {
  const first = models[0];
  if (first === undefined) return E.left(invalidInput("a zoo needs at least one model", "zoo"));
  const pi = checkPrior(prior, models.length);
  if (E.isLeft(pi)) return pi;
  for (const [i, w] of sample.entries()) {
    const ok = checkWord(first.distribution.alphabet, w, `sample[${i}]`);
    if (E.isLeft(ok)) return ok;
  }
  const lls = models.map((m) => sample.reduce((s, w) => s + logLikelihood(m.distribution, w), 0));
  const post = normalise(lls.map((l, i) => l + Math.log(pi.right[i] as number)));
  return E.right({
    sampleSize: sample.length,
    entries: models.map((m, i) => ({
      name: m.name,
      logLikelihood: lls[i] as number,
      posterior: post[i] as number,
    })),
    map: argmax(post),
  });
}

/** Options of {@link posteriorCurve}. */
export interface PosteriorCurveOptions {
  /** Samples per run. @defaultValue 100 */
  readonly horizon?: number;
  /** Independent seeded runs. @defaultValue 10 */
  readonly runs?: number;
  /** Run i samples with `deriveSeed(seed, i)`. @defaultValue 42 */
  readonly seed?: Seed;
  /** @defaultValue uniform */
  readonly prior?: readonly number[];
}

/** The posterior of the true model after n samples, over the runs. */
export interface PosteriorPoint {
  readonly size: number;
  readonly mean: number;
  readonly min: number;
  /** Fraction of runs whose most probable model is the true one. */
  readonly mapCorrect: number;
}

/** How the posterior of the true model evolves as i.i.d. samples accumulate. */
export interface PosteriorCurve {
  readonly target: number;
  readonly targetName: string;
  readonly seeds: readonly Seed[];
  readonly points: readonly PosteriorPoint[];
}

/**
 * The posterior of the true model (index `target`) after 0..horizon i.i.d. samples drawn from
 * it, over several seeded runs (running sums: one likelihood evaluation per model and sample).
 *
 * Cost: O(runs · horizon · models · |w| log d). `Left` for a bad target, horizon or run count,
 * the errors of {@link posterior}'s checks, and sampling budget errors.
 *
 * @example
 * ```ts
 * const c = posteriorCurve(zoo, 1, { horizon: 200, runs: 5 });
 * c.right.points.at(-1); // { size: 200, mean: ≈ 1, mapCorrect: 1, … }
 * ```
 */
export function posteriorCurve(
  models: readonly StochasticModel[],
  target: number,
  options: PosteriorCurveOptions = {},
): E.Either<LimitLabError, PosteriorCurve> {
  const horizon = options.horizon ?? 100;
  const runs = options.runs ?? 10;
  for (const [field, v] of [
    ["horizon", horizon],
    ["runs", runs],
  ] as const)
    if (!(Number.isSafeInteger(v) && v >= 1))
      return E.left(invalidInput(`must be a positive integer, got ${v}`, field));
  const truth = models[target];
  if (!Number.isSafeInteger(target) || truth === undefined)
    return E.left(
      invalidInput(`${target} is not a model index in 0..${models.length - 1}`, "target"),
    );
  const pi = checkPrior(options.prior, models.length);
  if (E.isLeft(pi)) return pi;
  const seeds = Array.from({ length: runs }, (_, i) => deriveSeed(options.seed ?? 42, i));
  const post: number[][] = [];
  const correct: boolean[][] = [];
  for (const s of seeds) {
    const sample = sampleOutputs(truth.distribution, horizon, s);
    if (E.isLeft(sample)) return sample;
    const logs = pi.right.map((p) => Math.log(p));
    const row: number[] = [];
    const ok: boolean[] = [];
    for (let n = 0; n <= horizon; n++) {
      if (n > 0) {
        const w = sample.right[n - 1] as Word;
        for (const [i, m] of models.entries())
          logs[i] = (logs[i] as number) + logLikelihood(m.distribution, w);
      }
      const p = normalise(logs);
      row.push(p[target] as number);
      ok.push(argmax(p) === target);
    }
    post.push(row);
    correct.push(ok);
  }
  const points = Array.from({ length: horizon + 1 }, (_, size) => {
    const at = post.map((r) => r[size] as number);
    return {
      size,
      mean: at.reduce((a, b) => a + b, 0) / runs,
      min: Math.min(...at),
      mapCorrect: correct.filter((r) => r[size] === true).length / runs,
    };
  });
  return E.right({ target, targetName: truth.name, seeds, points });
}
