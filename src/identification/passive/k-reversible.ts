/**
 * k-RI: Angluin's (1982) inference of k-reversible languages from positive data (THEORY.md C6).
 *
 * Definitions (Angluin 1982). A word u of length k is a *k-leader* of a state q when some path
 * reading u ends in q. A DFA is *k-reversible* when, for any two distinct states q1, q2 that are
 * both accepting, or both enter the same state on the same symbol, q1 and q2 have no common
 * k-leader (the reversed automaton is deterministic with lookahead k). A language is
 * k-reversible when some DFA for it is; zero-reversible is k = 0, every k-reversible language
 * is (k+1)-reversible, and every finite language whose words have length at most m is
 * k-reversible for k ≥ m.
 *
 * Law: `kReversible(S, alphabet, k)` accepts the smallest k-reversible language containing S
 * (so its guesses on the prefixes of a text for a k-reversible language converge to it).
 *
 * Method (Angluin's k-RI): the finest partition π of the prefix tree's nodes with the tree's
 * quotient by π k-reversible. Blocks merge by union-find under determinism (block-merge.ts);
 * then rounds: compute every block's k-leaders on the current quotient (layer by layer, words
 * interned as integers), and within each group of blocks that are all accepting or all enter
 * one block on one symbol, merge the blocks sharing a k-leader. Merges only add paths, so a
 * merge justified on a round's quotient stays justified; a round without merges ends the run.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import {
  type Blocks,
  blocksToDfa,
  findBlock,
  mergeBlocks,
  singletonBlocks,
  successorOf,
} from "./block-merge.js";
import { prefixTree } from "./prefix-tree.js";

/** Options of {@link kReversible}. */
export interface KReversibleOptions {
  /**
   * The most (block, k-leader) pairs one round may hold at one length. A block can have up to
   * |Σ|^k leaders once the quotient has cycles, so large k over cyclic guesses can need many.
   * @defaultValue {@link DEFAULT_LEADERS}
   */
  readonly leaders?: number;
}

/** The default leader budget of {@link kReversible}: ten million pairs. */
export const DEFAULT_LEADERS = 10_000_000;

/** One round's quotient: blocks 0..m-1 (by smallest node), their edges in and their flags. */
interface Quotient {
  readonly m: number;
  /** A node of each block. */
  readonly node: Int32Array;
  readonly final: Uint8Array;
  /** In-edges grouped by (target, symbol): sources of (D, a) are src[off[D*K+a] .. off[D*K+a+1]). */
  readonly off: Int32Array;
  readonly src: Int32Array;
}

function quotientOf(b: Blocks): Quotient {
  const n = b.tree.nodes;
  const kk = b.tree.alphabet.symbols.length;
  const id = new Int32Array(n).fill(-1);
  const nodes: number[] = [];
  for (let q = 0; q < n; q++) {
    const r = findBlock(b, q);
    if ((id[r] as number) < 0) {
      id[r] = nodes.length;
      nodes.push(r);
    }
  }
  const m = nodes.length;
  const target = new Int32Array(m * kk).fill(-1);
  const final = new Uint8Array(m);
  const off = new Int32Array(m * kk + 1);
  for (let i = 0; i < m; i++) {
    const r = nodes[i] as number;
    final[i] = b.final[r] as number;
    for (let a = 0; a < kk; a++) {
      const t = successorOf(b, r, a);
      if (t < 0) continue;
      const j = id[findBlock(b, t)] as number;
      target[i * kk + a] = j;
      off[j * kk + a + 1] = (off[j * kk + a + 1] as number) + 1;
    }
  }
  for (let x = 0; x < m * kk; x++) off[x + 1] = (off[x + 1] as number) + (off[x] as number);
  const fill = off.slice(0, m * kk);
  const src = new Int32Array(off[m * kk] as number);
  for (let i = 0; i < m; i++)
    for (let a = 0; a < kk; a++) {
      const j = target[i * kk + a] as number;
      if (j < 0) continue;
      src[fill[j * kk + a] as number] = i;
      fill[j * kk + a] = (fill[j * kk + a] as number) + 1;
    }
  return { m, node: Int32Array.from(nodes), final, off, src };
}

/** Leaders of every block as lists: block B's are ids[start[B] .. start[B+1]). */
interface LeaderLists {
  readonly start: Int32Array;
  readonly ids: readonly number[];
}

/** Interned words: id 0 is ε; the id of u·a is `table.get(id(u) * K + a)`. */
interface Interned {
  readonly table: Map<number, number>;
  /** Per id, the last stamp that listed it (dedupes a block's list). */
  readonly seen: number[];
  stamp: number;
}

