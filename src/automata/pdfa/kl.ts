/**
 * The Kullback–Leibler divergence KL(p ‖ q) = Σ_w p(w) ln(p(w)/q(w)) between two PDFAs, by the
 * standard linear-system formula (Carrasco 1997; Calera-Rubio, Carrasco 1998): with y(u, v)
 * the expected log-ratio still to come from the pair of states (u, v),
 *   y(u, v) = h(u, v) + Σ_s P(u, s) · y(δ_p(u, s), δ_q(v, s)),
 *   h(u, v) = stop_p(u) ln(stop_p(u)/stop_q(v)) + Σ_s P(u, s) ln(P(u, s)/Q(v, s)),
 * and KL = y(start pair). It is finite exactly when supp p ⊆ supp q; otherwise it is +∞ and
 * the result names the shortest, then shortlex-least word of supp p ∖ supp q.
 *
 * Exactness: the formula is exact, but logarithms are not rational, so the value is a float
 * (dense elimination up to `denseLimit` pairs, Gauss–Seidel beyond; see linear.ts).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { assertSameAlphabet } from "../alphabet.js";
import { inclusionWitness } from "../inclusion.js";
import { edgeIndex, type Pdfa, pdfaSupport } from "../pdfa.js";
import type { LimitLabError } from "../support/errors.js";
import type { Word } from "../word.js";
import type { DistanceOptions } from "./l2.js";
import { type SolveMethod, solveSystem } from "./linear.js";
import { explorePairs } from "./pairs.js";

/** KL(p ‖ q) in nats and bits, or +∞ with a word that p emits and q cannot. */
export interface KlDivergence {
  /** In nats (natural logarithm); `Infinity` when supp p ⊄ supp q. */
  readonly nats: number;
  /** In bits (`nats / ln 2`). */
  readonly bits: number;
  /** When infinite: the shortest, then shortlex-least word with p(w) > 0 = q(w). */
  readonly witness?: Word;
  /** `"exact"` is never reported: logarithms make the value a float. */
  readonly method: SolveMethod | "support";
  /** Pairs of states in the system (0 when infinite). */
  readonly size: number;
}

function term(a: number, b: number): number {
  return a > 0 ? a * Math.log(a / b) : 0;
}

/**
 * KL(p ‖ q) for two PDFAs over one alphabet.
 *
 * Cost: exploring the pairs reachable along p's edges (at most |p|·|q|) and one float solve;
 * when infinite, the two supports and an inclusion witness instead.
 *
 * @throws LimitLabException (alphabet-mismatch) for PDFAs over different alphabets.
 * @example
 * ```ts
 * klDivergence(p, p).right.nats; // 0
 * klDivergence(geometric, onlyEmpty).right; // { nats: Infinity, witness: [0], ... }
 * ```
 */
export function klDivergence(
  p: Pdfa,
  q: Pdfa,
  options: DistanceOptions = {},
): E.Either<LimitLabError, KlDivergence> {
  assertSameAlphabet(p.alphabet, q.alphabet);
  let escapes = false;
  const explored = explorePairs(
    {
      start: [p.start, q.start],
      right: q.states,
      exact: false,
      what: "the pairs of a KL divergence",
      constant: (u, v) => {
        const sp = p.stop[u] as number;
        const sq = q.stop[v] as number;
        if (sp > 0 && sq === 0) escapes = true;
        let h = term(sp, sq);
        for (let i = p.offsets[u] as number; i < (p.offsets[u + 1] as number); i++) {
          const j = edgeIndex(q, v, p.symbols[i] as number);
          if (j < 0) escapes = true;
          else h += term(p.probs[i] as number, q.probs[j] as number);
        }
        return [h, undefined];
      },
      successors: (u, v, emit) => {
        for (let i = p.offsets[u] as number; i < (p.offsets[u + 1] as number); i++) {
          const j = edgeIndex(q, v, p.symbols[i] as number);
          if (j >= 0)
            emit(p.probs[i] as number, undefined, p.targets[i] as number, q.targets[j] as number);
        }
      },
    },
    options,
  );
  if (E.isLeft(explored)) return explored;
  if (escapes) {
    const w = inclusionWitness(pdfaSupport(p), pdfaSupport(q));
    return E.right({
      nats: Number.POSITIVE_INFINITY,
      bits: Number.POSITIVE_INFINITY,
      ...(O.isSome(w) ? { witness: w.value } : {}),
      method: "support",
      size: 0,
    });
  }
  const sol = solveSystem(explored.right.system, options);
  if (E.isLeft(sol)) return sol;
  const nats = Math.max(0, sol.right.x[0] as number);
  return E.right({
    nats,
    bits: nats / Math.LN2,
    method: sol.right.method,
    size: explored.right.system.n,
  });
}
