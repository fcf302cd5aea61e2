/**
 * Boolean operations by the product construction, built on the fly.
 *
 * Only the pairs (p, q) reachable from (start_a, start_b) are built, in BFS order, so a
 * product of an n-state and an m-state DFA has at most n·m states and often far fewer.
 * Pair numbers come from a dense n·m table when that is small, else from an open-addressing
 * hash table on typed arrays. Results are complete and not minimised. Giving DFAs over
 * different alphabets is a programming error: it throws a `LimitLabException` of kind
 * `alphabet-mismatch`.
 *
 * @module
 */
import { assertSameAlphabet } from "./alphabet.js";
import type { Dfa } from "./dfa.js";
import { growInt32, materialize, type SuccessorView } from "./view.js";

/**
 * A Boolean operation as a truth table: bit `2·x + y` is the result for acceptance x of the
 * left state and y of the right state.
 *
 * @example
 * ```ts
 * const NOR: BooleanTable = 0b0001; // accept where neither accepts
 * product(a, b, NOR);
 * ```
 */
export type BooleanTable = number;

/**
 * x ∧ y (intersection).
 *
 * @example
 * ```ts
 * product(a, b, AND); // same as intersect(a, b)
 * ```
 */
export const AND: BooleanTable = 0b1000;
/**
 * x ∨ y (union).
 *
 * @example
 * ```ts
 * product(a, b, OR); // same as union(a, b)
 * ```
 */
export const OR: BooleanTable = 0b1110;
/**
 * x ∧ ¬y (difference).
 *
 * @example
 * ```ts
 * shortestMarked(productView(a, b, MINUS)); // the least word of a ∖ b
 * ```
 */
export const MINUS: BooleanTable = 0b0100;
/**
 * x ≠ y (symmetric difference).
 *
 * @example
 * ```ts
 * shortestMarked(productView(a, b, XOR)); // the least word on which a and b differ
 * ```
 */
export const XOR: BooleanTable = 0b0110;

/**
 * Products up to this many pairs (n·m) index pairs densely: 4 bytes per pair, at most 64 MB,
 * one memory access per step. Larger ones use a hash table of 16 bytes per slot.
 */
const DENSE_PAIRS = 1 << 24;

function pairHash(p: number, q: number): number {
  let h = Math.imul(p, 0x9e3779b1) ^ q;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

class ProductView implements SuccessorView {
  readonly symbols: number;
  size = 0;
  /** Left and right components of each numbered pair. */
  left = new Int32Array(64);
  right = new Int32Array(64);
  private readonly dense: Int32Array | null;
  private slots: Int32Array;
  private readonly m: number;
  constructor(
    private readonly a: Dfa,
    private readonly b: Dfa,
    private readonly table: BooleanTable,
  ) {
    this.symbols = a.alphabet.symbols.length;
    this.m = b.states;
    const pairs = a.states * b.states;
    this.dense = pairs <= DENSE_PAIRS ? new Int32Array(pairs).fill(-1) : null;
    this.slots = this.dense === null ? new Int32Array(4 * 1024).fill(-1) : new Int32Array(0);
    this.intern(a.start, b.start);
  }
  /** The number of the pair (p, q), numbering it when new. */
  intern(p: number, q: number): number {
    if (this.dense !== null) {
      const key = p * this.m + q;
      const id = this.dense[key] as number;
      if (id >= 0) return id;
      this.dense[key] = this.size;
      return this.add(p, q);
    }
    // slots hold (p, q, id, unused) in 4 consecutive entries: one cache line per probe
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let h = pairHash(p, q) & mask;
    for (;;) {
      const at = h << 2;
      const id = slots[at + 2] as number;
      if (id < 0) break;
      if (slots[at] === p && slots[at + 1] === q) return id;
      h = (h + 1) & mask;
    }
    const at = h << 2;
    slots[at] = p;
    slots[at + 1] = q;
    slots[at + 2] = this.size;
    const id = this.add(p, q);
    if (this.size * 2 > mask + 1) this.rehash();
    return id;
  }
  next(node: number, s: number): number {
    const k = this.symbols;
    return this.intern(
      this.a.delta[(this.left[node] as number) * k + s] as number,
      this.b.delta[(this.right[node] as number) * k + s] as number,
    );
  }
  marked(node: number): boolean {
    const x = this.a.accepting[this.left[node] as number] as number;
    const y = this.b.accepting[this.right[node] as number] as number;
    return ((this.table >> (2 * x + y)) & 1) === 1;
  }
  private add(p: number, q: number): number {
    const id = this.size++;
    this.left = growInt32(this.left, this.size);
    this.right = growInt32(this.right, this.size);
    this.left[id] = p;
    this.right[id] = q;
    return id;
  }
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = (slots.length >> 2) - 1;
    for (let id = 0; id < this.size; id++) {
      const p = this.left[id] as number;
      const q = this.right[id] as number;
      let h = pairHash(p, q) & mask;
      while ((slots[(h << 2) + 2] as number) >= 0) h = (h + 1) & mask;
      slots[h << 2] = p;
      slots[(h << 2) + 1] = q;
      slots[(h << 2) + 2] = id;
    }
    this.slots = slots;
  }
}

