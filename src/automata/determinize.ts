/**
 * Subset construction with ε-closure and a state budget.
 *
 * Invariants of the result: complete (the empty subset, when reachable, is the rejecting
 * sink), only reachable subsets, states numbered in BFS order from the start subset (symbols
 * in alphabet order). A subset is stored by its *important* NFA states only: those with a
 * symbol move or accepting; two ε-closed sets with the same important states have the same
 * successors and acceptance, so this changes nothing but the memory. Subsets are sorted
 * lists in one typed-array pool, found through an open-addressing hash table.
 *
 * Cost: at most 2^m subsets for m important states (the budget caps them), each built in
 * O(sum of the precomputed ε-closed successor lists of its members) plus a sort; the
 * closures cost O(N·k·c) once, for c the largest ε-closure.
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

/** ε-closures restricted to important states, written sorted into a buffer. */
class Closer {
  private readonly mark: Int32Array;
  private readonly stack: Int32Array;
  private stamp = 0;
  readonly important: Uint8Array;
  readonly buffer: Int32Array<ArrayBuffer>;
  constructor(private readonly n: Nfa) {
    const k = alphabetSize(n.alphabet);
    this.mark = new Int32Array(n.states);
    this.stack = new Int32Array(n.states);
    this.buffer = new Int32Array(n.states);
    this.important = new Uint8Array(n.states);
    for (let q = 0; q < n.states; q++)
      this.important[q] =
        n.accepting[q] === 1 || (n.offsets[q * k] as number) < (n.offsets[q * k + k] as number)
          ? 1
          : 0;
  }
  /** The important states of the ε-closure of `seeds[from..to)`, sorted; returns the count. */
  close(seeds: ArrayLike<number>, from: number, to: number): number {
    const { epsOffsets, epsTargets } = this.n;
    const stamp = ++this.stamp;
    let top = 0;
    let count = 0;
    const visit = (q: number) => {
      if (this.mark[q] === stamp) return;
      this.mark[q] = stamp;
      this.stack[top++] = q;
      if (this.important[q] === 1) this.buffer[count++] = q;
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

function hashList(a: Int32Array, c: number): number {
  let h = 0x811c9dc5 ^ c;
  for (let i = 0; i < c; i++) h = Math.imul(h ^ (a[i] as number), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return h ^ (h >>> 12);
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
  const k = alphabetSize(n.alphabet);
  const closer = new Closer(n);
  const buf = closer.buffer;

  // ε-closed successor lists of every (important state, symbol), sorted, in CSR form
  const succOff = new Int32Array(n.states * k + 1);
  let succ = new Int32Array(n.states * k + 16);
  let used = 0;
  for (let q = 0; q < n.states; q++)
    for (let s = 0; s < k; s++) {
      const c = q * k + s;
      const count =
        closer.important[q] === 1
          ? closer.close(n.targets, n.offsets[c] as number, n.offsets[c + 1] as number)
          : 0;
      succ = growInt32(succ, used + count);
      succ.set(buf.subarray(0, count), used);
      used += count;
      succOff[c + 1] = used;
    }

  // subsets: members in pool[setOff[id] .. setOff[id + 1]), found by hash
  let pool = new Int32Array(1024);
  let setOff = new Int32Array(1024);
  let hashes = new Int32Array(1024);
  let accepting = new Uint8Array(1024);
  let slots = new Int32Array(1024).fill(-1);
  let delta = new Int32Array(1024 * k);
  let size = 0;

  const find = (c: number, h: number): number => {
    const mask = slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = slots[i] as number;
      if (id < 0) return ~i;
      if (hashes[id] !== h) continue;
      const from = setOff[id] as number;
      if ((setOff[id + 1] as number) - from !== c) continue;
      let j = 0;
      while (j < c && pool[from + j] === buf[j]) j++;
      if (j === c) return id;
    }
  };
  const add = (c: number, h: number, slot: number): number => {
    const id = size++;
    if (size + 1 > setOff.length) {
      setOff = growInt32(setOff, size + 1);
      hashes = growInt32(hashes, setOff.length);
      const acc = new Uint8Array(setOff.length);
      acc.set(accepting);
      accepting = acc;
    }
    const from = setOff[id] as number;
    pool = growInt32(pool, from + c);
    let acc = 0;
    for (let j = 0; j < c; j++) {
      const q = buf[j] as number;
      pool[from + j] = q;
      acc |= n.accepting[q] as number;
    }
    setOff[id + 1] = from + c;
    hashes[id] = h;
    accepting[id] = acc;
    slots[slot] = id;
    if (size * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2).fill(-1);
      const mask = slots.length - 1;
      for (let x = 0; x < size; x++) {
        let i = (hashes[x] as number) & mask;
        while ((slots[i] as number) >= 0) i = (i + 1) & mask;
        slots[i] = x;
      }
    }
    return id;
  };

  if (limit < 1) return E.left(budgetError("states", limit, 1, "subset construction"));
  const c0 = closer.close(n.initial, 0, n.initial.length);
  const h0 = hashList(buf, c0);
  add(c0, h0, ~find(c0, h0));

  const mark = new Int32Array(n.states);
  let stamp = 0;
  for (let id = 0; id < size; id++) {
    delta = growInt32(delta, (id + 1) * k);
    const from = setOff[id] as number;
    const to = setOff[id + 1] as number;
    for (let s = 0; s < k; s++) {
      if (stamp === 0x3fffffff) {
        mark.fill(0);
        stamp = 0;
      }
      stamp++;
      let c = 0;
      for (let i = from; i < to; i++) {
        const cell = (pool[i] as number) * k + s;
        const end = succOff[cell + 1] as number;
        for (let j = succOff[cell] as number; j < end; j++) {
          const t = succ[j] as number;
          if (mark[t] !== stamp) {
            mark[t] = stamp;
            buf[c++] = t;
          }
        }
      }
      sortPrefix(buf, c);
      const h = hashList(buf, c);
      let t = find(c, h);
      if (t < 0) {
        if (size >= limit)
          return E.left(budgetError("states", limit, size + 1, "subset construction"));
        t = add(c, h, ~t);
      }
      delta[id * k + s] = t;
    }
  }
  return E.right(makeDfa(n.alphabet, size, 0, delta.slice(0, size * k), accepting.slice(0, size)));
}
