/**
 * An equivalence oracle that tests seeded random words.
 *
 * Law: a `some(w)` answer is a real counterexample (the target, asked through the
 * membership function, disagrees with the hypothesis on w); a `none` answer only means that
 * none of the tested words is one. The words depend on the seed and the hypothesis alone, so
 * a run is replayable.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { dfaHash } from "../../../automata/canonical.js";
import { accepts } from "../../../automata/dfa.js";
import { deriveSeed, rng, type Seed, xorshift32 } from "../../../automata/support/rng.js";
import type { Word } from "../../../automata/word.js";
import type { EquivalenceOracle } from "./oracle.js";

/** Options of {@link randomWordsOracle}. */
export interface RandomWordsOptions {
  /** Words tested per equivalence query. @defaultValue 1000 */
  readonly words?: number;
  /** @defaultValue 0 */
  readonly minLength?: number;
  /** @defaultValue 24 */
  readonly maxLength?: number;
  /** @defaultValue 42 */
  readonly seed?: Seed;
}

/**
 * Tests `words` random words, lengths uniform in `minLength..maxLength`, letters uniform;
 * returns the first one the hypothesis gets wrong. The stream for a query is seeded by
 * `deriveSeed(seed, dfaHash(hypothesis))`.
 *
 * Cost per query: at most `words` membership queries of at most `maxLength` symbols.
 *
 * @example
 * ```ts
 * const oracle = randomWordsOracle({ words: 500, maxLength: 12, seed: 7 });
 * oracle(hypothesis, (w) => accepts(target, w)); // some(w) or none
 * ```
 */
export function randomWordsOracle(options: RandomWordsOptions = {}): EquivalenceOracle {
  const count = options.words ?? 1000;
  const minLength = options.minLength ?? 0;
  const maxLength = Math.max(minLength, options.maxLength ?? 24);
  const seed = options.seed ?? 42;
  return (hypothesis, membership) => {
    const k = hypothesis.alphabet.symbols.length;
    let x = rng(deriveSeed(seed, dfaHash(hypothesis))).state;
    const draw = (n: number): number => {
      x = xorshift32(x);
      return Math.floor((x / 4294967296) * n);
    };
    for (let i = 0; i < count; i++) {
      const length = minLength + draw(maxLength - minLength + 1);
      const w: number[] = [];
      for (let j = 0; j < length; j++) w.push(draw(k));
      const word: Word = w;
      if (membership(word) !== accepts(hypothesis, word)) return O.some(word);
    }
    return O.none;
  };
}
