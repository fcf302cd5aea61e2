/**
 * Strongly connected components of a k-ary graph (Tarjan 1972), iterative, on typed arrays.
 *
 * The graph has `n` nodes and `k` out-slots per node: `next[v * k + s]` is the target of
 * slot s of node v, or -1 when the slot is empty (so a trimmed DFA's table is such a graph,
 * and so is a complete DFA's `delta`). Parallel edges are kept: they matter for counting.
 *
 * Invariants of the result: components are numbered in *reverse topological order* of the
 * condensation (every edge goes from a component to one with a smaller or equal number; the
 * first component finished, number 0, is a sink). A component is *cyclic* when it has more
 * than one node or a self-loop.
 *
 * Cost: O(n·k) time and O(n) extra memory; no recursion, so deep graphs cannot overflow the
 * call stack.
 *
 * @module
 */
import type { ReadonlyInt32Array, ReadonlyUint8Array } from "../dfa.js";

/** The components of a graph: `component[v]` for every node, and per-component facts. */
export interface Sccs {
  /** Number of components. */
  readonly count: number;
  /** `component[v]`: the component of node v, numbered in reverse topological order. */
  readonly component: ReadonlyInt32Array;
  /** `size[c]`: the number of nodes of component c. */
  readonly size: ReadonlyInt32Array;
  /** `cyclic[c]` is 1 when component c contains a cycle (two or more nodes, or a self-loop). */
  readonly cyclic: ReadonlyUint8Array;
}

/**
 * Tarjan's strongly connected components of the graph with `n` nodes and `k` slots per node.
 *
 * @param next - `next[v * k + s]`: a node, or -1 for no edge.
 * @example
 * ```ts
 * // 0 -> 1 -> 0, 1 -> 2 (k = 2)
 * const c = stronglyConnected(3, 2, Int32Array.from([1, -1, 0, 2, -1, -1]));
 * c.count; // 2: {2} is component 0 (a sink), {0, 1} component 1
 * c.cyclic[c.component[0]]; // 1
 * ```
 */
export function stronglyConnected(n: number, k: number, next: ReadonlyInt32Array): Sccs {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callSlot = new Int32Array(n);
  const component = new Int32Array(n);
  const sizes: number[] = [];
  const cyclic: number[] = [];
  let sp = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if ((index[root] as number) !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callSlot[0] = 0;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth] as number;
      const s = callSlot[depth] as number;
      if (s < k) {
        callSlot[depth] = s + 1;
        const w = next[v * k + s] as number;
        if (w < 0) continue;
        if ((index[w] as number) === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callSlot[depth] = 0;
        } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) {
          low[v] = index[w] as number;
        }
        continue;
      }
      if (low[v] === index[v]) {
        const c = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--sp] as number;
          onStack[w] = 0;
          component[w] = c;
          size++;
        } while (w !== v);
        sizes.push(size);
        cyclic.push(size > 1 || hasSelfLoop(v, k, next) ? 1 : 0);
      }
      depth--;
      if (depth >= 0) {
        const u = callNode[depth] as number;
        if ((low[v] as number) < (low[u] as number)) low[u] = low[v] as number;
      }
    }
  }
  return {
    count: sizes.length,
    component,
    size: Int32Array.from(sizes),
    cyclic: Uint8Array.from(cyclic),
  };
}

function hasSelfLoop(v: number, k: number, next: ReadonlyInt32Array): boolean {
  for (let s = 0; s < k; s++) if ((next[v * k + s] as number) === v) return true;
  return false;
}

/**
 * Does the graph have a cycle (some cyclic component)?
 *
 * @example
 * ```ts
 * hasCycle(stronglyConnected(1, 1, Int32Array.from([0]))); // true: a self-loop
 * ```
 */
export function hasCycle(c: Sccs): boolean {
  for (let i = 0; i < c.count; i++) if (c.cyclic[i] === 1) return true;
  return false;
}
