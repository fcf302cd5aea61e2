import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { lrtErrorCurve, sampleSizesFor } from "../../../src/attribution/attribution/lrt.js";
import { geometric, letter, model, users } from "./stochastic.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

describe("likelihood-ratio tests: error rates and sample sizes", () => {
  const h0 = model("stop 1/2", geometric("1/2"));
  const h1 = model("stop 1/3", geometric("1/3"));

  it("error rates fall with the sample size when supports overlap, but nothing becomes certain (R4 c)", () => {
    const c = right(lrtErrorCurve(h0, h1, { maxSize: 120, trials: 150, seed: 3 }));
    expect(c.points[0]).toEqual({ size: 0, typeI: 0, typeII: 1, certain: 0 });
    const at = (n: number) => c.points[n] ?? { typeI: 1, typeII: 1, certain: 1 };
    expect(at(120).typeI + at(120).typeII).toBeLessThan(0.15);
    expect(at(120).typeI + at(120).typeII).toBeLessThan(at(10).typeI + at(10).typeII);
    expect(c.points.every((p) => p.certain === 0)).toBe(true);
    expect(Number.isFinite(c.largestFiniteRatio) && c.largestFiniteRatio > 0).toBe(true);
    const sizes = right(sampleSizesFor(c, [0.8, 0.9]));
    const [s80, s90] = sizes.map((s) => s.size);
    expect(s80).not.toBeNull();
    expect(s90).not.toBeNull();
    expect(s80 as number).toBeLessThanOrEqual(s90 as number);
    const p = c.points[s90 as number];
    expect(p !== undefined && p.typeI <= 0.1 && p.typeII <= 0.1).toBe(true);
  });

  it("a sample word outside one support makes the test certain", () => {
    const only = model("only a", letter("1/1"));
    const both = model("a or b", letter("1/2"));
    const c = right(lrtErrorCurve(only, both, { maxSize: 30, trials: 100, seed: 9 }));
    // under H1 a b appears with probability 1 − 2^-n; under H0 never
    expect(c.points[30]?.typeI).toBe(0);
    expect(c.points[30]?.typeII).toBeLessThan(0.02);
    expect(c.points[30]?.certain).toBeGreaterThan(0.45);
  });

  it("equal marginals never leave H0: type II stays 1 (R4 a)", () => {
    const a = model("users a|b", users(letter("1/1"), letter("0/1")));
    const b = model("users mixed", users(letter("1/2"), letter("1/2")));
    const c = right(lrtErrorCurve(a, b, { maxSize: 40, trials: 50 }));
    expect(c.points.every((p) => p.typeI === 0 && p.typeII === 1)).toBe(true);
    expect(c.largestFiniteRatio).toBe(0);
    expect(right(sampleSizesFor(c, [0.9]))).toEqual([{ confidence: 0.9, size: null }]);
  });

  it("is reproducible from its seed and Left on bad options", () => {
    const o = { maxSize: 20, trials: 20, seed: 5 };
    expect(right(lrtErrorCurve(h0, h1, o))).toEqual(right(lrtErrorCurve(h0, h1, o)));
    expect(E.isLeft(lrtErrorCurve(h0, h1, { trials: 0 }))).toBe(true);
    expect(E.isLeft(lrtErrorCurve(h0, h1, { threshold: Number.NaN }))).toBe(true);
    const c = right(lrtErrorCurve(h0, h1, o));
    expect(E.isLeft(sampleSizesFor(c, [1]))).toBe(true);
  });
});
