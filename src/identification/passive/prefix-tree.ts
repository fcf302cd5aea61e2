/**
 * Prefix-tree acceptors (PTAs) of finite samples, the common start of the passive inferrers
 * (ZR, k-RI, RPNI), in flat typed arrays.
 *
 * Invariants of a {@link PrefixTree} with n nodes over k symbols:
 * - node q spells one word, a prefix of some sample word; node 0 is the root (the empty word);
 * - nodes are numbered in shortlex order of the words they spell (breadth-first, symbols in
 *   alphabet order), the order in which state-merging algorithms visit states;
 * - `child[q * k + a]` is the node of (word of q)·a, or -1 when no sample word has that prefix;
 * - `parent[q]` and `symbol[q]` give the edge into q (both -1 for the root), so a node's
 *   parent always has a smaller number;
 * - `label[q]` is {@link POSITIVE} when the word of q is a positive sample word,
 *   {@link NEGATIVE} when it is a negative one, 0 otherwise.
 * The arrays are never written after construction.
 *
 * Cost of every constructor: O(L·k) time and memory, L the total length of the sample words.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import {
  type Dfa,
  makeDfa,
  type ReadonlyInt32Array,
  type ReadonlyUint8Array,
} from "../../automata/dfa.js";
import {
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "../../automata/support/errors.js";
import { type Word, wordToString } from "../../automata/word.js";
import { checkWord, type InformantDatum } from "../datum.js";

/** `label` value of a node whose word is a positive sample word. */
export const POSITIVE = 1;
/** `label` value of a node whose word is a negative sample word. */
export const NEGATIVE = 2;

/** A prefix-tree acceptor: the trie of a sample's words, nodes in shortlex order. */
export interface PrefixTree {
  readonly alphabet: Alphabet;
  /** Number of nodes (distinct prefixes of sample words, the empty word included). */
  readonly nodes: number;
  /** `child[q * k + a]`: the node of (word of q)·a, or -1. */
  readonly child: ReadonlyInt32Array;
  /** The parent of each node (-1 for the root). */
  readonly parent: ReadonlyInt32Array;
  /** The symbol on the edge into each node (-1 for the root). */
  readonly symbol: ReadonlyInt32Array;
  /** {@link POSITIVE}, {@link NEGATIVE} or 0 for each node. */
  readonly label: ReadonlyUint8Array;
}

/**
 * Builds the trie in insertion order, then renumbers it breadth-first. `labelOf(i)` is the
 * label of word i. Left on a bad symbol index or on a word given both labels.
 */
function buildTree(
  alphabet: Alphabet,
  count: number,
  wordAt: (i: number) => Word,
  labelOf: (i: number) => number,
): E.Either<LimitLabError, PrefixTree> {
  const k = alphabet.symbols.length;
  let cap = 1;
  for (let i = 0; i < count; i++) cap += wordAt(i).length;
  const child = new Int32Array(cap * k).fill(-1);
  const label = new Uint8Array(cap);
  const first = new Int32Array(cap);
  let nodes = 1;
  for (let i = 0; i < count; i++) {
    const w = wordAt(i);
    let q = 0;
    for (const s of w) {
      if (!(Number.isInteger(s) && s >= 0 && s < k))
        return checkWord(alphabet, w, `sample[${i}]`) as E.Left<LimitLabError>;
      let c = child[q * k + s] as number;
      if (c < 0) {
        c = nodes++;
        child[q * k + s] = c;
      }
      q = c;
    }
    const l = labelOf(i);
    const had = label[q] as number;
    if (had === 0) {
      label[q] = l;
      first[q] = i;
    } else if (had !== l)
      return E.left(
        invalidInput(
          `the word ${JSON.stringify(wordToString(alphabet, w))} is labelled ${l === POSITIVE} here and ${had === POSITIVE} at sample[${first[q]}]: the sample contradicts itself`,
          `sample[${i}]`,
        ),
      );
  }
  return E.right(renumber(alphabet, nodes, child, label));
}

