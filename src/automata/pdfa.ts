/**
 * Probabilistic deterministic finite automata (PDFAs) as immutable values: the
 * probabilistic models of LimitLab. A PDFA defines a distribution over Σ*:
 * p(s_1…s_n) = P(q_0, s_1) · P(q_1, s_2) ⋯ P(q_{n-1}, s_n) · stop(q_n), where q_0 is the
 * start state and q_i the state reached after i symbols.
 *
 * Invariants of every `Pdfa` (checked by `pdfaFromEdges`, kept by every construction):
 * - transitions are sparse, in CSR form: the edges of state q are `offsets[q]..offsets[q+1]-1`,
 *   sorted by symbol, at most one per symbol, each with probability in (0, 1]; a missing
 *   symbol has probability 0;
 * - `stop[q] + Σ probabilities of q's edges = 1` for every state (within 1e-9 per term for
 *   floats, exactly for exact PDFAs);
 * - consistent: from every state reachable from the start, a state with `stop > 0` can be
 *   reached along edges, so generation ends with probability 1 and the word probabilities
 *   sum to 1;
 * - `exact`, when present, holds the same probabilities as exact fractions (fraction.js) (parallel to
 *   `probs` and `stop`; the floats are their nearest doubles);
 * - never mutated after construction.
 *
 * The support {w : p(w) > 0} is a regular language ({@link pdfaSupport}).
 *
 * @module
 */
import type { Fraction } from "fraction.js";
import type { Alphabet } from "./alphabet.js";
import { type Dfa, makeDfa, type ReadonlyInt32Array } from "./dfa.js";
import { minimize } from "./minimize.js";
import { ONE, ZERO } from "./pdfa/exact.js";
import type { Word } from "./word.js";

/** A read-only view of a `Float64Array`. */
export interface ReadonlyFloat64Array {
  readonly length: number;
  readonly [index: number]: number;
  /** A fresh, writable copy. */
  slice(start?: number, end?: number): Float64Array;
}

/** Exact probabilities, parallel to a PDFA's float arrays. */
export interface ExactProbabilities {
  /** `probs[i]`: the exact probability of edge i. */
  readonly probs: readonly Fraction[];
  /** `stop[q]`: the exact stop probability of state q. */
  readonly stop: readonly Fraction[];
}

