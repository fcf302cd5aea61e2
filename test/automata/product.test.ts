import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { complement } from "../../src/automata/complement.js";
import { accepts, type Dfa, makeDfa } from "../../src/automata/dfa.js";
import { equivalent } from "../../src/automata/equivalence.js";
import { difference, intersect, symmetricDifference, union } from "../../src/automata/product.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import { reachable } from "../../src/automata/reach.js";
import { LimitLabException } from "../../src/automata/support/errors.js";
import { nextInt, rng } from "../../src/automata/support/rng.js";
import { allWords, Tally, twinSplit } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

const operations: readonly [
  string,
  (a: Dfa, b: Dfa) => Dfa,
  (x: boolean, y: boolean) => boolean,
][] = [
  ["intersect", intersect, (x, y) => x && y],
  ["union", union, (x, y) => x || y],
  ["difference", difference, (x, y) => x && !y],
  ["symmetricDifference", symmetricDifference, (x, y) => x !== y],
];

describe.each(operations)("%s", (_name, op, truth) => {
  it("agrees with the truth table on every word up to length 7 over {a, b}", () => {
    const words = allWords(2, 7);
    const tally = new Tally();
    fc.assert(
      fc.property(arbDfa(ab, { maxStates: 5 }), arbDfa(ab, { maxStates: 5 }), (a, b) => {
        const p = op(a, b);
        let accepted = 0;
        for (const w of words) {
          const want = truth(accepts(a, w), accepts(b, w));
          if (want) accepted++;
          expect(accepts(p, w)).toBe(want);
        }
        tally.add(accepted === 0 ? "empty" : accepted === words.length ? "full" : "mixed");
        // at most n·m states, all of them reachable (built on the fly)
        return p.states <= a.states * b.states && reachable(p).every((f) => f === 1);
      }),
      { numRuns: 100 },
    );
    expect(tally.count("mixed")).toBeGreaterThan(30);
  });

  it("agrees with the truth table up to length 5 over {a, b, c}", () => {
    const words = allWords(3, 5);
    fc.assert(
      fc.property(arbDfa(abc, { maxStates: 4 }), arbDfa(abc, { maxStates: 4 }), (a, b) => {
        const p = op(a, b);
        return words.every((w) => accepts(p, w) === truth(accepts(a, w), accepts(b, w)));
      }),
      { numRuns: 50 },
    );
  });

  it("throws alphabet-mismatch for DFAs over different alphabets", () => {
    const a = randomDfa(3, ab, 1);
    const c = randomDfa(3, abc, 1);
    expect(() => op(a, c)).toThrow(LimitLabException);
    try {
      op(a, c);
    } catch (e) {
      expect((e as LimitLabException).error.kind).toBe("alphabet-mismatch");
    }
  });
});

describe("Boolean laws, checked by equivalent", () => {
  const arb = arbDfa(ab, { maxStates: 5 });
  it("De Morgan: ¬(a ∪ b) = ¬a ∩ ¬b and ¬(a ∩ b) = ¬a ∪ ¬b", () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const one = equivalent(complement(union(a, b)), intersect(complement(a), complement(b)));
        const two = equivalent(complement(intersect(a, b)), union(complement(a), complement(b)));
        return O.isNone(one) && O.isNone(two);
      }),
      { numRuns: 100 },
    );
  });
  it("double complement: ¬¬a = a", () => {
    fc.assert(
      fc.property(arb, (a) => O.isNone(equivalent(complement(complement(a)), a))),
      { numRuns: 100 },
    );
  });
  it("distributivity: a ∩ (b ∪ c) = (a ∩ b) ∪ (a ∩ c) and a ∪ (b ∩ c) = (a ∪ b) ∩ (a ∪ c)", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        const left = intersect(a, union(b, c));
        tally.add(O.isNone(equivalent(left, a)) ? "a ∩ (b ∪ c) = a" : "a ∩ (b ∪ c) ≠ a");
        const one = equivalent(left, union(intersect(a, b), intersect(a, c)));
        const two = equivalent(union(a, intersect(b, c)), intersect(union(a, b), union(a, c)));
        return O.isNone(one) && O.isNone(two);
      }),
      { numRuns: 100 },
    );
    expect(tally.count("a ∩ (b ∪ c) ≠ a")).toBeGreaterThan(10);
  });
  it("a ∖ b = a ∩ ¬b and a ⊕ b = (a ∖ b) ∪ (b ∖ a)", () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const one = equivalent(difference(a, b), intersect(a, complement(b)));
        const two = equivalent(
          symmetricDifference(a, b),
          union(difference(a, b), difference(b, a)),
        );
        return O.isNone(one) && O.isNone(two);
      }),
      { numRuns: 100 },
    );
  });
});

describe("large products", () => {
  it("use the hash table beyond the dense limit and stay correct on sampled words", () => {
    // 3000 × 6000 pairs is above the dense table's 2^24, so pairs are hashed; the twin copy
    // keeps the reachable part (≤ 6000 pairs) small while the tables grow several times
    const a = randomDfa(3000, ab, 7);
    const twins = twinSplit(a, 3);
    expect(intersect(a, twins).states).toBeLessThanOrEqual(6000);
    expect(O.isNone(equivalent(intersect(a, twins), a))).toBe(true);
    const flipped = Uint8Array.from(a.accepting, (x, q) => (q % 7 === 0 ? 1 - x : x));
    const b = makeDfa(ab, a.states, a.start, a.delta.slice(), flipped);
    const p = symmetricDifference(twins, b);
    expect(p.states).toBeGreaterThan(1000);
    let g = rng(99);
    for (let i = 0; i < 300; i++) {
      const [len, g1] = nextInt(g, 40);
      g = g1;
      const w: number[] = [];
      for (let j = 0; j < len; j++) {
        const [s, g2] = nextInt(g, 2);
        g = g2;
        w.push(s);
      }
      expect(accepts(p, w)).toBe(accepts(a, w) !== accepts(b, w));
    }
  });
});
