/**
 * Partitions of a prefix tree's nodes under merging, the engine of ZR and k-RI (Angluin 1982).
 *
 * A {@link Blocks} value is a union-find partition (union by size, path halving) of the nodes
 * of a {@link PrefixTree}. Each block (named by its union-find root) keeps, per symbol a, one
 * node of its a-successor block (or -1), and, when built with predecessors, one node of an
 * a-predecessor block, all in one row of a flat array so a union touches one row per block;
 * `final` flags the blocks holding a positive node.
 *
 * Invariant between calls of {@link mergeBlocks}: the quotient is deterministic, i.e. for every
 * edge q -a-> c of the tree, c lies in the recorded a-successor block of q's block; with
 * predecessors it is also reverse deterministic (every block has at most one a-predecessor
 * block). Merging two blocks merges their recorded successors (and predecessors) pairwise,
 * through a work list, until the invariant holds again.
 *
 * Cost: a run of merges on n nodes over k symbols takes O(n·k·α(n)) time in all (at most
 * n − 1 unions, each pushing at most 2k pairs), O(n·k) memory.
 *
 * The blocks are local mutable state of one inference call: created fresh, merged, read out by
 * {@link blocksToDfa}, then dropped.
 *
 * @internal
 * @module
 */
import type { Dfa } from "../../automata/dfa.js";
import { completeTable, POSITIVE, type PrefixTree } from "./prefix-tree.js";

/** A partition of a prefix tree's nodes (mutable; local to one inference call). */
export interface Blocks {
  readonly tree: PrefixTree;
  /** Union-find parent of each node; a root r holds −(size of its block). */
  readonly up: Int32Array;
  /** Links per symbol and node in one row (`width` entries a node), see {@link successorOf}. */
  readonly links: Int32Array;
  /** k, or 2k when predecessor links follow the successor links in each row. */
  readonly width: number;
  /** 1 at roots of blocks holding a positive node. */
  readonly final: Uint8Array;
  /** Pairs of nodes whose blocks are still to be merged. */
  readonly pending: number[];
}

/**
 * The partition of `tree`'s nodes into singletons, with predecessor links when asked (ZR).
 * Cost O(n·k).
 *
 * @internal
 * @example
 * ```ts
 * const b = singletonBlocks(prefixTree(ab, [[0]]), false);
 * findBlock(b, 1); // 1
 * ```
 */
export function singletonBlocks(tree: PrefixTree, withPredecessors: boolean): Blocks {
  const n = tree.nodes;
  const k = tree.alphabet.symbols.length;
  const width = withPredecessors ? 2 * k : k;
  const final = new Uint8Array(n);
  for (let q = 0; q < n; q++) final[q] = tree.label[q] === POSITIVE ? 1 : 0;
  const links = new Int32Array(n * width).fill(-1);
  for (let q = 0; q < n; q++)
    for (let a = 0; a < k; a++) links[q * width + a] = tree.child[q * k + a] as number;
  if (withPredecessors)
    for (let q = 1; q < n; q++)
      links[q * width + k + (tree.symbol[q] as number)] = tree.parent[q] as number;
  return { tree, up: new Int32Array(n).fill(-1), links, width, final, pending: [] };
}

/**
 * The root of node x's block (path halving).
 *
 * @internal
 * @example
 * ```ts
 * findBlock(b, q) === findBlock(b, findBlock(b, q)); // true
 * ```
 */
export function findBlock(b: Blocks, x: number): number {
  const up = b.up;
  let q = x;
  let p = up[q] as number;
  while (p >= 0) {
    const g = up[p] as number;
    if (g < 0) return p;
    up[q] = g;
    q = g;
    p = up[q] as number;
  }
  return q;
}

/**
 * A node of the a-successor block of root r's block, or -1 (valid between merges).
 *
 * @internal
 * @example
 * ```ts
 * successorOf(b, findBlock(b, 0), 0); // a node of the block reached from the root's on a
 * ```
 */
export function successorOf(b: Blocks, r: number, a: number): number {
  return b.links[r * b.width + a] as number;
}

/**
 * Merges the blocks of nodes x and y, then every pair of blocks the invariant forces to merge
 * (successors of the same block on the same symbol; with predecessors, also predecessors of
 * the same block). Returns whether any two blocks were merged. Amortised cost: see the module.
 *
 * @internal
 * @example
 * ```ts
 * mergeBlocks(b, 1, 2); // true; 1 and 2 and their successors on each symbol now share blocks
 * mergeBlocks(b, 1, 2); // false: nothing left to merge
 * ```
 */
export function mergeBlocks(b: Blocks, x: number, y: number): boolean {
  const { up, final, pending, links, width } = b;
  let changed = false;
  pending.push(x, y);
  while (pending.length > 0) {
    const v = pending.pop() as number;
    const u = pending.pop() as number;
    let ru = findBlock(b, u);
    let rv = findBlock(b, v);
    if (ru === rv) continue;
    changed = true;
    // union by size: the larger block (more negative) stays the root
    if ((up[ru] as number) > (up[rv] as number)) [ru, rv] = [rv, ru];
    up[ru] = (up[ru] as number) + (up[rv] as number);
    up[rv] = ru;
    final[ru] = (final[ru] as number) | (final[rv] as number);
    const into = ru * width;
    const from = rv * width;
    for (let a = 0; a < width; a++) {
      const t = links[from + a] as number;
      if (t < 0) continue;
      const s = links[into + a] as number;
      if (s < 0) links[into + a] = t;
      else pending.push(s, t);
    }
  }
  return changed;
}

/**
 * The quotient of the tree by the blocks as a complete DFA: one state per block (numbered in
 * the order of their smallest nodes, the root's block first), a rejecting sink when some
 * block lacks a successor, accepting exactly the blocks holding a positive node. Requires the
 * invariant (no pending merges). Cost O(n·k).
 *
 * @internal
 * @example
 * ```ts
 * blocksToDfa(singletonBlocks(prefixTree(ab, [[0]]), false)).states; // 3: ε, a, sink
 * ```
 */
export function blocksToDfa(b: Blocks): Dfa {
  const { tree, final } = b;
  const n = tree.nodes;
  const k = tree.alphabet.symbols.length;
  const id = new Int32Array(n).fill(-1);
  const roots: number[] = [];
  for (let q = 0; q < n; q++) {
    const r = findBlock(b, q);
    if ((id[r] as number) < 0) {
      id[r] = roots.length;
      roots.push(r);
    }
  }
  const m = roots.length;
  const next = new Int32Array(m * k);
  const accepting = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const r = roots[i] as number;
    accepting[i] = final[r] as number;
    for (let a = 0; a < k; a++) {
      const t = successorOf(b, r, a);
      next[i * k + a] = t < 0 ? -1 : (id[findBlock(b, t)] as number);
    }
  }
  return completeTable(tree.alphabet, m, 0, next, accepting);
}
