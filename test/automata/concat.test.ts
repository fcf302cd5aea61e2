import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { concat } from "../../src/automata/concat.js";
import { accepts, type Dfa } from "../../src/automata/dfa.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import type { LimitLabException } from "../../src/automata/support/errors.js";
import type { Word } from "../../src/automata/word.js";
import { allWords, Tally } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

/** w ∈ L(a)·L(b) iff some split w = u·v has u ∈ L(a) and v ∈ L(b). */
function inConcat(a: Dfa, b: Dfa, w: Word): boolean {
  for (let i = 0; i <= w.length; i++)
    if (accepts(a, w.slice(0, i)) && accepts(b, w.slice(i))) return true;
  return false;
}

describe("concat", () => {
  it.each([
    ["{a, b}", ab, 7, 100],
    ["{a, b, c}", abc, 5, 50],
  ] as const)("agrees with every split u·v on all words over %s", (_n, alphabet, len, runs) => {
    const words = allWords(alphabet.symbols.length, len);
    const arb = arbDfa(alphabet, { maxStates: 4 });
    const tally = new Tally();
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const r = concat(a, b);
        if (E.isLeft(r)) return false;
        let accepted = 0;
        for (const w of words) {
          const want = inConcat(a, b, w);
          if (want) accepted++;
          expect(accepts(r.right, w)).toBe(want);
        }
        tally.add(accepted === 0 ? "empty" : accepted === words.length ? "full" : "mixed");
        return true;
      }),
      { numRuns: runs },
    );
    expect(tally.count("mixed")).toBeGreaterThan(runs / 10);
  });

  it("returns a budget error when the DFA needs more states than allowed", () => {
    const a = randomDfa(30, ab, 3);
    const r = concat(a, a, { states: 2 });
    expect(E.isLeft(r) && r.left).toMatchObject({ kind: "budget", budget: "states", limit: 2 });
  });

  it("throws alphabet-mismatch for DFAs over different alphabets", () => {
    try {
      concat(randomDfa(2, ab), randomDfa(2, abc));
      expect.unreachable();
    } catch (e) {
      expect((e as LimitLabException).error.kind).toBe("alphabet-mismatch");
    }
  });
});
