import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import {
  isEmpty,
  isFinite as isFiniteLanguage,
  isUniversal,
  shortestRejected,
  shortestWord,
} from "../../src/automata/decide.js";
import { accepts, type Dfa, dfaFromTable } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";
import { allWords, Tally } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

/** The first word (shortlex) up to a length with the given acceptance. */
function firstWith(d: Dfa, accepted: boolean, maxLength: number): O.Option<Word> {
  const k = d.alphabet.symbols.length;
  for (const w of allWords(k, maxLength)) if (accepts(d, w) === accepted) return O.some(w);
  return O.none;
}

describe.each([
  ["{a, b}", ab, 6],
  ["{a, b, c}", abc, 5],
] as const)("decisions over %s", (_name, alphabet, maxStates) => {
  const arb = arbDfa(alphabet, { maxStates });

  it("shortestWord is the least accepted word and isEmpty agrees (a shortest one has length < n)", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arb, (d) => {
        const want = firstWith(d, true, d.states - 1);
        tally.add(O.isNone(want) ? "empty" : "non-empty");
        expect(shortestWord(d)).toEqual(want);
        expect(isEmpty(d)).toBe(O.isNone(want));
      }),
      { numRuns: 100 },
    );
    expect(tally.count("empty")).toBeGreaterThan(5);
    expect(tally.count("non-empty")).toBeGreaterThan(20);
  });

  it("shortestRejected is the least rejected word and isUniversal agrees", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arb, (d) => {
        const want = firstWith(d, false, d.states - 1);
        tally.add(O.isNone(want) ? "universal" : "not universal");
        expect(shortestRejected(d)).toEqual(want);
        expect(isUniversal(d)).toBe(O.isNone(want));
      }),
      { numRuns: 100 },
    );
    expect(tally.count("universal")).toBeGreaterThan(5);
    expect(tally.count("not universal")).toBeGreaterThan(20);
  });

  it("isFinite holds iff no word of length n..2n-1 is accepted", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arb, (d) => {
        const k = alphabet.symbols.length;
        const n = d.states;
        // L is infinite iff it has a word w with n ≤ |w| < 2n
        const long = allWords(k, 2 * n - 1).some((w) => w.length >= n && accepts(d, w));
        tally.add(long ? "infinite" : "finite");
        expect(isFiniteLanguage(d)).toBe(!long);
      }),
      { numRuns: 100 },
    );
    expect(tally.count("finite")).toBeGreaterThan(10);
    expect(tally.count("infinite")).toBeGreaterThan(10);
  });
});

describe("isFinite on fixed languages", () => {
  const table = (start: number, acc: number[], t: number[][]) => {
    const r = dfaFromTable(ab, start, acc, t);
    if (r._tag === "Left") throw new Error(r.left.message);
    return r.right;
  };
  it("ignores cycles through dead or unreachable states", () => {
    // {a}: 0 -a-> 1, everything else to the looping sink 2; state 3 is an unreachable loop
    const finite = table(
      0,
      [1, 3],
      [
        [1, 2],
        [2, 2],
        [2, 2],
        [3, 3],
      ],
    );
    expect(isFiniteLanguage(finite)).toBe(true);
    expect(shortestWord(finite)).toEqual(O.some([0]));
    // (ab)* is infinite
    expect(
      isFiniteLanguage(
        table(
          0,
          [0],
          [
            [1, 2],
            [2, 0],
            [2, 2],
          ],
        ),
      ),
    ).toBe(false);
  });
});
