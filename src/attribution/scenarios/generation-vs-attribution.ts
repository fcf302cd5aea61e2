/**
 * Scenario `generation-vs-attribution` (THEORY.md B2: C10 beside C2) on EX-COFIN = {a*} ∪
 * {a* ∖ {a^n}}, a class of infinite languages that cannot be identified from text. Side by side:
 * Kleinberg and Mullainathan's critical-language generator, which from some step on outputs only
 * new words of the unknown member (it generates in the limit, so an attacker can mimic a model),
 * and Gold's adversary beating every text learner (so the defender cannot attribute it). The
 * control: on a finite member of EX-GOLD the generator runs out of new words and is not valid at
 * the end (generation in the limit needs infinite languages).
 *
 * Horizon: data read per text by the generator (200 fast, 1000 deep); the adversary forces 10
 * mind changes (50 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { exCofin, exGold } from "../../identification/family/examples.js";
import { member } from "../../identification/family/family.js";
import { kmGenerator, runGenerator } from "../../identification/generation/critical.js";
import { textLearners } from "../../identification/learner/catalogue.js";
import { randomText, shortlexText } from "../../identification/presentation/text.js";
import type { Steps } from "../../identification/progress.js";
import { attackAll, attackJson } from "./attack.js";
import type { Result } from "./chat-zoo.js";
import { check, progress } from "./outcome.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "generation-vs-attribution";
/** Members of EX-COFIN the generator is run on: a* and the first holes. */
const TARGETS = [0, 1, 2, 3, 4, 5, 8];

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, Result<Outcome>> {
  const cofin = exCofin();
  yield progress(ID, "generation in the limit", 0, 3);
  const generated: Json[] = [];
  let allConverge = true;
  for (const t of TARGETS) {
    const target = member(cofin, t);
    for (const [kind, text] of [
      ["shortlex", shortlexText(target)],
      ["random-fair", randomText(target, o.seed)],
    ] as const) {
      const g = runGenerator(kmGenerator(cofin), text, o.horizon, target);
      if (E.isLeft(g)) return g;
      const c = g.right.convergence;
      allConverge &&= O.isSome(c);
      generated.push({
        member: cofin.at(t).name,
        text: kind,
        validFrom: O.isSome(c) ? c.value : null,
      });
    }
  }
  const ls = textLearners(cofin);
  if (E.isLeft(ls)) return ls;
  const mindChanges = o.deep ? 50 : 10;
  const attacks = yield* attackAll(ID, cofin, ls.right, mindChanges, 1, 3);
  if (E.isLeft(attacks)) return attacks;
  yield progress(ID, "control: a finite member", 2, 3);
  const gold = exGold();
  const finite = member(gold, 4); // {ε, a, aa, aaa}
  const control = runGenerator(kmGenerator(gold), shortlexText(finite), o.horizon, finite);
  if (E.isLeft(control)) return control;
  const worst = Math.max(
    ...generated.map(
      (g) => (g as { validFrom: number | null }).validFrom ?? Number.POSITIVE_INFINITY,
    ),
  );
  return E.right({
    notion: "not-identifiable-from-text",
    summary: `on EX-COFIN the critical-language generator outputs only new words of the target from step ${worst} at the latest (${generated.length} texts of ${TARGETS.length} members), while Gold's adversary beats all ${ls.right.length} text learners: the class can be mimicked but not attributed`,
    checks: [
      check("the generator generates every member tried in the limit", allConverge),
      check(
        "Gold's adversary beats every text learner on the same class, certificates verified",
        attacks.right.every((a) => a.verified),
      ),
      check(
        "control: on a finite member the generator is not valid at the end",
        O.isNone(control.right.convergence),
      ),
    ],
    witnesses: {
      class: cofin.description,
      generation: generated,
      adversary: attacks.right.map((a) => attackJson(a, cofin, false)),
      control: { member: gold.at(4).name, validAtEnd: control.right.valid.at(-1) ?? null },
    },
  });
}

/**
 * The `generation-vs-attribution` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("generation-vs-attribution");
 * ```
 */
export const generationVsAttribution: Scenario = {
  id: ID,
  title: "Generation succeeds where attribution fails",
  demonstrates:
    "On EX-COFIN an attacker's generator learns to produce new outputs of the unknown model in the limit (Kleinberg–Mullainathan), while no learner can identify which model it is (Gold): mimicry without attribution.",
  theoryIds: ["B2", "C10", "C2"],
  horizon: { fast: 200, deep: 1000 },
  horizonMeans: "data read per text by the generator",
  params: {},
  run,
};
