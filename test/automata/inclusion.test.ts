import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa } from "../../src/automata/dfa.js";
import { inclusionWitness, isSubset } from "../../src/automata/inclusion.js";
import { intersect, union } from "../../src/automata/product.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import type { LimitLabException } from "../../src/automata/support/errors.js";
import { allWords, Tally } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const arb = arbDfa(ab, { maxStates: 4 });

/**
 * Pairs where inclusion holds about half the time (b ⊆ b ∪ c, b ∩ c ⊆ b, or unrelated
 * pairs),
 * with the length below which a least word of a ∖ b must lie: the number of reachable
 * product pairs (n·m for unrelated DFAs; the derived pairs are included, so 8 suffices).
 */
const arbPair: fc.Arbitrary<readonly [Dfa, Dfa, number]> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.tuple(arb, arb).map(([a, b]) => [a, b, a.states * b.states - 1] as const),
  },
  { weight: 1, arbitrary: fc.tuple(arb, arb).map(([b, c]) => [b, union(b, c), 8] as const) },
  { weight: 1, arbitrary: fc.tuple(arb, arb).map(([b, c]) => [intersect(b, c), b, 8] as const) },
);

describe("inclusion", () => {
  it("inclusionWitness is the least word of a ∖ b and isSubset agrees (brute force)", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arbPair, ([a, b, bound]) => {
        const words = allWords(2, bound);
        const first = words.find((w) => accepts(a, w) && !accepts(b, w));
        const want = first === undefined ? O.none : O.some(first);
        tally.add(first === undefined ? "subset" : "not subset");
        expect(inclusionWitness(a, b)).toEqual(want);
        expect(isSubset(a, b)).toBe(first === undefined);
      }),
      { numRuns: 100 },
    );
    expect(tally.count("subset")).toBeGreaterThan(15);
    expect(tally.count("not subset")).toBeGreaterThan(8);
  });

  it("throws alphabet-mismatch for DFAs over different alphabets", () => {
    const abc = unsafeAlphabet(["a", "b", "c"]);
    try {
      isSubset(randomDfa(2, ab), randomDfa(2, abc));
      expect.unreachable();
    } catch (e) {
      expect((e as LimitLabException).error.kind).toBe("alphabet-mismatch");
    }
  });
});