/** The k-leaders of every block of q, or the budget error. Cost O(k·K·entries). */
function leadersOf(
  q: Quotient,
  kk: number,
  k: number,
  words: Interned,
  limit: number,
): E.Either<LimitLabError, LeaderLists> {
  let lists: LeaderLists = {
    start: Int32Array.from({ length: q.m + 1 }, (_, i) => i),
    ids: new Array<number>(q.m).fill(0),
  };
  for (let len = 1; len <= k; len++) {
    const start = new Int32Array(q.m + 1);
    const ids: number[] = [];
    for (let d = 0; d < q.m; d++) {
      start[d] = ids.length;
      const stamp = ++words.stamp;
      for (let a = 0; a < kk; a++)
        for (let e = q.off[d * kk + a] as number; e < (q.off[d * kk + a + 1] as number); e++) {
          const c = q.src[e] as number;
          for (let t = lists.start[c] as number; t < (lists.start[c + 1] as number); t++) {
            const key = (lists.ids[t] as number) * kk + a;
            let v = words.table.get(key);
            if (v === undefined) {
              v = words.table.size + 1;
              words.table.set(key, v);
            }
            if (words.seen[v] === stamp) continue;
            words.seen[v] = stamp;
            ids.push(v);
          }
        }
      if (ids.length > limit)
        return E.left(budgetError("leaders", limit, ids.length, `k-RI with k = ${k}`));
    }
    start[q.m] = ids.length;
    lists = { start, ids };
  }
  return E.right(lists);
}

/** Merges the members of one group that share a k-leader; returns whether anything merged. */
function mergeGroup(
  b: Blocks,
  q: Quotient,
  lists: LeaderLists,
  members: ArrayLike<number>,
  from: number,
  to: number,
  owner: Map<number, number>,
): boolean {
  if (to - from < 2) return false;
  owner.clear();
  let changed = false;
  for (let i = from; i < to; i++) {
    const c = members[i] as number;
    for (let t = lists.start[c] as number; t < (lists.start[c + 1] as number); t++) {
      const u = lists.ids[t] as number;
      const o = owner.get(u);
      if (o === undefined) owner.set(u, c);
      else if (mergeBlocks(b, q.node[o] as number, q.node[c] as number)) changed = true;
    }
  }
  return changed;
}

/**
 * The minimal complete DFA of the smallest k-reversible language containing the sample.
 *
 * `k = 0` gives the language of `zeroReversible` (which is faster: near-linear). The result is
 * minimised (canonical numbering), so equal languages give `dfaEquals` results. Left (kind
 * `invalid-input`) when k is not a non-negative integer; Left (kind `budget`) when a round's
 * k-leaders exceed `options.leaders`.
 *
 * Cost, L the total sample length and K the alphabet size: O(L·K) for the tree; at most L
 * rounds, each O(L·K + k·K·P) with P ≤ L·K^k the (block, leader) pairs (P ≤ L on the tree
 * itself, where a node has at most one k-leader); then minimisation, O(K·L log L). Polynomial
 * for each fixed k, as THEORY.md C6 states.
 *
 * @throws LimitLabException (invalid-input) when a word has a symbol index outside the
 * alphabet (validate user words with `checkWord` or read them with `parseSample`).
 * @example
 * ```ts
 * const ab = unsafeAlphabet(["a", "b"]);
 * // {ab, aab}: for k = 0 the guess is a*b; for k = 1 the b-predecessors "a" and "aa" share
 * // the 1-leader a and merge, while ε (no 1-leader) stays apart: a+b
 * E.map(stateCount)(kReversible([[0, 1], [0, 0, 1]], ab, 1)); // right(4)
 * // {a, aa} is finite with longest word 2, so 2-reversible as it is
 * kReversible([[0], [0, 0]], ab, 2); // right(DFA of exactly {a, aa})
 * ```
 */
export function kReversible(
  sample: readonly Word[],
  alphabet: Alphabet,
  k: number,
  options: KReversibleOptions = {},
): E.Either<LimitLabError, Dfa> {
  if (!Number.isInteger(k) || k < 0)
    return E.left(invalidInput(`${k} is not a non-negative integer`, "k"));
  const limit = options.leaders ?? DEFAULT_LEADERS;
  const kk = alphabet.symbols.length;
  const b = singletonBlocks(prefixTree(alphabet, sample), false);
  const words: Interned = { table: new Map(), seen: [], stamp: 0 };
  const owner = new Map<number, number>();
  for (;;) {
    const q = quotientOf(b);
    const lists = leadersOf(q, kk, k, words, limit);
    if (E.isLeft(lists)) return lists;
    const finals: number[] = [];
    for (let c = 0; c < q.m; c++) if (q.final[c] === 1) finals.push(c);
    let changed = mergeGroup(b, q, lists.right, finals, 0, finals.length, owner);
    for (let x = 0; x < q.m * kk; x++)
      if (mergeGroup(b, q, lists.right, q.src, q.off[x] as number, q.off[x + 1] as number, owner))
        changed = true;
    if (!changed) return E.right(minimize(blocksToDfa(b)));
  }
}
