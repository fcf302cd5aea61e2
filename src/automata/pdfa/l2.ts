/**
 * The L2 distance between distributions over words, by the standard linear-system formula
 * (Cortes, Mohri, Rastogi 2007; Lyngsø, Pedersen 1999 for the co-emission probability):
 * ‖p − q‖₂² = ⟨p, p⟩ + ⟨q, q⟩ − 2⟨p, q⟩ with ⟨p, q⟩ = Σ_w p(w) q(w). For two PDFAs the inner
 * product from the pair of states (u, v) satisfies
 *   x(u, v) = stop_p(u) · stop_q(v) + Σ_s P(u, s) · Q(v, s) · x(δ_p(u, s), δ_q(v, s)),
 * one unknown per pair reachable from the start pair on symbols both allow; mixtures follow
 * by bilinearity (Σ_ij w_i w'_j ⟨p_i, q_j⟩).
 *
 * Exactness has a size: when both sides are exact and every system has at most `exactLimit`
 * pairs, ‖p − q‖₂² is the exact rational (`exactSquared`), so `L2 = 0`, and with it equality
 * of the distributions and total variation 0, is certified exactly. Otherwise the value is
 * floating point, and a tiny positive or negative ‖p − q‖₂² (cancellation) does not decide
 * equality: `equal` is then `undefined`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { assertSameAlphabet } from "../alphabet.js";
import type { Pdfa } from "../pdfa.js";
import type { StateBudget } from "../support/budget.js";
import type { LimitLabError } from "../support/errors.js";
import { ZERO } from "./exact.js";
import { type SolveMethod, type SolveOptions, solveSystem } from "./linear.js";
import { componentsOf, type Distribution } from "./mixture.js";
import { commonEdges, explorePairs } from "./pairs.js";

/** Options of the distance computations: solver size limits and the pair budget. */
export type DistanceOptions = SolveOptions & StateBudget;

/** A computed quantity: its float value, its exact value when known, how it was solved. */
export interface Measure {
  readonly value: number;
  /** The exact rational, when every system was solved in fractions. */
  readonly exact: Fraction | undefined;
  /** The least exact method used (exact < dense < iterative). */
  readonly method: SolveMethod;
  /** The largest system solved (pairs of states). */
  readonly size: number;
}

const RANK: Record<SolveMethod, number> = { exact: 0, dense: 1, iterative: 2 };

