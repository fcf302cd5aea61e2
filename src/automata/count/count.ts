/**
 * Exact counts of accepted words, by dynamic programming over the useful states.
 *
 * Law: with c_t(q) the number of words of length t accepted from state q,
 * c_0(q) = [q accepts] and c_(t+1)(q) = Σ_s c_t(δ(q, s)); the language has c_t(start) words
 * of length t. Only useful states (reachable and live, {@link useful}) can contribute, so the
 * recurrence runs on the trimmed graph ({@link trimmed}); counts are `bigint`, exact for
 * every length.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Dfa, ReadonlyInt32Array, ReadonlyUint8Array } from "../dfa.js";
import { useful } from "../reach.js";
import { invalidInput, LimitLabException } from "../support/errors.js";
import { hasCycle, stronglyConnected } from "./scc.js";

/**
 * The trimmed graph of a DFA: its useful states renumbered 0..states-1 (in the DFA's order),
 * with transitions to useless states removed. Empty (`states` 0) exactly when the language is
 * empty; otherwise every state is reachable from `start` and reaches an accepting state.
 *
 * @internal
 */
export interface Trimmed {
  readonly states: number;
  /** Alphabet size. */
  readonly k: number;
  /** The start state, or -1 when the language is empty. */
  readonly start: number;
  /** `next[q * k + s]`: the useful successor, or -1. */
  readonly next: ReadonlyInt32Array;
  readonly accepting: ReadonlyUint8Array;
}

/**
 * Trims a DFA to its useful states. Cost O(n·k).
 *
 * @internal
 * @example
 * ```ts
 * trimmed(abStar).states; // 2: the sink is gone
 * ```
 */
export function trimmed(d: Dfa): Trimmed {
  const k = d.alphabet.symbols.length;
  const keep = useful(d);
  const renumber = new Int32Array(d.states).fill(-1);
  let m = 0;
  for (let q = 0; q < d.states; q++) if (keep[q] === 1) renumber[q] = m++;
  const next = new Int32Array(m * k);
  const accepting = new Uint8Array(m);
  for (let q = 0; q < d.states; q++) {
    const r = renumber[q] as number;
    if (r < 0) continue;
    accepting[r] = d.accepting[q] as number;
    for (let s = 0; s < k; s++) next[r * k + s] = renumber[d.delta[q * k + s] as number] as number;
  }
  return { states: m, k, start: renumber[d.start] as number, next, accepting };
}

/**
 * One step of the counting recurrence: from c_t (per trimmed state) to c_(t+1).
 * Cost: states·k bigint additions.
 *
 * @internal
 */
export function countStep(t: Trimmed, cur: readonly bigint[]): bigint[] {
  const { states, k, next } = t;
  const out = new Array<bigint>(states);
  for (let q = 0; q < states; q++) {
    let sum = 0n;
    for (let s = 0; s < k; s++) {
      const r = next[q * k + s] as number;
      if (r >= 0) sum += cur[r] as bigint;
    }
    out[q] = sum;
  }
  return out;
}

/**
 * c_0: one accepted word (ε) from each accepting trimmed state.
 *
 * @internal
 */
export function countBase(t: Trimmed): bigint[] {
  const out = new Array<bigint>(t.states);
  for (let q = 0; q < t.states; q++) out[q] = t.accepting[q] === 1 ? 1n : 0n;
  return out;
}

/**
 * Throws unless `n` is a non-negative safe integer (a programming error: lengths are
 * program values).
 *
 * @internal
 */
export function checkLength(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new LimitLabException(
      invalidInput(`${what} must be a non-negative integer, got ${String(n)}`, what),
    );
}

/**
 * The number of accepted words of each length 0..maxLength (index = length).
 *
 * Cost: O(maxLength · n · k) bigint additions over the n useful states, O(n + maxLength)
 * bigints of memory.
 *
 * @throws LimitLabException (invalid-input) when maxLength is not a non-negative integer.
 * @example
 * ```ts
 * countsByLength(abStar, 4); // [1n, 0n, 1n, 0n, 1n]
 * ```
 */
export function countsByLength(d: Dfa, maxLength: number): bigint[] {
  checkLength(maxLength, "maxLength");
  const t = trimmed(d);
  if (t.start < 0) return new Array<bigint>(maxLength + 1).fill(0n);
  const out: bigint[] = [];
  let cur = countBase(t);
  out.push(cur[t.start] as bigint);
  for (let len = 1; len <= maxLength; len++) {
    cur = countStep(t, cur);
    out.push(cur[t.start] as bigint);
  }
  return out;
}

/**
 * The exact number of accepted words of the given length.
 *
 * Cost: O(length · n · k) bigint additions over the n useful states; the numbers grow to
 * about length · log2(k) bits (length 5000 on a 200-state DFA over 5 letters: about 1 s).
 *
 * @throws LimitLabException (invalid-input) when length is not a non-negative integer.
 * @example
 * ```ts
 * countWords(abStar, 4); // 1n ("abab")
 * countWords(sigmaStar, 3); // 8n over {a, b}
 * ```
 */
export function countWords(d: Dfa, length: number): bigint {
  return countsByLength(d, length)[length] as bigint;
}

/**
 * The exact number of accepted words of length at most n (lengths 0..n).
 *
 * Cost: as {@link countWords}.
 *
 * @throws LimitLabException (invalid-input) when n is not a non-negative integer.
 * @example
 * ```ts
 * countUpTo(abStar, 4); // 3n: ε, ab, abab
 * ```
 */
export function countUpTo(d: Dfa, n: number): bigint {
  return countsByLength(d, n).reduce((a, b) => a + b, 0n);
}

/**
 * The exact size of a finite language, or `none` when it is infinite.
 *
 * A language is finite exactly when its useful states have no cycle; its words then have
 * length below the number of useful states, and the count is one pass over them in
 * topological order. Cost: O(n·k) bigint additions.
 *
 * @example
 * ```ts
 * cardinality(aOrAb); // some(2n)
 * cardinality(abStar); // none
 * ```
 */
export function cardinality(d: Dfa): O.Option<bigint> {
  const t = trimmed(d);
  if (t.start < 0) return O.some(0n);
  const c = stronglyConnected(t.states, t.k, t.next);
  if (hasCycle(c)) return O.none;
  // acyclic: every component is one state, numbered in reverse topological order
  const order = new Int32Array(t.states);
  for (let q = 0; q < t.states; q++) order[c.component[q] as number] = q;
  const total = new Array<bigint>(t.states).fill(0n);
  for (let i = 0; i < t.states; i++) {
    const q = order[i] as number;
    let sum = t.accepting[q] === 1 ? 1n : 0n;
    for (let s = 0; s < t.k; s++) {
      const r = t.next[q * t.k + s] as number;
      if (r >= 0) sum += total[r] as bigint;
    }
    total[q] = sum;
  }
  return O.some(total[t.start] as bigint);
}
