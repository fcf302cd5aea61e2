/**
 * Shared fixtures and brute-force oracles for the PDFA tests: small named PDFAs, a validity
 * check that round-trips a PDFA through the validating constructor, and masses computed by a
 * forward pass independent of the library's linear systems.
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { expect } from "vitest";
import { type Alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";
import { type PdfaSpec, pdfaFromEdges } from "../../src/automata/pdfa/build.js";
import { type Pdfa, pdfaEdges } from "../../src/automata/pdfa.js";
import type { LimitLabError } from "../../src/automata/support/errors.js";

export const AB: Alphabet = unsafeAlphabet(["a", "b"]);

export function ok<A>(x: E.Either<LimitLabError, A>): A {
  if (E.isLeft(x)) throw new Error(x.left.message);
  return x.right;
}

/** One state over {a, b}: stop n/d, a loop on a with probability (d − n)/d (exact). */
export function geometric(n: number, d: number): Pdfa {
  return ok(
    pdfaFromEdges(AB, {
      states: 1,
      start: 0,
      stop: [`${n}/${d}`],
      edges: [{ from: 0, symbol: 0, to: 0, p: `${d - n}/${d}` }],
    }),
  );
}

/** The one-word distribution on w over {a, b}. */
export function only(w: readonly number[]): Pdfa {
  const n = w.length + 1;
  const spec: PdfaSpec = {
    states: n,
    start: 0,
    stop: Array.from({ length: n }, (_, q) => (q === n - 1 ? "1" : "0")),
    edges: w.map((s, q) => ({ from: q, symbol: s, to: q + 1, p: "1" })),
  };
  return ok(pdfaFromEdges(AB, spec));
}

/** Rebuilds p through the validating constructor (exact strings when p is exact). */
export function revalidate(p: Pdfa): E.Either<LimitLabError, Pdfa> {
  const ex = p.exact;
  return pdfaFromEdges(p.alphabet, {
    states: p.states,
    start: p.start,
    stop: Array.from({ length: p.states }, (_, q) =>
      ex === undefined ? (p.stop[q] as number) : (ex.stop[q] as Fraction).toFraction(),
    ),
    edges: pdfaEdges(p).map((e, i) => ({
      ...e,
      p: ex === undefined ? e.p : (ex.probs[i] as Fraction).toFraction(),
    })),
  });
}

/** Asserts that p satisfies every PDFA invariant (rows, consistency, exactness kept). */
export function expectValid(p: Pdfa): void {
  const r = revalidate(p);
  if (E.isLeft(r)) expect.fail(r.left.message);
  expect(r.right.exact === undefined).toBe(p.exact === undefined);
}

/**
 * Forward pass: `running[t]` = probability that generation has not stopped after t symbols;
 * returns the mass still running after n + 1 symbols (the tail beyond length n).
 */
export function tailBeyond(p: Pdfa, n: number): number {
  let alpha = new Float64Array(p.states);
  alpha[p.start] = 1;
  for (let t = 0; t <= n; t++) {
    const next = new Float64Array(p.states);
    for (let q = 0; q < p.states; q++)
      for (let i = p.offsets[q] as number; i < (p.offsets[q + 1] as number); i++)
        next[p.targets[i] as number] =
          (next[p.targets[i] as number] as number) + (alpha[q] as number) * (p.probs[i] as number);
    alpha = next;
  }
  return alpha.reduce((s, x) => s + x, 0);
}
