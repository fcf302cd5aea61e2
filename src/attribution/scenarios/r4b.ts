/**
 * Scenario `R4b` (THEORY.md R4 (b), a labelled stand-in): two models with the same support and
 * different weights, `(hi|hello)+ bye` balanced or `hi`-heavy. As languages they are one
 * candidate (no text, which shows content only, can separate them), yet i.i.d. outputs do:
 * not identifiable as languages, identifiable with probability 1 from samples.
 *
 * Horizon: outputs sampled per run (300 fast, 3000 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { equivalent } from "../../automata/equivalence.js";
import { klDivergence } from "../../automata/pdfa/kl.js";
import { l2Distance } from "../../automata/pdfa/l2.js";
import { supportDfa } from "../../automata/pdfa/mixture.js";
import { sampleOutputs } from "../../automata/pdfa/sample.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed } from "../../automata/support/rng.js";
import type { Steps } from "../../identification/progress.js";
import { candidates } from "../attribution/candidates.js";
import { lrtErrorCurve, sampleSizesFor } from "../attribution/lrt.js";
import { posteriorCurve } from "../attribution/posterior.js";
import { check, printed, progress } from "./outcome.js";
import { GREETINGS, greeting } from "./r4-models.js";
import type { Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "R4b";

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, E.Either<LimitLabError, Outcome>> {
  const balanced = greeting("1/4", "1/4", "1/2");
  const hiHeavy = greeting("1/2", "1/6", "1/3");
  const models = [
    { name: "balanced", distribution: balanced },
    { name: "hi-heavy", distribution: hiHeavy },
  ];
  yield progress(ID, "supports and distances", 0, 3);
  const s1 = supportDfa(balanced);
  const s2 = supportDfa(hiHeavy);
  const sameSupport = O.isNone(equivalent(s1, s2));
  const l2 = l2Distance(balanced, hiHeavy);
  if (E.isLeft(l2)) return l2;
  const kl12 = klDivergence(balanced, hiHeavy);
  if (E.isLeft(kl12)) return kl12;
  const kl21 = klDivergence(hiHeavy, balanced);
  if (E.isLeft(kl21)) return kl21;
  yield progress(ID, "as languages", 1, 3);
  const sample = sampleOutputs(balanced, o.horizon, o.seed);
  if (E.isLeft(sample)) return sample;
  const asLanguages = candidates(
    models.map((m) => ({ name: m.name, dfa: supportDfa(m.distribution) })),
    sample.right,
  );
  if (E.isLeft(asLanguages)) return asLanguages;
  yield progress(ID, "as distributions", 2, 3);
  const runs = o.deep ? 20 : 5;
  const curve = posteriorCurve(models, 0, {
    horizon: o.horizon,
    runs,
    seed: deriveSeed(o.seed, 1),
  });
  if (E.isLeft(curve)) return curve;
  const trials = o.deep ? 400 : 100;
  const lrt = lrtErrorCurve(models[0] as (typeof models)[0], models[1] as (typeof models)[0], {
    maxSize: Math.min(o.horizon, o.deep ? 400 : 150),
    trials,
    seed: deriveSeed(o.seed, 2),
  });
  if (E.isLeft(lrt)) return lrt;
  const sizes = sampleSizesFor(lrt.right, [0.9, 0.95]);
  if (E.isLeft(sizes)) return sizes;
  const last = curve.right.points.at(-1);
  const cls = asLanguages.right.classes;
  return E.right({
    notion: "not-identifiable-as-languages",
    summary: `both models have the support (hi|hello)+ bye, so as languages they stay one candidate after ${o.horizon} outputs; as distributions (L2² = ${l2.right.exactSquared?.toFraction() ?? l2.right.squared}) the posterior of the truth reaches ${(last?.mean ?? 0).toFixed(4)} and the test reaches 95% confidence after ${sizes.right[1]?.size ?? "more than the horizon of"} outputs`,
    checks: [
      check("the supports are the same language", sameSupport),
      check(
        "as languages the two models are one candidate class that no sample splits",
        cls.length === 1 && cls[0]?.members.length === 2,
      ),
      check("the distributions differ: L2 > 0 exactly", l2.right.equal === false),
      check(
        "KL is finite both ways (equal supports)",
        Number.isFinite(kl12.right.nats) && Number.isFinite(kl21.right.nats),
      ),
      check(
        `i.i.d. outputs identify the truth: MAP right in every run after ${o.horizon} outputs`,
        last?.mapCorrect === 1,
      ),
    ],
    witnesses: {
      supports: "(hi|hello)+ bye",
      firstOutputs: printed(GREETINGS, sample.right.slice(0, 6)),
      candidateClasses: cls.map((c) => ({ ...c, members: [...c.members], names: [...c.names] })),
      l2Squared:
        l2.right.exactSquared === undefined ? l2.right.squared : l2.right.exactSquared.toFraction(),
      klNats: { balancedToHiHeavy: kl12.right.nats, hiHeavyToBalanced: kl21.right.nats },
      posterior: curve.right.points
        .filter((_, i) => i % 25 === 0 || i === o.horizon)
        .map((p) => ({ ...p })),
      lrt: { trials, sampleSizes: sizes.right.map((s) => ({ ...s })) },
    },
    standIn:
      "A stand-in for the paper's R4 counterexample (not available): two different distributions with the same support, seen as a text (content only) they are the same language.",
  });
}

/**
 * The `R4b` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("R4b", { deep: true });
 * ```
 */
export const r4b: Scenario = {
  id: ID,
  title: "Same support, different weights (R4 stand-in b)",
  demonstrates:
    "Two models with the same output language but different probabilities are one candidate as languages (a text cannot separate them), yet i.i.d. outputs identify the true one.",
  theoryIds: ["R4", "C9"],
  horizon: { fast: 300, deep: 3000 },
  horizonMeans: "outputs sampled per run",
  params: {},
  run,
};
