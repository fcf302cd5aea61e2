import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { accepts, type Dfa, stateCount } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { minimize } from "../../../src/automata/minimize.js";
import { wordKey } from "../../../src/automata/word.js";
import type { InformantDatum } from "../../../src/identification/datum.js";
import { rpni } from "../../../src/identification/passive/rpni.js";
import { allWords, Tally } from "../../automata/brute-force.js";
import { right } from "../helpers.js";
import { referenceSample, referenceTarget } from "./reference.js";
import { arbWord } from "./reversible.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

const consistent = (d: Dfa, sample: readonly InformantDatum[]): boolean =>
  sample.every((x) => accepts(d, x.word) === x.label);

/** Random labelled words, the first label of a repeated word winning (so no contradiction). */
const arbLabelled = (k: number): fc.Arbitrary<InformantDatum[]> =>
  fc
    .array(fc.record({ word: arbWord(k, 7), label: fc.boolean() }), { minLength: 5, maxLength: 60 })
    .map((xs) => {
      const first = new Map<string, boolean>();
      for (const x of xs) if (!first.has(wordKey(x.word))) first.set(wordKey(x.word), x.label);
      return xs.map((x) => ({ word: x.word, label: first.get(wordKey(x.word)) as boolean }));
    });

describe("rpni", () => {
  it("is consistent with its sample: every positive word accepted, every negative rejected", () => {
    const sizes = new Tally();
    const arbCase = fc.constantFrom(ab, abc).chain((sigma) => {
      const k = sigma.symbols.length;
      const byDfa = fc
        .tuple(
          arbDfa(sigma, { maxStates: 6 }),
          fc.array(arbWord(k, 8), { minLength: 5, maxLength: 60 }),
        )
        .map(([d, ws]) => ws.map((word) => ({ word, label: accepts(d, word) })));
      return fc.tuple(fc.constant(sigma), fc.oneof(arbLabelled(k), byDfa));
    });
    fc.assert(
      fc.property(arbCase, ([sigma, sample]) => {
        const d = right(rpni(sample, sigma));
        expect(consistent(d, sample)).toBe(true);
        sizes.add(d.states <= 2 ? "≤ 2 states" : d.states <= 5 ? "3–5 states" : "> 5 states");
      }),
      { numRuns: 100 },
    );
    for (const label of ["≤ 2 states", "3–5 states", "> 5 states"])
      expect(sizes.count(label)).toBeGreaterThan(3);
  });

  it("learns small random targets exactly from all words up to length 2n − 1 (n minimal states)", () => {
    const sizes = new Tally();
    fc.assert(
      fc.property(arbDfa(ab, { maxStates: 5 }), (d) => {
        const target = minimize(d);
        const sample = allWords(2, 2 * target.states - 1).map((word) => ({
          word,
          label: accepts(target, word),
        }));
        expect(dfaEquals(right(rpni(sample, ab)), target)).toBe(true);
        sizes.add(`${target.states}`);
      }),
      { numRuns: 60 },
    );
    for (const n of ["1", "2", "3", "4"]) expect(sizes.count(n)).toBeGreaterThan(2);
  });

  it("learns the 200-state reference target exactly from the complete reference sample", () => {
    const target = referenceTarget();
    const { alphabet, data } = referenceSample("complete");
    const d = right(rpni(data, alphabet));
    expect(stateCount(target)).toBe(200);
    expect(stateCount(d)).toBe(200);
    expect(O.isNone(equivalent(d, target))).toBe(true);
  });

  it("on the random reference sample: consistent, 216 states, agreeing with the target on 4381 of the 8191 words up to length 12", () => {
    const target = referenceTarget();
    const { alphabet, data } = referenceSample("random");
    const d = right(rpni(data, alphabet));
    expect(consistent(d, data)).toBe(true);
    const words = allWords(2, 12);
    const agree = words.filter((w) => accepts(d, w) === accepts(target, w)).length;
    expect({ states: stateCount(d), agree, of: words.length }).toEqual({
      states: 216,
      agree: 4381,
      of: 8191,
    });
  });

  it("learns even-a's from six labelled words; the empty and all-negative samples give ∅", () => {
    const d = right(
      rpni(
        [
          { word: [], label: true },
          { word: [0], label: false },
          { word: [0, 0], label: true },
          { word: [1], label: true },
          { word: [0, 1], label: false },
          { word: [1, 0], label: false },
        ],
        ab,
      ),
    );
    expect(stateCount(d)).toBe(2);
    expect(accepts(d, [0, 1, 1, 0, 1])).toBe(true);
    expect(accepts(d, [0, 1, 1, 1])).toBe(false);
    expect(stateCount(right(rpni([], ab)))).toBe(1);
    const none = right(rpni([{ word: [0], label: false }], ab));
    expect(stateCount(none)).toBe(1);
    expect(accepts(none, [])).toBe(false);
  });

  it("returns Left on contradictory labels (naming both positions), bad symbols and a spent budget", () => {
    const clash = rpni(
      [
        { word: [0, 1], label: true },
        { word: [1], label: false },
        { word: [0, 1], label: false },
      ],
      ab,
    );
    expect(E.isLeft(clash) && clash.left.kind).toBe("invalid-input");
    expect(E.isLeft(clash) && clash.left.message).toMatch(/sample\[2\].*"ab".*sample\[0\]/);
    const bad = rpni([{ word: [3], label: true }], ab);
    expect(E.isLeft(bad) && bad.left.message).toMatch(/sample\[0\]/);
    const { alphabet, data } = referenceSample("complete");
    const spent = rpni(data, alphabet, { steps: 1000 });
    expect(E.isLeft(spent) && spent.left.kind === "budget" && spent.left.reached).toBe(1001);
  });
});
