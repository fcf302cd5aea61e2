/**
 * Persistent sets of words for learner states: adding a word returns a new set and leaves the
 * old one intact (adversaries and locking-sequence searches branch from earlier states), while
 * costing only the word's path.
 *
 * Representation: a trie with path copying (a node's children are an array indexed by symbol)
 * plus a cons list of the words in the order they were added.
 *
 * @module
 */
import type { Word } from "../../automata/word.js";

interface Node {
  readonly end: boolean;
  readonly kids: readonly (Node | undefined)[];
}

interface Cons {
  readonly word: Word;
  readonly rest: Cons | undefined;
}

/** A persistent set of words. */
export interface WordSet {
  readonly size: number;
  readonly root: Node;
  /** The words, most recently added first. */
  readonly list: Cons | undefined;
}

/**
 * The empty set of words.
 *
 * @example
 * ```ts
 * emptyWordSet().size; // 0
 * ```
 */
export function emptyWordSet(): WordSet {
  return { size: 0, root: { end: false, kids: [] }, list: undefined };
}

/**
 * Is `w` in the set? Cost: O(|w|).
 *
 * @example
 * ```ts
 * hasWord(addWord(emptyWordSet(), [0, 1]), [0, 1]); // true
 * ```
 */
export function hasWord(set: WordSet, w: Word): boolean {
  let n: Node | undefined = set.root;
  for (const s of w) {
    n = n.kids[s];
    if (n === undefined) return false;
  }
  return n.end;
}

/**
 * The set with `w` added (the same set when `w` is already in it). Cost: O(|w|·k) for k symbols.
 *
 * @example
 * ```ts
 * const s = addWord(emptyWordSet(), [0]);
 * addWord(s, [0]) === s; // true
 * ```
 */
export function addWord(set: WordSet, w: Word): WordSet {
  if (hasWord(set, w)) return set;
  const insert = (n: Node | undefined, depth: number): Node => {
    const kids = n === undefined ? [] : [...n.kids];
    if (depth === w.length) return { end: true, kids };
    const s = w[depth] as number;
    kids[s] = insert(kids[s], depth + 1);
    return { end: n?.end ?? false, kids };
  };
  return { size: set.size + 1, root: insert(set.root, 0), list: { word: w, rest: set.list } };
}

/**
 * The words of the set, in the order they were added. Cost: O(size).
 *
 * @example
 * ```ts
 * wordsOf(addWord(addWord(emptyWordSet(), [1]), [0])); // [[1], [0]]
 * ```
 */
export function wordsOf(set: WordSet): Word[] {
  const out: Word[] = [];
  for (let c = set.list; c !== undefined; c = c.rest) out.push(c.word);
  return out.reverse();
}

/**
 * Does every word of the set satisfy `test`? Stops at the first that does not. Cost: O(size)
 * calls.
 *
 * @example
 * ```ts
 * everyWord(set, (w) => w.length < 3);
 * ```
 */
export function everyWord(set: WordSet, test: (w: Word) => boolean): boolean {
  for (let c = set.list; c !== undefined; c = c.rest) if (!test(c.word)) return false;
  return true;
}

/**
 * The most recently added word that satisfies `test`, if any. Cost: O(size) calls at most.
 *
 * @example
 * ```ts
 * findWord(set, (w) => w.length > 3); // a long word of the set, or undefined
 * ```
 */
export function findWord(set: WordSet, test: (w: Word) => boolean): Word | undefined {
  for (let c = set.list; c !== undefined; c = c.rest) if (test(c.word)) return c.word;
  return undefined;
}
