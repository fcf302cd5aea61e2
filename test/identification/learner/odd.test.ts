import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { accepts } from "../../../src/automata/dfa.js";
import { exCofin, exGold, exLen } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import {
  delayingLearner,
  largestLearner,
  lengthPeekingLearner,
  randomisedLearner,
} from "../../../src/identification/learner/odd.js";
import { runLearner } from "../../../src/identification/learner/run.js";
import { shortlexText } from "../../../src/identification/presentation/text.js";
import { pow } from "../helpers.js";

describe("odd learners", () => {
  const gold = exGold();
  const text = shortlexText(member(gold, 4));
  it("randomised: replayable per seed, different across seeds, always a consistent member", () => {
    const a = runLearner(randomisedLearner(gold, { seed: 7 }), text, { horizon: 40 });
    const b = runLearner(randomisedLearner(gold, { seed: 7 }), text, { horizon: 40 });
    const c = runLearner(randomisedLearner(gold, { seed: 8 }), text, { horizon: 40 });
    expect(a.hypotheses).toEqual(b.hypotheses);
    expect(a.hypotheses).not.toEqual(c.hypotheses);
    expect(a.mindChanges).toBeGreaterThan(5);
    for (const h of a.hypotheses)
      for (let k = 0; k < 4; k++) expect(accepts(member(gold, h as number), pow(k))).toBe(true);
  });
  it("delaying: the inner guesses, delay steps later", () => {
    const inner = enumerationLearner(exLen());
    const data = [0, 1, 2, 3, 3].map(pow);
    const t = runLearner(delayingLearner(inner, 2), data);
    expect(t.hypotheses).toEqual([null, null, 0, 1, 2]);
    expect(runLearner(delayingLearner(inner, 0), data).hypotheses).toEqual(
      runLearner(inner, data).hypotheses,
    );
  });
  it("length-peeking: follows EX-GOLD's finite members, falls back to a* on EX-COFIN", () => {
    expect(
      runLearner(lengthPeekingLearner(gold), [pow(0), pow(2), pow(1), "#"]).hypotheses,
    ).toEqual([1, 3, 3, 3]);
    const cofin = runLearner(lengthPeekingLearner(exCofin()), [pow(1), pow(2)]);
    expect(cofin.hypotheses).toEqual([0, 0]);
  });
  it("largest: a* on EX-GOLD and EX-COFIN, the largest consistent member elsewhere", () => {
    expect(runLearner(largestLearner(gold), [pow(0), pow(3)]).hypotheses).toEqual([0, 0]);
    expect(runLearner(largestLearner(exCofin()), [pow(1), "#"]).hypotheses).toEqual([0, 0]);
    const len = runLearner(largestLearner(exLen(), { members: 10 }), [pow(2)]);
    expect(len.final).toEqual(O.some(9));
  });
});
