/**
 * Subset construction with ε-closure and a state budget.
 *
 * Invariants of the result: complete (the empty subset, when reachable, is the rejecting
 * sink), only reachable subsets, states numbered in BFS order from the start subset (symbols
 * in alphabet order). A subset is stored by its *important* NFA states only: those with a
 * symbol move or accepting; two ε-closed sets with the same important states have the same
 * successors and acceptance, so this changes nothing but the memory. With m ≤ 256 important
 * states a subset is a bitset of ⌈m/32⌉ words and a step is an OR of precomputed successor
 * masks; above that it is a sorted list and a step is a union of precomputed sorted lists.
 * Either way subsets live in one typed-array pool and are found by an open-addressing hash
 * table.
 *
 * Cost: at most 2^m subsets (the budget caps them), each step O(members · ⌈m/32⌉) for
 * bitsets or O(sum of the members' successor lists) plus a sort for lists; the ε-closures
 * are computed once, O(N·k·c) for c the largest ε-closure.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { alphabetSize } from "./alphabet.js";
import { type Dfa, makeDfa } from "./dfa.js";
import type { Nfa } from "./nfa.js";
import { type StateBudget, stateLimit } from "./support/budget.js";
import { budgetError, type LimitLabError } from "./support/errors.js";
import { growInt32 } from "./view.js";

/** Bitset subsets up to this many important states. */
const BITSET_STATES = 256;

/** ε-closures restricted to important states, as sorted lists of their ranks. */
class Closer {
  private readonly mark: Int32Array;
  private readonly stack: Int32Array;
  private stamp = 0;
  /** Rank of each important state among the important states, -1 for the others. */
  readonly rank: Int32Array;
  /** Number of important states. */
  readonly m: number;
  readonly buffer: Int32Array<ArrayBuffer>;
  constructor(private readonly n: Nfa) {
    const k = alphabetSize(n.alphabet);
    this.mark = new Int32Array(n.states);
    this.stack = new Int32Array(n.states);
    this.rank = new Int32Array(n.states);
    let m = 0;
    for (let q = 0; q < n.states; q++) {
      const moves = (n.offsets[q * k] as number) < (n.offsets[q * k + k] as number);
      this.rank[q] = n.accepting[q] === 1 || moves ? m++ : -1;
    }
    this.m = m;
    this.buffer = new Int32Array(Math.max(m, 1));
  }
  /** The ranks of the important states in the ε-closure of `seeds[from..to)`, sorted. */
  close(seeds: ArrayLike<number>, from: number, to: number): number {
    const { epsOffsets, epsTargets } = this.n;
    const stamp = ++this.stamp;
    let top = 0;
    let count = 0;
    const visit = (q: number) => {
      if (this.mark[q] === stamp) return;
      this.mark[q] = stamp;
      this.stack[top++] = q;
      const r = this.rank[q] as number;
      if (r >= 0) this.buffer[count++] = r;
    };
    for (let i = from; i < to; i++) visit(seeds[i] as number);
    while (top > 0) {
      const q = this.stack[--top] as number;
      for (let j = epsOffsets[q] as number; j < (epsOffsets[q + 1] as number); j++)
        visit(epsTargets[j] as number);
    }
    sortPrefix(this.buffer, count);
    return count;
  }
}

/** Sorts `a[0..c)` ascending: insertion sort for short runs, the engine's sort otherwise. */
function sortPrefix(a: Int32Array, c: number): void {
  if (c > 24) {
    a.subarray(0, c).sort();
    return;
  }
  for (let i = 1; i < c; i++) {
    const x = a[i] as number;
    let j = i - 1;
    while (j >= 0 && (a[j] as number) > x) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = x;
  }
}

/** Sets bit `i` of the bitset starting at `a[base]`. */
function setBit(a: Int32Array, base: number, i: number): void {
  const at = base + (i >>> 5);
  a[at] = (a[at] as number) | (1 << (i & 31));
}

