import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { exGold, exLen, exZoo } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import {
  enumerationInformantBound,
  enumerationLearner,
  shortlexRank,
} from "../../../src/identification/learner/enumeration.js";
import { runLearner } from "../../../src/identification/learner/run.js";
import { fairBound } from "../../../src/identification/presentation/fair-random.js";
import {
  randomInformant,
  shortlexInformant,
} from "../../../src/identification/presentation/informant.js";
import { shortlexText } from "../../../src/identification/presentation/text.js";
import { Classes, pow, right } from "../helpers.js";

describe("shortlexRank", () => {
  it("numbers Σ* in shortlex order", () => {
    const ab = exZoo(1, { members: 1 });
    const sigma = right(ab).alphabet;
    expect(
      [[], [0], [1], [0, 0], [0, 1], [1, 0], [1, 1], [0, 0, 0]].map((w) => shortlexRank(sigma, w)),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("enumeration from informant (C1)", () => {
  it("converges on random zoos by its computable bound, shortlex and random-fair", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.nat(11), fc.nat(1000), (seed, t, s) => {
        const zoo = right(exZoo(seed, { members: 12, states: 4 }));
        const target = member(zoo, t);
        const refutations = enumerationInformantBound(zoo, t);
        expect(refutations.length).toBe(t);
        const rank = Math.max(-1, ...refutations.map((r) => shortlexRank(zoo.alphabet, r.word)));
        classes.note("target after 4 members", t >= 4);
        classes.note("bound beyond step 4", rank + 1 > 4);
        const learner = enumerationLearner(zoo, "informant");
        for (const [present, bound] of [
          [shortlexInformant(target), rank + 1],
          [randomInformant(target, s), rank < 0 ? 1 : fairBound(rank)],
        ] as const) {
          const trace = runLearner(learner, present, { horizon: Math.max(1, bound) + 10 });
          expect(trace.final).toEqual(O.some(t));
          expect(O.isSome(trace.convergence) && trace.convergence.value).toBeLessThanOrEqual(
            Math.max(1, bound),
          );
        }
      }),
      { numRuns: 40 },
    );
    expect(classes.count("target after 4 members")).toBeGreaterThan(10);
    expect(classes.count("bound beyond step 4")).toBeGreaterThan(5);
  });
  it("identifies even EX-GOLD's finite members: a* is refuted by a^(n+1)", () => {
    const gold = exGold();
    expect(enumerationInformantBound(gold, 5)).toEqual([
      { member: 0, word: pow(5) },
      ...[1, 2, 3, 4].map((j) => ({ member: j, word: pow(j) })),
    ]);
    const trace = runLearner(
      enumerationLearner(gold, "informant"),
      shortlexInformant(member(gold, 5)),
      {
        horizon: 12,
      },
    );
    expect(trace.convergence).toEqual(O.some(6));
    expect(trace.final).toEqual(O.some(5));
  });
});

describe("enumeration from text", () => {
  it("identifies EX-LEN members and is conservative", () => {
    const len = exLen();
    const trace = runLearner(enumerationLearner(len), shortlexText(member(len, 4)), {
      horizon: 20,
    });
    expect(trace.hypotheses.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(trace.convergence).toEqual(O.some(5));
    expect(
      dfaEquals(member(len, 4), member(len, O.isSome(trace.final) ? trace.final.value : -1)),
    ).toBe(true);
  });
  it("guesses a* on every text of EX-GOLD (the least consistent index)", () => {
    const trace = runLearner(enumerationLearner(exGold()), shortlexText(member(exGold(), 3)), {
      horizon: 10,
    });
    expect(trace.hypotheses.every((h) => h === 0)).toBe(true);
  });
  it("works within its window of members", () => {
    const narrow = runLearner(enumerationLearner(exLen(), "text", { members: 7 }), [
      pow(7),
      "#",
      pow(1),
    ]);
    expect(narrow.hypotheses).toEqual([null, null, null]);
    const wide = runLearner(enumerationLearner(exLen(), "text", { members: 8 }), [
      pow(7),
      "#",
      pow(1),
    ]);
    expect(wide.hypotheses).toEqual([7, 7, 7]);
  });
});
