/**
 * The membership cache: a trie of the words asked so far and their answers.
 *
 * Invariants: node 0 is the empty word; `child[node·k + s]` is the node of `word·s` (0 when
 * absent: the root is nobody's child); `label[node]` is −1 (never answered), 0 or 1. Nodes
 * are only added, labels only go from −1 to 0/1, so an answer once stored never changes:
 * the cache makes any teacher consistent.
 *
 * Cost: lookup and store O(|w|); memory O(k) integers per distinct prefix, in flat typed
 * arrays that double when full (no string keys).
 *
 * A cache is a fresh mutable value made by a driver for one run; it is never shared.
 *
 * @module
 */
import type { Word } from "../../automata/word.js";

/** A trie of labelled words (see the module invariants). */
export interface WordCache {
  /** The stored label of `w`: 1, 0, or −1 when `w` was never stored. */
  readonly lookup: (w: Word) => number;
  /** Stores the label of `w` (first answer wins). */
  readonly store: (w: Word, label: boolean) => void;
  /** Stores `labels[i]` as the label of the prefix of length i, for every i ≤ |w|. */
  readonly storePrefixes: (w: Word, labels: readonly boolean[]) => void;
  /** Number of words with a label. */
  readonly size: () => number;
}

/**
 * A fresh, empty cache for words over `k` symbols.
 *
 * @example
 * ```ts
 * const c = wordCache(2);
 * c.store([0, 1], true);
 * c.lookup([0, 1]); // 1
 * c.lookup([0]); // -1 (a prefix of a stored word, but never asked)
 * c.storePrefixes([1, 1], [false, true, true]);
 * c.lookup([1]); // 1
 * ```
 */
export function wordCache(k: number): WordCache {
  let child = new Int32Array(64 * k);
  let label = new Int8Array(64).fill(-1);
  let nodes = 1;
  let labelled = 0;

  const find = (w: Word): number => {
    let v = 0;
    for (const s of w) {
      v = child[v * k + s] as number;
      if (v === 0) return -1;
    }
    return v;
  };

  const mark = (v: number, b: boolean): void => {
    if (label[v] === -1) {
      label[v] = b ? 1 : 0;
      labelled++;
    }
  };

  /** The node of w, created when absent; `visit(node, i)` sees the node of each prefix. */
  const insert = (w: Word, visit?: (v: number, i: number) => void): number => {
    let v = 0;
    visit?.(0, 0);
    for (let i = 0; i < w.length; i++) {
      const s = w[i] as number;
      const at = v * k + s;
      let u = child[at] as number;
      if (u === 0) {
        if (nodes === label.length) {
          const grownChild = new Int32Array(child.length * 2);
          grownChild.set(child);
          child = grownChild;
          const grownLabel = new Int8Array(label.length * 2).fill(-1);
          grownLabel.set(label);
          label = grownLabel;
        }
        u = nodes++;
        child[at] = u;
      }
      v = u;
      visit?.(v, i + 1);
    }
    return v;
  };

  return {
    lookup: (w) => {
      const v = find(w);
      return v < 0 ? -1 : (label[v] as number);
    },
    store: (w, b) => mark(insert(w), b),
    storePrefixes: (w, labels) => {
      insert(w, (v, i) => mark(v, labels[i] as boolean));
    },
    size: () => labelled,
  };
}
