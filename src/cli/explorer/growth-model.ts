/**
 * What the growth view shows (THEORY.md P7), computed from the attribution layer: the
 * calibration (T_1, T_3) = (0.5, 0.28) years and what it implies (labelled a reconstruction),
 * N_k(t) for an illustrative starting point with every parameter stated, and the exact counts of
 * distinct languages of small DFAs.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type Calibration,
  type GrowthJson,
  growthFromDoublingTimes,
  growthJson,
  P7_CALIBRATION,
} from "../../attribution/growth/doubling.js";
import { spaceOverTime } from "../../attribution/growth/hypothesis-space.js";
import { dfaLanguageCounts } from "../../attribution/growth/languages.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Points } from "./run-state.js";

/** The illustrative starting point of the N_k(t) curves: 100 base models, 1000 datasets. */
export const GROWTH_START = { models: 100, datasets: 1000, years: 4 } as const;

/** The growth view's numbers. */
export interface GrowthFacts {
  readonly calibration: Calibration;
  /** The implied doubling times, with T_j for j = 0..5. */
  readonly growth: GrowthJson;
  /** log2 N_k(t) for k = 1, 2, 3 over 0..{@link GROWTH_START}.years years, quarterly. */
  readonly curves: readonly { readonly k: number; readonly points: Points }[];
  /** Distinct languages of complete DFAs with at most n = 1..4 states over {a, b}. */
  readonly dfaLanguages: readonly number[];
}

/**
 * The growth view's numbers.
 *
 * Cost: O(1) for the closed form; 3 × 17 exact counts N_k; the 4-state language enumeration
 * (milliseconds).
 *
 * @example
 * ```ts
 * growthFacts(); // right({ growth: { modelDoublingYears: 0.82…, … }, dfaLanguages: [2, 26, 1054, 57068], … })
 * ```
 */
export function growthFacts(): E.Either<LimitLabError, GrowthFacts> {
  const c = P7_CALIBRATION;
  const g = growthFromDoublingTimes(c.t1, c.tk, c.k);
  if (E.isLeft(g)) return g;
  const years = Array.from({ length: 4 * GROWTH_START.years + 1 }, (_, i) => i / 4);
  const space = {
    models: GROWTH_START.models,
    datasets: GROWTH_START.datasets,
    modelDoublingYears: g.right.modelDoublingYears,
    datasetDoublingYears: g.right.datasetDoublingYears,
  };
  const curves: { k: number; points: Points }[] = [];
  for (const k of [1, 2, 3]) {
    const pts = spaceOverTime(space, k, years);
    if (E.isLeft(pts)) return pts;
    curves.push({ k, points: pts.right.map((p) => [p.years, p.count.log2] as const) });
  }
  const counts = dfaLanguageCounts(4);
  if (E.isLeft(counts)) return counts;
  return E.right({
    calibration: c,
    growth: growthJson(g.right, [0, 1, 2, 3, 4, 5]),
    curves,
    dfaLanguages: counts.right.map((x) => x.atMost),
  });
}
