import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { equivalent } from "../../../../src/automata/equivalence.js";
import { compareShortlex } from "../../../../src/automata/word.js";
import { lsharp, lsharpLearner } from "../../../../src/identification/query/lsharp/lsharp.js";
import { teacher } from "../../../../src/identification/query/teacher.js";
import { referenceTarget, rightOf } from "../reference.js";
import { traceLearner } from "../trace.js";

describe("lsharp", () => {
  it("learns the n = 200 reference targets exactly", () => {
    for (const k of [2, 5]) {
      const target = referenceTarget(200, k);
      const r = rightOf(lsharp(teacher(target)));
      expect(equivalent(r.dfa, target)).toEqual(O.none);
      expect(r.dfa.states).toBe(200);
    }
  });
  it("never shrinks its hypothesis (the basis only grows)", () => {
    const target = referenceTarget(50, 4);
    const t = traceLearner(lsharpLearner(target.alphabet), target);
    for (let i = 1; i < t.hypotheses.length; i++)
      expect(t.hypotheses[i] as number).toBeGreaterThanOrEqual(t.hypotheses[i - 1] as number);
  });
  it("trusting shortest counterexamples, receives strictly shortlex-increasing ones and asks fewer words", () => {
    for (const k of [2, 3, 4, 5]) {
      const target = referenceTarget(50, k);
      const t = traceLearner(
        lsharpLearner(target.alphabet, { shortestCounterexamples: true }),
        target,
      );
      for (let i = 1; i < t.counterexamples.length; i++)
        expect(
          compareShortlex(t.counterexamples[i] as number[], t.counterexamples[i - 1] as number[]),
        ).toBeGreaterThan(0);
      const trusting = rightOf(lsharp(teacher(target)));
      const plain = rightOf(lsharp(teacher(target), { shortestCounterexamples: false }));
      expect(trusting.stats.membershipQueries).toBeLessThan(plain.stats.membershipQueries);
    }
  });
  it("guessing trades membership queries for equivalence queries", () => {
    const target = referenceTarget(50, 3);
    const plain = rightOf(lsharp(teacher(target))).stats;
    const guess = rightOf(lsharp(teacher(target), { guessUpTo: 4 })).stats;
    expect(guess.membershipQueries).toBeLessThan(plain.membershipQueries);
    expect(guess.equivalenceQueries).toBeGreaterThan(plain.equivalenceQueries);
  });
  it("in the runs model asks no more queries than AALpy's L# on the n = 200 targets, and fewer than one-bit L#", () => {
    // AALpy's L# (shared/reference/README.md): 1173 queries for k = 2, 4417 for k = 5.
    for (const [k, aalpy] of [
      [2, 1173],
      [5, 4417],
    ] as const) {
      const target = referenceTarget(200, k);
      const runs = rightOf(lsharp(teacher(target, { answers: "runs" })));
      expect(equivalent(runs.dfa, target)).toEqual(O.none);
      expect(runs.stats.membershipQueries).toBeLessThanOrEqual(aalpy);
      const words = rightOf(lsharp(teacher(target)));
      expect(runs.stats.membershipQueries).toBeLessThan(words.stats.membershipQueries);
      expect(runs.stats.equivalenceQueries).toBeLessThan(words.stats.equivalenceQueries);
    }
  });
  it("with runs off, takes the one-bit learner's path against a runs teacher (same rounds, no more queries)", () => {
    const target = referenceTarget(50, 3);
    const off = rightOf(lsharp(teacher(target, { answers: "runs" }), { runs: false })).stats;
    const words = rightOf(lsharp(teacher(target))).stats;
    expect(off.equivalenceQueries).toBe(words.equivalenceQueries);
    expect(off.symbols).toBeLessThanOrEqual(words.symbols);
    expect(off.membershipQueries).toBeLessThan(words.membershipQueries);
  });
});
