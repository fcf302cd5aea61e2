import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa } from "../../src/automata/dfa.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import { star } from "../../src/automata/star.js";
import type { Word } from "../../src/automata/word.js";
import { allWords, Tally } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

/** w ∈ L* iff w factors into words of L: reach[i] says w[0..i) does. */
function inStar(a: Dfa, w: Word): boolean {
  const reach = [true];
  for (let i = 1; i <= w.length; i++) {
    reach[i] = false;
    for (let j = 0; j < i && !reach[i]; j++)
      if (reach[j] && accepts(a, w.slice(j, i))) reach[i] = true;
  }
  return reach[w.length] === true;
}

describe("star", () => {
  it.each([
    ["{a, b}", ab, 7, 100],
    ["{a, b, c}", abc, 5, 50],
  ] as const)("agrees with every factorization on all words over %s", (_n, alphabet, len, runs) => {
    const words = allWords(alphabet.symbols.length, len);
    const tally = new Tally();
    fc.assert(
      fc.property(arbDfa(alphabet, { maxStates: 5 }), (a) => {
        const r = star(a);
        if (E.isLeft(r)) return false;
        let accepted = 0;
        for (const w of words) {
          const want = inStar(a, w);
          if (want) accepted++;
          expect(accepts(r.right, w)).toBe(want);
        }
        tally.add(accepted === words.length ? "Σ*" : accepted === 1 ? "{ε}" : "other");
        return true;
      }),
      { numRuns: runs },
    );
    expect(tally.count("other")).toBeGreaterThan(runs / 10);
  });

  it("returns a budget error when the DFA needs more states than allowed", () => {
    const r = star(randomDfa(30, ab, 3), { states: 1 });
    expect(E.isLeft(r) && r.left).toMatchObject({ kind: "budget", budget: "states", limit: 1 });
  });
});
