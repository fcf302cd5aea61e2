import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { accepts } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { minimize } from "../../../src/automata/minimize.js";
import { LimitLabException } from "../../../src/automata/support/errors.js";
import type { Word } from "../../../src/automata/word.js";
import { kTestable } from "../../../src/identification/passive/k-testable.js";
import { allWords, Tally } from "../../automata/brute-force.js";
import { arbSample } from "./reversible.js";

const ab = unsafeAlphabet(["a", "b"]);
const upTo7 = allWords(2, 7);

const show = (w: Word): string => w.join("");
const factors = (w: Word, k: number): string[] =>
  Array.from({ length: Math.max(0, w.length - k + 1) }, (_, i) => show(w.slice(i, i + k)));

/**
 * Membership in the smallest strictly k-testable language containing `sample`, straight from
 * the definition: a short word (length < k) must be in the sample; a longer one must start and
 * end with (k−1)-ends of the sample's long words and have only their k-factors.
 */
function definitionMember(sample: readonly Word[], k: number): (w: Word) => boolean {
  const long = sample.filter((w) => w.length >= k);
  const short = new Set(sample.filter((w) => w.length < k).map(show));
  const starts = new Set(long.map((w) => show(w.slice(0, k - 1))));
  const ends = new Set(long.map((w) => show(w.slice(w.length - k + 1))));
  const allowed = new Set(long.flatMap((w) => factors(w, k)));
  return (w) =>
    w.length < k
      ? short.has(show(w))
      : starts.has(show(w.slice(0, k - 1))) &&
        ends.has(show(w.slice(w.length - k + 1))) &&
        factors(w, k).every((f) => allowed.has(f));
}

describe("kTestable", () => {
  it("accepts exactly the smallest strictly k-testable language containing the sample (every word up to length 7)", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arbSample(2, 6, 6), fc.integer({ min: 1, max: 4 }), (sample, k) => {
        const d = kTestable(sample, ab, k);
        const member = definitionMember(sample, k);
        for (const w of upTo7) expect(accepts(d, w)).toBe(member(w));
        const extra = upTo7.filter((w) => member(w)).length - new Set(sample.map(show)).size;
        tally.add(extra > 0 ? "generalises" : "the sample itself");
        tally.add(`k = ${k}`);
      }),
      { numRuns: 120 },
    );
    expect(tally.count("generalises")).toBeGreaterThan(10);
    expect(tally.count("the sample itself")).toBeGreaterThan(5);
    for (let k = 1; k <= 4; k++) expect(tally.count(`k = ${k}`)).toBeGreaterThan(10);
  });

  it("returns a minimal DFA whose language grows with the sample and shrinks as k grows", () => {
    fc.assert(
      fc.property(
        arbSample(2, 5, 6),
        arbSample(2, 3, 6),
        fc.integer({ min: 1, max: 3 }),
        (s, more, k) => {
          const d = kTestable(s, ab, k);
          expect(dfaEquals(d, minimize(d))).toBe(true);
          expect(isSubset(d, kTestable([...s, ...more], ab, k))).toBe(true);
          expect(isSubset(kTestable(s, ab, k + 1), d)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("learns a+b from {ab, aab} with k = 2, and letters-only languages with k = 1", () => {
    const d = kTestable(
      [
        [0, 1],
        [0, 0, 1],
      ],
      ab,
      2,
    );
    expect(accepts(d, [0, 0, 0, 1])).toBe(true);
    expect(accepts(d, [0, 1, 0, 1])).toBe(false);
    expect(accepts(d, [1])).toBe(false);
    const one = kTestable([[0, 0]], ab, 1);
    expect(accepts(one, [0])).toBe(true);
    expect(accepts(one, [])).toBe(false);
    expect(accepts(one, [1])).toBe(false);
  });

  it("throws invalid-input on k < 1 and on a bad symbol index", () => {
    expect(() => kTestable([[0]], ab, 0)).toThrow(LimitLabException);
    expect(() => kTestable([[0]], ab, 0)).toThrow("k: 0 is not a positive integer");
    expect(() => kTestable([[0]], ab, 2.5)).toThrow("k: 2.5 is not a positive integer");
    expect(() => kTestable([[0, 5]], ab, 2)).toThrow(/sample\[0\]/);
  });
});
