import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  dfaLanguageCounts,
  dfaLanguageCountsSteps,
  labelledDfaBound,
  languagesWithin,
} from "../../../src/attribution/growth/languages.js";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { dfaEquals, dfaHash } from "../../../src/automata/canonical.js";
import { type Dfa, makeDfa } from "../../../src/automata/dfa.js";
import { minimize } from "../../../src/automata/minimize.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

/** Languages of minimal size ≤ n by minimise-and-hash over every table with start 0. */
function bruteLanguages(n: number, k: number): number {
  const a = unsafeAlphabet(Array.from({ length: k }, (_, i) => String.fromCharCode(97 + i)));
  const seen = new Map<number, Dfa[]>();
  let count = 0;
  for (let m = 1; m <= n; m++) {
    const cells = m * k;
    for (let t = 0; t < m ** cells; t++)
      for (let acc = 0; acc < 1 << m; acc++) {
        const delta = new Int32Array(cells);
        for (let c = 0, x = t; c < cells; c++, x = Math.floor(x / m)) delta[c] = x % m;
        const accepting = new Uint8Array(m).map((_, q) => (acc >> q) & 1);
        const d = minimize(makeDfa(a, m, 0, delta, accepting));
        const bucket = seen.get(dfaHash(d)) ?? [];
        if (!bucket.some((e) => dfaEquals(e, d))) {
          bucket.push(d);
          count++;
        }
        seen.set(dfaHash(d), bucket);
      }
  }
  return count;
}

describe("languagesWithin: 2^{|Σ^{≤n}|}", () => {
  it("counts words and languages", () => {
    expect(right(languagesWithin(2, 2))).toEqual({
      words: 7n,
      languages: { log2: 7, exact: 128n },
    });
    expect(right(languagesWithin(1, 0)).languages.exact).toBe(2n);
    expect(right(languagesWithin(0, 5)).words).toBe(1n);
    const big = right(languagesWithin(2, 20));
    expect(big.words).toBe(2n ** 21n - 1n);
    expect(big.languages.exact).toBeUndefined();
    expect(E.isLeft(languagesWithin(-1, 2))).toBe(true);
  });
});

describe("dfaLanguageCounts: distinct languages of complete DFAs with at most n states", () => {
  it("pins 2, 26, 1054, 57068 over {a, b} for n = 1..4, below n^{2n}·2^n", () => {
    const c = right(dfaLanguageCounts(4));
    expect(c.map((x) => x.atMost)).toEqual([2, 26, 1054, 57068]);
    expect(c.map((x) => x.structures)).toEqual([1, 12, 216, 5248]);
    for (const x of c) expect(BigInt(x.atMost)).toBeLessThanOrEqual(labelledDfaBound(x.states, 2));
    expect(labelledDfaBound(4, 2)).toBe(4n ** 8n * 16n);
  });
  it("agrees with minimise-and-hash over every table, for 1..3 letters", () => {
    for (const [n, k] of [
      [3, 1],
      [3, 2],
      [2, 3],
    ] as const) {
      const c = right(dfaLanguageCounts(n, k));
      expect(c.map((x) => x.atMost)).toEqual(
        Array.from({ length: n }, (_, i) => bruteLanguages(i + 1, k)),
      );
    }
  });
  it("runs out of budget instead of hanging, and yields progress on the way", () => {
    expect(E.isLeft(dfaLanguageCounts(0))).toBe(true);
    const steps = dfaLanguageCountsSteps(5, 2, { structures: 40_000 });
    const done: number[] = [];
    let r = steps.next();
    while (r.done !== true) {
      done.push(r.value.done);
      expect(r.value.partial.map((x) => x.atMost)).toEqual([2, 26, 1054, 57068]);
      r = steps.next();
    }
    // 5477 structures up to 4 states, then a yield every 2^14 structures of 5 states
    expect(done).toEqual([5477 + 16_384, 5477 + 32_768]);
    expect(E.isLeft(r.value) && r.value.left.kind).toBe("budget");
    const within = dfaLanguageCountsSteps(4);
    let s = within.next();
    while (s.done !== true) s = within.next();
    expect(right(s.value).at(-1)?.atMost).toBe(57068);
  });
});
