/**
 * Solving the linear systems of PDFA analysis: x = b + M·x, with M ≥ 0 sparse and of
 * spectral radius below 1 (the systems of word masses, inner products Σ_w p(w)q(w), expected
 * visit counts and normalising constants all have this form for consistent PDFAs). Then
 * I − M is a non-singular M-matrix, so Gaussian elimination needs no pivoting (every pivot
 * stays positive) and Gauss–Seidel iteration from 0 converges monotonically.
 *
 * Exactness has a size (AMENDMENTS.md): three methods, chosen by size.
 * - `exact`: Gaussian elimination in exact fractions (fraction.js), when every coefficient is exact and
 *   n ≤ `exactLimit` (default 120): the answer is the exact rational.
 * - `dense`: Gaussian elimination in doubles for n ≤ `denseLimit` (default 1500); O(n³) time,
 *   O(n²) memory; relative error about n·ε times the condition number.
 * - `iterative`: Gauss–Seidel sweeps for larger n, until a sweep changes no unknown by more
 *   than 1e-14 of the largest; `Left` of kind `budget` after `sweeps` sweeps (default 10^4).
 *   The solution reports its residual.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { budgetError, type LimitLabError } from "../support/errors.js";
import { ONE, ZERO } from "./exact.js";

/** A sparse system x = b + M·x in CSR form (row i: `rowStart[i]..rowStart[i+1]-1`). */
export interface LinearSystem {
  readonly n: number;
  readonly rowStart: Int32Array;
  readonly cols: Int32Array;
  readonly coef: Float64Array;
  readonly b: Float64Array;
  /** The same coefficients exactly, when every one of them is exact. */
  readonly exact?: { readonly coef: readonly Fraction[]; readonly b: readonly Fraction[] };
}

/** Which method solved a system. */
export type SolveMethod = "exact" | "dense" | "iterative";

/** Size limits of {@link solveSystem}. */
export interface SolveOptions {
  /** The largest system solved in exact fractions. @defaultValue 120 */
  readonly exactLimit?: number;
  /** The largest system solved by dense elimination in doubles. @defaultValue 1500 */
  readonly denseLimit?: number;
  /** The most Gauss–Seidel sweeps for larger systems. @defaultValue 10_000 */
  readonly sweeps?: number;
}

/** A solution: the floats, the exact values when solved exactly, the method and residual. */
export interface Solution {
  readonly x: Float64Array;
  readonly exact?: readonly Fraction[];
  readonly method: SolveMethod;
  /** max_i |x_i − b_i − (M·x)_i| for the float solution. */
  readonly residual: number;
}

function residualOf(s: LinearSystem, x: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < s.n; i++) {
    let r = (s.b[i] as number) - (x[i] as number);
    for (let e = s.rowStart[i] as number; e < (s.rowStart[i + 1] as number); e++)
      r += (s.coef[e] as number) * (x[s.cols[e] as number] as number);
    worst = Math.max(worst, Math.abs(r));
  }
  return worst;
}

function solveExact(s: LinearSystem, ex: NonNullable<LinearSystem["exact"]>): Fraction[] {
  const n = s.n;
  // rows of A = I − M, dense with undefined for zero; rhs = b
  const a: (Fraction | undefined)[][] = [];
  const rhs: Fraction[] = [...ex.b];
  for (let i = 0; i < n; i++) {
    const row = new Array<Fraction | undefined>(n).fill(undefined);
    row[i] = ONE;
    for (let e = s.rowStart[i] as number; e < (s.rowStart[i + 1] as number); e++) {
      const j = s.cols[e] as number;
      row[j] = (row[j] ?? ZERO).sub(ex.coef[e] as Fraction);
    }
    a.push(row);
  }
  for (let i = 0; i < n; i++) {
    const pr = a[i] as (Fraction | undefined)[];
    const pivot = pr[i] as Fraction;
    for (let r = i + 1; r < n; r++) {
      const row = a[r] as (Fraction | undefined)[];
      const v = row[i];
      if (v === undefined || v.equals(0)) continue;
      const f = v.div(pivot);
      row[i] = undefined;
      for (let j = i + 1; j < n; j++) {
        const pj = pr[j];
        if (pj === undefined) continue;
        row[j] = (row[j] ?? ZERO).sub(f.mul(pj));
      }
      rhs[r] = (rhs[r] as Fraction).sub(f.mul(rhs[i] as Fraction));
    }
  }
  const x = new Array<Fraction>(n);
  for (let i = n - 1; i >= 0; i--) {
    const row = a[i] as (Fraction | undefined)[];
    let v = rhs[i] as Fraction;
    for (let j = i + 1; j < n; j++) {
      const c = row[j];
      if (c !== undefined) v = v.sub(c.mul(x[j] as Fraction));
    }
    x[i] = v.div(row[i] as Fraction);
  }
  return x;
}