/** The breadth-first renumbering of a trie built in insertion order. */
function renumber(
  alphabet: Alphabet,
  nodes: number,
  trie: Int32Array,
  trieLabel: Uint8Array,
): PrefixTree {
  const k = alphabet.symbols.length;
  const order = new Int32Array(nodes);
  const child = new Int32Array(nodes * k).fill(-1);
  const parent = new Int32Array(nodes).fill(-1);
  const symbol = new Int32Array(nodes).fill(-1);
  const label = new Uint8Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const old = order[head] as number;
    label[head] = trieLabel[old] as number;
    for (let a = 0; a < k; a++) {
      const c = trie[old * k + a] as number;
      if (c < 0) continue;
      order[tail] = c;
      child[head * k + a] = tail;
      parent[tail] = head;
      symbol[tail] = a;
      tail++;
    }
  }
  return { alphabet, nodes, child, parent, symbol, label };
}

/**
 * The prefix tree of a set of words, all labelled {@link POSITIVE} (duplicates allowed).
 *
 * Cost: O(L·k) time and memory, L the total length of the words.
 *
 * @throws LimitLabException (invalid-input) when a word has a symbol index outside the
 * alphabet (validate user words with `checkWord` or read them with `parseSample`).
 * @example
 * ```ts
 * const t = prefixTree(ab, [[0, 1], [1]]); // nodes ε, a, b, ab
 * t.nodes; // 4
 * t.child[1 * 2 + 1]; // 3: the node of "ab"
 * ```
 */
export function prefixTree(alphabet: Alphabet, words: readonly Word[]): PrefixTree {
  const t = buildTree(
    alphabet,
    words.length,
    (i) => words[i] as Word,
    () => POSITIVE,
  );
  if (E.isLeft(t)) throw new LimitLabException(t.left);
  return t.right;
}

/**
 * The prefix tree of a labelled sample: positive words get {@link POSITIVE}, negative ones
 * {@link NEGATIVE}. A word may repeat with the same label. Left (kind `invalid-input`, field
 * `sample[i]`) when a word appears with both labels, naming both positions, or has a symbol
 * index outside the alphabet.
 *
 * Cost: O(L·k) time and memory, L the total length of the words.
 *
 * @example
 * ```ts
 * labelledPrefixTree(ab, [{ word: [0], label: true }, { word: [], label: false }]);
 * // right: nodes ε (NEGATIVE) and a (POSITIVE)
 * labelledPrefixTree(ab, [{ word: [0], label: true }, { word: [0], label: false }]);
 * // left: sample[1]: the word "a" is labelled false here and true at sample[0] …
 * ```
 */
export function labelledPrefixTree(
  alphabet: Alphabet,
  sample: readonly InformantDatum[],
): E.Either<LimitLabError, PrefixTree> {
  return buildTree(
    alphabet,
    sample.length,
    (i) => (sample[i] as InformantDatum).word,
    (i) => ((sample[i] as InformantDatum).label ? POSITIVE : NEGATIVE),
  );
}

/**
 * A complete DFA from a partial table over `states` states (`next[q * k + a]` a state or -1):
 * when some entry is -1, one rejecting sink (state `states`) is added and takes every missing
 * edge. The arrays must be fresh; `next` is not kept. Cost: O(states · k).
 *
 * @internal
 * @example
 * ```ts
 * // "a" over {a, b}: 0 -a-> 1, the rest missing
 * completeTable(ab, 2, 0, Int32Array.from([1, -1, -1, -1]), Uint8Array.from([0, 1])).states; // 3
 * ```
 */
export function completeTable(
  alphabet: Alphabet,
  states: number,
  start: number,
  next: Int32Array,
  accepting: Uint8Array,
): Dfa {
  const k = alphabet.symbols.length;
  if (!next.includes(-1)) return makeDfa(alphabet, states, start, next, accepting);
  const delta = new Int32Array((states + 1) * k).fill(states);
  for (let i = 0; i < states * k; i++) {
    const t = next[i] as number;
    if (t >= 0) delta[i] = t;
  }
  const acc = new Uint8Array(states + 1);
  acc.set(accepting);
  return makeDfa(alphabet, states + 1, start, delta, acc);
}
