/**
 * Complete deterministic finite automata as immutable values.
 *
 * Invariants of every `Dfa`:
 * - complete: `delta[q * k + s]` is a state in `0..states-1` for every state q and symbol s
 *   (k = alphabet size); a partial automaton from another tool goes through `complete` first;
 * - `accepting[q]` is 1 or 0;
 * - never mutated after construction: the arrays are typed read-only, and no function hands
 *   out a writable view of them.
 *
 * Sizes are state counts of the stored automaton, sink included ({@link stateCount});
 * "minimal size" means `stateCount(minimize(d))`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabetSize } from "./alphabet.js";
import { invalidInput, type LimitLabError } from "./support/errors.js";
import type { Word } from "./word.js";

/** A read-only view of an `Int32Array` (TypeScript has no read-only typed arrays). */
export interface ReadonlyInt32Array {
  readonly length: number;
  readonly [index: number]: number;
  /** A fresh, writable copy. */
  slice(start?: number, end?: number): Int32Array;
}

/** A read-only view of a `Uint8Array`. */
export interface ReadonlyUint8Array {
  readonly length: number;
  readonly [index: number]: number;
  /** A fresh, writable copy. */
  slice(start?: number, end?: number): Uint8Array;
}

/** A complete DFA: dense transition table (row = state, column = symbol). */
export interface Dfa {
  readonly alphabet: Alphabet;
  /** Number of states, sink included. */
  readonly states: number;
  readonly start: number;
  /** `delta[q * k + s]`: the successor of state q on symbol s. */
  readonly delta: ReadonlyInt32Array;
  /** `accepting[q]` is 1 when q accepts. */
  readonly accepting: ReadonlyUint8Array;
  /** Extra metadata carried through JSON (name, provenance, …); never interpreted. */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * Wraps freshly built arrays as a `Dfa` without checking them. Internal: every caller has
 * just built complete, in-range arrays and never writes to them again.
 *
 * @internal
 */
export function makeDfa(
  alphabet: Alphabet,
  states: number,
  start: number,
  delta: Int32Array,
  accepting: Uint8Array,
  meta?: Readonly<Record<string, unknown>>,
): Dfa {
  return meta === undefined
    ? { alphabet, states, start, delta, accepting }
    : { alphabet, states, start, delta, accepting, meta };
}

/**
 * Builds a complete DFA from a table, checking every entry.
 *
 * @param transitions - `transitions[q][s]`, the successor of state q on symbol s.
 * @param accepting - the accepting states.
 * @example
 * ```ts
 * // (ab)*: 0 -a-> 1 -b-> 0, everything else to the sink 2
 * dfaFromTable(ab, 0, [0], [[1, 2], [2, 0], [2, 2]]); // right(Dfa with 3 states)
 * dfaFromTable(ab, 0, [0], [[1]]); // left: transitions[0] has 1 entries, expected 2
 * ```
 */
export function dfaFromTable(
  alphabet: Alphabet,
  start: number,
  accepting: readonly number[],
  transitions: readonly (readonly number[])[],
  meta?: Readonly<Record<string, unknown>>,
): E.Either<LimitLabError, Dfa> {
  const n = transitions.length;
  const k = alphabetSize(alphabet);
  if (n === 0) return E.left(invalidInput("a DFA needs at least one state", "transitions"));
  if (!Number.isInteger(start) || start < 0 || start >= n)
    return E.left(invalidInput(`start state ${start} is not in 0..${n - 1}`, "start"));
  const delta = new Int32Array(n * k);
  for (let q = 0; q < n; q++) {
    const row = transitions[q] as readonly number[];
    if (!Array.isArray(row) || row.length !== k)
      return E.left(
        invalidInput(
          `has ${Array.isArray(row) ? row.length : "no"} entries, expected ${k} (one per symbol)`,
          `transitions[${q}]`,
        ),
      );
    for (let s = 0; s < k; s++) {
      const t = row[s] as number;
      if (!Number.isInteger(t) || t < 0 || t >= n)
        return E.left(
          invalidInput(
            `${JSON.stringify(t)} is not a state in 0..${n - 1} (the automaton must be complete; use complete for partial ones)`,
            `transitions[${q}][${s}]`,
          ),
        );
      delta[q * k + s] = t;
    }
  }
  const acc = new Uint8Array(n);
  for (const [i, q] of accepting.entries()) {
    if (!Number.isInteger(q) || q < 0 || q >= n)
      return E.left(
        invalidInput(`${JSON.stringify(q)} is not a state in 0..${n - 1}`, `accepting[${i}]`),
      );
    acc[q] = 1;
  }
  return E.right(makeDfa(alphabet, n, start, delta, acc, meta));
}

/**
 * The number of states of the stored complete DFA, sink included.
 *
 * @example
 * ```ts
 * stateCount(compileOrThrow("(ab)*")); // 3
 * ```
 */
export function stateCount(d: Dfa): number {
  return d.states;
}

/**
 * The successor of state `q` on symbol `s`.
 *
 * @example
 * ```ts
 * step(d, d.start, 0);
 * ```
 */
export function step(d: Dfa, q: number, s: number): number {
  return d.delta[q * d.alphabet.symbols.length + s] as number;
}

/**
 * The state reached from `from` (default: the start state) after reading `w`.
 *
 * @example
 * ```ts
 * run(d, [0, 1]); // state after "ab"
 * ```
 */
export function run(d: Dfa, w: Word, from: number = d.start): number {
  const k = d.alphabet.symbols.length;
  let q = from;
  for (const s of w) q = d.delta[q * k + s] as number;
  return q;
}

/**
 * Membership: does the DFA accept the word?
 *
 * @example
 * ```ts
 * accepts(abStar, [0, 1]); // true
 * accepts(abStar, [0]); // false
 * ```
 */
export function accepts(d: Dfa, w: Word): boolean {
  return d.accepting[run(d, w)] === 1;
}

/**
 * The accepting states as a sorted list.
 *
 * @example
 * ```ts
 * acceptingStates(abStar); // [0]
 * ```
 */
export function acceptingStates(d: Dfa): number[] {
  const out: number[] = [];
  for (let q = 0; q < d.states; q++) if (d.accepting[q] === 1) out.push(q);
  return out;
}

/**
 * The transition table as nested arrays (`table[q][s]`), for formats and printing.
 *
 * @example
 * ```ts
 * transitionTable(abStar); // [[1, 2], [2, 0], [2, 2]]
 * ```
 */
export function transitionTable(d: Dfa): number[][] {
  const k = d.alphabet.symbols.length;
  const out: number[][] = [];
  for (let q = 0; q < d.states; q++) {
    const row: number[] = [];
    for (let s = 0; s < k; s++) row.push(d.delta[q * k + s] as number);
    out.push(row);
  }
  return out;
}

/**
 * The same DFA with other metadata (the language and the arrays are shared, not copied).
 *
 * @example
 * ```ts
 * withMeta(d, { name: "base" }).meta; // { name: "base" }
 * ```
 */
export function withMeta(d: Dfa, meta: Readonly<Record<string, unknown>>): Dfa {
  return { ...d, meta };
}
