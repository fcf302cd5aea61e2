/**
 * The words of Σ^≤ℓ as a complete k-ary tree and the members that accept them: the table the
 * bounded searches (thickness, elasticity, locking) read. Σ^≤ℓ in shortlex order is the tree
 * in breadth-first order, so word i ≥ 1 is word ⌊(i − 1)/k⌋ followed by symbol (i − 1) mod k,
 * and a DFA's state on every word follows from its parent's in one step.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import type { Dfa } from "../../automata/dfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";

/**
 * The most words of Σ^≤ℓ a bounded search enumerates by default: 100 000.
 *
 * @example
 * ```ts
 * finiteThickness(exThick(), { length: 20 }); // left: more than DEFAULT_WORDS words
 * ```
 */
export const DEFAULT_WORDS = 100_000;

/**
 * `value` when it is an integer ≥ `min`, else a `Left` naming `field`.
 *
 * @internal
 * @example
 * ```ts
 * atLeast(3, "length", 0); // right(3)
 * atLeast(-1, "length", 0); // left: length must be an integer >= 0, got -1
 * ```
 */
export function atLeast(
  value: number,
  field: string,
  min: number,
): E.Either<LimitLabError, number> {
  return Number.isSafeInteger(value) && value >= min
    ? E.right(value)
    : E.left(invalidInput(`must be an integer >= ${min}, got ${String(value)}`, field));
}

/**
 * |Σ^≤ℓ| for k symbols (a float beyond 2^53). Cost: O(ℓ).
 *
 * @internal
 * @example
 * ```ts
 * countUpToLength(2, 3); // 15
 * ```
 */
export function countUpToLength(k: number, length: number): number {
  let total = 0;
  let layer = 1;
  for (let l = 0; l <= length && Number.isFinite(total); l++) {
    total += layer;
    layer *= k;
  }
  return total;
}

/**
 * Σ^≤ℓ in shortlex order, or a budget error when it has more than `limit` words.
 *
 * Cost: O(|Σ^≤ℓ| · ℓ).
 *
 * @internal
 * @example
 * ```ts
 * shortWords(ab, 1, 100); // right([[], [0], [1]])
 * shortWords(ab, 30, 100); // left: budget words
 * ```
 */
export function shortWords(
  alphabet: Alphabet,
  length: number,
  limit: number = DEFAULT_WORDS,
): E.Either<LimitLabError, readonly Word[]> {
  const k = alphabet.symbols.length;
  const n = countUpToLength(k, length);
  if (n > limit)
    return E.left(
      budgetError("words", limit, n, `listing the words of length <= ${length} over ${k} symbols`),
    );
  const words: Word[] = [[]];
  for (let i = 1; i < n; i++)
    words.push([...(words[Math.floor((i - 1) / k)] as Word), (i - 1) % k]);
  return E.right(words);
}

/**
 * Which of the first `count` words of Σ* (shortlex) the DFA accepts: flags indexed like
 * {@link shortWords}. Cost: O(count), one transition per word.
 *
 * @internal
 * @example
 * ```ts
 * acceptedFlags(aStarB, 7); // [0, 0, 1, 0, 1, 0, 0]: b and ab among ε a b aa ab ba bb
 * ```
 */
export function acceptedFlags(d: Dfa, count: number): Uint8Array {
  const k = d.alphabet.symbols.length;
  const state = new Int32Array(count);
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const q =
      i === 0
        ? d.start
        : (d.delta[(state[Math.floor((i - 1) / k)] as number) * k + ((i - 1) % k)] as number);
    state[i] = q;
    out[i] = d.accepting[q] as number;
  }
  return out;
}
