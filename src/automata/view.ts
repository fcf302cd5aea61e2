/**
 * On-the-fly successor views: deterministic graphs whose nodes are numbered as they are
 * discovered, shared by products, searches and the witness BFS.
 *
 * Contract of every {@link SuccessorView}: node 0 is the start; `next(node, s)` returns
 * either a node already numbered or exactly `size` (the next free number), which it then
 * numbers; so a BFS that asks for successors in node order numbers the nodes in BFS order
 * and needs no queue (node ids are the queue).
 *
 * @module
 */
import type { Alphabet } from "./alphabet.js";
import { type Dfa, makeDfa } from "./dfa.js";

/**
 * A deterministic graph explored on the fly, with a mark on some nodes.
 *
 * @example
 * ```ts
 * const v = dfaView(d);
 * for (let node = 0; node < v.size; node++) v.next(node, 0); // BFS along symbol 0
 * ```
 */
export interface SuccessorView {
  /** Number of symbols. */
  readonly symbols: number;
  /** Nodes numbered so far (the start, node 0, is always numbered). */
  readonly size: number;
  /** The successor of a numbered node on symbol `s` (numbers it when new). */
  next(node: number, s: number): number;
  /** Is this numbered node marked (accepting, a goal, a difference)? */
  marked(node: number): boolean;
}

/**
 * A larger copy of `a` holding at least `need` entries (or `a` itself when it is big enough).
 *
 * @internal
 */
export function growInt32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2, 16));
  b.set(a);
  return b;
}

class DfaStatesView implements SuccessorView {
  readonly symbols: number;
  size = 1;
  private readonly id: Int32Array;
  private readonly state: Int32Array;
  constructor(
    private readonly d: Dfa,
    private readonly want: number,
  ) {
    this.symbols = d.alphabet.symbols.length;
    this.id = new Int32Array(d.states).fill(-1);
    this.state = new Int32Array(d.states);
    this.id[d.start] = 0;
    this.state[0] = d.start;
  }
  next(node: number, s: number): number {
    const t = this.d.delta[(this.state[node] as number) * this.symbols + s] as number;
    let j = this.id[t] as number;
    if (j < 0) {
      j = this.size++;
      this.id[t] = j;
      this.state[j] = t;
    }
    return j;
  }
  marked(node: number): boolean {
    return this.d.accepting[this.state[node] as number] === this.want;
  }
}

/**
 * A DFA as a view whose marked nodes are its accepting states (`accepting = true`) or its
 * rejecting states (`accepting = false`). Cost: O(n) memory up front, O(1) per step.
 *
 * @example
 * ```ts
 * shortestMarked(dfaView(d, false)); // the least rejected word
 * ```
 */
export function dfaView(d: Dfa, accepting = true): SuccessorView {
  return new DfaStatesView(d, accepting ? 1 : 0);
}

/**
 * Explores a view completely by BFS and stores it as a complete DFA: node i becomes state
 * i (BFS order from the start), marked nodes accept. Cost: O(N·k) time and memory for the N
 * nodes reachable in the view.
 *
 * @example
 * ```ts
 * materialize(productView(a, b, AND), a.alphabet); // the reachable product
 * ```
 */
export function materialize(view: SuccessorView, alphabet: Alphabet): Dfa {
  const k = view.symbols;
  let delta = new Int32Array(Math.max(16, k * 16));
  for (let node = 0; node < view.size; node++) {
    delta = growInt32(delta, (node + 1) * k);
    for (let s = 0; s < k; s++) delta[node * k + s] = view.next(node, s);
  }
  const n = view.size;
  const accepting = new Uint8Array(n);
  for (let q = 0; q < n; q++) accepting[q] = view.marked(q) ? 1 : 0;
  return makeDfa(alphabet, n, 0, delta.slice(0, n * k), accepting);
}
