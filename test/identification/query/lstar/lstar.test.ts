import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { equivalent } from "../../../../src/automata/equivalence.js";
import {
  lstar,
  lstarBound,
  lstarLearner,
} from "../../../../src/identification/query/lstar/lstar.js";
import { teacher } from "../../../../src/identification/query/teacher.js";
import { referenceTarget, rightOf } from "../reference.js";
import { traceLearner } from "../trace.js";

describe("lstarBound", () => {
  it("is Angluin's (k+1)(n + m(n−1))n", () => {
    expect(lstarBound(2, 3, 4)).toBe(99);
    expect(lstarBound(5, 1, 7)).toBe(6);
  });
});

describe("lstar on the n = 200 reference targets", () => {
  for (const counterexamples of ["angluin", "rivest-schapire"] as const)
    it(`${counterexamples}: exact, within Angluin's bound, at most n equivalence queries`, () => {
      for (const k of [2, 5]) {
        const target = referenceTarget(200, k);
        const r = rightOf(lstar(teacher(target), { counterexamples }));
        expect(equivalent(r.dfa, target)).toEqual(O.none);
        expect(r.stats.equivalenceQueries).toBeLessThanOrEqual(200);
        expect(r.stats.membershipQueries).toBeLessThanOrEqual(
          lstarBound(k, 200, r.stats.longestCounterexample),
        );
      }
    });
  it("defaults to Rivest–Schapire", () => {
    const target = referenceTarget(50, 3);
    expect(rightOf(lstar(teacher(target))).stats).toEqual(
      rightOf(lstar(teacher(target), { counterexamples: "rivest-schapire" })).stats,
    );
  });
});

describe("lstarLearner", () => {
  it("conjectures strictly growing hypotheses, each at most n states", () => {
    for (const counterexamples of ["angluin", "rivest-schapire"] as const) {
      const target = referenceTarget(50, 2);
      const t = traceLearner(lstarLearner(target.alphabet, { counterexamples }), target);
      expect(t.result?.states).toBe(50);
      for (let i = 1; i < t.hypotheses.length; i++)
        expect(t.hypotheses[i] as number).toBeGreaterThan(t.hypotheses[i - 1] as number);
      expect(Math.max(...t.hypotheses)).toBe(50);
    }
  });
});