function hashRecord(a: Int32Array, c: number): number {
  let h = 0x811c9dc5 ^ c;
  for (let i = 0; i < c; i++) h = Math.imul(h ^ (a[i] as number), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 0x3fffffff; // non-negative and small: stays unboxed in V8
}

/** Subsets as records (bitsets or sorted lists) in one pool, found by hash. */
class SubsetTable {
  pool = new Int32Array(4096);
  offsets = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(2048).fill(-1);
  size = 0;
  /** The id of the record `rec[0..c)` with hash h, or `~slot` where it would go. */
  find(rec: Int32Array, c: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = this.slots[i] as number;
      if (id < 0) return ~i;
      if (this.hashes[id] !== h) continue;
      const from = this.offsets[id] as number;
      if ((this.offsets[id + 1] as number) - from !== c) continue;
      let j = 0;
      while (j < c && this.pool[from + j] === rec[j]) j++;
      if (j === c) return id;
    }
  }
  /** Stores `rec[0..c)` in the slot `find` gave and returns its id. */
  add(rec: Int32Array, c: number, h: number, slot: number): number {
    const id = this.size++;
    this.offsets = growInt32(this.offsets, this.size + 1);
    this.hashes = growInt32(this.hashes, this.size);
    const from = this.offsets[id] as number;
    this.pool = growInt32(this.pool, from + c);
    for (let j = 0; j < c; j++) this.pool[from + j] = rec[j] as number; // no view allocation
    this.offsets[id + 1] = from + c;
    this.hashes[id] = h;
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let i = (this.hashes[id] as number) & mask;
      while ((slots[i] as number) >= 0) i = (i + 1) & mask;
      slots[i] = id;
    }
    this.slots = slots;
  }
}

/**
 * The successor step of the subset construction: the ε-closed successors of every
 * (important state, symbol), as CSR lists (w = 0) or as masks of w words, and one scratch
 * record the step writes into.
 */
