/**
 * Seeded uniform sampling of an accepted word of a given length.
 *
 * Law: for a fixed DFA and length with N > 0 accepted words, `sampleWord` returns each of
 * them with probability exactly 1/N over a uniformly random 32-bit generator state, and the
 * same seed always gives the same word.
 *
 * Method: the completion counts c_r(q) (accepted words of length r from q, {@link countStep})
 * for r = 0..length; one uniform bigint i < N drawn from the seeded generator by rejection
 * (⌈bits(N − 1) / 32⌉ 32-bit draws masked to that bit length, redrawn when ≥ N: fewer than
 * two rounds on average); then the i-th word in lexicographic order is unranked by walking
 * the symbols of each state in order and subtracting the counts of the branches passed.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "../dfa.js";
import { invalidInput, LimitLabException } from "../support/errors.js";
import { next, type Rng, rng, type Seed } from "../support/rng.js";
import type { Word } from "../word.js";
import { checkLength, countBase, countStep, trimmed } from "./count.js";

/**
 * A uniformly random accepted word of the given length, or `none` when there is none.
 *
 * Cost: O(length · n · k) bigint additions and O(length · n) bigints of memory (n useful
 * states), then O(length · k) to unrank; about ⌈bits / 32⌉ generator draws per round.
 *
 * @param seed - a 32-bit seed for the one generator of src/automata/support/rng.ts.
 * @throws LimitLabException (invalid-input) when length is not a non-negative integer.
 * @example
 * ```ts
 * sampleWord(sigmaStar, 5, 42); // some(a word of length 5), the same one for every call with 42
 * sampleWord(abStar, 3, 42); // none: (ab)* has no word of odd length
 * ```
 */
export function sampleWord(d: Dfa, length: number, seed: Seed): O.Option<Word> {
  checkLength(length, "length");
  const t = trimmed(d);
  if (t.start < 0) return O.none;
  const table: bigint[][] = [countBase(t)];
  for (let r = 1; r <= length; r++) table.push(countStep(t, table[r - 1] as bigint[]));
  const total = (table[length] as bigint[])[t.start] as bigint;
  if (total === 0n) return O.none;
  let [i] = uniformBelow(rng(seed), total);
  const word: number[] = [];
  let q = t.start;
  for (let r = length; r > 0; r--) {
    const below = table[r - 1] as bigint[];
    for (let s = 0; s < t.k; s++) {
      const target = t.next[q * t.k + s] as number;
      if (target < 0) continue;
      const c = below[target] as bigint;
      if (i < c) {
        word.push(s);
        q = target;
        break;
      }
      i -= c;
    }
  }
  return O.some(word);
}

/**
 * A uniform bigint in [0, n) for n ≥ 1, by rejection over masked 32-bit draws, and the
 * generator after the draws. Cost: ⌈bits(n − 1) / 32⌉ draws per round, under two rounds on
 * average.
 *
 * @throws LimitLabException (invalid-input) when n < 1.
 *
 * @example
 * ```ts
 * const [x] = uniformBelow(rng(7), 10n ** 30n); // 0n <= x < 10n ** 30n
 * ```
 */
export function uniformBelow(g: Rng, n: bigint): readonly [bigint, Rng] {
  if (n < 1n)
    throw new LimitLabException(invalidInput(`the bound must be at least 1, got ${n}`, "n"));
  const bits = n === 1n ? 0 : (n - 1n).toString(2).length;
  const mask = (1n << BigInt(bits)) - 1n;
  let gen = g;
  for (;;) {
    let x = 0n;
    for (let drawn = 0; drawn < bits; drawn += 32) {
      const [u, g2] = next(gen);
      gen = g2;
      x = (x << 32n) | BigInt(u * 4294967296);
    }
    x &= mask;
    if (x < n) return [x, gen];
  }
}
