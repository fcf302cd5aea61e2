import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { GROWTH_START, growthFacts } from "../../../src/cli/explorer/growth-model.js";

describe("the growth view's numbers (P7)", () => {
  const f = growthFacts();
  if (E.isLeft(f)) throw new Error(f.left.message);
  const g = f.right;

  it("come from the reconstructed calibration (0.5, 0.28) with k = 3", () => {
    expect(g.calibration).toMatchObject({ t1: 0.5, tk: 0.28, k: 3, reconstruction: true });
    expect(g.growth.modelDoublingYears).toBeCloseTo(0.824, 3);
    expect(g.growth.datasetDoublingYears).toBeCloseTo(1.273, 3);
    const t = g.growth.doublingYears;
    expect(t.map((x) => x.j)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(t[1]?.years).toBeCloseTo(0.5, 10);
    expect(t[2]?.years).toBeCloseTo(0.359, 3);
    expect(t[3]?.years).toBeCloseTo(0.28, 10);
  });

  it("draw log2 N_k for k = 1, 2, 3 quarterly over the stated years, growing and ordered in k", () => {
    expect(g.curves.map((c) => c.k)).toEqual([1, 2, 3]);
    for (const c of g.curves) {
      expect(c.points).toHaveLength(4 * GROWTH_START.years + 1);
      for (let i = 1; i < c.points.length; i++)
        expect((c.points[i] as [number, number])[1]).toBeGreaterThanOrEqual(
          (c.points[i - 1] as [number, number])[1],
        );
    }
    const [k1, k2, k3] = g.curves.map((c) => c.points[0]?.[1] ?? 0);
    expect(k1).toBeLessThan(k2 ?? 0);
    expect(k2).toBeLessThan(k3 ?? 0);
    // N_1(0) = 100 · (1 + 1000)
    expect(2 ** (k1 ?? 0)).toBeCloseTo(100_100, 0);
  });

  it("count the distinct languages of small DFAs over {a, b}: 2, 26, 1054, 57068", () => {
    expect(g.dfaLanguages).toEqual([2, 26, 1054, 57_068]);
  });
});
