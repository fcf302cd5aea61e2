/**
 * Scenario `P1-candidates` (THEORY.md P1): attribution as identification on a random zoo
 * (EX-ZOO). For every model as the truth, the ambiguity curve over seeded random-fair texts of
 * its outputs; each curve is checked against what the theory predicts: a model whose language
 * lies inside another's is never attributed with certainty (the superset problem), and any other
 * model is attributed with certainty by step 4r + 2, where r is the largest shortlex rank in its
 * language of a shortest word separating it from another model (a random-fair text shows the
 * word of rank r by step 4r + 2).
 *
 * Horizon: data read per presentation (60 fast, 400 deep). Parameters: the zoo's seed (1), its
 * number of models (8) and the states of its random DFAs (5).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "../../automata/dfa.js";
import { inclusionWitness } from "../../automata/inclusion.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed } from "../../automata/support/rng.js";
import { wordToString } from "../../automata/word.js";
import { exZoo } from "../../identification/family/examples.js";
import { fairBound } from "../../identification/presentation/fair-random.js";
import type { Steps } from "../../identification/progress.js";
import { ambiguityCurve } from "../attribution/ambiguity.js";
import { type LanguageClass, zooClasses } from "../attribution/classes.js";
import { check, progress, rankIn } from "./outcome.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "P1-candidates";

/** The step by which attribution of `t` is certain on a random-fair text, or null (superset). */
function predicted(t: Dfa, others: readonly Dfa[]): { bound: number | null; separators: string[] } {
  let worst = 0;
  const separators: string[] = [];
  for (const d of others) {
    const w = inclusionWitness(t, d);
    if (O.isNone(w)) return { bound: null, separators: [] };
    separators.push(wordToString(t.alphabet, w.value));
    worst = Math.max(worst, rankIn(t, w.value));
  }
  return { bound: fairBound(worst), separators };
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, E.Either<LimitLabError, Outcome>> {
  const zoo = exZoo(o.params.zooSeed as number, {
    members: o.params.members as number,
    states: o.params.states as number,
    variants: 2,
  });
  if (E.isLeft(zoo)) return zoo;
  const classes = zooClasses(zoo.right);
  if (E.isLeft(classes)) return classes;
  const dfas = classes.right.classes.map((c: LanguageClass) => c.dfa);
  const presentations = o.deep ? 20 : 5;
  const rows: Json[] = [];
  let agree = true;
  let supersetCases = 0;
  let certainCases = 0;
  for (const [t, model] of classes.right.models.entries()) {
    yield progress(
      ID,
      `model ${t + 1} of ${classes.right.models.length}`,
      t,
      classes.right.models.length,
    );
    const own = classes.right.classOf[t] as number;
    const p = predicted(
      dfas[own] as Dfa,
      dfas.filter((_, j) => j !== own),
    );
    const curve = ambiguityCurve(zoo.right, t, {
      horizon: o.horizon,
      presentations,
      seed: deriveSeed(o.seed, t),
    });
    if (E.isLeft(curve)) return curve;
    const at = curve.right.certainAt;
    if (p.bound === null) {
      supersetCases++;
      agree &&= at.every((x) => x === null);
    } else if (p.bound <= o.horizon) {
      certainCases++;
      agree &&= at.every((x) => x !== null && x <= (p.bound as number));
    }
    rows.push({
      model: model.name,
      insideAnother: p.bound === null,
      predictedBy: p.bound,
      separators: p.separators,
      certainAt: [...at],
      finalMeanCandidates: curve.right.points.at(-1)?.mean ?? null,
    });
  }
  return E.right({
    notion: "identifiable",
    summary: `${classes.right.models.length} models of EX-ZOO: ${supersetCases} inside another model's language, never attributed with certainty; ${certainCases} attributed with certainty within the predicted 4r + 2 steps on all ${presentations} texts; ${classes.right.models.length - supersetCases - certainCases} predicted beyond the horizon`,
    checks: [check("the curves agree with the predicted steps and the superset problem", agree)],
    witnesses: {
      zoo: zoo.right.description,
      presentations,
      insideAnother: supersetCases,
      certainWithinHorizon: certainCases,
      models: rows,
    },
  });
}

/**
 * The `P1-candidates` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("P1-candidates", { deep: true });
 * ```
 */
export const p1Candidates: Scenario = {
  id: ID,
  title: "Candidate sets shrink as outputs accumulate",
  demonstrates:
    "Attribution is certain only when one candidate language remains: on a random zoo, a model inside another's language never gets there (the superset problem), every other model gets there by the step the theory predicts.",
  theoryIds: ["P1"],
  horizon: { fast: 60, deep: 400 },
  horizonMeans: "data read per presentation",
  params: {
    zooSeed: { default: 1, description: "seed of the EX-ZOO zoo (presentations use the run seed)" },
    members: { default: 8, description: "models in the zoo" },
    states: { default: 5, description: "states of the zoo's random DFAs" },
  },
  run,
};
