import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { countWords } from "../../../src/automata/count/count.js";
import { sampleWord, uniformBelow } from "../../../src/automata/count/sample.js";
import { accepts } from "../../../src/automata/dfa.js";
import { deriveSeed, rng } from "../../../src/automata/support/rng.js";
import { wordKey, wordToString } from "../../../src/automata/word.js";
import { Tally } from "../brute-force.js";
import { ab, abc, abStar, arbSparseDfa, chat, partial, sigmaStar } from "./examples.js";

/** Pearson's chi-square statistic of observed counts against equal expectations. */
function chiSquare(counts: readonly number[], total: number): number {
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

describe("sampleWord", () => {
  it("returns none when there is no word of that length", () => {
    expect(sampleWord(abStar, 3, 42)).toEqual(O.none);
    expect(sampleWord(chat, 9, 1)).toEqual(O.none);
  });
  it("samples a chat conversation of length 14", () => {
    const w = sampleWord(chat, 14, 42);
    expect(O.isSome(w) && accepts(chat, w.value)).toBe(true);
    expect(O.isSome(w) && wordToString(chat.alphabet, w.value).startsWith("user h")).toBe(true);
  });
  it("is accepted, of the right length, none iff no word, and deterministic per seed", () => {
    const seen = new Tally();
    fc.assert(
      fc.property(
        arbSparseDfa(abc, 5),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (d, length, seed) => {
          const w = sampleWord(d, length, seed);
          expect(O.isNone(w)).toBe(countWords(d, length) === 0n);
          if (O.isSome(w)) {
            expect(w.value.length).toBe(length);
            expect(accepts(d, w.value)).toBe(true);
          }
          expect(sampleWord(d, length, seed)).toEqual(w);
          seen.add(O.isSome(w) ? "some" : "none");
        },
      ),
      { numRuns: 100 },
    );
    expect(seen.count("some")).toBeGreaterThan(0);
    expect(seen.count("none")).toBeGreaterThan(0);
  });
  it("is uniform where a letter-by-letter choice would not be (chi-square, 2000 fixed seeds)", () => {
    // a(a|b)(a|b) ∪ baa: the first letter is a with weight 4, b with weight 1
    const d = partial(
      ab,
      7,
      [3, 5],
      [
        [0, "a", 1],
        [1, "a", 2],
        [1, "b", 2],
        [2, "a", 3],
        [2, "b", 3],
        [0, "b", 4],
        [4, "a", 6],
        [6, "a", 5],
      ],
    );
    expect(countWords(d, 3)).toBe(5n);
    const counts = new Map<string, number>();
    const runs = 2000;
    for (let i = 0; i < runs; i++) {
      const w = sampleWord(d, 3, deriveSeed(42, i));
      if (O.isNone(w)) throw new Error("a word of length 3 exists");
      counts.set(wordKey(w.value), (counts.get(wordKey(w.value)) ?? 0) + 1);
    }
    expect(counts.size).toBe(5);
    // 4 degrees of freedom: P(χ² > 25) < 10^-4
    expect(chiSquare([...counts.values()], runs)).toBeLessThan(25);
  });
  it("draws long words through several 32-bit draws: first letters of Σ^300 are balanced", () => {
    let as = 0;
    for (let i = 0; i < 400; i++) {
      const w = sampleWord(sigmaStar, 300, deriveSeed(7, i));
      if (O.isSome(w) && w.value[0] === 0) as++;
    }
    // binomial(400, 1/2): 5 standard deviations is 50
    expect(Math.abs(as - 200)).toBeLessThan(50);
  });
});

describe("uniformBelow", () => {
  it("stays below the bound and is deterministic", () => {
    const big = 10n ** 30n;
    const [x, g] = uniformBelow(rng(7), big);
    expect(x >= 0n && x < big).toBe(true);
    expect(uniformBelow(rng(7), big)[0]).toBe(x);
    expect(g.state).not.toBe(rng(7).state);
    expect(uniformBelow(rng(7), 1n)[0]).toBe(0n);
  });
  it("is uniform on a bound just above 2^32 (two draws, heavy rejection)", () => {
    const n = 2n ** 32n + 2n;
    const buckets = [0, 0, 0];
    let g = rng(99);
    for (let i = 0; i < 3000; i++) {
      const [x, g2] = uniformBelow(g, n);
      g = g2;
      expect(x < n).toBe(true);
      const third = Number((x * 3n) / n);
      buckets[third] = (buckets[third] as number) + 1;
    }
    // 2 degrees of freedom: P(χ² > 20) < 10^-4
    expect(chiSquare(buckets, 3000)).toBeLessThan(20);
  });
  it("rejects a bound below 1", () => {
    expect(() => uniformBelow(rng(1), 0n)).toThrow(/at least 1/);
  });
});
