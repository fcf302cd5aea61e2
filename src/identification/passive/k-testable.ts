/**
 * Learning strictly k-testable languages (locally testable in the strict sense; McNaughton &
 * Papert 1971, learned from text by García & Vidal 1990).
 *
 * Definition used here, for k ≥ 1. A language L is *strictly k-testable* when there are sets
 * I, F ⊆ Σ^(k−1) (allowed prefixes and suffixes), T ⊆ Σ^k (allowed factors) and C ⊆ Σ^(<k)
 * (the short words) with
 *   L = C ∪ { w : |w| ≥ k, the prefix and the suffix of length k−1 of w are in I and F,
 *             and every factor of length k of w is in T }.
 * So membership of a word of length ≥ k depends only on its length-(k−1) ends and its
 * length-k factors, and words shorter than k are listed one by one.
 *
 * Law: `kTestable(S, alphabet, k)` accepts the smallest strictly k-testable language
 * containing S: the one with C = the words of S shorter than k, and I, F, T the ends and
 * factors of S's other words. (L is monotone in (I, F, T, C), and every strictly k-testable
 * language containing S has sets containing these.) The class is identifiable in the limit
 * from text: once a text has shown every end, factor and short word of the target, the guess
 * is the target and stays so.
 *
 * Method: the DFA reads a word keeping either the whole word so far (while shorter than k, on
 * the trie of C ∪ I) or its last k − 1 symbols (a window in Σ^(k−1), entered only through
 * factors in T); then minimisation.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { invalidInput, LimitLabException } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { checkWord } from "../datum.js";
import { completeTable } from "./prefix-tree.js";

/** A word as a string key: one UTF-16 code unit per symbol index. */
function key(w: Word, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(w[i] as number);
  return s;
}

/** The sets I, F, T and C of the smallest strictly k-testable language containing S. */
interface Tests {
  readonly prefixes: Set<string>;
  readonly suffixes: Set<string>;
  readonly factors: Set<string>;
  readonly short: Set<string>;
}

function testsOf(sample: readonly Word[], k: number): Tests {
  const t: Tests = {
    prefixes: new Set(),
    suffixes: new Set(),
    factors: new Set(),
    short: new Set(),
  };
  for (const w of sample) {
    const n = w.length;
    if (n < k) {
      t.short.add(key(w, 0, n));
      continue;
    }
    t.prefixes.add(key(w, 0, k - 1));
    t.suffixes.add(key(w, n - k + 1, n));
    for (let i = 0; i + k <= n; i++) t.factors.add(key(w, i, i + k));
  }
  return t;
}

/**
 * The minimal complete DFA of the smallest strictly k-testable language containing the sample
 * (definition in the module header). k = 1 gives C ∪ {w ≠ ε : every letter of w occurs in S}
 * (with C = {ε} when ε ∈ S).
 *
 * Cost: O(L·k) time and memory for the sets (L the total sample length), O(s·K) for the DFA
 * of s ≤ L + 1 states over K symbols, then minimisation, O(K·s log s).
 *
 * @throws LimitLabException (invalid-input) when k is not a positive integer, or a word has a
 * symbol index outside the alphabet (validate user words with `checkWord` or `parseSample`).
 * @example
 * ```ts
 * const ab = unsafeAlphabet(["a", "b"]);
 * // from {ab, aab}, k = 2: starts with a, ends with b, factors aa and ab: a+b
 * const d = kTestable([[0, 1], [0, 0, 1]], ab, 2);
 * accepts(d, [0, 0, 0, 1]); // true
 * accepts(d, [0, 1, 0, 1]); // false: the factor ba was never seen
 * ```
 */
export function kTestable(sample: readonly Word[], alphabet: Alphabet, k: number): Dfa {
  if (!Number.isInteger(k) || k < 1)
    throw new LimitLabException(invalidInput(`${k} is not a positive integer`, "k"));
  for (const [i, w] of sample.entries()) {
    const c = checkWord(alphabet, w, `sample[${i}]`);
    if (E.isLeft(c)) throw new LimitLabException(c.left);
  }
  const t = testsOf(sample, k);
  // The short states: every prefix of a word of C ∪ I, keyed "s" + word.
  const kk = alphabet.symbols.length;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const state = (name: string): number => {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      ids.set(name, id);
      names.push(name);
    }
    return id;
  };
  const viable = new Set<string>();
  for (const w of [...t.short, ...t.prefixes])
    for (let i = 0; i <= w.length; i++) viable.add(w.slice(0, i));
  state("s");
  const next: number[] = [];
  const accepting: number[] = [];
  for (let q = 0; q < names.length; q++) {
    const name = names[q] as string;
    const window = name[0] === "w";
    const x = name.slice(1);
    accepting.push((window ? t.suffixes : t.short).has(x) ? 1 : 0);
    for (let a = 0; a < kk; a++) {
      const xa = x + String.fromCharCode(a);
      if (!window && x.length < k - 1) next.push(viable.has(xa) ? state(`s${xa}`) : -1);
      else if ((window || t.prefixes.has(x)) && t.factors.has(xa))
        next.push(state(`w${xa.slice(1)}`));
      else next.push(-1);
    }
  }
  const dfa = completeTable(
    alphabet,
    names.length,
    0,
    Int32Array.from(next),
    Uint8Array.from(accepting),
  );
  return minimize(dfa);
}
