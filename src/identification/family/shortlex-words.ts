/**
 * The first words of a language in shortlex order, enumerated once and kept: families of
 * fine-tunes, fair texts and adversaries all ask for "the first n words" again and again.
 *
 * @module
 */
import { enumerate } from "../../automata/count/enumerate.js";
import type { Dfa } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";

/** Memoised access to a language's words in shortlex order. */
export interface ShortlexWords {
  /** The first n words (all of them when the language has fewer). */
  readonly first: (n: number) => readonly Word[];
  /** The word at 0-based shortlex position i, or `undefined` when the language has no more. */
  readonly nth: (i: number) => Word | undefined;
}

/**
 * Memoised shortlex access to L(d): the enumeration advances only as far as the furthest
 * word asked for, and keeps what it found.
 *
 * Cost: as `enumerate` for the words reached (O(n·k) per length visited, O(len·k) per word);
 * `first(n)` copies n references out.
 *
 * @example
 * ```ts
 * const w = shortlexWords(abStar);
 * w.first(3); // [[], [0, 1], [0, 1, 0, 1]]
 * w.nth(1); // [0, 1]
 * shortlexWords(finiteLanguage(ab, [[0]])).nth(1); // undefined
 * ```
 */
export function shortlexWords(d: Dfa): ShortlexWords {
  const words: Word[] = [];
  let it: Iterator<Word> | undefined;
  let ended = false;
  const fill = (n: number): void => {
    if (ended) return;
    it ??= enumerate(d)[Symbol.iterator]();
    while (words.length < n) {
      const r = it.next();
      if (r.done === true) {
        ended = true;
        return;
      }
      words.push(r.value);
    }
  };
  return {
    first: (n) => {
      fill(n);
      return words.slice(0, n);
    },
    nth: (i) => {
      fill(i + 1);
      return words[i];
    },
  };
}
