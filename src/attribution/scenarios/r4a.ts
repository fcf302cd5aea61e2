/**
 * Scenario `R4a` (THEORY.md R4 (a), a labelled stand-in): two models whose outputs coincide once
 * mixed over latent users. Each model serves two users (prompts); one user repeats `hi`, the
 * other `hello`; the two models swap which prompt gets which. Their output distributions are
 * identical (L2 = 0 exactly, so TV = 0), so no amount of output separates them: statistically
 * non-identifiable. Observing the prompt makes them identifiable again at once.
 *
 * Horizon: unprompted outputs sampled (200 fast, 2000 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { l2Distance } from "../../automata/pdfa/l2.js";
import { exactProbability, supportDfa } from "../../automata/pdfa/mixture.js";
import { sampleOutputs } from "../../automata/pdfa/sample.js";
import { tvBounds } from "../../automata/pdfa/tv.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed } from "../../automata/support/rng.js";
import type { Word } from "../../automata/word.js";
import type { Steps } from "../../identification/progress.js";
import { candidates } from "../attribution/candidates.js";
import { lrtErrorCurve } from "../attribution/lrt.js";
import { posterior } from "../attribution/posterior.js";
import { check, printed, progress } from "./outcome.js";
import { GREETINGS, latentUsers } from "./r4-models.js";
import type { Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "R4a";

/** Every word over the greeting alphabet of length ≤ n. */
function allWords(n: number): Word[] {
  const out: Word[] = [[]];
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as Word;
    if (w.length < n) for (let s = 0; s < 3; s++) out.push([...w, s]);
  }
  return out;
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, E.Either<LimitLabError, Outcome>> {
  const { m1, m2, prompt1 } = latentUsers();
  const models = [
    { name: "M1 (prompt 1: hi user)", distribution: m1 },
    { name: "M2 (prompt 1: hello user)", distribution: m2 },
  ];
  yield progress(ID, "exact distance", 0, 3);
  const l2 = l2Distance(m1, m2);
  if (E.isLeft(l2)) return l2;
  const tv = tvBounds(m1, m2);
  if (E.isLeft(tv)) return tv;
  const words = allWords(6);
  const sameOnWords = words.every((w) => {
    const x = exactProbability(m1, w);
    const y = exactProbability(m2, w);
    return x !== undefined && y !== undefined && x.equals(y);
  });
  yield progress(ID, "unprompted outputs", 1, 3);
  const sample = sampleOutputs(m1, o.horizon, o.seed);
  if (E.isLeft(sample)) return sample;
  const post = posterior(models, sample.right);
  if (E.isLeft(post)) return post;
  const trials = o.deep ? 200 : 50;
  const lrt = lrtErrorCurve(models[0] as (typeof models)[0], models[1] as (typeof models)[0], {
    maxSize: Math.min(o.horizon, 100),
    trials,
    seed: deriveSeed(o.seed, 1),
  });
  if (E.isLeft(lrt)) return lrt;
  yield progress(ID, "prompted outputs", 2, 3);
  const answers = sampleOutputs(prompt1.m1, 1, deriveSeed(o.seed, 2));
  if (E.isLeft(answers)) return answers;
  const prompted = [
    { name: "M1 answering prompt 1", distribution: prompt1.m1 },
    { name: "M2 answering prompt 1", distribution: prompt1.m2 },
  ];
  const promptedPost = posterior(prompted, answers.right);
  if (E.isLeft(promptedPost)) return promptedPost;
  const promptedCandidates = candidates(
    prompted.map((m) => ({ name: m.name, dfa: supportDfa(m.distribution) })),
    answers.right,
  );
  if (E.isLeft(promptedCandidates)) return promptedCandidates;
  const p = post.right.entries.map((e) => e.posterior);
  return E.right({
    notion: "statistically-non-identifiable",
    summary: `L2(M1, M2) = 0 exactly (TV = 0): after ${o.horizon} outputs the posterior is still ${p.map((x) => x.toFixed(3)).join(" / ")}, the likelihood-ratio test never leaves H0; with the prompt observed one output ("${printed(GREETINGS, answers.right)[0]}") names the model`,
    checks: [
      check(
        "identical marginals: L2(M1, M2) = 0 exactly, so TV = 0",
        l2.right.equal === true && tv.right.certifiedZero,
      ),
      check(`the same exact probability on all ${words.length} words of length ≤ 6`, sameOnWords),
      check(
        "no amount of unprompted output moves the posterior from the prior",
        p.every((x) => Math.abs(x - 0.5) < 1e-9),
      ),
      check(
        "the likelihood-ratio test never leaves H0 (type II error 1 at every size)",
        lrt.right.points.every((x) => x.typeI === 0 && x.typeII === 1),
      ),
      check(
        "with the prompt observed, one output names the model",
        promptedCandidates.right.certain && promptedPost.right.entries[0]?.posterior === 1,
      ),
    ],
    witnesses: {
      l2Squared: l2.right.exactSquared === undefined ? null : l2.right.exactSquared.toFraction(),
      tv: { lower: tv.right.lower, upper: tv.right.upper, certifiedZero: tv.right.certifiedZero },
      wordsCompared: words.length,
      firstOutputs: printed(GREETINGS, sample.right.slice(0, 8)),
      posterior: post.right.entries.map((e) => ({ name: e.name, posterior: e.posterior })),
      lrt: {
        trials,
        points: lrt.right.points.filter((_, i) => i % 10 === 0).map((x) => ({ ...x })),
      },
      prompted: {
        output: printed(GREETINGS, answers.right),
        posterior: promptedPost.right.entries.map((e) => ({
          name: e.name,
          posterior: e.posterior,
        })),
        certain: promptedCandidates.right.certain,
      },
    },
    standIn:
      "A stand-in for the paper's R4 counterexample (not available): latent users with identical marginals, identifiable again when prompts are observed.",
  });
}

/**
 * The `R4a` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("R4a", { deep: true });
 * ```
 */
export const r4a: Scenario = {
  id: ID,
  title: "Latent users: identical marginals (R4 stand-in a)",
  demonstrates:
    "Two models that swap which user gets which behaviour have identical output distributions (L2 = 0, TV = 0): statistically non-identifiable, however many outputs; observing the prompt makes them identifiable again.",
  theoryIds: ["R4"],
  horizon: { fast: 200, deep: 2000 },
  horizonMeans: "unprompted outputs sampled",
  params: {},
  run,
};
