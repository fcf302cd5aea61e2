/**
 * The observation tree of L# (Vaandrager, Garhewal, Rot, Wißmann 2022), for DFAs.
 *
 * Invariants: node 0 is ε; `child[x·k + a]` is the node of word(x)·a (−1 when absent);
 * `output[x]` is −1 (unknown), 0 or 1, and once known never changes. A membership query
 * answers the one node it names (a prefix of an asked word is a node whose output may stay
 * unknown). Two nodes are *apart* when some suffix σ leads both to nodes with known,
 * different outputs; σ is a *witness*. Apartness is monotone: more outputs never undo it.
 *
 * Storage: flat typed arrays that double when full (no string keys).
 *
 * A tree is a fresh mutable value owned by one learner run.
 *
 * @module
 */
import type { Word } from "../../../automata/word.js";

/** The observation tree (see the module invariants). */
export class ObservationTree {
  size = 1;
  child: Int32Array;
  parent: Int32Array;
  via: Int32Array;
  depth: Int32Array;
  output: Int8Array;
  /** Scratch stack of {@link ObservationTree.apart} (pairs of nodes). */
  private stack = new Int32Array(256);

  constructor(readonly k: number) {
    const cap = 1024;
    this.child = new Int32Array(cap * k).fill(-1);
    this.parent = new Int32Array(cap).fill(-1);
    this.via = new Int32Array(cap);
    this.depth = new Int32Array(cap);
    this.output = new Int8Array(cap).fill(-1);
  }

  private grow(): void {
    const cap = this.parent.length * 2;
    const child = new Int32Array(cap * this.k).fill(-1);
    child.set(this.child);
    this.child = child;
    const parent = new Int32Array(cap).fill(-1);
    parent.set(this.parent);
    this.parent = parent;
    const via = new Int32Array(cap);
    via.set(this.via);
    this.via = via;
    const depth = new Int32Array(cap);
    depth.set(this.depth);
    this.depth = depth;
    const output = new Int8Array(cap).fill(-1);
    output.set(this.output);
    this.output = output;
  }

  /** The child of x on a, created when absent. */
  extend(x: number, a: number): number {
    const at = x * this.k + a;
    const c = this.child[at] as number;
    if (c >= 0) return c;
    if (this.size === this.parent.length) this.grow();
    const y = this.size++;
    this.child[x * this.k + a] = y;
    this.parent[y] = x;
    this.via[y] = a;
    this.depth[y] = (this.depth[x] as number) + 1;
    return y;
  }

  /** The node of word(x)·w, created when absent. */
  ensure(x: number, w: Word): number {
    let v = x;
    for (const a of w) v = this.extend(v, a);
    return v;
  }

  /** The node of word(x)·w, or −1 when absent. */
  find(x: number, w: Word): number {
    let v = x;
    for (const a of w) {
      v = this.child[v * this.k + a] as number;
      if (v < 0) return -1;
    }
    return v;
  }

  /** The word from `ancestor` down to x (x must lie below it). */
  path(ancestor: number, x: number): number[] {
    const out: number[] = [];
    for (let v = x; v !== ancestor; v = this.parent[v] as number) out.push(this.via[v] as number);
    return out.reverse();
  }

  /** The word of node x. */
  word(x: number): number[] {
    return this.path(0, x);
  }

  /**
   * A shortest witness that p and q are apart, or undefined when they are not.
   * Cost: the size of the part of the two subtrees they share.
   */
  witness(p: number, q: number): Word | undefined {
    const k = this.k;
    let frontier = [p, q];
    const back: number[][] = [[]];
    while (frontier.length > 0) {
      const next: number[] = [];
      const nextBack: number[][] = [];
      for (let i = 0; i < frontier.length; i += 2) {
        const x = frontier[i] as number;
        const y = frontier[i + 1] as number;
        const ox = this.output[x] as number;
        const oy = this.output[y] as number;
        if (ox >= 0 && oy >= 0 && ox !== oy) return back[i / 2] as Word;
        for (let a = 0; a < k; a++) {
          const cx = this.child[x * k + a] as number;
          const cy = this.child[y * k + a] as number;
          if (cx >= 0 && cy >= 0) {
            next.push(cx, cy);
            nextBack.push([...(back[i / 2] as Word), a]);
          }
        }
      }
      frontier = next;
      back.length = 0;
      back.push(...nextBack);
    }
    return undefined;
  }

  /** Are p and q apart? Cost as {@link ObservationTree.witness}, without building words. */
  apart(p: number, q: number): boolean {
    const k = this.k;
    const child = this.child;
    const output = this.output;
    let stack = this.stack;
    let top = 0;
    stack[top++] = p;
    stack[top++] = q;
    while (top > 0) {
      const y = stack[--top] as number;
      const x = stack[--top] as number;
      const ox = output[x] as number;
      const oy = output[y] as number;
      if (ox >= 0 && oy >= 0 && ox !== oy) return true;
      for (let a = 0; a < k; a++) {
        const cx = child[x * k + a] as number;
        const cy = child[y * k + a] as number;
        if (cx >= 0 && cy >= 0) {
          if (top + 2 > stack.length) {
            const grown = new Int32Array(stack.length * 2);
            grown.set(stack);
            stack = grown;
            this.stack = stack;
          }
          stack[top++] = cx;
          stack[top++] = cy;
        }
      }
    }
    return false;
  }
}
