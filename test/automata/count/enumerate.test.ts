import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { countsByLength } from "../../../src/automata/count/count.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { isFinite as isFiniteLanguage } from "../../../src/automata/decide.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import { type Word, wordToString } from "../../../src/automata/word.js";
import { allWords, Tally } from "../brute-force.js";
import {
  ab,
  abc,
  abStar,
  aOrAb,
  arbSparseDfa,
  chat,
  empty,
  partial,
  sigmaStar,
} from "./examples.js";

/** The first words of the enumeration, up to `limit` words or the first longer than `maxLength`. */
function prefix(d: Dfa, maxLength: number, limit = Number.POSITIVE_INFINITY): Word[] {
  const out: Word[] = [];
  for (const w of enumerate(d)) {
    if (w.length > maxLength || out.length >= limit) break;
    out.push(w);
  }
  return out;
}

/** Does the enumeration end within `limit` words? */
function endsWithin(d: Dfa, limit: number): boolean {
  let n = 0;
  for (const _ of enumerate(d)) if (++n > limit) return false;
  return true;
}

describe("enumerate on hand cases", () => {
  it("lists a finite language and ends", () => {
    expect([...enumerate(aOrAb)].map((w) => wordToString(ab, w))).toEqual(["a", "ab"]);
    expect([...enumerate(empty)]).toEqual([]);
  });
  it("starts Σ* and (ab)* in shortlex order", () => {
    expect(prefix(sigmaStar, 2).map((w) => wordToString(ab, w))).toEqual([
      "ε",
      "a",
      "b",
      "aa",
      "ab",
      "ba",
      "bb",
    ]);
    expect(prefix(abStar, 100, 4).map((w) => wordToString(ab, w))).toEqual([
      "ε",
      "ab",
      "abab",
      "ababab",
    ]);
  });
  it("skips long gaps without words: (a^40)* yields a^0, a^40, a^80, a^120", () => {
    const edges = Array.from({ length: 40 }, (_, i) => [i, "a", (i + 1) % 40] as const);
    const sparse = partial(ab, 40, [0], edges);
    expect(prefix(sparse, 1000, 4).map((w) => w.length)).toEqual([0, 40, 80, 120]);
  });
  it("restarts on every iteration", () => {
    const it1 = prefix(abStar, 100, 3);
    expect(prefix(abStar, 100, 3)).toEqual(it1);
  });
  it("starts the chat language with `user hi bot hi user thanks bot bye`", () => {
    const words = prefix(chat, 100, 9);
    expect(wordToString(chat.alphabet, words[0] as Word)).toBe(
      "user hi bot hi user thanks bot bye",
    );
    expect(words.slice(0, 8).every((w) => w.length === 8)).toBe(true);
    expect(words[8]?.length).toBe(14);
  });
});

describe("enumerate agrees with brute force", () => {
  for (const [name, arb, labels] of [
    ["uniform, 2 letters", arbDfa(ab, { maxStates: 6 }), ["infinite", "empty"]],
    ["sparse, 3 letters", arbSparseDfa(abc, 5), ["infinite", "finite", "empty"]],
  ] as const)
    it(`yields exactly the accepted words in shortlex order, and ends iff finite (${name})`, () => {
      const seen = new Tally();
      fc.assert(
        fc.property(arb, (d) => {
          const k = d.alphabet.symbols.length;
          const brute = allWords(k, 8).filter((w) => accepts(d, w));
          expect(prefix(d, 8)).toEqual(brute);
          const finite = isFiniteLanguage(d);
          // a finite language with ≤ 6 states has all its words among the brute-force ones
          expect(endsWithin(d, brute.length)).toBe(finite);
          // the number of words per length matches the counts
          const counts = countsByLength(d, 8);
          counts.forEach((c, len) => {
            expect(BigInt(brute.filter((w) => w.length === len).length)).toBe(c);
          });
          seen.add(finite ? (brute.length === 0 ? "empty" : "finite") : "infinite");
        }),
        { numRuns: 60 },
      );
      for (const label of labels) expect(seen.count(label), label).toBeGreaterThan(0);
    });
});
