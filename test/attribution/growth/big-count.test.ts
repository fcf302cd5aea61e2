import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bigCountJson,
  EXACT_BITS,
  exactCount,
  log2Big,
  log10Big,
  powerOfTwo,
} from "../../../src/attribution/growth/big-count.js";

describe("big counts", () => {
  it("log2Big lies between the bit lengths, agrees with Math.log2 on safe integers and is exact on powers", () => {
    const arb = fc.bigInt({ min: 1n, max: 2n ** 200n });
    fc.assert(
      fc.property(arb, (x) => {
        const l = log2Big(x);
        const bits = x.toString(2).length; // 2^(bits−1) ≤ x < 2^bits
        expect(l).toBeGreaterThanOrEqual(bits - 1);
        expect(l).toBeLessThanOrEqual(bits);
        if (x < 2n ** 52n) expect(l).toBe(Math.log2(Number(x)));
      }),
      { numRuns: 200 },
    );
    fc.statistics(arb, (x) => (x < 2n ** 52n ? "safe" : "beyond 2^52"), { numRuns: 200 });
    expect(log2Big(2n ** 5000n)).toBe(5000);
    expect(log10Big(10n ** 400n)).toBeCloseTo(400, 9);
    expect(log2Big(0n)).toBe(Number.NEGATIVE_INFINITY);
  });
  it("keeps exact values up to EXACT_BITS and only the logarithm beyond", () => {
    expect(exactCount(26n).exact).toBe(26n);
    expect(powerOfTwo(BigInt(EXACT_BITS)).exact).toBe(2n ** BigInt(EXACT_BITS));
    expect(powerOfTwo(BigInt(EXACT_BITS) + 1n)).toEqual({ log2: EXACT_BITS + 1 });
    expect(exactCount(2n ** BigInt(EXACT_BITS + 5)).exact).toBeUndefined();
    expect(bigCountJson(exactCount(26n)).exact).toBe("26");
    expect(bigCountJson(powerOfTwo(10n ** 6n))).toEqual({ log2: 1e6, exact: null });
  });
});
