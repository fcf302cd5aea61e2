/** Small PDFAs for the probabilistic attribution tests. */
import * as E from "fp-ts/lib/Either.js";
import type { StochasticModel } from "../../../src/attribution/attribution/posterior.js";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { pdfaFromEdges } from "../../../src/automata/pdfa/build.js";
import { type Distribution, mixture } from "../../../src/automata/pdfa/mixture.js";
import type { Pdfa } from "../../../src/automata/pdfa.js";

export const AB = unsafeAlphabet(["a", "b"]);

function orThrow<A>(e: E.Either<unknown, A>): A {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
}

/** a^n with probability stop·(1 − stop)^n, exactly. */
export function geometric(stop: string): Pdfa {
  const [num, den] = stop.split("/").map(Number) as [number, number];
  return orThrow(
    pdfaFromEdges(AB, {
      states: 1,
      start: 0,
      stop: [stop],
      edges: [{ from: 0, symbol: 0, to: 0, p: `${den - num}/${den}` }],
    }),
  );
}

/** One-letter words: a with probability pa, b with 1 − pa (exact fractions). */
export function letter(pa: string): Pdfa {
  const [num, den] = pa.split("/").map(Number) as [number, number];
  const edges = [
    ...(num > 0 ? [{ from: 0, symbol: 0, to: 1, p: pa }] : []),
    ...(num < den ? [{ from: 0, symbol: 1, to: 1, p: `${den - num}/${den}` }] : []),
  ];
  return orThrow(pdfaFromEdges(AB, { states: 2, start: 0, stop: ["0", "1"], edges }));
}

/** An even mixture of two PDFAs (two latent users). */
export function users(p: Pdfa, q: Pdfa): Distribution {
  return orThrow(
    mixture([
      { weight: "1/2", pdfa: p },
      { weight: "1/2", pdfa: q },
    ]),
  );
}

export const model = (name: string, distribution: Distribution): StochasticModel => ({
  name,
  distribution,
});
