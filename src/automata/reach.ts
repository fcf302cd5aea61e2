/**
 * Reachability in a DFA's graph: the states reachable from the start, and the live states
 * (those from which an accepting state is reachable). Shared by trimming, decisions,
 * counting and growth analysis.
 *
 * Cost: O(n·k) time, O(n·k) memory for the reverse graph.
 *
 * @module
 */
import type { Dfa } from "./dfa.js";

/**
 * The states reachable from the start state in breadth-first order (symbols in alphabet
 * order): the start first, then each state as it is first seen. This is the canonical order
 * of `canonicalize` and `minimize`.
 *
 * @example
 * ```ts
 * bfsOrder(d)[0] === d.start; // true
 * bfsOrder(d).length; // the number of reachable states
 * ```
 */
export function bfsOrder(d: Dfa): Int32Array {
  const k = d.alphabet.symbols.length;
  const seen = new Uint8Array(d.states);
  const queue = new Int32Array(d.states);
  let tail = 0;
  seen[d.start] = 1;
  queue[tail++] = d.start;
  for (let head = 0; head < tail; head++) {
    const base = (queue[head] as number) * k;
    for (let s = 0; s < k; s++) {
      const t = d.delta[base + s] as number;
      if (seen[t] === 0) {
        seen[t] = 1;
        queue[tail++] = t;
      }
    }
  }
  return tail === d.states ? queue : queue.slice(0, tail);
}

/**
 * Flags of the states reachable from the start state (1 = reachable), by BFS.
 *
 * @example
 * ```ts
 * reachable(d)[d.start]; // 1
 * ```
 */
export function reachable(d: Dfa): Uint8Array {
  const seen = new Uint8Array(d.states);
  for (const q of bfsOrder(d)) seen[q] = 1;
  return seen;
}

/**
 * Flags of the live states: those from which some accepting state can be reached
 * (1 = live), by BFS over reversed edges.
 *
 * @example
 * ```ts
 * live(d)[sink]; // 0 for a rejecting sink
 * ```
 */
export function live(d: Dfa): Uint8Array {
  const n = d.states;
  const k = d.alphabet.symbols.length;
  // reverse graph in CSR form
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n * k; i++)
    count[(d.delta[i] as number) + 1] = (count[(d.delta[i] as number) + 1] as number) + 1;
  for (let q = 0; q < n; q++) count[q + 1] = (count[q + 1] as number) + (count[q] as number);
  const fill = count.slice(0, n);
  const preds = new Int32Array(n * k);
  for (let q = 0; q < n; q++)
    for (let s = 0; s < k; s++) {
      const t = d.delta[q * k + s] as number;
      preds[fill[t] as number] = q;
      fill[t] = (fill[t] as number) + 1;
    }
  const mark = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let q = 0; q < n; q++)
    if (d.accepting[q] === 1) {
      mark[q] = 1;
      queue[tail++] = q;
    }
  while (head < tail) {
    const q = queue[head++] as number;
    for (let i = count[q] as number; i < (count[q + 1] as number); i++) {
      const p = preds[i] as number;
      if (mark[p] === 0) {
        mark[p] = 1;
        queue[tail++] = p;
      }
    }
  }
  return mark;
}

/**
 * Flags of the useful states: reachable from the start and live.
 *
 * @example
 * ```ts
 * useful(d).every((f) => f === 0); // the language is empty
 * ```
 */
export function useful(d: Dfa): Uint8Array {
  const r = reachable(d);
  const l = live(d);
  const out = new Uint8Array(d.states);
  for (let q = 0; q < d.states; q++) out[q] = r[q] === 1 && l[q] === 1 ? 1 : 0;
  return out;
}
