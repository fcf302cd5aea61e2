/**
 * Scenario `R2` (THEORY.md R2, C9): an infinite class of probabilistic models is not
 * identifiable as languages from its samples when the sampling distribution is not controlled
 * (Angluin 1988), yet it is identifiable when the family of distributions is fixed and known
 * (Horning 1969). Both sides on EX-GOLD.
 *
 * Adversarial side. For each text learner, Gold's adversary gives a verified certificate; the
 * adversary then picks the sampling distribution: uniform on the finite member the learner is
 * stuck against, or, when it forced mind changes, a distribution on a* whose words get vanishing
 * probabilities in shortlex order (a^n with probability 2^-(n+1)), the order the text adversary
 * needs. The certificate's failing text is an event of positive probability under it (its exact
 * probability is reported), and seeded i.i.d. streams from it are texts for the same member on
 * which the learners behave as on the certificate (reported).
 *
 * Positive side. With the distributions fixed and known (a* geometric, {a^k : k ≤ n} uniform),
 * the Bayesian posterior over the first 16 members concentrates on the truth, a* included.
 *
 * Horizon: samples per stream (200 fast, 2000 deep); the adversary forces 10 mind changes (50 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pdfaFromEdges } from "../../automata/pdfa/build.js";
import { empiricalPdfa } from "../../automata/pdfa/empirical.js";
import { logLikelihood } from "../../automata/pdfa/mixture.js";
import { sampleOutputs } from "../../automata/pdfa/sample.js";
import type { Pdfa } from "../../automata/pdfa.js";
import { deriveSeed } from "../../automata/support/rng.js";
import type { TextDatum } from "../../identification/datum.js";
import { exGold } from "../../identification/family/examples.js";
import { member } from "../../identification/family/family.js";
import { textLearners } from "../../identification/learner/catalogue.js";
import type { Learner } from "../../identification/learner/learner.js";
import type { Steps } from "../../identification/progress.js";
import { posteriorCurve } from "../attribution/posterior.js";
import { attackAll, runAll } from "./attack.js";
import type { Result } from "./chat-zoo.js";
import { check, progress } from "./outcome.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "R2";
/** Members of EX-GOLD in the known stochastic family of the positive side. */
const KNOWN = 16;
/** EX-GOLD's alphabet {a}. */
const UNARY = exGold().alphabet;

/** a^n with probability 2^-(n+1): vanishing probabilities in shortlex order. */
function geometric(): Result<Pdfa> {
  return pdfaFromEdges(UNARY, {
    states: 1,
    start: 0,
    stop: ["1/2"],
    edges: [{ from: 0, symbol: 0, to: 0, p: "1/2" }],
  });
}

/** {a^k : k ≤ n} uniformly. */
function uniformUpTo(n: number): Result<Pdfa> {
  return empiricalPdfa(
    UNARY,
    Array.from({ length: n + 1 }, (_, k) => new Array<number>(k).fill(0)),
    { exact: true },
  );
}

/** The distribution of member i of EX-GOLD in the known family. */
function known(i: number): Result<Pdfa> {
  return i === 0 ? geometric() : uniformUpTo(i - 1);
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, Result<Outcome>> {
  const gold = exGold();
  const ls = textLearners(gold);
  if (E.isLeft(ls)) return ls;
  const attacks = yield* attackAll(ID, gold, ls.right, o.deep ? 50 : 10, 0, 3);
  if (E.isLeft(attacks)) return attacks;
  yield progress(ID, "the adversary's sampling distributions", 1, 3);
  const rows: Json[] = [];
  let positive = true;
  let verified = true;
  for (const [k, a] of attacks.right.entries()) {
    const c = a.certificate;
    verified &&= a.verified;
    if (c === null) continue;
    const target = c.kind === "stuck" ? c.member : 0;
    const mu = c.kind === "stuck" ? uniformUpTo(target - 1) : geometric();
    if (E.isLeft(mu)) return mu;
    const words = c.text.filter((d): d is readonly number[] => d !== "#");
    const logP = words.reduce((s, w) => s + logLikelihood(mu.right, w), 0);
    positive &&= Number.isFinite(logP);
    const stream = sampleOutputs(mu.right, o.horizon, deriveSeed(o.seed, k));
    if (E.isLeft(stream)) return stream;
    const learner = ls.right[k] as Learner;
    const [onStream] = runAll(gold, [learner], stream.right as TextDatum[], member(gold, target));
    rows.push({
      learner: a.learner,
      certificate: c.kind,
      distribution:
        c.kind === "stuck" ? `uniform on ${gold.at(target).name}` : "a^n with probability 2^-(n+1)",
      log2ProbabilityOfFailingText: logP / Math.LN2,
      failingTextLength: c.text.length,
      onSampledStream: onStream === undefined ? null : { ...onStream },
    });
  }
  yield progress(ID, "the known family", 2, 3);
  const models = [];
  for (let i = 0; i < KNOWN; i++) {
    const d = known(i);
    if (E.isLeft(d)) return d;
    models.push({ name: gold.at(i).name, distribution: d.right });
  }
  const runs = o.deep ? 20 : 5;
  const positiveSide: Json[] = [];
  let concentrates = true;
  for (const t of [0, 1, 4]) {
    const c = posteriorCurve(models, t, {
      horizon: o.horizon,
      runs,
      seed: deriveSeed(o.seed, 100 + t),
    });
    if (E.isLeft(c)) return c;
    const last = c.right.points.at(-1);
    concentrates &&= last?.mapCorrect === 1;
    positiveSide.push({
      target: c.right.targetName,
      finalMeanPosterior: last?.mean ?? null,
      firstAllRight: c.right.points.find((p) => p.mapCorrect === 1)?.size ?? null,
    });
  }
  return E.right({
    notion: "not-identifiable-as-languages",
    summary: `every text learner is beaten on EX-GOLD and the adversary's sampling distributions give each failing text positive probability, so uncontrolled sampling is no better than a text; with the distributions known, the posterior over ${KNOWN} members finds a*, {ε} and {a^k : k ≤ 3} in every run of ${o.horizon} samples`,
    checks: [
      check("Gold's adversary beats every text learner, certificates verified", verified),
      check(
        "each failing text has positive probability under the adversary's distribution",
        positive,
      ),
      check(
        "with the distributions fixed and known, the posterior identifies the truth (C9)",
        concentrates,
      ),
    ],
    witnesses: { adversarial: rows, known: positiveSide, knownMembers: KNOWN },
  });
}

/**
 * The `R2` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("R2", { deep: true });
 * ```
 */
export const r2: Scenario = {
  id: ID,
  title: "Infinite classes of probabilistic models: uncontrolled sampling",
  demonstrates:
    "When the adversary picks the sampling distributions, every failing text of Gold's adversary is a sample stream of positive probability, so i.i.d. samples identify no better than texts (Angluin 1988); with a fixed, known family of distributions the posterior finds the truth (Horning).",
  theoryIds: ["R2", "C9", "C2"],
  horizon: { fast: 200, deep: 2000 },
  horizonMeans: "samples per stream",
  params: {},
  run,
};
