/**
 * Minimal DFAs of finite languages given by their words, and of Σ^≤n (all words up to a
 * length). Families of fine-tunes, finite layers and passwords are built from these.
 *
 * Method: a trie of the words (a prefix-tree acceptor, completed with one rejecting sink),
 * then Hopcroft minimisation, so the result is the canonical minimal DFA and equal word sets
 * give identical DFAs (`dfaEquals`).
 *
 * @module
 */

import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { type Dfa, makeDfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { invalidInput, LimitLabException } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { checkWord } from "../datum.js";

/**
 * The minimal complete DFA accepting exactly the given words (duplicates allowed).
 *
 * Cost: O(L·k) time and memory for the trie (L = total length of the words), then
 * O(k·L log L) for minimisation.
 *
 * @throws LimitLabException (invalid-input) when a word has a symbol index outside the
 * alphabet (validate user words with `checkWord` first).
 * @example
 * ```ts
 * const d = finiteLanguage(ab, [[0], [0, 1]]); // {a, ab}
 * accepts(d, [0, 1]); // true
 * stateCount(finiteLanguage(ab, [])); // 1 (the empty language: one rejecting state)
 * ```
 */
export function finiteLanguage(alphabet: Alphabet, words: readonly Word[]): Dfa {
  const k = alphabet.symbols.length;
  let total = 0;
  for (const w of words) {
    const c = checkWord(alphabet, w);
    if (E.isLeft(c)) throw new LimitLabException(c.left);
    total += w.length;
  }
  // trie states 0..used-1, sink = capacity - 1; -1 marks "no edge yet"
  const capacity = total + 2;
  const sink = capacity - 1;
  const delta = new Int32Array(capacity * k).fill(-1);
  const accepting = new Uint8Array(capacity);
  let used = 1;
  for (const w of words) {
    let q = 0;
    for (const s of w) {
      const i = q * k + s;
      let t = delta[i] as number;
      if (t < 0) {
        t = used++;
        delta[i] = t;
      }
      q = t;
    }
    accepting[q] = 1;
  }
  for (let i = 0; i < delta.length; i++) if ((delta[i] as number) < 0) delta[i] = sink;
  return minimize(makeDfa(alphabet, capacity, 0, delta, accepting));
}

/**
 * The minimal DFA of Σ^≤n: every word of length at most n (n + 2 states, the last a sink).
 *
 * Cost: O(n·k).
 *
 * @throws LimitLabException (invalid-input) when n is not a non-negative integer.
 * @example
 * ```ts
 * accepts(wordsUpTo(ab, 2), [1, 0]); // true
 * accepts(wordsUpTo(ab, 2), [1, 0, 0]); // false
 * ```
 */
export function wordsUpTo(alphabet: Alphabet, n: number): Dfa {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new LimitLabException(
      invalidInput(`must be a non-negative integer, got ${String(n)}`, "length"),
    );
  const k = alphabet.symbols.length;
  const states = n + 2;
  const delta = new Int32Array(states * k);
  const accepting = new Uint8Array(states);
  for (let q = 0; q < states; q++) {
    accepting[q] = q <= n ? 1 : 0;
    for (let s = 0; s < k; s++) delta[q * k + s] = q < n ? q + 1 : states - 1;
  }
  return makeDfa(alphabet, states, 0, delta, accepting);
}

/**
 * "1 word", "n words": a count of words as a label says it.
 *
 * @example
 * ```ts
 * wordCount(1); // "1 word"
 * wordCount(0); // "0 words"
 * ```
 */
export function wordCount(n: number): string {
  return n === 1 ? "1 word" : `${n} words`;
}
