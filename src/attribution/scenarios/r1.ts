/**
 * Scenario `R1` (THEORY.md R1, C2): an infinite class of deterministic models is not
 * identifiable from text. On EX-GOLD (a* and all {a^k : k ≤ n}) and EX-COFIN (a* and every
 * a* ∖ {a^n}: all members infinite, still not identifiable), Gold's adversary beats every text
 * learner of the library, each certificate checked by the independent verifier. The positive
 * control: on EX-FIN-LAYERS (finite sets of at most 2 words, a* not a member), an identifiable
 * class, the same adversary must fail against a learner that identifies it (Angluin's), and
 * does; it can only catch learners that are wrong on some member (a verified stuck
 * certificate), never force infinitely many mind changes.
 *
 * Horizon: the mind changes the adversary forces (10 fast, 50 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { exCofin, exFinLayers, exGold } from "../../identification/family/examples.js";
import type { Family } from "../../identification/family/family.js";
import { textLearners } from "../../identification/learner/catalogue.js";
import type { Steps } from "../../identification/progress.js";
import { type Attack, attackAll, attackJson } from "./attack.js";
import type { Result } from "./chat-zoo.js";
import { check } from "./outcome.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "R1";

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, Result<Outcome>> {
  const classes: Family[] = [exGold(), exCofin(), exFinLayers(2)];
  const results: Attack[][] = [];
  for (const [k, f] of classes.entries()) {
    const ls = textLearners(f);
    if (E.isLeft(ls)) return ls;
    const a = yield* attackAll(ID, f, ls.right, o.horizon, k, classes.length);
    if (E.isLeft(a)) return a;
    results.push(a.right);
  }
  const [gold, cofin, layers] = results as [Attack[], Attack[], Attack[]];
  const beatenAll = (xs: readonly Attack[]) => xs.every((a) => a.verified);
  const witnesses: { [key: string]: Json } = {};
  for (const [k, f] of classes.entries())
    witnesses[f.description] = (results[k] ?? []).map((a) => attackJson(a, f, false));
  return E.right({
    notion: "not-identifiable-from-text",
    summary: `Gold's adversary beats all ${gold.length} text learners on EX-GOLD and all ${cofin.length} on EX-COFIN (every member infinite), each certificate verified; on the identifiable EX-FIN-LAYERS it fails against ${layers.filter((a) => a.certificate === null).length} of ${layers.length}, Angluin's learner included, and only catches learners wrong on a member`,
    checks: [
      check("EX-GOLD: every text learner beaten, certificates verified", beatenAll(gold)),
      check("EX-COFIN: every text learner beaten, certificates verified", beatenAll(cofin)),
      check(
        "control EX-FIN-LAYERS: the adversary fails against Angluin's learner, which identifies the class",
        layers.some((a) => a.learner === "tell-tale" && a.certificate === null),
      ),
      check(
        "control EX-FIN-LAYERS: it never forces infinitely many mind changes; it only catches learners that are wrong on a member (verified stuck certificates)",
        layers.every(
          (a) => a.certificate === null || (a.certificate.kind === "stuck" && a.verified),
        ),
      ),
    ],
    witnesses,
  });
}

/**
 * The `R1` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("R1", { horizon: 30 });
 * ```
 */
export const r1: Scenario = {
  id: ID,
  title: "Infinite classes of deterministic models are not identifiable",
  demonstrates:
    "On EX-GOLD and on EX-COFIN, where every member is infinite, Gold's adversary beats every text learner with a verified certificate; on the identifiable EX-FIN-LAYERS the same adversary fails against a learner that identifies it.",
  theoryIds: ["R1", "C2"],
  horizon: { fast: 10, deep: 50 },
  horizonMeans: "mind changes the adversary forces",
  params: {},
  run,
};
