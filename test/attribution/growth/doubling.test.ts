import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  growthFromDoublingTimes,
  growthJson,
  P7_CALIBRATION,
} from "../../../src/attribution/growth/doubling.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

describe("growthFromDoublingTimes (THEORY.md P7, closed form)", () => {
  it("the calibration (T1, T3) = (0.5, 0.28) gives models 0.82 y, datasets 1.27 y and T2 0.36 y", () => {
    const { t1, tk, k } = P7_CALIBRATION;
    const g = right(growthFromDoublingTimes(t1, tk, k));
    expect(P7_CALIBRATION.reconstruction).toBe(true);
    expect(g.modelDoublingYears).toBeCloseTo(0.8235, 3);
    expect(g.datasetDoublingYears).toBeCloseTo(1.2727, 3);
    expect(g.doublingYears(2)).toBeCloseTo(0.359, 3);
    expect(g.doublingYears(1)).toBeCloseTo(t1, 12);
    expect(g.doublingYears(3)).toBeCloseTo(tk, 12);
    expect(g.doublingYears(0)).toBeCloseTo(g.modelDoublingYears, 12);
  });

  it("recovers the rates it was built from: 1/T_j = (α + jβ)/ln 2", () => {
    const arb = fc.record({
      alpha: fc.double({ min: 0.01, max: 10, noNaN: true }),
      beta: fc.double({ min: 0.01, max: 10, noNaN: true }),
      k: fc.integer({ min: 2, max: 12 }),
      j: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(arb, ({ alpha, beta, k, j }) => {
        const t = (i: number) => Math.LN2 / (alpha + i * beta);
        const g = right(growthFromDoublingTimes(t(1), t(k), k));
        expect(g.modelDoublingYears).toBeCloseTo(Math.LN2 / alpha, 6);
        expect(g.datasetDoublingYears / (Math.LN2 / beta)).toBeCloseTo(1, 6);
        expect(g.doublingYears(j) / t(j)).toBeCloseTo(1, 9);
        expect(g.doublingYears(j + 1)).toBeLessThan(g.doublingYears(j));
      }),
      { numRuns: 100 },
    );
    fc.statistics(arb, ({ alpha, beta }) => (alpha > beta ? "models faster" : "datasets faster"), {
      numRuns: 100,
    });
  });

  it("is Left on non-positive times, k ≤ 1, and rates that are not positive", () => {
    for (const [t1, tk, k, field] of [
      [0, 0.28, 3, "t1"],
      [-1, 0.28, 3, "t1"],
      [0.5, 0, 3, "tk"],
      [0.5, Number.NaN, 3, "tk"],
      [0.5, 0.28, 1, "k"],
      [0.5, 0.28, 0.5, "k"],
      [0.5, 0.5, 3, "tk"], // β = 0
      [0.5, 0.6, 3, "tk"], // β < 0
      [0.5, 0.1, 2, "tk"], // α < 0: 1/0.1 − 2 = 8 > 2
    ] as const) {
      const g = growthFromDoublingTimes(t1, tk, k);
      expect(E.isLeft(g) && g.left.kind === "invalid-input" && g.left.field).toBe(field);
    }
  });

  it("doublingYears throws on a negative j; growthJson keeps the values", () => {
    const g = right(growthFromDoublingTimes(0.5, 0.28, 3));
    expect(() => g.doublingYears(-1)).toThrow(/non-negative/);
    const j = growthJson(g, [1, 2, 3]);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
    expect(j.doublingYears.map((p) => p.j)).toEqual([1, 2, 3]);
  });
});
