import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { posterior, posteriorCurve } from "../../../src/attribution/attribution/posterior.js";
import { probability } from "../../../src/automata/pdfa/mixture.js";
import type { Word } from "../../../src/automata/word.js";
import { geometric, letter, model, users } from "./stochastic.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

const zoo = [
  model("stop 1/2", geometric("1/2")),
  model("stop 1/3", geometric("1/3")),
  model("stop 1/5", geometric("1/5")),
  model("stop 1/9", geometric("1/9")),
];

describe("posterior: P(M | S) ∝ π · Π p(w)", () => {
  it("matches Bayes' rule computed directly from word probabilities", () => {
    const arb = fc.record({
      sample: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 12 }),
      prior: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ sample, prior }) => {
        const words: Word[] = sample.map((n) => new Array<number>(n).fill(0));
        const p = right(posterior(zoo, words, prior));
        const joint = zoo.map(
          (m, i) =>
            (prior[i] as number) *
            words.reduce((acc, w) => acc * probability(m.distribution, w), 1),
        );
        const total = joint.reduce((a, b) => a + b, 0);
        for (const [i, e] of p.entries.entries())
          expect(e.posterior).toBeCloseTo((joint[i] as number) / total, 9);
        expect(p.entries.reduce((a, e) => a + e.posterior, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 100 },
    );
    fc.statistics(arb, ({ sample }) => (sample.length > 6 ? "long sample" : "short sample"), {
      numRuns: 100,
    });
  });

  it("refutes models that give a word probability 0, and never separates equal distributions", () => {
    const two = [model("only a", letter("1/1")), model("a or b", letter("1/2"))];
    const p = right(posterior(two, [[0], [1]]));
    expect(p.entries.map((e) => e.posterior)).toEqual([0, 1]);
    expect(p.entries[0]?.logLikelihood).toBe(Number.NEGATIVE_INFINITY);
    // R4 (a): the same marginal from different latent users
    const twins = [
      model("users a|b", users(letter("1/1"), letter("0/1"))),
      model("users mixed", users(letter("1/2"), letter("1/2"))),
    ];
    const words: Word[] = Array.from({ length: 500 }, (_, i) => [i % 3 === 0 ? 1 : 0]);
    const q = right(posterior(twins, words, [3, 1]));
    expect(q.entries[0]?.posterior).toBeCloseTo(0.75, 12);
    expect(q.entries[1]?.posterior).toBeCloseTo(0.25, 12);
  });

  it("concentrates on the true model of a finite zoo of distinct distributions (C9, R4)", () => {
    for (const target of [0, 1, 3]) {
      const c = right(posteriorCurve(zoo, target, { horizon: 400, runs: 6, seed: 11 }));
      expect(c.points[0]?.mean).toBeCloseTo(0.25, 12);
      const last = c.points.at(-1);
      expect(last?.mapCorrect).toBe(1);
      expect(last?.min).toBeGreaterThan(0.9);
      // the average posterior of the truth grows from the prior towards 1
      expect((last?.mean ?? 0) > (c.points[50]?.mean ?? 1) - 1e-9).toBe(true);
    }
  });

  it("is Left on an empty zoo, bad priors, bad targets and foreign symbols", () => {
    expect(E.isLeft(posterior([], []))).toBe(true);
    expect(E.isLeft(posterior(zoo, [], [1, 2]))).toBe(true);
    expect(E.isLeft(posterior(zoo, [], [0, 0, 0, 0]))).toBe(true);
    expect(E.isLeft(posterior(zoo, [[2]]))).toBe(true);
    expect(E.isLeft(posteriorCurve(zoo, 4))).toBe(true);
    expect(E.isLeft(posteriorCurve(zoo, 0, { horizon: 0 }))).toBe(true);
  });
});
