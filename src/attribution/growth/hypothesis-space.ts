/**
 * The size of the hypothesis space (THEORY.md P7): with M base models and D datasets, the
 * fine-tunes on at most k datasets number N_k = M · Σ_{i≤k} C(D, i), and N_∞ = M · 2^D (every
 * subset of the datasets) is doubly exponential in time when D grows exponentially.
 *
 * Counts are exact bigints up to {@link EXACT_BITS} bits and base-2 logarithms beyond
 * (AMENDMENTS.md, "Exactness has a size"). Over time, M(t) = ⌊M_0 · 2^{t/T_M}⌋ and
 * D(t) = ⌊D_0 · 2^{t/T_D}⌋; {@link fitDoublingYears} fits a doubling time to a series by least
 * squares on log2, which is how the closed form of doubling.ts is checked against exact counts.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { type BigCount, EXACT_BITS, exactCount, powerOfTwo } from "./big-count.js";

/**
 * The default most binomial terms summed: 10^7.
 *
 * @example
 * ```ts
 * fineTuneCount(1, 1e9, 2e7, { terms: 2 * DEFAULT_TERMS });
 * ```
 */
export const DEFAULT_TERMS = 10_000_000;

/** Options of {@link fineTuneCount}. */
export interface FineTuneCountBudget {
  /** The most binomial terms summed (when k < D). @defaultValue {@link DEFAULT_TERMS} */
  readonly terms?: number;
}

function natural(x: number, field: string): E.Either<LimitLabError, number> {
  return Number.isSafeInteger(x) && x >= 0
    ? E.right(x)
    : E.left(invalidInput(`must be a non-negative safe integer, got ${String(x)}`, field));
}

/** log2 of x + y given log2 x and log2 y. */
function log2Add(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  const hi = Math.max(a, b);
  return hi + Math.log2(1 + 2 ** (Math.min(a, b) - hi));
}

/**
 * N_k = M · Σ_{i=0}^{k} C(D, i): the models obtainable from `models` bases by fine-tuning on at
 * most `k` of `datasets` datasets (k = `Infinity`, or any k ≥ D, gives N_∞ = M · 2^D).
 *
 * Exact (bigint) while the count has at most {@link EXACT_BITS} bits; beyond, `log2` only, from
 * the binomial terms summed in floating point (relative error about 1e-15 per term).
 * Cost: N_∞ O(1) beyond exact size; otherwise O(k) floating steps, then O(k) bigint steps when
 * the count is exact. `Left` (invalid-input) for a count that is not a non-negative safe
 * integer or a negative k; `Left` (budget) when k < D and k > `budget.terms`.
 *
 * @example
 * ```ts
 * fineTuneCount(2, 3, 1); // right({ exact: 8n, … }): 2 · (1 + 3)
 * fineTuneCount(2, 3, Infinity); // right({ exact: 16n, … }): 2 · 2^3
 * fineTuneCount(1, 10 ** 6, Infinity); // right({ log2: 1e6 }): beyond exact size
 * ```
 */
export function fineTuneCount(
  models: number,
  datasets: number,
  k: number,
  budget: FineTuneCountBudget = {},
): E.Either<LimitLabError, BigCount> {
  const m = natural(models, "models");
  if (E.isLeft(m)) return m;
  const d = natural(datasets, "datasets");
  if (E.isLeft(d)) return d;
  if (!(k === Number.POSITIVE_INFINITY || (Number.isSafeInteger(k) && k >= 0)))
    return E.left(invalidInput(`must be a non-negative integer or Infinity, got ${k}`, "k"));
  if (models === 0) return E.right({ log2: Number.NEGATIVE_INFINITY, exact: 0n });
  const M = BigInt(models);
  if (k >= datasets) {
    const all = powerOfTwo(BigInt(datasets));
    return E.right(
      all.exact === undefined ? { log2: all.log2 + Math.log2(models) } : exactCount(M * all.exact),
    );
  }
  const limit = budget.terms ?? DEFAULT_TERMS;
  if (k > limit) return E.left(budgetError("terms", limit, k, "N_k"));
  let logTerm = 0;
  let logSum = 0;
  for (let i = 0; i < k; i++) {
    logTerm += Math.log2(datasets - i) - Math.log2(i + 1);
    logSum = log2Add(logSum, logTerm);
  }
  if (logSum + Math.log2(models) + 1 <= EXACT_BITS) {
    const D = BigInt(datasets);
    let term = 1n;
    let sum = 1n;
    for (let i = 0n; i < BigInt(k); i++) {
      term = (term * (D - i)) / (i + 1n);
      sum += term;
    }
    return E.right(exactCount(M * sum));
  }
  return E.right({ log2: logSum + Math.log2(models) });
}

