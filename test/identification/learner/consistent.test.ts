import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exLen, exZoo } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { consistent, violations } from "../../../src/identification/learner/consistent.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import type { Learner } from "../../../src/identification/learner/learner.js";
import { delayingLearner } from "../../../src/identification/learner/odd.js";
import { runLearner } from "../../../src/identification/learner/run.js";
import { tellTaleLearner } from "../../../src/identification/learner/tell-tale-learner.js";
import { randomInformant } from "../../../src/identification/presentation/informant.js";
import { randomText } from "../../../src/identification/presentation/text.js";
import { Classes, pow, right } from "../helpers.js";

describe("the Definition 1 wrapper (P2)", () => {
  it("finds no violation for enumeration and tell-tale learners on zoo texts and informants", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.nat(9), (seed, t) => {
        const zoo = right(exZoo(seed, { members: 10, states: 4 }));
        const target = member(zoo, t);
        for (const l of [enumerationLearner(zoo), right(tellTaleLearner(zoo))] as Learner<
          unknown,
          TextDatum
        >[]) {
          const trace = runLearner(consistent(zoo, l), randomText(target, seed), { horizon: 60 });
          classes.note("a guess changed", trace.mindChanges > 0);
          expect(violations(trace.state)).toEqual([]);
          expect(trace.hypotheses).toEqual(
            runLearner(l, randomText(target, seed), { horizon: 60 }).hypotheses,
          );
        }
        const inf = runLearner(
          consistent(zoo, enumerationLearner(zoo, "informant")),
          randomInformant(target, seed),
          {
            horizon: 60,
          },
        );
        expect(violations(inf.state)).toEqual([]);
      }),
      { numRuns: 30 },
    );
    expect(classes.count("a guess changed")).toBeGreaterThan(10);
  });
  it("catches an inconsistent learner (a delayed guess) with the misclassified word", () => {
    const len = exLen();
    const trace = runLearner(consistent(len, delayingLearner(enumerationLearner(len), 1)), [
      pow(0),
      pow(1),
      pow(2),
      pow(2),
    ]);
    expect(violations(trace.state)).toEqual([
      { step: 2, guess: 0, kind: "inconsistent", word: pow(1) },
      { step: 3, guess: 1, kind: "inconsistent", word: pow(2) },
    ]);
  });
  it("catches a guess outside the class", () => {
    const zoo = right(exZoo(3, { members: 4, states: 3 }));
    const wild: Learner<number, TextDatum> = {
      name: "wild",
      init: 0,
      step: (s) => s + 1,
      guess: (s) => (s === 2 ? O.none : O.some(s * 3)),
    };
    const trace = runLearner(consistent(zoo, wild), ["#", "#", "#"]);
    expect(violations(trace.state).map((v) => [v.step, v.kind])).toEqual([[3, "outside-class"]]);
  });
});
