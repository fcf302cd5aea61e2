/**
 * Building PDFAs from user input: an edge list with probabilities, validated into the
 * invariants of `Pdfa` (see src/automata/pdfa.ts) or refused with an error naming the field.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { type Alphabet, alphabetSize } from "../alphabet.js";
import { makePdfa, type Pdfa } from "../pdfa.js";
import { invalidInput, type LimitLabError } from "../support/errors.js";
import { wordToString } from "../word.js";
import { ONE, type Probability, parseProbability, ZERO } from "./exact.js";

/** One transition as a caller gives it. */
export interface PdfaEdgeInput {
  readonly from: number;
  /** A symbol index into the alphabet. */
  readonly symbol: number;
  readonly to: number;
  readonly p: Probability;
}

/** A PDFA as a caller gives it: states `0..states-1`, stop probabilities, edges. */
export interface PdfaSpec {
  readonly states: number;
  readonly start: number;
  /** One stop probability per state. */
  readonly stop: readonly Probability[];
  /** Transitions; edges of probability 0 are dropped; at most one per (state, symbol). */
  readonly edges: readonly PdfaEdgeInput[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** Float rows may miss 1 by this much per term (rounding of the caller's decimals). */
const ROW_TOLERANCE = 1e-9;

function checkIndex(x: number, n: number, what: string, field: string): LimitLabError | null {
  return Number.isInteger(x) && x >= 0 && x < n
    ? null
    : invalidInput(`${JSON.stringify(x)} is not a ${what} in 0..${n - 1}`, field);
}

/**
 * Builds a PDFA from an edge list, checking every index, every probability, every row sum
 * (`stop + Σ edges = 1` per state: exactly when all probabilities are exact, within 1e-9 per
 * term otherwise) and consistency (from every state reachable from the start some state with
 * a positive stop probability is reachable, so the word probabilities sum to 1).
 *
 * Exactness: the result carries exact fractions when every probability is a string or a
 * `Fraction` (`"1/3"`); one number makes it a float PDFA.
 *
 * Cost: O(n + m log m) for n states and m edges.
 *
 * @example
 * ```ts
 * // a^n with probability 2^-(n+1), exactly
 * pdfaFromEdges(ab, { states: 1, start: 0, stop: ["1/2"],
 *   edges: [{ from: 0, symbol: 0, to: 0, p: "1/2" }] }); // right(Pdfa)
 * pdfaFromEdges(ab, { states: 1, start: 0, stop: [0],
 *   edges: [{ from: 0, symbol: 0, to: 0, p: 1 }] }); // left: state 0 (reached by ε) never stops
 * ```
 */
export function pdfaFromEdges(alphabet: Alphabet, spec: PdfaSpec): E.Either<LimitLabError, Pdfa> {
  const n = spec.states;
  const k = alphabetSize(alphabet);
  if (!Number.isInteger(n) || n < 1)
    return E.left(invalidInput(`${n} is not a positive state count`, "states"));
  const bad = checkIndex(spec.start, n, "state", "start");
  if (bad !== null) return E.left(bad);
  if (spec.stop.length !== n)
    return E.left(invalidInput(`has ${spec.stop.length} entries, expected ${n}`, "stop"));
  let exact = true;
  const stop = new Float64Array(n);
  const exactStop: Fraction[] = [];
  for (const [q, x] of spec.stop.entries()) {
    const r = parseProbability(x, `stop[${q}]`);
    if (E.isLeft(r)) return r;
    stop[q] = r.right.value;
    if (r.right.exact === undefined) exact = false;
    else exactStop.push(r.right.exact);
  }
  const kept: { from: number; symbol: number; to: number; p: number; x: Fraction | undefined }[] =
    [];
  for (const [i, e] of spec.edges.entries()) {
    const field = `edges[${i}]`;
    const err =
      checkIndex(e.from, n, "state", `${field}.from`) ??
      checkIndex(e.to, n, "state", `${field}.to`) ??
      checkIndex(e.symbol, k, "symbol index", `${field}.symbol`);
    if (err !== null) return E.left(err);
    const r = parseProbability(e.p, `${field}.p`);
    if (E.isLeft(r)) return r;
    if (r.right.exact === undefined) exact = false;
    if (r.right.value > 0 || (r.right.exact !== undefined && !r.right.exact.equals(0)))
      kept.push({ from: e.from, symbol: e.symbol, to: e.to, p: r.right.value, x: r.right.exact });
  }
  kept.sort((a, b) => a.from - b.from || a.symbol - b.symbol);
  const m = kept.length;
  const offsets = new Int32Array(n + 1);
  const symbols = new Int32Array(m);
  const targets = new Int32Array(m);
  const probs = new Float64Array(m);
  const exactProbs: Fraction[] = [];
  for (const [i, e] of kept.entries()) {
    const prev = kept[i - 1];
    if (prev !== undefined && prev.from === e.from && prev.symbol === e.symbol)
      return E.left(
        invalidInput(
          `state ${e.from} has two edges on symbol ${JSON.stringify(alphabet.symbols[e.symbol])} (a PDFA is deterministic)`,
          "edges",
        ),
      );
    offsets[e.from + 1] = (offsets[e.from + 1] as number) + 1;
    symbols[i] = e.symbol;
    targets[i] = e.to;
    probs[i] = e.p;
    if (e.x !== undefined) exactProbs.push(e.x);
  }
  for (let q = 0; q < n; q++) offsets[q + 1] = (offsets[q + 1] as number) + (offsets[q] as number);
  const p = makePdfa(
    alphabet,
    spec.start,
    offsets,
    symbols,
    targets,
    probs,
    stop,
    exact ? { probs: exactProbs, stop: exactStop } : undefined,
  );
  const rows = checkRows(p);
  if (E.isLeft(rows)) return rows;
  const c = checkConsistent(p);
  if (E.isLeft(c)) return c;
  return E.right(spec.meta === undefined ? p : { ...p, meta: spec.meta });
}

function checkRows(p: Pdfa): E.Either<LimitLabError, Pdfa> {
  for (let q = 0; q < p.states; q++) {
    const lo = p.offsets[q] as number;
    const hi = p.offsets[q + 1] as number;
    if (p.exact !== undefined) {
      let sum = p.exact.stop[q] as Fraction;
      for (let i = lo; i < hi; i++) sum = sum.add(p.exact.probs[i] as Fraction);
      if (!sum.equals(ONE))
        return E.left(
          invalidInput(
            `stop and edge probabilities sum to ${sum.toFraction()}, not 1`,
            `state ${q}`,
          ),
        );
    } else {
      let sum = p.stop[q] as number;
      for (let i = lo; i < hi; i++) sum += p.probs[i] as number;
      if (Math.abs(sum - 1) > ROW_TOLERANCE * (hi - lo + 1))
        return E.left(
          invalidInput(`stop and edge probabilities sum to ${sum}, not 1`, `state ${q}`),
        );
    }
  }
  return E.right(p);
}

/**
 * Checks consistency: from every state reachable from the start, some state with a positive
 * stop probability is reachable (otherwise generation can run forever with positive
 * probability and the word probabilities sum to less than 1). The error names the first
 * such state in breadth-first order and a shortest word reaching it.
 *
 * Cost: O(n + m).
 *
 * @example
 * ```ts
 * checkConsistent(geometric); // right(geometric)
 * ```
 */
export function checkConsistent(p: Pdfa): E.Either<LimitLabError, Pdfa> {
  const n = p.states;
  const m = p.targets.length;
  // reverse edges in CSR form
  const rOff = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const t = (p.targets[i] as number) + 1;
    rOff[t] = (rOff[t] as number) + 1;
  }
  for (let q = 0; q < n; q++) rOff[q + 1] = (rOff[q + 1] as number) + (rOff[q] as number);
  const fill = rOff.slice(0, n);
  const rSrc = new Int32Array(m);
  for (let q = 0; q < n; q++)
    for (let i = p.offsets[q] as number; i < (p.offsets[q + 1] as number); i++) {
      const t = p.targets[i] as number;
      rSrc[fill[t] as number] = q;
      fill[t] = (fill[t] as number) + 1;
    }
  const live = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let q = 0; q < n; q++)
    if ((p.stop[q] as number) > 0 || (p.exact !== undefined && !p.exact.stop[q]?.equals(ZERO))) {
      live[q] = 1;
      queue[tail++] = q;
    }
  for (let head = 0; head < tail; head++) {
    const q = queue[head] as number;
    for (let i = rOff[q] as number; i < (rOff[q + 1] as number); i++) {
      const r = rSrc[i] as number;
      if (live[r] === 0) {
        live[r] = 1;
        queue[tail++] = r;
      }
    }
  }
  // forward BFS from the start, remembering how each state was reached
  const parent = new Int32Array(n).fill(-1);
  const via = new Int32Array(n);
  const seen = new Uint8Array(n);
  seen[p.start] = 1;
  tail = 0;
  queue[tail++] = p.start;
  for (let head = 0; head < tail; head++) {
    const q = queue[head] as number;
    if (live[q] === 0) {
      const w: number[] = [];
      for (let x = q; x !== p.start; x = parent[x] as number) w.push(via[x] as number);
      w.reverse();
      return E.left(
        invalidInput(
          `state ${q} (reached by ${wordToString(p.alphabet, w)}) can never stop: generation from it runs forever, so the probabilities do not sum to 1`,
          "edges",
        ),
      );
    }
    for (let i = p.offsets[q] as number; i < (p.offsets[q + 1] as number); i++) {
      const t = p.targets[i] as number;
      if (seen[t] === 0) {
        seen[t] = 1;
        parent[t] = q;
        via[t] = p.symbols[i] as number;
        queue[tail++] = t;
      }
    }
  }
  return E.right(p);
}
