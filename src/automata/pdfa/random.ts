/**
 * Seeded random PDFAs (for zoos, tests and benchmarks) and the builder from integer weights
 * they share with the fast-check arbitrary.
 *
 * Generator: xorshift32 from the seed (src/automata/support/rng.ts). For each state, one draw
 * decides whether it may stop (probability 2/3), one more its stop weight in 1..9; then for
 * each symbol one draw decides whether the edge exists (probability `density`), one its target
 * and one its weight in 1..9. Probabilities are the weights divided by the state's total, so
 * they are exact rationals. States that could not reach a stopping state get stop weight 1, so
 * the result is always consistent.
 *
 * @module
 */
import type { Fraction } from "fraction.js";
import type { Alphabet } from "../alphabet.js";
import { makePdfa, type Pdfa } from "../pdfa.js";
import { rng, type Seed, xorshift32 } from "../support/rng.js";
import { ratio } from "./exact.js";

/** One weighted edge of {@link pdfaFromWeights}. */
export interface WeightedEdge {
  readonly from: number;
  readonly symbol: number;
  readonly to: number;
  /** A positive integer weight. */
  readonly weight: number;
}

/**
 * A consistent PDFA from integer weights: each state's stop weight and edge weights are
 * divided by their sum; states that cannot reach a positive stop weight get stop weight 1
 * first. Edges must be unique per (state, symbol) with in-range indices and positive weights.
 *
 * Cost: O(n + m log m).
 *
 * @internal
 */
export function pdfaFromWeights(
  alphabet: Alphabet,
  start: number,
  stopWeights: readonly number[],
  edges: readonly WeightedEdge[],
  exact: boolean,
): Pdfa {
  const n = stopWeights.length;
  const sorted = [...edges].sort((a, b) => a.from - b.from || a.symbol - b.symbol);
  const offsets = new Int32Array(n + 1);
  for (const e of sorted) offsets[e.from + 1] = (offsets[e.from + 1] as number) + 1;
  for (let q = 0; q < n; q++) offsets[q + 1] = (offsets[q + 1] as number) + (offsets[q] as number);
  const stopW = [...stopWeights];
  // repair: states that reach no positive stop weight get stop weight 1
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const e of sorted) (preds[e.to] as number[]).push(e.from);
  const live = new Uint8Array(n);
  const stack: number[] = [];
  for (let q = 0; q < n; q++)
    if ((stopW[q] as number) > 0) {
      live[q] = 1;
      stack.push(q);
    }
  while (stack.length > 0)
    for (const r of preds[stack.pop() as number] as number[])
      if (live[r] === 0) {
        live[r] = 1;
        stack.push(r);
      }
  for (let q = 0; q < n; q++) if (live[q] === 0) stopW[q] = 1;
  const totals = new Float64Array(n);
  for (let q = 0; q < n; q++) totals[q] = stopW[q] as number;
  for (const e of sorted) totals[e.from] = (totals[e.from] as number) + e.weight;
  const stop = Float64Array.from(stopW, (w, q) => w / (totals[q] as number));
  const probs = Float64Array.from(sorted, (e) => e.weight / (totals[e.from] as number));
  const exactPart = exact
    ? {
        stop: stopW.map((w, q): Fraction => ratio(w, totals[q] as number)),
        probs: sorted.map((e): Fraction => ratio(e.weight, totals[e.from] as number)),
      }
    : undefined;
  return makePdfa(
    alphabet,
    start,
    offsets,
    Int32Array.from(sorted, (e) => e.symbol),
    Int32Array.from(sorted, (e) => e.to),
    probs,
    stop,
    exactPart,
  );
}

/** Options of {@link randomPdfa}. */
export interface RandomPdfaOptions {
  /** The probability that a state has an edge on a given symbol. @defaultValue 0.6 */
  readonly density?: number;
  /** Keep the probabilities as exact fractions too. @defaultValue false */
  readonly exact?: boolean;
}

/**
 * A seeded random consistent PDFA with `n` states over `alphabet` (start state 0; not
 * trimmed).
 *
 * Cost: O(n·k).
 *
 * @example
 * ```ts
 * const p = randomPdfa(5, ab, 42, { exact: true });
 * p.states; // 5
 * ```
 */
export function randomPdfa(
  n: number,
  alphabet: Alphabet,
  seed: Seed = 42,
  options: RandomPdfaOptions = {},
): Pdfa {
  const k = alphabet.symbols.length;
  const density = options.density ?? 0.6;
  let x = rng(seed).state;
  const draw = (): number => {
    x = xorshift32(x);
    return x / 4294967296;
  };
  const stopWeights: number[] = [];
  const edges: WeightedEdge[] = [];
  for (let q = 0; q < n; q++) {
    const stops = draw() < 2 / 3;
    const w = 1 + Math.floor(draw() * 9);
    stopWeights.push(stops ? w : 0);
    for (let s = 0; s < k; s++) {
      if (draw() >= density) continue;
      const to = Math.floor(draw() * n);
      edges.push({ from: q, symbol: s, to, weight: 1 + Math.floor(draw() * 9) });
    }
  }
  return pdfaFromWeights(alphabet, 0, stopWeights, edges, options.exact === true);
}
