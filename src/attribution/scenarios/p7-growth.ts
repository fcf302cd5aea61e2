/**
 * Scenario `P7-growth` (THEORY.md P7): how fast the hypothesis space grows. The calibration
 * (T_1, T_3) = (0.5, 0.28) years and what it implies through the closed form (a
 * reconstruction), checked against doubling times fitted to exact bigint counts N_k(t); N_k(t)
 * and N_∞(t) from an illustrative starting point (both parameters stated); the exact numbers of
 * distinct languages of small DFAs and within Σ^{≤n}.
 *
 * Horizon: years of growth shown (4 fast, 10 deep). Parameters: `models` and `datasets` at time
 * 0 (100 and 1000, illustrative, not the paper's).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Steps } from "../../identification/progress.js";
import { bigCountJson } from "../growth/big-count.js";
import { growthFromDoublingTimes, growthJson, P7_CALIBRATION } from "../growth/doubling.js";
import { fitDoublingYears, type SpaceGrowth, spaceOverTime } from "../growth/hypothesis-space.js";
import { dfaLanguageCountsSteps, languagesWithin } from "../growth/languages.js";
import { check, progress, relay } from "./outcome.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "P7-growth";
/** Datasets at time 0 for the check of the closed form (it needs many). */
const MANY_DATASETS = 10_000;

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, E.Either<LimitLabError, Outcome>> {
  yield progress(ID, "calibration", 0, 4);
  const c = P7_CALIBRATION;
  const g = growthFromDoublingTimes(c.t1, c.tk, c.k);
  if (E.isLeft(g)) return g;
  const rates = {
    modelDoublingYears: g.right.modelDoublingYears,
    datasetDoublingYears: g.right.datasetDoublingYears,
  };
  const grid = Array.from({ length: 21 }, (_, i) => i / 10);
  const fits: { k: number; closedForm: number; fitted: number }[] = [];
  for (const k of [1, 2, 3]) {
    const s = spaceOverTime({ models: 1000, datasets: MANY_DATASETS, ...rates }, k, grid);
    if (E.isLeft(s)) return s;
    const f = fitDoublingYears(s.right.map((p) => ({ years: p.years, log2: p.count.log2 })));
    if (E.isLeft(f)) return f;
    fits.push({ k, closedForm: g.right.doublingYears(k), fitted: f.right });
  }
  yield progress(ID, "hypothesis space over time", 1, 4);
  const start: SpaceGrowth = {
    models: o.params.models as number,
    datasets: o.params.datasets as number,
    ...rates,
  };
  const years = Array.from({ length: 4 * o.horizon + 1 }, (_, i) => i / 4);
  const curves: { [key: string]: Json } = {};
  for (const k of [1, 2, 3, Number.POSITIVE_INFINITY]) {
    const s = spaceOverTime(start, k, years);
    if (E.isLeft(s)) return s;
    curves[k === Number.POSITIVE_INFINITY ? "N_inf" : `N_${k}`] = s.right.map((p) => ({
      years: p.years,
      models: p.models,
      datasets: p.datasets,
      log2: p.count.log2,
    }));
  }
  const inf = spaceOverTime(start, Number.POSITIVE_INFINITY, years);
  if (E.isLeft(inf)) return inf;
  // log2 N_∞ − log2 M = D(t): doubly exponential growth shows as D doubling every T_D
  const dFit = fitDoublingYears(
    inf.right.map((p) => ({ years: p.years, log2: Math.log2(p.count.log2 - Math.log2(p.models)) })),
  );
  if (E.isLeft(dFit)) return dFit;
  yield progress(ID, "languages of small DFAs", 2, 4);
  const counts = yield* relay(
    dfaLanguageCountsSteps(o.deep ? 5 : 4),
    ID,
    (p) => `languages of small DFAs (${p.done} structures)`,
    2,
    4,
  );
  if (E.isLeft(counts)) return counts;
  yield progress(ID, "languages within Σ^{≤n}", 3, 4);
  const within: Json[] = [];
  for (let n = 0; n <= 6; n++) {
    const w = languagesWithin(2, n);
    if (E.isLeft(w)) return w;
    within.push({
      n,
      words: w.right.words.toString(),
      languages: { ...bigCountJson(w.right.languages) },
    });
  }
  const near = (x: number, y: number, tol: number) => Math.abs(x - y) <= tol;
  const atMost = counts.right.map((x) => x.atMost);
  return E.right({
    notion: "not-applicable",
    summary: `models double every ${g.right.modelDoublingYears.toFixed(2)} y and datasets every ${g.right.datasetDoublingYears.toFixed(2)} y, predicting T_2 = ${g.right.doublingYears(2).toFixed(3)} y (exact counts with ${MANY_DATASETS} datasets double within ${(100 * Math.max(...fits.map((f) => Math.abs(f.fitted / f.closedForm - 1)))).toFixed(2)}% of the closed form); ${atMost.join(", ")} languages have DFAs of at most ${atMost.map((_, i) => i + 1).join(", ")} states over {a, b}`,
    checks: [
      check("models double every 0.82 y", near(g.right.modelDoublingYears, 0.82, 0.01)),
      check("datasets double every 1.27 y", near(g.right.datasetDoublingYears, 1.27, 0.01)),
      check("T_2 is predicted at 0.36 y", near(g.right.doublingYears(2), 0.36, 0.005)),
      check(
        "exact counts N_1, N_2, N_3 double within 1% of the closed form (10^4 datasets)",
        fits.every((f) => Math.abs(f.fitted / f.closedForm - 1) < 0.01),
      ),
      check(
        "N_∞ is doubly exponential: log2 N_∞ − log2 M doubles with the datasets",
        Math.abs(dFit.right / g.right.datasetDoublingYears - 1) < 0.02,
      ),
      check(
        "2, 26, 1054, 57068 languages with minimal DFAs of at most 1..4 states over {a, b}",
        [2, 26, 1054, 57068].every((v, i) => atMost[i] === v),
      ),
    ],
    witnesses: {
      calibration: { t1: c.t1, tk: c.tk, k: c.k, source: c.source },
      growth: { ...growthJson(g.right, [0, 1, 2, 3, 4, 5]) },
      closedFormVsExact: fits,
      start: { models: start.models, datasets: start.datasets, illustrative: true },
      curves,
      datasetDoublingFromNInf: dFit.right,
      dfaLanguages: counts.right.map((x) => ({
        states: x.states,
        structures: x.structures,
        exactly: x.exactly,
        atMost: x.atMost,
        labelledBound: x.labelledBound.toString(),
      })),
      languagesWithin: within,
    },
    reconstruction:
      "The doubling times 0.5 y and 0.28 y are the abstract's; reading 0.28 y as k = 3 and the model N_k = M·Σ C(D, i) that turns them into model and dataset rates are a reconstruction (the paper's derivation is not available).",
  });
}

/**
 * The `P7-growth` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("P7-growth", { deep: true });
 * ```
 */
export const p7Growth: Scenario = {
  id: ID,
  title: "How fast the space of candidate models grows",
  demonstrates:
    "Fine-tunes on k of D datasets number M·Σ C(D, i) and all combinations M·2^D: the calibration (0.5, 0.28) y implies models doubling every 0.82 y, datasets every 1.27 y and T_2 ≈ 0.36 y (a reconstruction), checked against exact counts.",
  theoryIds: ["P7"],
  horizon: { fast: 4, deep: 10 },
  horizonMeans: "years of growth shown",
  params: {
    models: { default: 100, description: "base models at time 0 (illustrative)" },
    datasets: { default: 1000, description: "datasets at time 0 (illustrative)" },
  },
  run,
};
