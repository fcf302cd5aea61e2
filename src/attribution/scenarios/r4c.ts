/**
 * Scenario `R4c` (THEORY.md R4 (c), a labelled stand-in): two smoothed models whose support is
 * every token sequence, as a softmax never gives probability 0. Every finite sample has
 * positive probability under both, so every likelihood ratio is finite and no finite sample is
 * certain: attribution comes with error rates only, which fall with the sample size.
 *
 * Horizon: the largest sample size of the likelihood-ratio test (200 fast, 1000 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { isUniversal } from "../../automata/decide.js";
import { klDivergence } from "../../automata/pdfa/kl.js";
import { supportDfa } from "../../automata/pdfa/mixture.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Steps } from "../../identification/progress.js";
import { lrtErrorCurve, sampleSizesFor } from "../attribution/lrt.js";
import { check, progress } from "./outcome.js";
import { smoothed } from "./r4-models.js";
import type { Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "R4c";
const CONFIDENCES = [0.8, 0.9, 0.95, 0.99];

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, E.Either<LimitLabError, Outcome>> {
  const uniform = smoothed("1/4", "1/4", "1/4", "1/4");
  const skewed = smoothed("1/4", "3/8", "1/4", "1/8");
  const h0 = { name: "uniform", distribution: uniform };
  const h1 = { name: "skewed", distribution: skewed };
  yield progress(ID, "supports", 0, 2);
  const full = isUniversal(supportDfa(uniform)) && isUniversal(supportDfa(skewed));
  const kl01 = klDivergence(uniform, skewed);
  if (E.isLeft(kl01)) return kl01;
  const kl10 = klDivergence(skewed, uniform);
  if (E.isLeft(kl10)) return kl10;
  yield progress(ID, "likelihood-ratio test", 1, 2);
  const trials = o.deep ? 500 : 150;
  const lrt = lrtErrorCurve(h0, h1, { maxSize: o.horizon, trials, seed: o.seed });
  if (E.isLeft(lrt)) return lrt;
  const sizes = sampleSizesFor(lrt.right, CONFIDENCES);
  if (E.isLeft(sizes)) return sizes;
  const pts = lrt.right.points;
  const err = (i: number) => (pts[i]?.typeI ?? 1) + (pts[i]?.typeII ?? 1);
  return E.right({
    notion: "never-certain",
    summary: `both supports are every token sequence: over ${2 * trials} sample streams of up to ${o.horizon} outputs no likelihood ratio was infinite (the largest was e^${lrt.right.largestFiniteRatio.toFixed(1)}); errors fall from ${err(1).toFixed(2)} to ${err(o.horizon).toFixed(3)}, sample sizes ${sizes.right.map((s) => `${s.confidence}: ${s.size ?? "> horizon"}`).join(", ")}`,
    checks: [
      check("both supports are every token sequence", full),
      check(
        "KL is finite both ways",
        Number.isFinite(kl01.right.nats) && Number.isFinite(kl10.right.nats),
      ),
      check(
        "no sample of any size is certain: every likelihood ratio is finite",
        pts.every((p) => p.certain === 0) && Number.isFinite(lrt.right.largestFiniteRatio),
      ),
      check("the error rates fall with the sample size", err(o.horizon) < err(1)),
    ],
    witnesses: {
      klNats: { uniformToSkewed: kl01.right.nats, skewedToUniform: kl10.right.nats },
      trials,
      largestFiniteLogRatio: lrt.right.largestFiniteRatio,
      errors: pts
        .filter((_, i) => i % Math.max(1, Math.floor(o.horizon / 20)) === 0 || i === o.horizon)
        .map((p) => ({ ...p })),
      sampleSizes: sizes.right.map((s) => ({ ...s })),
    },
    standIn:
      "A stand-in for the paper's R4 counterexample (not available): overlapping (here equal, full) supports give a finite likelihood ratio for every finite sample.",
  });
}

/**
 * The `R4c` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("R4c", { deep: true });
 * ```
 */
export const r4c: Scenario = {
  id: ID,
  title: "Smoothed models: never certain (R4 stand-in c)",
  demonstrates:
    "When every output has positive probability under both models, every likelihood ratio is finite: attribution comes with error rates and the sample size a confidence needs, never with certainty.",
  theoryIds: ["R4"],
  horizon: { fast: 200, deep: 1000 },
  horizonMeans: "largest sample size of the likelihood-ratio test",
  params: {},
  run,
};
