/**
 * The letter choice of L#'s adaptive separation: which letter to ask next so that the
 * outputs already known below a set of tree nodes split them best.
 *
 * Score (the adaptive-distinguishing-sequence score of Vaandrager et al.'s L#): for letter
 * a, let the u nodes one step below with a known output fall into parts of sizes u_o by
 * output o; the score of a is Σ_o u_o·(u − u_o + s_o)/u, where s_o is the best score of part
 * o one letter deeper (0 at the lookahead's end or for a single node). A block of m nodes
 * scores at most m − 1 (every node told apart), and a letter with u known nodes below at most
 * u − 1, which prunes the search (branch and bound).
 *
 * Storage: one scratch buffer per lookahead level, grown on demand, so a choice allocates
 * nothing. A splitter is a fresh mutable value owned by one learner run.
 *
 * @module
 */

/** How many letters ahead the choice looks for a block of at most {@link SMALL} nodes. */
const LOOKAHEAD = 3;
/** Blocks above this many nodes look one letter less far ahead (time, not queries). */
const SMALL = 32;

/**
 * Scores letters over an observation tree's flat arrays (see the module doc).
 *
 * @example
 * ```ts
 * const splitter = new Splitter(2);
 * splitter.choose(tree.child, tree.output, [0, 3, 7]); // a letter, or −1
 * ```
 */
export class Splitter {
  /** buffers[level]: the nodes of both parts of a block at that level, zeros then ones. */
  private readonly buffers: Int32Array[] = [];
  /** The letter the last top-level {@link Splitter.best} chose. */
  private chosen = -1;

  constructor(readonly k: number) {}

  /**
   * The letter that starts the best split of `nodes` within {@link LOOKAHEAD} letters (one
   * less above {@link SMALL} nodes), or −1 when no letter splits them that soon.
   *
   * Cost: O(k^LOOKAHEAD · |nodes|) at worst, less when a bound prunes a letter.
   *
   * @example
   * ```ts
   * const s = new Splitter(tree.k);
   * const a = s.choose(tree.child, tree.output, candidates); // −1: none splits them
   * ```
   */
  choose(child: Int32Array, output: Int8Array, nodes: readonly number[]): number {
    const level0 = Int32Array.from(nodes);
    const depth = level0.length > SMALL ? LOOKAHEAD - 1 : LOOKAHEAD;
    this.best(child, output, level0, 0, level0.length, depth, 0);
    return this.chosen;
  }

  private buffer(level: number, size: number): Int32Array {
    let b = this.buffers[level];
    if (b === undefined || b.length < size) {
      b = new Int32Array(Math.max(size, 2 * (b?.length ?? 16)));
      this.buffers[level] = b;
    }
    return b;
  }

  /** The best score for the nodes in block[from, to); at level 0 its letter goes to `chosen`. */
  private best(
    child: Int32Array,
    output: Int8Array,
    block: Int32Array,
    from: number,
    to: number,
    depth: number,
    level: number,
  ): number {
    const k = this.k;
    const m = to - from;
    let letter = -1;
    let top = 0;
    for (let a = 0; a < k; a++) {
      const parts = this.buffer(level, m);
      let zeros = 0;
      let ones = 0;
      for (let i = from; i < to; i++) {
        const c = child[(block[i] as number) * k + a] as number;
        if (c < 0) continue;
        const o = output[c] as number;
        if (o === 0) parts[zeros++] = c;
        else if (o === 1) parts[m - 1 - ones++] = c;
      }
      const u = zeros + ones;
      // u − 1 bounds the score of a (every known node told apart): skip when it cannot win.
      if (u - 1 <= top) continue;
      const deep0 =
        depth > 1 && zeros > 1
          ? this.best(child, output, parts, 0, zeros, depth - 1, level + 1)
          : 0;
      const deep1 =
        depth > 1 && ones > 1
          ? this.best(child, output, parts, m - ones, m, depth - 1, level + 1)
          : 0;
      const score = (zeros * (ones + deep0) + ones * (zeros + deep1)) / u;
      if (score > top) {
        top = score;
        letter = a;
        if (score >= m - 1) break;
      }
    }
    if (level === 0) this.chosen = letter;
    return top;
  }
}
