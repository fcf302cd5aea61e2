import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { exGold, exPassword } from "../../../src/identification/family/examples.js";
import { learners, textLearners } from "../../../src/identification/learner/catalogue.js";
import { learnerInput } from "../../../src/identification/learner/learner.js";
import { right } from "../helpers.js";

describe("the learner catalogue", () => {
  it("builds every learner; the text learners are all but the informant one", () => {
    for (const make of Object.values(learners)) expect(E.isRight(make(exGold()))).toBe(true);
    const text = right(textLearners(exGold()));
    expect(text.map((l) => l.name)).toEqual([
      "enumeration",
      "tell-tale",
      "randomised(seed 42)",
      "delaying(tell-tale, 5)",
      "length-peeking",
      "largest",
    ]);
    expect(learnerInput(right(learners["enumeration-informant"](exGold())))).toBe("informant");
  });
  it("returns a Left for bad options or a family a learner cannot run on", () => {
    expect(E.isLeft(learners.enumeration(exGold(), { members: 0 }))).toBe(true);
    expect(E.isLeft(learners.delaying(exGold(), { delay: -1 }))).toBe(true);
    expect(E.isLeft(learners.randomised(exGold(), { seed: 2 ** 32 }))).toBe(true);
    const big = learners["tell-tale"](exPassword(13));
    expect(E.isLeft(big) && big.left.kind).toBe("budget");
  });
});