function worse(a: SolveMethod, b: SolveMethod): SolveMethod {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * ⟨p, q⟩ = Σ_w p(w) q(w) for two PDFAs, by the pair system above.
 *
 * Cost: exploring at most |p|·|q| pairs, then {@link solveSystem} on them.
 *
 * @throws LimitLabException (alphabet-mismatch) for PDFAs over different alphabets.
 * @example
 * ```ts
 * pdfaInnerProduct(geometric, geometric); // right({ value: 1/3, exact: 1/3, method: "exact", size: 1 })
 * ```
 */
export function pdfaInnerProduct(
  p: Pdfa,
  q: Pdfa,
  options: DistanceOptions = {},
): E.Either<LimitLabError, Measure> {
  assertSameAlphabet(p.alphabet, q.alphabet);
  const pe = p.exact;
  const qe = q.exact;
  const exact = pe !== undefined && qe !== undefined;
  const explored = explorePairs(
    {
      start: [p.start, q.start],
      right: q.states,
      exact,
      what: "the pairs of an inner product",
      constant: (u, v) => [
        (p.stop[u] as number) * (q.stop[v] as number),
        exact ? (pe.stop[u] as Fraction).mul(qe.stop[v] as Fraction) : undefined,
      ],
      successors: (u, v, emit) =>
        commonEdges(p, u, q, v, (_s, i, j) =>
          emit(
            (p.probs[i] as number) * (q.probs[j] as number),
            exact ? (pe.probs[i] as Fraction).mul(qe.probs[j] as Fraction) : undefined,
            p.targets[i] as number,
            q.targets[j] as number,
          ),
        ),
    },
    options,
  );
  if (E.isLeft(explored)) return explored;
  const sol = solveSystem(explored.right.system, options);
  if (E.isLeft(sol)) return sol;
  return E.right({
    value: sol.right.x[0] as number,
    exact: sol.right.exact?.[0],
    method: sol.right.method,
    size: explored.right.system.n,
  });
}

/**
 * ⟨d1, d2⟩ for two distributions (PDFAs or mixtures), by bilinearity over the components.
 *
 * Cost: one {@link pdfaInnerProduct} per pair of distinct components.
 *
 * @example
 * ```ts
 * innerProduct(halfAhalfB, halfAhalfB).right.exact?.toFraction(); // "1/2"
 * ```
 */
export function innerProduct(
  d1: Distribution,
  d2: Distribution,
  options: DistanceOptions = {},
): E.Either<LimitLabError, Measure> {
  let value = 0;
  let exact: Fraction | undefined = ZERO;
  let method: SolveMethod = "exact";
  let size = 0;
  const memo = new Map<Pdfa, Map<Pdfa, Measure>>();
  for (const a of componentsOf(d1))
    for (const b of componentsOf(d2)) {
      let m = memo.get(a.pdfa)?.get(b.pdfa) ?? memo.get(b.pdfa)?.get(a.pdfa);
      if (m === undefined) {
        const r = pdfaInnerProduct(a.pdfa, b.pdfa, options);
        if (E.isLeft(r)) return r;
        m = r.right;
        const row = memo.get(a.pdfa) ?? new Map<Pdfa, Measure>();
        row.set(b.pdfa, m);
        memo.set(a.pdfa, row);
      }
      value += a.weight * b.weight * m.value;
      exact =
        exact !== undefined &&
        m.exact !== undefined &&
        a.exactWeight !== undefined &&
        b.exactWeight !== undefined
          ? exact.add(a.exactWeight.mul(b.exactWeight).mul(m.exact))
          : undefined;
      method = worse(method, m.method);
      size = Math.max(size, m.size);
    }
  return E.right({ value, exact, method, size });
}

/** The L2 distance, its square, and what is certified about equality. */
export interface L2Distance {
  /** ‖d1 − d2‖₂ (from the float square, clamped at 0). */
  readonly distance: number;
  /** ‖d1 − d2‖₂² as computed in floats (may be slightly negative by cancellation). */
  readonly squared: number;
  /** ‖d1 − d2‖₂² exactly, when every system was solved in fractions. */
  readonly exactSquared: Fraction | undefined;
  /** `true`/`false` when certified exactly (L2² = 0 or > 0); `undefined` for float results. */
  readonly equal: boolean | undefined;
  readonly method: SolveMethod;
  readonly size: number;
}

/**
 * The L2 distance between two distributions (PDFAs or mixtures), exactly when sizes allow.
 *
 * Cost: the inner products ⟨d1, d1⟩, ⟨d2, d2⟩, ⟨d1, d2⟩ (see {@link innerProduct}).
 *
 * @throws LimitLabException (alphabet-mismatch) for distributions over different alphabets.
 * @example
 * ```ts
 * // two latent-user mixtures with the same marginal (R4a)
 * l2Distance(usersAB, usersBA).right.equal; // true: L2 = 0 exactly, so TV = 0
 * l2Distance(geometric, onlyA).right.distance; // > 0
 * ```
 */
export function l2Distance(
  d1: Distribution,
  d2: Distribution,
  options: DistanceOptions = {},
): E.Either<LimitLabError, L2Distance> {
  assertSameAlphabet(d1.alphabet, d2.alphabet);
  const aa = innerProduct(d1, d1, options);
  if (E.isLeft(aa)) return aa;
  const bb = innerProduct(d2, d2, options);
  if (E.isLeft(bb)) return bb;
  const ab = innerProduct(d1, d2, options);
  if (E.isLeft(ab)) return ab;
  const squared = aa.right.value + bb.right.value - 2 * ab.right.value;
  const x = aa.right.exact;
  const y = bb.right.exact;
  const z = ab.right.exact;
  const exactSquared =
    x !== undefined && y !== undefined && z !== undefined ? x.add(y).sub(z.mul(2)) : undefined;
  return E.right({
    distance: Math.sqrt(Math.max(0, squared)),
    squared,
    exactSquared,
    equal: exactSquared === undefined ? undefined : exactSquared.equals(0),
    method: worse(worse(aa.right.method, bb.right.method), ab.right.method),
    size: Math.max(aa.right.size, bb.right.size, ab.right.size),
  });
}