/**
 * The on-the-fly product view, with access to the components of each pair.
 *
 * @example
 * ```ts
 * const v = productView(a, b, AND);
 * v.intern(p, q); // number the pair (p, q) as an extra starting point
 * ```
 */
export interface PairView extends SuccessorView {
  /** The number of the pair (p, q), numbering it when new. */
  intern(p: number, q: number): number;
  /** The left and right components of numbered pairs (read only; valid up to `size`). */
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/**
 * The product of two DFAs as an on-the-fly view; a pair is marked when `table` holds for
 * the acceptance of its components. Cost: O(1) amortised per step, at most n·m nodes.
 * Throws `alphabet-mismatch` when the alphabets differ.
 *
 * @example
 * ```ts
 * shortestMarked(productView(a, b, XOR)); // the least word on which a and b differ
 * ```
 */
export function productView(a: Dfa, b: Dfa, table: BooleanTable): PairView {
  assertSameAlphabet(a.alphabet, b.alphabet);
  return new ProductView(a, b, table);
}

/**
 * The reachable product of `a` and `b` accepting where `table` holds, in BFS order.
 * Cost: O(N·k) for the N ≤ n·m reachable pairs.
 *
 * @example
 * ```ts
 * product(a, b, XOR); // symmetric difference
 * ```
 */
export function product(a: Dfa, b: Dfa, table: BooleanTable): Dfa {
  return materialize(productView(a, b, table), a.alphabet);
}

/**
 * Intersection L(a) ∩ L(b). Cost: at most n·m states, O(n·m·k) time (reachable pairs only).
 * Throws `alphabet-mismatch` when the alphabets differ.
 *
 * @example
 * ```ts
 * intersect(evenAs, endsInB); // words with an even number of a's ending in b
 * ```
 */
export function intersect(a: Dfa, b: Dfa): Dfa {
  return product(a, b, AND);
}

/**
 * Union L(a) ∪ L(b). Cost: at most n·m states, O(n·m·k) time (reachable pairs only).
 * Throws `alphabet-mismatch` when the alphabets differ.
 *
 * @example
 * ```ts
 * union(evenAs, endsInB);
 * ```
 */
export function union(a: Dfa, b: Dfa): Dfa {
  return product(a, b, OR);
}

/**
 * Difference L(a) ∖ L(b). Cost: at most n·m states, O(n·m·k) time (reachable pairs only).
 * Throws `alphabet-mismatch` when the alphabets differ.
 *
 * @example
 * ```ts
 * difference(evenAs, endsInB);
 * ```
 */
export function difference(a: Dfa, b: Dfa): Dfa {
  return product(a, b, MINUS);
}

/**
 * Symmetric difference L(a) ⊕ L(b). Cost: at most n·m states, O(n·m·k) time (reachable
 * pairs only). Throws `alphabet-mismatch` when the alphabets differ.
 *
 * @example
 * ```ts
 * isEmpty(symmetricDifference(a, b)); // a and b are equivalent
 * ```
 */
export function symmetricDifference(a: Dfa, b: Dfa): Dfa {
  return product(a, b, XOR);
}
