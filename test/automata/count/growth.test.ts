import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { countsByLength } from "../../../src/automata/count/count.js";
import { growthRate } from "../../../src/automata/count/growth.js";
import { acceptingStates, transitionTable } from "../../../src/automata/dfa.js";
import { Tally } from "../brute-force.js";
import {
  ab,
  abc,
  abStar,
  aOrAb,
  arbCycleChain,
  arbSparseDfa,
  aStar,
  aStarBStar,
  chat,
  chatRTrivial,
  empty,
  evenAs,
  fixture,
  lnBig,
  noBB,
  partial,
  sigmaStar,
  table,
} from "./examples.js";

/** Cumulative counts C(N) = |L ∩ Σ^{≤N}| for N = 0..max. */
function cumulative(counts: readonly bigint[]): bigint[] {
  let sum = 0n;
  return counts.map((c) => {
    sum += c;
    return sum;
  });
}

describe("growthRate on hand cases", () => {
  it("finite languages: rate 0, no degree", () => {
    expect(growthRate(empty)).toEqual({ kind: "finite", rate: 0 });
    expect(growthRate(aOrAb)).toEqual({ kind: "finite", rate: 0 });
  });
  it("polynomial: a* and (aa)* degree 0, a*b* degree 1, a*b*c* degree 2", () => {
    expect(growthRate(aStar)).toEqual({ kind: "polynomial", degree: 0, rate: 1 });
    expect(growthRate(evenAs)).toEqual({ kind: "polynomial", degree: 0, rate: 1 });
    expect(growthRate(abStar)).toEqual({ kind: "polynomial", degree: 0, rate: 1 });
    expect(growthRate(aStarBStar)).toEqual({ kind: "polynomial", degree: 1, rate: 1 });
    const abcStar = partial(
      abc,
      3,
      [0, 1, 2],
      [
        [0, "a", 0],
        [0, "b", 1],
        [1, "b", 1],
        [1, "c", 2],
        [0, "c", 2],
        [2, "c", 2],
      ],
    );
    expect(growthRate(abcStar)).toEqual({ kind: "polynomial", degree: 2, rate: 1 });
  });
  it("exponential: Σ* has rate 2 exactly, no-bb the golden ratio", () => {
    expect(growthRate(sigmaStar)).toEqual({ kind: "exponential", rate: 2 });
    const g = growthRate(noBB);
    expect(g.kind).toBe("exponential");
    expect(g.rate).toBeCloseTo((1 + Math.sqrt(5)) / 2, 9);
  });
  it("two parallel edges make a cycle exponential: the chat language grows as 2^(n/6)", () => {
    const g = growthRate(chat);
    expect(g.kind).toBe("exponential");
    expect(g.rate).toBeCloseTo(2 ** (1 / 6), 9);
    // its R-trivial variant has 16 words of every length from 14 on
    expect(growthRate(chatRTrivial)).toEqual({ kind: "polynomial", degree: 0, rate: 1 });
  });
  it("finds a rate barely above 1 where power iteration converges slowly (60-cycle + chord)", () => {
    const edges = Array.from({ length: 60 }, (_, i) => [i, "a", (i + 1) % 60] as const);
    const d = partial(ab, 60, [0], [...edges, [0, "b", 30]]);
    // first returns to state 0 take 60 or 31 steps: λ solves λ^-60 + λ^-31 = 1
    let lo = 1;
    let hi = 2;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (mid ** -60 + mid ** -31 > 1) lo = mid;
      else hi = mid;
    }
    const g = growthRate(d);
    expect(g.kind).toBe("exponential");
    expect(g.rate).toBeCloseTo(lo, 9);
  });
  it("finds the rate of a 50-state component from the reference DFA, matching its counts", () => {
    const ref = fixture("random-minimal-n50-k2-seed42");
    expect(growthRate(ref)).toEqual({ kind: "exponential", rate: 2 }); // closed under a and b
    // send the b-edge of every third state to a new sink: a 50-state component of rate < 2
    const rows = transitionTable(ref).map((row, q) => (q % 3 === 0 ? [row[0] as number, 50] : row));
    const d = table(ab, acceptingStates(ref), [...rows, [50, 50]]);
    const g = growthRate(d);
    expect(g.kind).toBe("exponential");
    expect(g.rate as number).toBeGreaterThan(1.2);
    expect(g.rate as number).toBeLessThan(1.95);
    const c = cumulative(countsByLength(d, 1200));
    const estimate = (lnBig(c[1200] as bigint) - lnBig(c[600] as bigint)) / 600;
    expect(Math.abs(Math.log(g.rate as number) - estimate)).toBeLessThan(0.01);
  });
});

describe("growthRate agrees with the counts", () => {
  it("a chain of m simple cycles has polynomial degree m − 1", () => {
    const seen = new Tally();
    fc.assert(
      fc.property(arbCycleChain(4), ({ dfa, degree }) => {
        expect(growthRate(dfa)).toEqual({ kind: "polynomial", degree, rate: 1 });
        seen.add(`degree ${degree}`);
      }),
      { numRuns: 60 },
    );
    for (const d of [0, 1, 2, 3]) expect(seen.count(`degree ${d}`)).toBeGreaterThan(0);
  });
  it("finite ⇔ counts vanish; degree d ⇔ C(N) = Θ(N^(d+1)); rate λ ⇔ C(N) ≈ λ^N", () => {
    const seen = new Tally();
    const property = fc.property(
      fc.oneof(
        arbSparseDfa(ab, 6),
        arbSparseDfa(abc, 5),
        arbDfa(ab, { maxStates: 4 }),
        arbCycleChain().map((c) => c.dfa),
      ),
      (d) => {
        const n = d.states;
        const g = growthRate(d);
        seen.add(g.kind === "polynomial" ? `polynomial ${g.degree === 0 ? "0" : "≥ 1"}` : g.kind);
        if (g.kind === "finite") {
          expect(g).toEqual({ kind: "finite", rate: 0 });
          // no word of length ≥ n, for a finite language
          expect(countsByLength(d, 2 * n).slice(n)).toEqual(new Array(n + 1).fill(0n));
          return;
        }
        // infinite: some word with length in [n, 2n) (pump a cycle)
        expect(
          countsByLength(d, 2 * n)
            .slice(n, 2 * n)
            .some((c) => c > 0n),
        ).toBe(true);
        const c = cumulative(countsByLength(d, 600));
        const ratio = lnBig(c[600] as bigint) - lnBig(c[300] as bigint);
        if (g.kind === "polynomial") {
          expect(g.rate).toBe(1);
          // C(2N)/C(N) → 2^(d+1)
          expect(Math.abs(ratio / Math.LN2 - ((g.degree as number) + 1))).toBeLessThan(0.3);
        } else {
          expect(g.rate as number).toBeGreaterThan(1);
          expect(g.degree).toBeUndefined();
          expect(Math.abs(ratio / 300 - Math.log(g.rate as number))).toBeLessThan(0.05);
        }
      },
    );
    fc.assert(property, { numRuns: 100 });
    expect(seen.count("finite")).toBeGreaterThan(0);
    expect(seen.count("polynomial 0")).toBeGreaterThan(0);
    expect(seen.count("polynomial ≥ 1")).toBeGreaterThan(0);
    expect(seen.count("exponential")).toBeGreaterThan(0);
  });
});
