/**
 * Reweighting and conditioning a distribution by a regular language: q(w) ∝ p(w) · f(w) with
 * f(w) = `inside` for w in L(filter) and `outside` otherwise. Conditioning on L (restricting a
 * model to a finite set, forbidding words, intersecting with a filter) is inside = 1,
 * outside = 0.
 *
 * Method (weight pushing on the product): with Z(u, l) = Σ_w p_u(w) f_l(w) the mass still to
 * come from PDFA state u and filter state l,
 *   Z(u, l) = stop(u) · f(l) + Σ_s P(u, s) · Z(δ(u, s), δ_F(l, s)),
 * the result is the PDFA on the pairs with Z > 0 with
 *   P'((u, l), s) = P(u, s) · Z(u', l') / Z(u, l)   and   stop'(u, l) = stop(u) · f(l) / Z(u, l),
 * which is deterministic and defines exactly p · f / Z(start). Which pairs have Z > 0 is
 * decided on the graph (not by comparing floats with 0). A mixture reweights each component
 * and rescales the weights by w_i · Z_i.
 *
 * Exactness: exact when the PDFA and the weights are exact and the pair system is small
 * enough to solve in fractions (see linear.ts); otherwise floats.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { assertSameAlphabet } from "../alphabet.js";
import type { Dfa } from "../dfa.js";
import { makePdfa, type Pdfa } from "../pdfa.js";
import { invalidInput, type LimitLabError } from "../support/errors.js";
import { type Factor, ONE, type Probability, parseFactor, ZERO } from "./exact.js";
import type { DistanceOptions } from "./l2.js";
import { solveSystem } from "./linear.js";
import { componentsOf, type Distribution, mixture } from "./mixture.js";
import { explorePairs } from "./pairs.js";

/** The factors of {@link reweight}: non-negative, not both 0. */
export interface Reweighting {
  /** The factor of words in the filter language. @defaultValue 1 */
  readonly inside?: Probability;
  /** The factor of words outside it. @defaultValue 1 */
  readonly outside?: Probability;
}

function factor(x: Probability | undefined, field: string): E.Either<LimitLabError, Factor> {
  return x === undefined ? E.right({ value: 1, exact: ONE }) : parseFactor(x, field);
}

/** The reweighted PDFA and its normalising constant Z(start) = Σ_w p(w) f(w). */
export interface Reweighted {
  readonly pdfa: Pdfa;
  readonly mass: number;
  readonly exactMass: Fraction | undefined;
}

function reweightPdfa(
  p: Pdfa,
  filter: Dfa,
  inside: Factor,
  outside: Factor,
  options: DistanceOptions,
): E.Either<LimitLabError, Reweighted | undefined> {
  const k = filter.alphabet.symbols.length;
  const pe = p.exact;
  const exact = pe !== undefined && inside.exact !== undefined && outside.exact !== undefined;
  const f = (l: number): Factor => (filter.accepting[l] === 1 ? inside : outside);
  const explored = explorePairs(
    {
      start: [p.start, filter.start],
      right: filter.states,
      exact,
      what: "the pairs of a reweighting",
      constant: (u, l) => [
        (p.stop[u] as number) * f(l).value,
        exact ? (pe.stop[u] as Fraction).mul(f(l).exact as Fraction) : undefined,
      ],
      successors: (u, l, emit) => {
        for (let i = p.offsets[u] as number; i < (p.offsets[u + 1] as number); i++)
          emit(
            p.probs[i] as number,
            exact ? (pe.probs[i] as Fraction) : undefined,
            p.targets[i] as number,
            filter.delta[l * k + (p.symbols[i] as number)] as number,
          );
      },
    },
    options,
  );
  if (E.isLeft(explored)) return explored;
  const { system, left, right } = explored.right;
  const n = system.n;
  // which pairs have Z > 0: those that reach a pair with stop > 0 and f > 0 (reverse BFS)
  const positive = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++)
    if ((p.stop[left[i] as number] as number) > 0 && f(right[i] as number).value > 0) {
      positive[i] = 1;
      stack.push(i);
    }
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++)
    for (let e = system.rowStart[i] as number; e < (system.rowStart[i + 1] as number); e++)
      (preds[system.cols[e] as number] as number[]).push(i);
  while (stack.length > 0) {
    const j = stack.pop() as number;
    for (const i of preds[j] as number[])
      if (positive[i] === 0) {
        positive[i] = 1;
        stack.push(i);
      }
  }
  if (positive[0] === 0) return E.right(undefined);
  const sol = solveSystem(system, options);
  if (E.isLeft(sol)) return sol;
  const z = sol.right.x;
  const zs = sol.right.exact;
  const zx =
    zs !== undefined && pe !== undefined && system.exact !== undefined
      ? { z: zs, pe, b: system.exact.b }
      : undefined;
  // renumber the positive pairs (start first, in exploration order)
  const id = new Int32Array(n).fill(-1);
  let states = 0;
  for (let i = 0; i < n; i++) if (positive[i] === 1) id[i] = states++;
  const offsets = new Int32Array(states + 1);
  const symbols: number[] = [];
  const targets: number[] = [];
  const probs: number[] = [];
  const stop = new Float64Array(states);
  const exProbs: Fraction[] = [];
  const exStop: Fraction[] = [];
  for (let i = 0; i < n; i++) {
    const me = id[i] as number;
    if (me < 0) continue;
    const u = left[i] as number;
    const zi = z[i] as number;
    stop[me] = (system.b[i] as number) / zi;
    if (zx !== undefined) exStop.push((zx.b[i] as Fraction).div(zx.z[i] as Fraction));
    let e = system.rowStart[i] as number;
    for (let a = p.offsets[u] as number; a < (p.offsets[u + 1] as number); a++, e++) {
      const j = system.cols[e] as number;
      if (positive[j] === 0) continue;
      symbols.push(p.symbols[a] as number);
      targets.push(id[j] as number);
      probs.push(((p.probs[a] as number) * (z[j] as number)) / zi);
      if (zx !== undefined)
        exProbs.push(
          (zx.pe.probs[a] as Fraction).mul(zx.z[j] as Fraction).div(zx.z[i] as Fraction),
        );
    }
    offsets[me + 1] = symbols.length;
  }
  const pdfa = makePdfa(
    p.alphabet,
    0,
    offsets,
    Int32Array.from(symbols),
    Int32Array.from(targets),
    Float64Array.from(probs),
    stop,
    zx === undefined ? undefined : { probs: exProbs, stop: exStop },
  );
  return E.right({ pdfa, mass: z[0] as number, exactMass: zx?.z[0] });
}

