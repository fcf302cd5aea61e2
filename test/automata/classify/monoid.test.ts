import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import {
  elementOfWord,
  type Monoid,
  monoidMultiply,
  monoidWord,
  transitionMonoid,
} from "../../../src/automata/classify/monoid.js";
import type { Dfa } from "../../../src/automata/dfa.js";
import { minimize } from "../../../src/automata/minimize.js";
import { compareShortlex, wordToString } from "../../../src/automata/word.js";
import { Tally } from "../brute-force.js";
import { ab, abc, abStar, chat } from "../count/examples.js";
import { bruteMonoid, transformationKey } from "./brute-monoid.js";

function monoidOf(d: Dfa): Monoid {
  const m = transitionMonoid(d);
  if (E.isLeft(m)) throw new Error(m.left.message);
  return m.right;
}

function elementKey(m: Monoid, i: number): string {
  return Array.from(m.elements.slice(i * m.states, (i + 1) * m.states)).join(",");
}

describe("transitionMonoid", () => {
  it("(ab)*: 6 elements ε, a, b, aa, ab, ba, identity first", () => {
    const m = monoidOf(abStar);
    expect(m.size).toBe(6);
    expect(Array.from({ length: 6 }, (_, i) => wordToString(ab, monoidWord(m, i)))).toEqual([
      "ε",
      "a",
      "b",
      "aa",
      "ab",
      "ba",
    ]);
    expect(elementKey(m, 0)).toBe("0,1,2");
    // aa is the zero: everything to the sink
    expect(elementKey(m, 3)).toBe("2,2,2");
    expect(elementOfWord(m, [0, 1, 0])).toBe(elementOfWord(m, [0]));
  });
  it("the chat language's minimal DFA (14 states) has 100 elements", () => {
    const min = minimize(chat);
    expect(min.states).toBe(14);
    expect(monoidOf(min).size).toBe(100);
  });
  it("stops at the budget with a budget error on elements", () => {
    const r = transitionMonoid(chat, { states: 50 });
    expect(E.isLeft(r) && r.left).toMatchObject({ kind: "budget", budget: "elements", limit: 50 });
  });
  it("agrees with brute force: same transformations, shortlex-least words, products", () => {
    const seen = new Tally();
    fc.assert(
      fc.property(
        fc.oneof(arbDfa(ab, { maxStates: 4 }), arbDfa(abc, { maxStates: 3 })),
        fc.nat(),
        fc.nat(),
        (d, x, y) => {
          const m = monoidOf(d);
          const brute = bruteMonoid(d);
          seen.add(brute.closed ? "closed within length 8" : "open");
          seen.add(m.size > 10 ? "more than 10 elements" : "at most 10");
          const keys = Array.from({ length: m.size }, (_, i) => elementKey(m, i));
          expect(new Set(keys).size).toBe(m.size);
          for (let i = 0; i < m.size; i++) {
            const w = monoidWord(m, i);
            expect(transformationKey(d, w)).toBe(keys[i]);
            if (i > 0) expect(compareShortlex(monoidWord(m, i - 1), w)).toBeLessThan(0);
            const first = brute.first.get(keys[i] as string);
            if (first !== undefined) expect(w).toEqual(first);
            else expect(w.length).toBeGreaterThan(8);
          }
          if (brute.closed) expect(m.size).toBe(brute.first.size);
          const i = x % m.size;
          const j = y % m.size;
          const product = monoidMultiply(m, i, j);
          expect(transformationKey(d, [...monoidWord(m, i), ...monoidWord(m, j)])).toBe(
            keys[product],
          );
        },
      ),
      { numRuns: 100 },
    );
    expect(seen.count("closed within length 8")).toBeGreaterThan(0);
    expect(seen.count("more than 10 elements")).toBeGreaterThan(0);
    expect(seen.count("at most 10")).toBeGreaterThan(0);
  });
});
