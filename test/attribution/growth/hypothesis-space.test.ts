import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { log2Big } from "../../../src/attribution/growth/big-count.js";
import { growthFromDoublingTimes } from "../../../src/attribution/growth/doubling.js";
import {
  fineTuneCount,
  fitDoublingYears,
  spaceOverTime,
} from "../../../src/attribution/growth/hypothesis-space.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

/** M · #{S ⊆ datasets : |S| ≤ k}, by counting subsets. */
function bruteCount(models: number, datasets: number, k: number): bigint {
  let subsets = 0n;
  for (let s = 0; s < 1 << datasets; s++) {
    let bits = 0;
    for (let x = s; x > 0; x >>= 1) bits += x & 1;
    if (bits <= k) subsets++;
  }
  return BigInt(models) * subsets;
}

describe("fineTuneCount: N_k = M · Σ_{i≤k} C(D, i), N_∞ = M · 2^D", () => {
  it("equals the number of (model, dataset subset of size ≤ k) pairs", () => {
    const arb = fc.record({
      models: fc.integer({ min: 0, max: 50 }),
      datasets: fc.integer({ min: 0, max: 12 }),
      k: fc.oneof(fc.integer({ min: 0, max: 14 }), fc.constant(Number.POSITIVE_INFINITY)),
    });
    fc.assert(
      fc.property(arb, ({ models, datasets, k }) => {
        const c = right(fineTuneCount(models, datasets, k));
        expect(c.exact).toBe(bruteCount(models, datasets, Math.min(k, datasets)));
      }),
      { numRuns: 100 },
    );
    fc.statistics(arb, ({ datasets, k }) => (k >= datasets ? "N_∞" : "N_k, k < D"), {
      numRuns: 100,
    });
  });
  it("switches to log2 beyond exact size, within the binomial bounds", () => {
    const all = right(fineTuneCount(3, 1e6, Number.POSITIVE_INFINITY));
    expect(all.exact).toBeUndefined();
    expect(all.log2).toBeCloseTo(1e6 + Math.log2(3), 6);
    const d = 1e6;
    const k = 1e4;
    const big = right(fineTuneCount(1, d, k));
    expect(big.exact).toBeUndefined();
    // C(D, k) ≤ Σ_{i≤k} C(D, i) ≤ (k + 1)·C(D, k) for k ≤ D/2, and (D/k)^k ≤ C(D, k) ≤ (eD/k)^k
    expect(big.log2).toBeGreaterThan(k * Math.log2(d / k));
    expect(big.log2).toBeLessThan(k * Math.log2((Math.E * d) / k) + Math.log2(k + 1));
    // near the exact boundary, the exact count and its logarithm agree
    const exact = right(fineTuneCount(1, 1e5, 1e4));
    expect(exact.exact).toBeDefined();
    expect(exact.log2).toBeCloseTo(log2Big(exact.exact ?? 0n), 6);
  });
  it("is Left on bad counts and over the term budget", () => {
    expect(E.isLeft(fineTuneCount(-1, 3, 1))).toBe(true);
    expect(E.isLeft(fineTuneCount(1, 2.5, 1))).toBe(true);
    expect(E.isLeft(fineTuneCount(1, 3, -1))).toBe(true);
    const b = fineTuneCount(1, 1e9, 1e8, { terms: 1000 });
    expect(E.isLeft(b) && b.left.kind).toBe("budget");
  });
});

describe("spaceOverTime and fitDoublingYears", () => {
  const g = right(growthFromDoublingTimes(0.5, 0.28, 3));
  const years = Array.from({ length: 21 }, (_, i) => i / 10);
  const grow = (datasets: number) => ({
    models: 1000,
    datasets,
    modelDoublingYears: g.modelDoublingYears,
    datasetDoublingYears: g.datasetDoublingYears,
  });
  it("exact counts over time double at the closed form's T_k when datasets are many", () => {
    for (const k of [1, 2, 3]) {
      const series = right(spaceOverTime(grow(10_000), k, years));
      expect(series[0]?.models).toBe(1000);
      const fit = right(
        fitDoublingYears(series.map((p) => ({ years: p.years, log2: p.count.log2 }))),
      );
      expect(Math.abs(fit / g.doublingYears(k) - 1)).toBeLessThan(0.002);
    }
  });
  it("the closed form misses when datasets are few (its large-D approximation fails)", () => {
    const series = right(spaceOverTime(grow(3), 3, years));
    const fit = right(
      fitDoublingYears(series.map((p) => ({ years: p.years, log2: p.count.log2 }))),
    );
    expect(Math.abs(fit / g.doublingYears(3) - 1)).toBeGreaterThan(0.05);
  });
  it("fits exact exponentials exactly and rejects series that do not grow", () => {
    expect(right(fitDoublingYears([0, 1, 2].map((t) => ({ years: t, log2: 3 + 4 * t }))))).toBe(
      0.25,
    );
    expect(E.isLeft(fitDoublingYears([{ years: 1, log2: 2 }]))).toBe(true);
    expect(E.isLeft(fitDoublingYears([0, 1].map((t) => ({ years: t, log2: 5 - t }))))).toBe(true);
    expect(E.isLeft(spaceOverTime({ ...grow(3), modelDoublingYears: 0 }, 1, [0]))).toBe(true);
  });
});
