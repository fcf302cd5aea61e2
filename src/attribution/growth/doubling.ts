/**
 * Doubling times of the hypothesis space (THEORY.md P7), from the closed form.
 *
 * Model. Models M(t) and datasets D(t) grow exponentially, M ∝ e^{αt} and D ∝ e^{βt}. Fine-tunes
 * on up to k datasets number N_k = M · Σ_{i≤k} C(D, i); for large D, N_k ≈ M·D^k/k!, so
 * ln N_k grows at rate α + kβ and N_k doubles every T_k = ln 2 / (α + kβ), that is
 * 1/T_k = (α + kβ)/ln 2. Two observed doubling times T_1 and T_k (k > 1) fix α and β:
 * β = ln 2 · (1/T_k − 1/T_1)/(k − 1) and α = ln 2/T_1 − β; then T_j = ln 2/(α + jβ) for every j.
 * The approximation holds for large D only (for small D the binomial sum is not yet ≈ D^k/k!).
 *
 * The calibration (T_1, T_3) = (0.5, 0.28) years comes from the paper's abstract; the fit
 * through this model is a reconstruction (the paper's own derivation is not available): models
 * double every ≈ 0.82 y, datasets every ≈ 1.27 y, and T_2 ≈ 0.36 y is predicted.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "../../automata/support/errors.js";

/** Growth of the hypothesis space implied by two doubling times (all values in years). */
export interface Growth {
  /** ln 2 / α: how long the number of base models takes to double. */
  readonly modelDoublingYears: number;
  /** ln 2 / β: how long the number of datasets takes to double. */
  readonly datasetDoublingYears: number;
  /**
   * T_j = ln 2/(α + jβ): the doubling time of N_j (fine-tunes on up to j datasets), j ≥ 0 (N_0
   * = M). Throws a `LimitLabException` (invalid-input) for a negative or non-finite j.
   */
  readonly doublingYears: (j: number) => number;
}

/** A {@link Growth} as JSON: its two rates and T_j for the j asked. */
export interface GrowthJson {
  readonly modelDoublingYears: number;
  readonly datasetDoublingYears: number;
  readonly doublingYears: readonly { readonly j: number; readonly years: number }[];
}

/** The reconstructed calibration of P7: the abstract's two doubling times. */
export interface Calibration {
  /** T_1: single-dataset fine-tunes, years. */
  readonly t1: number;
  /** T_k: fine-tunes on up to k datasets, years. */
  readonly tk: number;
  readonly k: number;
  /** Always true: the fit is ours, not the paper's (whose derivation is not available). */
  readonly reconstruction: true;
  readonly source: string;
}

/**
 * The calibration (T_1, T_3) = (0.5, 0.28) years, labelled a reconstruction.
 *
 * @example
 * ```ts
 * const g = growthFromDoublingTimes(P7_CALIBRATION.t1, P7_CALIBRATION.tk, P7_CALIBRATION.k);
 * ```
 */
export const P7_CALIBRATION: Calibration = {
  t1: 0.5,
  tk: 0.28,
  k: 3,
  reconstruction: true,
  source:
    "doubling times of the abstract of arXiv 2411.08003 (0.5 y single-dataset, 0.28 y multi-dataset, read as k = 3); the model N_k = M·Σ C(D, i) and this fit are a reconstruction",
};

function positive(x: number, field: string): E.Either<LimitLabError, number> {
  return Number.isFinite(x) && x > 0
    ? E.right(x)
    : E.left(invalidInput(`must be a positive finite number of years, got ${String(x)}`, field));
}

/**
 * The growth implied by the doubling times T_1 = `t1` of single-dataset fine-tunes and
 * T_k = `tk` of fine-tunes on up to `k` datasets, by the closed form of THEORY.md P7 (see the
 * module header; valid for a large number of datasets).
 *
 * `Left` (invalid-input) when t1 ≤ 0, tk ≤ 0, k ≤ 1 (or a value is not finite), or when the
 * implied model rate α or dataset rate β is ≤ 0 (tk ≥ t1 gives β ≤ 0; tk too small for t1 gives
 * α ≤ 0). Cost: O(1).
 *
 * @example
 * ```ts
 * const g = growthFromDoublingTimes(0.5, 0.28, 3); // right
 * g.right.modelDoublingYears; // ≈ 0.824
 * g.right.datasetDoublingYears; // ≈ 1.273
 * g.right.doublingYears(2); // ≈ 0.359
 * growthFromDoublingTimes(0.5, 0.6, 3); // left: datasets would shrink
 * ```
 */
export function growthFromDoublingTimes(
  t1: number,
  tk: number,
  k: number,
): E.Either<LimitLabError, Growth> {
  const a = positive(t1, "t1");
  if (E.isLeft(a)) return a;
  const b = positive(tk, "tk");
  if (E.isLeft(b)) return b;
  if (!(Number.isFinite(k) && k > 1))
    return E.left(invalidInput(`must be a finite number greater than 1, got ${String(k)}`, "k"));
  // rates in doublings per year: α' = α/ln 2 and β' = β/ln 2
  const beta = (1 / tk - 1 / t1) / (k - 1);
  const alpha = 1 / t1 - beta;
  if (!(beta > 0))
    return E.left(
      invalidInput(
        `T_${k} = ${tk} is not shorter than T_1 = ${t1}: the implied dataset growth rate is ${beta * Math.LN2} per year, not positive`,
        "tk",
      ),
    );
  if (!(alpha > 0))
    return E.left(
      invalidInput(
        `T_${k} = ${tk} is too short for T_1 = ${t1}: the implied model growth rate is ${alpha * Math.LN2} per year, not positive`,
        "tk",
      ),
    );
  return E.right({
    modelDoublingYears: 1 / alpha,
    datasetDoublingYears: 1 / beta,
    doublingYears: (j) => {
      if (!(Number.isFinite(j) && j >= 0))
        throw new LimitLabException(
          invalidInput(`must be a non-negative finite number, got ${String(j)}`, "j"),
        );
      return 1 / (alpha + j * beta);
    },
  });
}

/**
 * A {@link Growth} as JSON (reports serialise values, not the function), with T_j for each j of
 * `js`.
 *
 * @example
 * ```ts
 * growthJson(g, [1, 2, 3]).doublingYears; // [{ j: 1, years: 0.5 }, { j: 2, years: 0.359… }, …]
 * ```
 */
export function growthJson(g: Growth, js: readonly number[]): GrowthJson {
  return {
    modelDoublingYears: g.modelDoublingYears,
    datasetDoublingYears: g.datasetDoublingYears,
    doublingYears: js.map((j) => ({ j, years: g.doublingYears(j) })),
  };
}