/** Exponential growth of models and datasets from time 0. */
export interface SpaceGrowth {
  /** M_0, base models at time 0. */
  readonly models: number;
  /** D_0, datasets at time 0. */
  readonly datasets: number;
  readonly modelDoublingYears: number;
  readonly datasetDoublingYears: number;
}

/** N_k at one time. */
export interface SpacePoint {
  readonly years: number;
  readonly models: number;
  readonly datasets: number;
  readonly count: BigCount;
}

/**
 * N_k(t) at each time of `years`, with M(t) = ⌊M_0 · 2^{t/T_M}⌋ and D(t) = ⌊D_0 · 2^{t/T_D}⌋.
 *
 * Cost: one {@link fineTuneCount} per time. `Left` (invalid-input) for non-positive doubling
 * times, a time that is not finite, or a count beyond safe integers; the errors of
 * {@link fineTuneCount} otherwise.
 *
 * @example
 * ```ts
 * const g = { models: 100, datasets: 1000, modelDoublingYears: 0.82, datasetDoublingYears: 1.27 };
 * spaceOverTime(g, 1, [0, 0.5, 1]); // right([{ years: 0, models: 100, datasets: 1000, count }, …])
 * ```
 */
export function spaceOverTime(
  growth: SpaceGrowth,
  k: number,
  years: readonly number[],
  budget: FineTuneCountBudget = {},
): E.Either<LimitLabError, readonly SpacePoint[]> {
  for (const field of ["modelDoublingYears", "datasetDoublingYears"] as const)
    if (!(Number.isFinite(growth[field]) && growth[field] > 0))
      return E.left(invalidInput(`must be positive and finite, got ${growth[field]}`, field));
  const out: SpacePoint[] = [];
  for (const [i, t] of years.entries()) {
    if (!Number.isFinite(t)) return E.left(invalidInput(`must be finite, got ${t}`, `years[${i}]`));
    const models = Math.floor(growth.models * 2 ** (t / growth.modelDoublingYears));
    const datasets = Math.floor(growth.datasets * 2 ** (t / growth.datasetDoublingYears));
    const count = fineTuneCount(models, datasets, k, budget);
    if (E.isLeft(count)) return count;
    out.push({ years: t, models, datasets, count: count.right });
  }
  return E.right(out);
}

/**
 * The doubling time of a series, fitted by least squares to (years, log2 count): 1/slope.
 *
 * Cost: O(points). `Left` (invalid-input) with fewer than two distinct times, a non-finite
 * value, or a slope that is not positive (the series does not grow).
 *
 * @example
 * ```ts
 * fitDoublingYears([{ years: 0, log2: 10 }, { years: 1, log2: 12 }]); // right(0.5)
 * ```
 */
export function fitDoublingYears(
  points: readonly { readonly years: number; readonly log2: number }[],
): E.Either<LimitLabError, number> {
  if (points.some((p) => !Number.isFinite(p.years) || !Number.isFinite(p.log2)))
    return E.left(invalidInput("every time and log2 count must be finite", "points"));
  const n = points.length;
  const mt = points.reduce((s, p) => s + p.years, 0) / n;
  const my = points.reduce((s, p) => s + p.log2, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.years - mt) ** 2, 0);
  if (n < 2 || !(sxx > 0))
    return E.left(invalidInput("a fit needs at least two distinct times", "points"));
  const slope = points.reduce((s, p) => s + (p.years - mt) * (p.log2 - my), 0) / sxx;
  return slope > 0
    ? E.right(1 / slope)
    : E.left(invalidInput(`the series does not grow (slope ${slope} per year)`, "points"));
}
