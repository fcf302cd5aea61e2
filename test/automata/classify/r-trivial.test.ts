import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { isPartiallyOrdered, isRTrivial } from "../../../src/automata/classify/r-trivial.js";
import { isStarFree } from "../../../src/automata/classify/star-free.js";
import { type Dfa, run } from "../../../src/automata/dfa.js";
import { minimize } from "../../../src/automata/minimize.js";
import { reachable } from "../../../src/automata/reach.js";
import { allWords, Tally } from "../brute-force.js";
import {
  ab,
  abc,
  abStar,
  aOrAb,
  arbSparseDfa,
  aStarBStar,
  chat,
  chatRTrivial,
  empty,
  evenAs,
  sigmaStar,
  table,
} from "../count/examples.js";

/**
 * Brute force: some reachable state q and word w with δ(q, w) = q pass through another state
 * on the way. A cycle through two states has a simple version of length ≤ n.
 */
function hasLongCycle(d: Dfa): boolean {
  const seen = reachable(d);
  const words = allWords(d.alphabet.symbols.length, Math.min(d.states, 8));
  for (let q = 0; q < d.states; q++) {
    if (seen[q] === 0) continue;
    for (const w of words)
      if (w.length > 0 && run(d, w, q) === q)
        for (let i = 1; i < w.length; i++) if (run(d, w.slice(0, i), q) !== q) return true;
  }
  return false;
}

describe("isRTrivial: the facts of THEORY.md P5", () => {
  it("finite languages and Σ* are R-trivial; (aa)* and (ab)* are not; a*b* is", () => {
    expect(isRTrivial(empty)).toBe(true);
    expect(isRTrivial(aOrAb)).toBe(true);
    expect(isRTrivial(sigmaStar)).toBe(true);
    expect(isRTrivial(evenAs)).toBe(false);
    expect(isRTrivial(abStar)).toBe(false);
    expect(isRTrivial(aStarBStar)).toBe(true);
  });
  it("the chat language is not R-trivial (its 6-state cycle); its variant is", () => {
    expect(isRTrivial(chat)).toBe(false);
    expect(isRTrivial(chatRTrivial)).toBe(true);
  });
  it("isPartiallyOrdered judges the automaton, isRTrivial the language", () => {
    const twoCycle = table(
      ab,
      [0, 1],
      [
        [1, 2],
        [0, 2],
        [2, 2],
      ],
    );
    expect(isPartiallyOrdered(twoCycle)).toBe(false);
    expect(isRTrivial(twoCycle)).toBe(true);
    // an unreachable cycle does not count
    const unreachableCycle = table(
      ab,
      [0],
      [
        [0, 0],
        [2, 2],
        [1, 1],
      ],
    );
    expect(isPartiallyOrdered(unreachableCycle)).toBe(true);
  });
});

describe("isRTrivial agrees with brute force", () => {
  it("no cycle through two states in the minimal DFA ⇔ R-trivial; R-trivial ⇒ star-free", () => {
    const seen = new Tally();
    fc.assert(
      fc.property(fc.oneof(arbDfa(ab, { maxStates: 5 }), arbSparseDfa(abc, 4)), (d) => {
        const verdict = isRTrivial(d);
        expect(verdict).toBe(!hasLongCycle(minimize(d)));
        if (verdict) expect(isStarFree(d)).toEqual(E.right(true));
        seen.add(verdict ? "R-trivial" : "not R-trivial");
      }),
      { numRuns: 100 },
    );
    expect(seen.count("R-trivial")).toBeGreaterThan(0);
    expect(seen.count("not R-trivial")).toBeGreaterThan(0);
  });
});
