import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../../src/automata/alphabet.js";
import { arbDfa } from "../../../../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa } from "../../../../src/automata/dfa.js";
import type { Word } from "../../../../src/automata/word.js";
import { randomWordsOracle } from "../../../../src/identification/query/oracles/random-words.js";

const ab = unsafeAlphabet(["a", "b"]);

describe("randomWordsOracle", () => {
  it("returns only real counterexamples, within the stated lengths and word count", () => {
    let found = 0;
    fc.assert(
      fc.property(
        arbDfa(ab, { maxStates: 5 }),
        arbDfa(ab, { maxStates: 5 }),
        fc.nat(),
        (t, h, seed) => {
          const asked: Word[] = [];
          const c = randomWordsOracle({ words: 50, minLength: 2, maxLength: 6, seed })(h, (w) => {
            asked.push(w);
            return accepts(t, w);
          });
          expect(asked.length).toBeLessThanOrEqual(50);
          for (const w of asked) expect(w.length >= 2 && w.length <= 6).toBe(true);
          if (O.isSome(c)) {
            found++;
            expect(accepts(h, c.value)).not.toBe(accepts(t, c.value));
          }
        },
      ),
      { numRuns: 150, seed: 42 },
    );
    expect(found).toBeGreaterThan(50);
  });
  it("is replayable: the same seed and hypothesis give the same words", () => {
    const h = fc.sample(arbDfa(ab), { numRuns: 1, seed: 3 })[0] as Dfa;
    const words = (seed: number): Word[] => {
      const out: Word[] = [];
      randomWordsOracle({ words: 30, seed })(h, (w) => {
        out.push(w);
        return accepts(h, w);
      });
      return out;
    };
    expect(words(7)).toHaveLength(30);
    expect(words(7)).toEqual(words(7));
    expect(words(7)).not.toEqual(words(8));
  });
});
