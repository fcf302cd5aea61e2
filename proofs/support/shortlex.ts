/**
 * Σ* in shortlex order over any alphabet size, written out here so the proofs' brute-force
 * checks (agreement on every short word, shortest distinguishing words) do not rely on the
 * library's enumeration.
 */
import type { Dfa } from "../../src/automata/dfa.js";
import { accepts } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";

/**
 * Every word over k letters in shortlex order: ε, then the words of length 1, 2, … (infinite).
 *
 * @example
 * ```ts
 * take(sigmaStar(2), 4); // [[], [0], [1], [0, 0]]
 * ```
 */
export function* sigmaStar(k: number): Generator<Word, never, undefined> {
  const w: number[] = [];
  for (;;) {
    yield [...w];
    let i = w.length - 1;
    while (i >= 0 && w[i] === k - 1) w[i--] = 0;
    if (i < 0) w.push(0);
    else w[i] = (w[i] as number) + 1;
  }
}

/**
 * The first `count` words of Σ* (k letters) in shortlex order.
 *
 * @example
 * ```ts
 * firstOfSigmaStar(2, 3); // [[], [0], [1]]
 * ```
 */
export function firstOfSigmaStar(k: number, count: number): Word[] {
  const out: Word[] = [];
  if (count <= 0) return out;
  for (const w of sigmaStar(k)) if (out.push(w) >= count) break;
  return out;
}

/**
 * The longest length L such that Σ^{≤L} (k letters) has at most `words` words: the reach of an
 * explicit enumeration within that many words.
 *
 * @example
 * ```ts
 * lengthWithin(2, 2000); // 9: 1023 words up to length 9, 2047 up to 10
 * ```
 */
export function lengthWithin(k: number, words: number): number {
  let total = 1;
  let layer = 1;
  let length = 0;
  for (;;) {
    layer *= k;
    if (total + layer > words || length >= 64) return length;
    total += layer;
    length++;
  }
}

/**
 * The first word (shortlex) of length at most `maxLength` on which the two DFAs disagree,
 * found by running both on every word in order; undefined when they agree on all of them.
 * Cost: O(k^maxLength · maxLength).
 *
 * @example
 * ```ts
 * firstDisagreement(aStar, aPlus, 3); // []
 * ```
 */
export function firstDisagreement(a: Dfa, b: Dfa, maxLength: number): Word | undefined {
  for (const w of sigmaStar(a.alphabet.symbols.length)) {
    if (w.length > maxLength) return undefined;
    if (accepts(a, w) !== accepts(b, w)) return w;
  }
  return undefined;
}
