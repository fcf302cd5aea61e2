import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { transitionMonoid } from "../../../src/automata/classify/monoid.js";
import { isAperiodic, isStarFree } from "../../../src/automata/classify/star-free.js";
import { minimize } from "../../../src/automata/minimize.js";
import { Tally } from "../brute-force.js";
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
import { bruteMonoid, wordIsAperiodic } from "./brute-monoid.js";

describe("isStarFree: the facts of THEORY.md P5", () => {
  it("finite languages and Σ* are star-free; (aa)* is not; (ab)* and a*b* are", () => {
    expect(isStarFree(empty)).toEqual(E.right(true));
    expect(isStarFree(aOrAb)).toEqual(E.right(true));
    expect(isStarFree(sigmaStar)).toEqual(E.right(true));
    expect(isStarFree(evenAs)).toEqual(E.right(false));
    expect(isStarFree(abStar)).toEqual(E.right(true));
    expect(isStarFree(aStarBStar)).toEqual(E.right(true));
  });
  it("the chat language and its R-trivial variant (17 minimal states) are star-free", () => {
    expect(isStarFree(chat)).toEqual(E.right(true));
    expect(minimize(chatRTrivial).states).toBe(17);
    expect(isStarFree(chatRTrivial)).toEqual(E.right(true));
  });
  it("minimises first: a* through a 2-cycle of accepting states is star-free", () => {
    const twoCycle = table(
      ab,
      [0, 1],
      [
        [1, 2],
        [0, 2],
        [2, 2],
      ],
    );
    const m = transitionMonoid(twoCycle);
    expect(E.isRight(m) && isAperiodic(m.right)).toBe(false);
    expect(isStarFree(twoCycle)).toEqual(E.right(true));
  });
  it("returns a budget error when the monoid outgrows the budget", () => {
    const r = isStarFree(chat, { states: 20 });
    expect(E.isLeft(r) && r.left.kind).toBe("budget");
  });
});

describe("isStarFree agrees with brute-force aperiodicity", () => {
  it("w^n = w^(n+1) for every word up to length 8 of the minimal DFA ⇔ star-free", () => {
    const seen = new Tally();
    fc.assert(
      fc.property(fc.oneof(arbDfa(ab, { maxStates: 4 }), arbSparseDfa(abc, 4)), (d) => {
        const min = minimize(d);
        const brute = bruteMonoid(min);
        const periodic = [...brute.first.values()].some((w) => !wordIsAperiodic(min, w));
        const verdict = isStarFree(d);
        expect(E.isRight(verdict)).toBe(true);
        if (E.isLeft(verdict)) return;
        if (periodic) expect(verdict.right).toBe(false);
        else if (brute.closed) expect(verdict.right).toBe(true);
        seen.add(periodic ? "not star-free" : brute.closed ? "star-free" : "inconclusive");
      }),
      { numRuns: 100 },
    );
    expect(seen.count("star-free")).toBeGreaterThan(0);
    expect(seen.count("not star-free")).toBeGreaterThan(0);
    expect(seen.count("inconclusive")).toBeLessThan(10);
  });
});