/** A probabilistic DFA with sparse transitions and stop probabilities. */
export interface Pdfa {
  readonly alphabet: Alphabet;
  readonly states: number;
  readonly start: number;
  /** `states + 1` entries: the edges of q are `offsets[q]..offsets[q+1]-1`. */
  readonly offsets: ReadonlyInt32Array;
  /** Edge symbols, sorted within each state. */
  readonly symbols: ReadonlyInt32Array;
  /** Edge targets. */
  readonly targets: ReadonlyInt32Array;
  /** Edge probabilities, in (0, 1]. */
  readonly probs: ReadonlyFloat64Array;
  /** `stop[q]`: the probability of ending in state q. */
  readonly stop: ReadonlyFloat64Array;
  /** The same probabilities as exact fractions, when the PDFA was built exactly. */
  readonly exact?: ExactProbabilities;
  /** Extra metadata (name, provenance, …); never interpreted. */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * Wraps freshly built CSR arrays as a `Pdfa` without checking them. Internal: every caller
 * has just built arrays that satisfy the module invariants and never writes to them again.
 *
 * @internal
 */
export function makePdfa(
  alphabet: Alphabet,
  start: number,
  offsets: Int32Array,
  symbols: Int32Array,
  targets: Int32Array,
  probs: Float64Array,
  stop: Float64Array,
  exact?: ExactProbabilities,
): Pdfa {
  const base = { alphabet, states: stop.length, start, offsets, symbols, targets, probs, stop };
  return exact === undefined ? base : { ...base, exact };
}

/**
 * The index of state q's edge on symbol s, or -1 when s has probability 0 in q.
 *
 * Cost: O(log d) for a state with d edges (binary search).
 *
 * @example
 * ```ts
 * const i = edgeIndex(p, p.start, 0);
 * i < 0 ? 0 : p.probs[i]; // P(start, symbol 0)
 * ```
 */
export function edgeIndex(p: Pdfa, q: number, s: number): number {
  let lo = p.offsets[q] as number;
  let hi = (p.offsets[q + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = p.symbols[mid] as number;
    if (m === s) return mid;
    if (m < s) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The probability of a word: the product of its transition probabilities and the final
 * stop probability (0 outside the support).
 *
 * Cost: O(|w| log d). Floating point; see {@link pdfaExactProbability} for exact values.
 *
 * @example
 * ```ts
 * // a PDFA with one state, stop 1/2 and a loop on "a" of probability 1/2: p(a^n) = 2^-(n+1)
 * pdfaProbability(geometric, [0, 0]); // 0.125
 * ```
 */
export function pdfaProbability(p: Pdfa, w: Word): number {
  let q = p.start;
  let pr = 1;
  for (const s of w) {
    const i = edgeIndex(p, q, s);
    if (i < 0) return 0;
    pr *= p.probs[i] as number;
    q = p.targets[i] as number;
  }
  return pr * (p.stop[q] as number);
}

/**
 * The natural-log likelihood of a word, ln p(w), summed term by term (no underflow on long
 * words); `-Infinity` outside the support.
 *
 * Cost: O(|w| log d).
 *
 * @example
 * ```ts
 * pdfaLogLikelihood(geometric, [0, 0]); // 3 · ln(1/2) ≈ -2.079
 * pdfaLogLikelihood(geometric, [1]); // -Infinity
 * ```
 */
export function pdfaLogLikelihood(p: Pdfa, w: Word): number {
  let q = p.start;
  let ll = 0;
  for (const s of w) {
    const i = edgeIndex(p, q, s);
    if (i < 0) return Number.NEGATIVE_INFINITY;
    ll += Math.log(p.probs[i] as number);
    q = p.targets[i] as number;
  }
  const st = p.stop[q] as number;
  return st > 0 ? ll + Math.log(st) : Number.NEGATIVE_INFINITY;
}

/**
 * The exact probability of a word as an exact fraction (fraction.js), for an exact PDFA; `undefined` for a
 * float one.
 *
 * Cost: O(|w| log d) fraction products (numerators grow with |w|).
 *
 * @example
 * ```ts
 * pdfaExactProbability(geometric, [0, 0])?.toFraction(); // "1/8"
 * ```
 */
export function pdfaExactProbability(p: Pdfa, w: Word): Fraction | undefined {
  const ex = p.exact;
  if (ex === undefined) return undefined;
  let q = p.start;
  let pr = ONE;
  for (const s of w) {
    const i = edgeIndex(p, q, s);
    if (i < 0) return ZERO;
    pr = pr.mul(ex.probs[i] as Fraction);
    q = p.targets[i] as number;
  }
  return pr.mul(ex.stop[q] as Fraction);
}

/**
 * The support {w : p(w) > 0} as its minimal complete DFA: the PDFA's graph with a rejecting
 * sink for the missing edges, accepting where the stop probability is positive.
 *
 * Cost: O(n·k) to build the dense table (n states, k symbols), then O(k·n log n) to
 * minimise; memory O(n·k), so a word model with a large vocabulary pays for its table here.
 *
 * @example
 * ```ts
 * accepts(pdfaSupport(geometric), [0, 0, 0]); // true: a* is the support
 * stateCount(pdfaSupport(geometric)); // 2 (a* over {a, b} with its sink)
 * ```
 */
export function pdfaSupport(p: Pdfa): Dfa {
  const k = p.alphabet.symbols.length;
  const n = p.states + 1;
  const sink = p.states;
  const delta = new Int32Array(n * k).fill(sink);
  const accepting = new Uint8Array(n);
  for (let q = 0; q < p.states; q++) {
    accepting[q] = (p.stop[q] as number) > 0 ? 1 : 0;
    for (let i = p.offsets[q] as number; i < (p.offsets[q + 1] as number); i++)
      delta[q * k + (p.symbols[i] as number)] = p.targets[i] as number;
  }
  return minimize(makeDfa(p.alphabet, n, p.start, delta, accepting));
}

/** One edge of a PDFA, as {@link pdfaEdges} lists it. */
export interface PdfaEdge {
  readonly from: number;
  readonly symbol: number;
  readonly to: number;
  readonly p: number;
}

/**
 * The edges as a list (state order, then symbol order), for printing and formats.
 *
 * Cost: O(edges).
 *
 * @example
 * ```ts
 * pdfaEdges(geometric); // [{ from: 0, symbol: 0, to: 0, p: 0.5 }]
 * ```
 */
export function pdfaEdges(p: Pdfa): PdfaEdge[] {
  const out: PdfaEdge[] = [];
  for (let q = 0; q < p.states; q++)
    for (let i = p.offsets[q] as number; i < (p.offsets[q + 1] as number); i++)
      out.push({
        from: q,
        symbol: p.symbols[i] as number,
        to: p.targets[i] as number,
        p: p.probs[i] as number,
      });
  return out;
}

/**
 * The same PDFA with other metadata (arrays shared, not copied).
 *
 * @example
 * ```ts
 * withPdfaMeta(p, { name: "base" }).meta; // { name: "base" }
 * ```
 */
export function withPdfaMeta(p: Pdfa, meta: Readonly<Record<string, unknown>>): Pdfa {
  return { ...p, meta };
}
