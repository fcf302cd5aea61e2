/**
 * Product systems over pairs of states: breadth-first exploration of the pairs (u, v)
 * reachable from a start pair, recording for each pair its constant term and its weighted
 * successors, as the linear system x = b + M·x of src/automata/pdfa/linear.ts. The inner
 * product of two PDFAs, the expected visit counts behind KL, and the normalising constants of
 * conditioning are all such systems.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import type { Pdfa } from "../pdfa.js";
import { type StateBudget, stateLimit } from "../support/budget.js";
import { budgetError, type LimitLabError } from "../support/errors.js";
import type { LinearSystem } from "./linear.js";

/** Receives one successor of a pair: coefficient (float and exact) and target pair. */
export type Emit = (coef: number, exact: Fraction | undefined, u: number, v: number) => void;

/** What to explore: the start pair, the constant term and the successors of a pair. */
export interface PairSpec {
  readonly start: readonly [number, number];
  /** The number of right-hand states (pairs are keyed u · right + v). */
  readonly right: number;
  /** Whether every coefficient is exact (then `constant` and `successors` give fractions). */
  readonly exact: boolean;
  readonly constant: (u: number, v: number) => readonly [number, Fraction | undefined];
  readonly successors: (u: number, v: number, emit: Emit) => void;
  /** What the pairs are, for a budget error. */
  readonly what: string;
}

/** The explored system and its pairs (pair i is `(left[i], right[i])`; pair 0 is the start). */
export interface PairSystem {
  readonly system: LinearSystem;
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/**
 * Explores the reachable pairs breadth-first and builds their system.
 *
 * Cost: O(pairs + edges explored); `Left` of kind `budget` beyond `budget.states` pairs
 * (default 10^6).
 *
 * @example
 * ```ts
 * explorePairs(innerProductSpec(p, q), {}); // right({ system, left, right })
 * ```
 */
export function explorePairs(
  spec: PairSpec,
  budget: StateBudget = {},
): E.Either<LimitLabError, PairSystem> {
  const limit = stateLimit(budget);
  const ids = new Map<number, number>();
  const left: number[] = [];
  const right: number[] = [];
  const idOf = (u: number, v: number): number => {
    const key = u * spec.right + v;
    let id = ids.get(key);
    if (id === undefined) {
      id = left.length;
      ids.set(key, id);
      left.push(u);
      right.push(v);
    }
    return id;
  };
  idOf(spec.start[0], spec.start[1]);
  const rowStart: number[] = [0];
  const cols: number[] = [];
  const coef: number[] = [];
  const b: number[] = [];
  const exCoef: Fraction[] = [];
  const exB: Fraction[] = [];
  const emit: Emit = (c, x, u, v) => {
    cols.push(idOf(u, v));
    coef.push(c);
    if (spec.exact) exCoef.push(x as Fraction);
  };
  for (let i = 0; i < left.length; i++) {
    if (left.length > limit)
      return E.left(budgetError("states", limit, left.length, `exploring ${spec.what}`));
    const u = left[i] as number;
    const v = right[i] as number;
    const [c, x] = spec.constant(u, v);
    b.push(c);
    if (spec.exact) exB.push(x as Fraction);
    spec.successors(u, v, emit);
    rowStart.push(cols.length);
  }
  const system: LinearSystem = {
    n: left.length,
    rowStart: Int32Array.from(rowStart),
    cols: Int32Array.from(cols),
    coef: Float64Array.from(coef),
    b: Float64Array.from(b),
    ...(spec.exact ? { exact: { coef: exCoef, b: exB } } : {}),
  };
  return E.right({ system, left: Int32Array.from(left), right: Int32Array.from(right) });
}

/**
 * Calls `f(s, i, j)` for every symbol s on which both PDFAs have an edge (i in p, j in q), in
 * symbol order: a merge of the two sorted edge lists.
 *
 * Cost: O(d_p + d_q).
 *
 * @example
 * ```ts
 * commonEdges(p, u, q, v, (s, i, j) => total += p.probs[i] * q.probs[j]);
 * ```
 */
export function commonEdges(
  p: Pdfa,
  u: number,
  q: Pdfa,
  v: number,
  f: (s: number, i: number, j: number) => void,
): void {
  let i = p.offsets[u] as number;
  const iEnd = p.offsets[u + 1] as number;
  let j = q.offsets[v] as number;
  const jEnd = q.offsets[v + 1] as number;
  while (i < iEnd && j < jEnd) {
    const a = p.symbols[i] as number;
    const c = q.symbols[j] as number;
    if (a === c) {
      f(a, i, j);
      i++;
      j++;
    } else if (a < c) i++;
    else j++;
  }
}
