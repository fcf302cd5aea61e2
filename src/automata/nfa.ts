/**
 * Nondeterministic finite automata with ε-moves, in compressed sparse rows.
 *
 * Invariants of every `Nfa`: the symbol successors of state q on symbol s are
 * `targets[offsets[q*k+s] .. offsets[q*k+s+1])`; its ε-successors are
 * `epsTargets[epsOffsets[q] .. epsOffsets[q+1])`; every state index is in `0..states-1`;
 * never mutated after construction.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabetSize } from "./alphabet.js";
import type { ReadonlyInt32Array, ReadonlyUint8Array } from "./dfa.js";
import { invalidInput, type LimitLabError, LimitLabException } from "./support/errors.js";

/** An ε-NFA. */
export interface Nfa {
  readonly alphabet: Alphabet;
  readonly states: number;
  /** Initial states (sorted, distinct). */
  readonly initial: ReadonlyInt32Array;
  readonly accepting: ReadonlyUint8Array;
  /** Length `states * k + 1`. */
  readonly offsets: ReadonlyInt32Array;
  readonly targets: ReadonlyInt32Array;
  /** Length `states + 1`. */
  readonly epsOffsets: ReadonlyInt32Array;
  readonly epsTargets: ReadonlyInt32Array;
}

/** One edge: `symbol` is a symbol index, or `null` for an ε-move. */
export interface NfaEdge {
  readonly from: number;
  readonly symbol: number | null;
  readonly to: number;
}

/**
 * Builds an NFA from an edge list, checking every index.
 *
 * @example
 * ```ts
 * // a | ab, with ε-moves from 0
 * nfaFromEdges(ab, 6, [0], [2, 5], [
 *   { from: 0, symbol: null, to: 1 }, { from: 0, symbol: null, to: 3 },
 *   { from: 1, symbol: 0, to: 2 }, { from: 3, symbol: 0, to: 4 }, { from: 4, symbol: 1, to: 5 },
 * ]); // right(Nfa)
 * ```
 */
export function nfaFromEdges(
  alphabet: Alphabet,
  states: number,
  initial: readonly number[],
  accepting: readonly number[],
  edges: readonly NfaEdge[],
): E.Either<LimitLabError, Nfa> {
  const k = alphabetSize(alphabet);
  const inRange = (q: number) => Number.isInteger(q) && q >= 0 && q < states;
  if (!Number.isInteger(states) || states < 0)
    return E.left(invalidInput(`${states} is not a state count`, "states"));
  for (const [i, q] of initial.entries())
    if (!inRange(q))
      return E.left(invalidInput(`${q} is not a state in 0..${states - 1}`, `initial[${i}]`));
  for (const [i, q] of accepting.entries())
    if (!inRange(q))
      return E.left(invalidInput(`${q} is not a state in 0..${states - 1}`, `accepting[${i}]`));
  for (const [i, e] of edges.entries()) {
    if (!inRange(e.from) || !inRange(e.to))
      return E.left(
        invalidInput(`edge ${e.from} -> ${e.to} leaves 0..${states - 1}`, `edges[${i}]`),
      );
    if (e.symbol !== null && !(Number.isInteger(e.symbol) && e.symbol >= 0 && e.symbol < k))
      return E.left(invalidInput(`symbol ${e.symbol} is not in 0..${k - 1}`, `edges[${i}]`));
  }
  return E.right(buildNfa(alphabet, states, initial, accepting, edges));
}

/**
 * Builds an NFA from edges known to be in range (a programming error throws).
 *
 * @internal
 */
export function buildNfa(
  alphabet: Alphabet,
  states: number,
  initial: readonly number[],
  accepting: readonly number[],
  edges: readonly NfaEdge[],
): Nfa {
  const k = alphabetSize(alphabet);
  const offsets = new Int32Array(states * k + 1);
  const epsOffsets = new Int32Array(states + 1);
  for (const e of edges) {
    if (e.from < 0 || e.from >= states || e.to < 0 || e.to >= states)
      throw new LimitLabException(invalidInput(`edge ${e.from} -> ${e.to} out of range`));
    if (e.symbol === null) epsOffsets[e.from + 1] = (epsOffsets[e.from + 1] as number) + 1;
    else offsets[e.from * k + e.symbol + 1] = (offsets[e.from * k + e.symbol + 1] as number) + 1;
  }
  for (let i = 0; i < states * k; i++)
    offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  for (let i = 0; i < states; i++)
    epsOffsets[i + 1] = (epsOffsets[i + 1] as number) + (epsOffsets[i] as number);
  const targets = new Int32Array(offsets[states * k] as number);
  const epsTargets = new Int32Array(epsOffsets[states] as number);
  const fill = offsets.slice(0, states * k);
  const epsFill = epsOffsets.slice(0, states);
  for (const e of edges) {
    if (e.symbol === null) {
      epsTargets[epsFill[e.from] as number] = e.to;
      epsFill[e.from] = (epsFill[e.from] as number) + 1;
    } else {
      const c = e.from * k + e.symbol;
      targets[fill[c] as number] = e.to;
      fill[c] = (fill[c] as number) + 1;
    }
  }
  const acc = new Uint8Array(states);
  for (const q of accepting) acc[q] = 1;
  const init = Int32Array.from(new Set(initial)).sort();
  return {
    alphabet,
    states,
    initial: init,
    accepting: acc,
    offsets,
    targets,
    epsOffsets,
    epsTargets,
  };
}

/**
 * The edges of an NFA, symbol edges by source then symbol, then ε-edges (for printing).
 *
 * @example
 * ```ts
 * nfaEdges(n).length;
 * ```
 */
export function nfaEdges(n: Nfa): NfaEdge[] {
  const k = alphabetSize(n.alphabet);
  const out: NfaEdge[] = [];
  for (let q = 0; q < n.states; q++) {
    for (let s = 0; s < k; s++)
      for (let i = n.offsets[q * k + s] as number; i < (n.offsets[q * k + s + 1] as number); i++)
        out.push({ from: q, symbol: s, to: n.targets[i] as number });
    for (let i = n.epsOffsets[q] as number; i < (n.epsOffsets[q + 1] as number); i++)
      out.push({ from: q, symbol: null, to: n.epsTargets[i] as number });
  }
  return out;
}
