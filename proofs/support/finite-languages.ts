/**
 * Finite languages for the proofs: a trie DFA built directly from the words (no regex, no
 * subset construction), the regex of a word list, and the first words of a language.
 */
import type { Alphabet } from "../../src/automata/alphabet.js";
import { enumerate } from "../../src/automata/count/enumerate.js";
import { type Dfa, dfaFromTable } from "../../src/automata/dfa.js";
import { type Regex, reConcat, reSymbol, reUnion } from "../../src/automata/regex/ast.js";
import type { Word } from "../../src/automata/word.js";
import { orThrow } from "./or-throw.js";

/**
 * The trie of `words` with a rejecting sink: acyclic apart from the sink's loops.
 *
 * @example
 * ```ts
 * trie(ab, [[0], [0, 1]]).states; // 4: root, a, ab, sink
 * ```
 */
export function trie(alphabet: Alphabet, words: readonly Word[]): Dfa {
  const k = alphabet.symbols.length;
  const rows: number[][] = [new Array<number>(k).fill(-1)];
  const accepting: number[] = [];
  for (const w of words) {
    let q = 0;
    for (const s of w) {
      const row = rows[q] as number[];
      if (row[s] === -1) {
        row[s] = rows.length;
        rows.push(new Array<number>(k).fill(-1));
      }
      q = row[s] as number;
    }
    accepting.push(q);
  }
  const sink = rows.length;
  const table = [...rows, new Array<number>(k).fill(sink)].map((r) =>
    r.map((t) => (t === -1 ? sink : t)),
  );
  return orThrow(dfaFromTable(alphabet, 0, accepting, table));
}

/**
 * The regex w₁ | w₂ | … of a word list (∅ for none).
 *
 * @example
 * ```ts
 * printRegex(wordsRegex(ab, [[0], [0, 1]])); // "a|ab"
 * ```
 */
export function wordsRegex(alphabet: Alphabet, words: readonly Word[]): Regex {
  return reUnion(
    ...words.map((w) => reConcat(...w.map((s) => reSymbol(alphabet.symbols[s] as string)))),
  );
}

/**
 * The first `n` words of the language in shortlex order (fewer when it has fewer).
 *
 * @example
 * ```ts
 * firstWords(abStar, 2); // [[], [0, 1]]
 * ```
 */
export function firstWords(d: Dfa, n: number): Word[] {
  const out: Word[] = [];
  if (n <= 0) return out;
  for (const w of enumerate(d)) if (out.push(w) >= n) break;
  return out;
}
