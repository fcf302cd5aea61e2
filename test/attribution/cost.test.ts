import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type BruteForceCostParams,
  bruteForceCost,
  SECONDS_PER_YEAR,
} from "../../src/attribution/cost.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

const positive = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const arbParams: fc.Arbitrary<BruteForceCostParams> = fc.record({
  candidates: fc.oneof(positive(1, 1e12), fc.bigInt({ min: 1n, max: 10n ** 400n })),
  outputs: positive(1, 1e12),
  userContexts: positive(1, 1e6),
  parameters: positive(1e6, 1e13),
  tokens: positive(1, 1e5),
  sustainedFlops: positive(1e12, 1e20),
});

const FIELDS = ["candidates", "outputs", "userContexts", "parameters", "tokens"] as const;

describe("bruteForceCost (THEORY.md P8)", () => {
  it("is candidates × outputs × contexts × 2·params·tokens FLOPs over sustained FLOP/s", () => {
    const c = right(
      bruteForceCost({
        candidates: 1000,
        outputs: 1e6,
        userContexts: 10,
        parameters: 7e9,
        tokens: 500,
        sustainedFlops: 1e18,
      }),
    );
    expect(c.flopsPerEvaluation).toBe(7e12);
    expect(c.flops).toBeCloseTo(7e22, -8);
    expect(c.seconds).toBeCloseTo(70_000, 6);
    expect(c.years).toBeCloseTo(70_000 / SECONDS_PER_YEAR, 12);
    expect(c.log10Flops).toBeCloseTo(Math.log10(7e22), 12);
    expect(c.params.candidates).toBe("1000");
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it("is monotone: more of any workload factor never costs less, faster machines never more", () => {
    const arb = fc.record({
      p: arbParams,
      field: fc.constantFrom(...FIELDS, "sustainedFlops" as const),
      factor: positive(1, 1e6),
    });
    fc.assert(
      fc.property(arb, ({ p, field, factor }) => {
        const base = right(bruteForceCost(p));
        const v = p[field];
        const grown =
          typeof v === "bigint" ? v * BigInt(Math.ceil(factor)) : (v as number) * factor;
        const more = right(bruteForceCost({ ...p, [field]: grown }));
        if (field === "sustainedFlops") {
          expect(more.log10Seconds).toBeLessThanOrEqual(base.log10Seconds + 1e-9);
          expect(more.log10Flops).toBeCloseTo(base.log10Flops, 9);
        } else {
          expect(more.log10Flops).toBeGreaterThanOrEqual(base.log10Flops - 1e-9);
          expect(more.log10Years).toBeGreaterThanOrEqual(base.log10Years - 1e-9);
          if (Number.isFinite(more.flops)) expect(more.flops).toBeGreaterThanOrEqual(base.flops);
        }
      }),
      { numRuns: 200 },
    );
    fc.statistics(
      arb,
      ({ p, field }) => [field, typeof p.candidates === "bigint" ? "bigint candidates" : "number"],
      { numRuns: 200 },
    );
  });

  it("keeps finite logarithms for candidate counts beyond floating range", () => {
    const c = right(
      bruteForceCost({
        candidates: 2n ** 2000n,
        outputs: 1,
        userContexts: 1,
        parameters: 1,
        tokens: 1,
        sustainedFlops: 1,
      }),
    );
    expect(c.flops).toBe(Number.POSITIVE_INFINITY);
    expect(c.log10Flops).toBeCloseTo(2000 * Math.log10(2) + Math.log10(2), 9);
  });

  it("is Left, naming the field, on any parameter that is not positive and finite", () => {
    const ok: BruteForceCostParams = {
      candidates: 1,
      outputs: 1,
      userContexts: 1,
      parameters: 1,
      tokens: 1,
      sustainedFlops: 1,
    };
    for (const field of [...FIELDS, "sustainedFlops"] as const)
      for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        const r = bruteForceCost({ ...ok, [field]: bad });
        expect(E.isLeft(r) && r.left.kind === "invalid-input" && r.left.field).toBe(field);
      }
    expect(E.isLeft(bruteForceCost({ ...ok, candidates: 0n }))).toBe(true);
  });
});
