import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { accepts } from "../../../src/automata/dfa.js";
import { inclusionWitness } from "../../../src/automata/inclusion.js";
import { type Word, wordKey } from "../../../src/automata/word.js";
import { exGold, exLen, exPassword, exZoo } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { runLearner } from "../../../src/identification/learner/run.js";
import { tellTaleLearner } from "../../../src/identification/learner/tell-tale-learner.js";
import { correctFrom } from "../../../src/identification/learner/trace.js";
import { fairBound } from "../../../src/identification/presentation/fair-random.js";
import { take } from "../../../src/identification/presentation/presentation.js";
import { randomText } from "../../../src/identification/presentation/text.js";
import { tellTale } from "../../../src/identification/telltale/search.js";
import { Classes, pow, right } from "../helpers.js";

/** 0-based shortlex position of w within L(d). */
function positionIn(d: Parameters<typeof enumerate>[0], w: Word): number {
  let i = 0;
  for (const x of enumerate(d)) {
    if (wordKey(x) === wordKey(w)) return i;
    i++;
  }
  throw new Error("not in the language");
}

describe("the tell-tale learner on random zoos (R3)", () => {
  it("has converged once the target's tell-tale appeared and earlier non-supersets were refuted", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.nat(13), fc.nat(1000), (seed, t, s) => {
        const zoo = right(exZoo(seed, { members: 14, states: 4 }));
        const target = member(zoo, t);
        const tale = tellTale(zoo, t).words;
        const refuters: Word[] = [];
        for (let j = 0; j < t; j++) {
          const w = inclusionWitness(target, member(zoo, j));
          if (O.isSome(w)) refuters.push(w.value);
        }
        const needed = [...tale, ...refuters];
        const last = Math.max(0, ...needed.map((w) => positionIn(target, w)));
        const horizon = fairBound(last) + 5;
        const text = take(randomText(target, s), horizon);
        // the predicted step, read off the text itself
        const seenAt = (w: Word) =>
          text.findIndex((d) => d !== "#" && wordKey(d) === wordKey(w)) + 1;
        const predicted = Math.max(1, ...needed.map(seenAt));
        expect(needed.every((w) => seenAt(w) > 0)).toBe(true);
        classes.note("non-empty tell-tale", tale.length > 0);
        classes.note("earlier superset stands", t > refuters.length);
        classes.note("prediction after step 5", predicted > 5);
        const learner = right(tellTaleLearner(zoo));
        const trace = runLearner(learner, text);
        const from = correctFrom(trace, zoo, target);
        expect(O.isSome(from) && from.value).toBeLessThanOrEqual(predicted);
      }),
      { numRuns: 40 },
    );
    expect(classes.count("non-empty tell-tale")).toBeGreaterThan(10);
    expect(classes.count("earlier superset stands")).toBeGreaterThan(3);
    expect(classes.count("prediction after step 5")).toBeGreaterThan(4);
  });
});

describe("the tell-tale learner on unbounded families", () => {
  it("identifies EX-LEN members", () => {
    const l = right(tellTaleLearner(exLen()));
    const t = runLearner(l, [pow(0), pow(2), pow(1), pow(2)]);
    expect(t.hypotheses).toEqual([0, null, 2, 2]);
  });
  it("on EX-GOLD guesses F_n until its budget's tell-tale of a* has appeared", () => {
    const l = right(tellTaleLearner(exGold(), { members: 6 }));
    const text = [0, 1, 2, 3, 4, 5, 6].map(pow);
    const t = runLearner(l, text);
    expect(t.hypotheses).toEqual([1, 2, 3, 4, 5, 0, 0]);
    expect(accepts(member(exGold(), 0), pow(9))).toBe(true);
  });
  it("refuses a finite family too large for its default budget, or a bad budget", () => {
    expect(E.isLeft(tellTaleLearner(exPassword(13)))).toBe(true);
    expect(E.isRight(tellTaleLearner(exPassword(13), { members: 100 }))).toBe(true);
    expect(E.isLeft(tellTaleLearner(exLen(), { members: 0 }))).toBe(true);
  });
});