class Stepper {
  readonly w: number;
  readonly rec: Int32Array<ArrayBuffer>;
  private readonly k: number;
  private readonly succOff: Int32Array;
  private succ: Int32Array<ArrayBuffer>;
  private readonly succBits: Int32Array;
  private readonly acceptRank: Uint8Array;
  private readonly acceptBits: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  constructor(n: Nfa, closer: Closer) {
    const k = alphabetSize(n.alphabet);
    const m = closer.m;
    const w = m <= BITSET_STATES ? Math.max(1, (m + 31) >>> 5) : 0;
    const list = closer.buffer;
    this.k = k;
    this.w = w;
    this.rec = new Int32Array(Math.max(m, w, 1));
    this.mark = new Int32Array(m);
    this.succOff = new Int32Array(m * k + 1);
    this.succ = new Int32Array(16);
    this.succBits = new Int32Array(m * k * w);
    this.acceptRank = new Uint8Array(m);
    this.acceptBits = new Int32Array(w);
    for (let q = 0; q < n.states; q++) {
      const r = closer.rank[q] as number;
      if (r < 0) continue;
      this.acceptRank[r] = n.accepting[q] as number;
      if (w > 0 && n.accepting[q] === 1) setBit(this.acceptBits, 0, r);
      for (let s = 0; s < k; s++) {
        const cell = q * k + s;
        const c = closer.close(n.targets, n.offsets[cell] as number, n.offsets[cell + 1] as number);
        const at = r * k + s;
        const from = this.succOff[at] as number;
        if (w > 0) for (let j = 0; j < c; j++) setBit(this.succBits, at * w, list[j] as number);
        else {
          this.succ = growInt32(this.succ, from + c);
          this.succ.set(list.subarray(0, c), from);
        }
        this.succOff[at + 1] = from + (w > 0 ? 0 : c);
      }
    }
  }
  /** Writes the record of a list of ranks `list[0..c)` into `rec`; returns its length. */
  encode(list: Int32Array, c: number): number {
    if (this.w === 0) {
      this.rec.set(list.subarray(0, c));
      return c;
    }
    this.rec.fill(0);
    for (let j = 0; j < c; j++) setBit(this.rec, 0, list[j] as number);
    return this.w;
  }
  /** Writes the successor on symbol s of the record `pool[from..to)` into `rec`; returns its length. */
  step(pool: Int32Array, from: number, to: number, s: number): number {
    const { w, k, rec } = this;
    if (w > 0) {
      const bits = this.succBits;
      for (let j = 0; j < w; j++) rec[j] = 0;
      for (let j = 0; j < w; j++) {
        let x = pool[from + j] as number;
        while (x !== 0) {
          const low = x & -x;
          const base = (((j << 5) + 31 - Math.clz32(low)) * k + s) * w;
          for (let t = 0; t < w; t++) rec[t] = (rec[t] as number) | (bits[base + t] as number);
          x ^= low;
        }
      }
      return w;
    }
    if (++this.stamp === 0x3fffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
    const { stamp, mark, succ, succOff } = this;
    let c = 0;
    for (let i = from; i < to; i++) {
      const cell = (pool[i] as number) * k + s;
      const end = succOff[cell + 1] as number;
      for (let j = succOff[cell] as number; j < end; j++) {
        const t = succ[j] as number;
        if (mark[t] !== stamp) {
          mark[t] = stamp;
          rec[c++] = t;
        }
      }
    }
    sortPrefix(rec, c);
    return c;
  }
  /** Does the record `rec[0..c)` hold an accepting state? (1 or 0) */
  accepts(c: number): number {
    let acc = 0;
    if (this.w > 0)
      for (let j = 0; j < c; j++) acc |= (this.rec[j] as number) & (this.acceptBits[j] as number);
    else for (let j = 0; j < c; j++) acc |= this.acceptRank[this.rec[j] as number] as number;
    return acc === 0 ? 0 : 1;
  }
}

/**
 * The DFA of an ε-NFA by the subset construction (reachable subsets only, BFS order,
 * complete). Returns `Left` of kind `budget` (budget `"states"`) as soon as more than
 * `budget.states` subsets would be needed, instead of exhausting memory.
 *
 * Cost: up to 2^m states for m important NFA states; see the module notes.
 *
 * @param budget - `states` defaults to {@link DEFAULT_STATES} (10^6).
 * @example
 * ```ts
 * determinize(nfaOf("(a|b)*a(a|b){3}")); // right: 16 states
 * determinize(nfaOf("(a|b)*a(a|b){12}"), { states: 100 }); // left: budget of 100 states
 * ```
 */
export function determinize(n: Nfa, budget?: StateBudget): E.Either<LimitLabError, Dfa> {
  const limit = stateLimit(budget);
  if (limit < 1) return E.left(budgetError("states", limit, 1, "subset construction"));
  const k = alphabetSize(n.alphabet);
  const closer = new Closer(n);
  const stepper = new Stepper(n, closer);
  const rec = stepper.rec;
  const table = new SubsetTable();
  let accepting = new Uint8Array(1024);
  let delta = new Int32Array(1024 * k);

  const c0 = stepper.encode(closer.buffer, closer.close(n.initial, 0, n.initial.length));
  const h0 = hashRecord(rec, c0);
  table.add(rec, c0, h0, ~table.find(rec, c0, h0));
  accepting[0] = stepper.accepts(c0);

  for (let id = 0; id < table.size; id++) {
    delta = growInt32(delta, (id + 1) * k);
    const pool = table.pool; // records never move within a pool, so a stale copy stays valid
    const from = table.offsets[id] as number;
    const to = table.offsets[id + 1] as number;
    for (let s = 0; s < k; s++) {
      const c = stepper.step(pool, from, to, s);
      const h = hashRecord(rec, c);
      let t = table.find(rec, c, h);
      if (t < 0) {
        if (table.size >= limit)
          return E.left(budgetError("states", limit, table.size + 1, "subset construction"));
        t = table.add(rec, c, h, ~t);
        if (t >= accepting.length) {
          const grown = new Uint8Array(accepting.length * 2);
          grown.set(accepting);
          accepting = grown;
        }
        accepting[t] = stepper.accepts(c);
      }
      delta[id * k + s] = t;
    }
  }
  const size = table.size;
  return E.right(makeDfa(n.alphabet, size, 0, delta.slice(0, size * k), accepting.slice(0, size)));
}
