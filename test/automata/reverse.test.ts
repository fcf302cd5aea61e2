import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { determinize } from "../../src/automata/determinize.js";
import { accepts } from "../../src/automata/dfa.js";
import { reverse } from "../../src/automata/reverse.js";
import { allWords, kthFromEnd, Tally } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

describe("reverse", () => {
  it.each([
    ["{a, b}", ab, 7, 100],
    ["{a, b, c}", abc, 6, 50],
  ] as const)("accepts w iff the DFA accepts w reversed, over %s", (_n, alphabet, len, runs) => {
    const words = allWords(alphabet.symbols.length, len);
    const tally = new Tally();
    fc.assert(
      fc.property(arbDfa(alphabet, { maxStates: 6 }), (a) => {
        const r = reverse(a);
        if (E.isLeft(r)) return false;
        tally.add(r.right.states > a.states ? "grew" : "did not grow");
        return words.every((w) => accepts(r.right, w) === accepts(a, [...w].reverse()));
      }),
      { numRuns: runs },
    );
    expect(tally.count("grew")).toBeGreaterThan(0);
  });

  it("blows up on (a|b){12}a(a|b)* and returns a budget error", () => {
    // the DFA of (a|b)*a(a|b){12} reversed is small; reversing it back needs 2^13 states
    const big = determinize(kthFromEnd(ab, 12));
    if (E.isLeft(big)) throw new Error(big.left.message);
    const small = reverse(big.right);
    if (E.isLeft(small)) throw new Error(small.left.message);
    expect(small.right.states).toBeLessThan(100);
    const r = reverse(small.right, { states: 100 });
    expect(E.isLeft(r) && r.left).toMatchObject({ kind: "budget", budget: "states", limit: 100 });
    const full = reverse(small.right);
    expect(E.isRight(full) && full.right.states).toBeGreaterThanOrEqual(2 ** 13);
  });
});
