import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { complement } from "../../src/automata/complement.js";
import { accepts, type Dfa, makeDfa } from "../../src/automata/dfa.js";
import { equivalent } from "../../src/automata/equivalence.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import { LimitLabException } from "../../src/automata/support/errors.js";
import { compareShortlex, type Word } from "../../src/automata/word.js";
import { allWords, Tally, twinSplit } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

/** Pairs that are equal about half the time: a twin copy, or a copy with some flips. */
function arbPair(alphabet = ab, maxStates = 5): fc.Arbitrary<readonly [Dfa, Dfa]> {
  const arb = arbDfa(alphabet, { maxStates });
  return fc.oneof(
    fc.tuple(arb, arb),
    fc
      .tuple(arb, fc.integer({ min: 0, max: 1000 }))
      .map(([a, seed]) => [a, twinSplit(a, seed)] as const),
    fc.tuple(arb, fc.integer({ min: 0, max: 4 })).map(([a, q]) => {
      const acc = a.accepting.slice();
      const flip = q % a.states;
      acc[flip] = 1 - (acc[flip] as number);
      return [
        a,
        twinSplit(makeDfa(a.alphabet, a.states, a.start, a.delta.slice(), acc), q),
      ] as const;
    }),
  );
}

/** The least word (shortlex) of the symmetric difference among all words up to a length. */
function bruteWitness(a: Dfa, b: Dfa, maxLength: number): O.Option<Word> {
  const k = a.alphabet.symbols.length;
  for (const w of allWords(k, maxLength)) if (accepts(a, w) !== accepts(b, w)) return O.some(w);
  return O.none;
}

describe("equivalent", () => {
  it("returns the shortest, then shortlex-least, word of the symmetric difference (brute force)", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arbPair(), ([a, b]) => {
        const got = equivalent(a, b);
        // a shortest distinguishing word has length at most n + m − 2
        const want = bruteWitness(a, b, a.states + b.states - 1);
        tally.add(O.isNone(want) ? "equal" : "different");
        if (O.isSome(got)) expect(accepts(a, got.value)).not.toBe(accepts(b, got.value));
        expect(got).toEqual(want);
      }),
      { numRuns: 100 },
    );
    expect(tally.count("equal")).toBeGreaterThan(20);
    expect(tally.count("different")).toBeGreaterThan(20);
  });

  it("agrees with brute force over {a, b, c}", () => {
    fc.assert(
      fc.property(arbPair(abc, 3), ([a, b]) => {
        expect(equivalent(a, b)).toEqual(bruteWitness(a, b, a.states + b.states - 1));
      }),
      { numRuns: 50 },
    );
  });

  it("is symmetric and reflexive", () => {
    fc.assert(
      fc.property(arbPair(), ([a, b]) => {
        expect(equivalent(b, a)).toEqual(equivalent(a, b));
        expect(O.isNone(equivalent(a, a))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("finds ε when the start states disagree", () => {
    const d = randomDfa(10, ab, 5);
    expect(equivalent(d, complement(d))).toEqual(O.some([]));
  });

  it("decides a 20 000-state DFA against its renumbered twin-split copy, and finds a planted difference", () => {
    const d = randomDfa(20_000, ab, 42);
    const twins = twinSplit(d, 9);
    expect(equivalent(d, twins)).toEqual(O.none);
    const acc = d.accepting.slice();
    // flip the state reached by "abba"
    let q = d.start;
    for (const s of [0, 1, 1, 0]) q = d.delta[q * 2 + s] as number;
    acc[q] = 1 - (acc[q] as number);
    const planted = makeDfa(ab, d.states, d.start, d.delta.slice(), acc);
    const w = equivalent(planted, twins);
    expect(O.isSome(w)).toBe(true);
    if (O.isSome(w)) {
      expect(accepts(planted, w.value)).not.toBe(accepts(twins, w.value));
      expect(compareShortlex(w.value, [0, 1, 1, 0])).toBeLessThanOrEqual(0);
    }
  });

  it("throws alphabet-mismatch for DFAs over different alphabets", () => {
    try {
      equivalent(randomDfa(2, ab), randomDfa(2, abc));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LimitLabException);
      expect((e as LimitLabException).error.kind).toBe("alphabet-mismatch");
    }
  });
});