function solveDense(s: LinearSystem): Float64Array {
  const n = s.n;
  const a = new Float64Array(n * n);
  const x = Float64Array.from(s.b);
  for (let i = 0; i < n; i++) {
    a[i * n + i] = 1;
    for (let e = s.rowStart[i] as number; e < (s.rowStart[i + 1] as number); e++) {
      const j = s.cols[e] as number;
      a[i * n + j] = (a[i * n + j] as number) - (s.coef[e] as number);
    }
  }
  for (let i = 0; i < n; i++) {
    const pivot = a[i * n + i] as number;
    for (let r = i + 1; r < n; r++) {
      const v = a[r * n + i] as number;
      if (v === 0) continue;
      const f = v / pivot;
      for (let j = i + 1; j < n; j++)
        a[r * n + j] = (a[r * n + j] as number) - f * (a[i * n + j] as number);
      x[r] = (x[r] as number) - f * (x[i] as number);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let v = x[i] as number;
    for (let j = i + 1; j < n; j++) v -= (a[i * n + j] as number) * (x[j] as number);
    x[i] = v / (a[i * n + i] as number);
  }
  return x;
}

function solveIterative(s: LinearSystem, sweeps: number): E.Either<LimitLabError, Float64Array> {
  const n = s.n;
  const x = new Float64Array(n);
  const diag = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let e = s.rowStart[i] as number; e < (s.rowStart[i + 1] as number); e++)
      if (s.cols[e] === i) diag[i] = (diag[i] as number) + (s.coef[e] as number);
  for (let sweep = 1; sweep <= sweeps; sweep++) {
    let change = 0;
    let top = 0;
    for (let i = 0; i < n; i++) {
      let v = s.b[i] as number;
      for (let e = s.rowStart[i] as number; e < (s.rowStart[i + 1] as number); e++) {
        const j = s.cols[e] as number;
        if (j !== i) v += (s.coef[e] as number) * (x[j] as number);
      }
      v /= 1 - (diag[i] as number);
      change = Math.max(change, Math.abs(v - (x[i] as number)));
      top = Math.max(top, Math.abs(v));
      x[i] = v;
    }
    if (change <= 1e-14 * top) return E.right(x);
  }
  return E.left(budgetError("sweeps", sweeps, sweeps, "Gauss–Seidel iteration (not converged)"));
}

/**
 * Solves x = b + M·x by the method its size allows (see the module notes).
 *
 * Cost: `exact` O(n³) fraction operations (numerators grow); `dense` O(n³) flops and n² doubles;
 * `iterative` O(sweeps · nonzeros).
 *
 * @example
 * ```ts
 * // x = 1/2 + (1/2)·x has x = 1
 * solveSystem(system).right.x[0]; // 1
 * ```
 */
export function solveSystem(
  s: LinearSystem,
  options: SolveOptions = {},
): E.Either<LimitLabError, Solution> {
  if (s.exact !== undefined && s.n <= (options.exactLimit ?? 120)) {
    const exact = solveExact(s, s.exact);
    const x = Float64Array.from(exact, (f) => f.valueOf());
    return E.right({ x, exact, method: "exact", residual: residualOf(s, x) });
  }
  if (s.n <= (options.denseLimit ?? 1500)) {
    const x = solveDense(s);
    return E.right({ x, method: "dense", residual: residualOf(s, x) });
  }
  const x = solveIterative(s, options.sweeps ?? 10_000);
  return E.isLeft(x)
    ? x
    : E.right({ x: x.right, method: "iterative", residual: residualOf(s, x.right) });
}