/**
 * The distribution p · f / Z: every word's probability multiplied by `inside` when the filter
 * accepts it and by `outside` otherwise, renormalised. A mixture reweights each component.
 *
 * Cost: per component, the product with the filter (at most |p|·|filter| pairs), one linear
 * solve (see linear.ts) and O(pairs · d) to build the result.
 *
 * @throws LimitLabException (alphabet-mismatch) when the filter is over another alphabet.
 * @example
 * ```ts
 * // condition a* (p(a^n) = 2^-(n+1)) on "at most one a": p(ε) = 2/3, p(a) = 1/3
 * reweight(geometric, atMostOneA, { inside: 1, outside: 0 }); // right(Pdfa)
 * reweight(geometric, onlyB, { outside: 0 }); // left: no word of positive probability is kept
 * ```
 */
export function reweight(
  d: Distribution,
  filter: Dfa,
  weights: Reweighting,
  options: DistanceOptions = {},
): E.Either<LimitLabError, Distribution> {
  assertSameAlphabet(d.alphabet, filter.alphabet);
  const inside = factor(weights.inside, "inside");
  if (E.isLeft(inside)) return inside;
  const outside = factor(weights.outside, "outside");
  if (E.isLeft(outside)) return outside;
  const parts: { weight: number; exact: Fraction | undefined; pdfa: Pdfa }[] = [];
  for (const c of componentsOf(d)) {
    const r = reweightPdfa(c.pdfa, filter, inside.right, outside.right, options);
    if (E.isLeft(r)) return r;
    if (r.right === undefined) continue;
    const ex =
      c.exactWeight !== undefined && r.right.exactMass !== undefined
        ? c.exactWeight.mul(r.right.exactMass)
        : undefined;
    parts.push({ weight: c.weight * r.right.mass, exact: ex, pdfa: r.right.pdfa });
  }
  if (parts.length === 0)
    return E.left(
      invalidInput(
        "no word of positive probability has a positive weight: the reweighted distribution is empty",
        "filter",
      ),
    );
  if (parts.length === 1 && !("components" in d))
    return E.right((parts[0] as (typeof parts)[0]).pdfa);
  const allExact = parts.every((x) => x.exact !== undefined);
  const total = parts.reduce((s, x) => s + x.weight, 0);
  const exactTotal = allExact
    ? parts.reduce((s, x) => s.add(x.exact as Fraction), ZERO)
    : undefined;
  return mixture(
    parts.map((x) => ({
      weight: exactTotal !== undefined ? (x.exact as Fraction).div(exactTotal) : x.weight / total,
      pdfa: x.pdfa,
    })),
  );
}

/**
 * The distribution conditioned on a regular language: q(w) = p(w) / p(L) for w in L, 0
 * elsewhere (reweighting with the exact factors inside 1, outside 0, so an exact PDFA stays
 * exact when its product with the language is small enough).
 *
 * @example
 * ```ts
 * condition(geometric, atMostOneA); // right: p(ε) = 2/3, p(a) = 1/3
 * ```
 */
export function condition(
  d: Distribution,
  language: Dfa,
  options: DistanceOptions = {},
): E.Either<LimitLabError, Distribution> {
  return reweight(d, language, { inside: ONE, outside: ZERO }, options);
}
