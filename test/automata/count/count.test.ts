import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import {
  cardinality,
  countsByLength,
  countUpTo,
  countWords,
} from "../../../src/automata/count/count.js";
import { isFinite as isFiniteLanguage } from "../../../src/automata/decide.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import { LimitLabException } from "../../../src/automata/support/errors.js";
import { allWords, Tally } from "../brute-force.js";
import {
  a1,
  ab,
  abc,
  abStar,
  aOrAb,
  arbSparseDfa,
  chat,
  chatRTrivial,
  empty,
  fixture,
  sigmaStar,
} from "./examples.js";

/** Accepted words per length 0..8, by running the DFA on every word. */
function bruteCounts(d: Dfa, maxLength = 8): bigint[] {
  const out = new Array<bigint>(maxLength + 1).fill(0n);
  for (const w of allWords(d.alphabet.symbols.length, maxLength))
    if (accepts(d, w)) out[w.length] = (out[w.length] as bigint) + 1n;
  return out;
}

/** Forward counting (words from the start reaching each state), independent of count.ts. */
function forwardCount(d: Dfa, length: number): bigint {
  const k = d.alphabet.symbols.length;
  let cur = new Array<bigint>(d.states).fill(0n);
  cur[d.start] = 1n;
  for (let t = 0; t < length; t++) {
    const nxt = new Array<bigint>(d.states).fill(0n);
    for (let q = 0; q < d.states; q++)
      for (let s = 0; s < k; s++) {
        const r = d.delta[q * k + s] as number;
        nxt[r] = (nxt[r] as bigint) + (cur[q] as bigint);
      }
    cur = nxt;
  }
  return cur.reduce((sum, c, q) => (d.accepting[q] === 1 ? sum + c : sum), 0n);
}

describe("countWords on hand cases", () => {
  it("counts (ab)*, Σ*, ∅ and {a, ab}", () => {
    expect(countsByLength(abStar, 6)).toEqual([1n, 0n, 1n, 0n, 1n, 0n, 1n]);
    expect(countWords(sigmaStar, 10)).toBe(1024n);
    expect(countWords(empty, 3)).toBe(0n);
    expect(countsByLength(aOrAb, 3)).toEqual([0n, 1n, 1n, 0n]);
    expect(countUpTo(abStar, 4)).toBe(3n);
    expect(countUpTo(sigmaStar, 3)).toBe(15n);
  });
  it("is exact far beyond floating point: Σ* has 2^3000 words of length 3000", () => {
    expect(countWords(sigmaStar, 3000)).toBe(2n ** 3000n);
  });
  it("rejects a negative or fractional length", () => {
    expect(() => countWords(sigmaStar, -1)).toThrow(LimitLabException);
    expect(() => countUpTo(sigmaStar, 1.5)).toThrow(/non-negative integer/);
  });
});

describe("the chat language (THEORY.md, the default scenario)", () => {
  it("has 8·2^j words of length 8 + 6j and none of other lengths", () => {
    const counts = countsByLength(chat, 8 + 6 * 12);
    counts.forEach((c, len) => {
      const j = (len - 8) / 6;
      expect(c).toBe(Number.isInteger(j) && j >= 0 ? 8n * 2n ** BigInt(j) : 0n);
    });
    expect(cardinality(chat)).toEqual(O.none);
  });
  it("its R-trivial variant has 8 words of length 8 and 16 of every length from 14 on", () => {
    const counts = countsByLength(chatRTrivial, 60);
    counts.forEach((c, len) => {
      expect(c).toBe(len === 8 ? 8n : len >= 14 ? 16n : 0n);
    });
  });
});

describe("reference fixtures (shared/reference/interop/README.md)", () => {
  it("n50-k2 has 0 0 1 4 8 16 32 56 110 words of lengths 0..8", () => {
    expect(countsByLength(fixture("random-minimal-n50-k2-seed42"), 8)).toEqual(
      [0, 0, 1, 4, 8, 16, 32, 56, 110].map(BigInt),
    );
  });
  it("n50-k3 has 1 2 4 10 51 124 360 1046 3235 words of lengths 0..8", () => {
    expect(countsByLength(fixture("random-minimal-n50-k3-seed42"), 8)).toEqual(
      [1, 2, 4, 10, 51, 124, 360, 1046, 3235].map(BigInt),
    );
  });
  it("counts words of length 2000 on the 200-state target, agreeing with forward counting", () => {
    const d = fixture("random-minimal-n200-k2-seed42");
    const c = countWords(d, 2000);
    expect(c > 2n ** 1000n).toBe(true);
    expect(c).toBe(forwardCount(d, 2000));
  });
});

describe("counts agree with brute force over all words up to length 8", () => {
  for (const [name, alpha, arb] of [
    ["uniform, 1 letter", a1, arbDfa(a1, { maxStates: 6 })],
    ["uniform, 2 letters", ab, arbDfa(ab, { maxStates: 6 })],
    ["sparse, 3 letters", abc, arbSparseDfa(abc, 5)],
  ] as const)
    it(`countsByLength, countUpTo, countWords and cardinality (${name})`, () => {
      const seen = new Tally();
      fc.assert(
        fc.property(arb, (d) => {
          expect(d.alphabet).toBe(alpha);
          const brute = bruteCounts(d);
          const total = brute.reduce((x, y) => x + y, 0n);
          expect(countsByLength(d, 8)).toEqual(brute);
          expect(countUpTo(d, 8)).toBe(total);
          brute.forEach((c, len) => {
            expect(countWords(d, len)).toBe(c);
          });
          const card = cardinality(d);
          expect(O.isSome(card)).toBe(isFiniteLanguage(d));
          // a finite language's words are shorter than its number of states (≤ 6 here)
          if (O.isSome(card)) expect(card.value).toBe(total);
          seen.add(O.isNone(card) ? "infinite" : total === 0n ? "empty" : "finite, non-empty");
        }),
        { numRuns: 60 },
      );
      expect(seen.count("infinite")).toBeGreaterThan(0);
      expect(seen.count("finite, non-empty") + seen.count("empty")).toBeGreaterThan(0);
    });
});
