/**
 * The growth of a regular language: how |L ∩ Σ^n| behaves as n grows.
 *
 * Law (on the trimmed graph: useful states only; a component is cyclic when it has a cycle):
 * - no cyclic component ⇔ L is finite;
 * - every cyclic component a simple cycle (each of its states has exactly one transition,
 *   counted per symbol, staying inside it) ⇔ polynomial growth, |L ∩ Σ^n| = Θ(n^d) along the
 *   lengths where it is non-zero, with d + 1 the most cyclic components on one path of the
 *   condensation (a* → 0, a*b* → 1);
 * - otherwise exponential, |L ∩ Σ^n| ≈ λ^n with λ > 1 the largest spectral radius of the
 *   adjacency matrices (with multiplicities) of the cyclic components.
 * The kind is decided from this structure alone, never by comparing a floating radius with 1.
 *
 * The radius of a one-state component is its number of self-loops, exactly. For larger
 * components it comes from power iteration on A + I: A is irreducible, so A + I is primitive
 * (no periodicity), its Perron root is ρ(A) + 1, and for every positive vector x the
 * Collatz–Wielandt quotients give min_i (Bx)_i/x_i ≤ ρ(B) ≤ max_i (Bx)_i/x_i, a bracket that
 * closes as x converges. mathjs `eigs` is not used: it does not converge on 50-state
 * components.
 *
 * @module
 */
import type { Dfa } from "../dfa.js";
import { type Trimmed, trimmed } from "./count.js";
import { type Sccs, stronglyConnected } from "./scc.js";

/**
 * The growth of a language.
 * - `finite`: `rate` 0, no `degree`;
 * - `polynomial`: `degree` d (counts Θ(n^d) where non-zero), `rate` 1;
 * - `exponential`: `rate` λ > 1 (counts ≈ λ^n), no `degree`.
 */
export interface Growth {
  readonly kind: "finite" | "polynomial" | "exponential";
  readonly degree?: number;
  readonly rate?: number;
}

/** Relative width of the Collatz–Wielandt bracket at which power iteration stops. */
const TOLERANCE = 1e-12;
/** Power iteration stops after this many edge visits per component if not converged. */
const WORK_LIMIT = 50_000_000;

/**
 * The growth of the language of a DFA, decided from its trimmed graph.
 *
 * Cost: O(n·k) for the structure (Tarjan on the useful states); for an exponential language,
 * power iteration per non-simple cyclic component, at most about 5·10^7 edge visits each
 * (it stops when the bracket on λ is narrower than 10^-12 relative, usually after a few
 * hundred iterations; at the limit it returns the middle of the bracket reached).
 *
 * @example
 * ```ts
 * growthRate(finiteDfa); // { kind: "finite", rate: 0 }
 * growthRate(aStarBStar); // { kind: "polynomial", degree: 1, rate: 1 }
 * growthRate(sigmaStar); // { kind: "exponential", rate: 2 } over {a, b}
 * ```
 */
export function growthRate(d: Dfa): Growth {
  const t = trimmed(d);
  if (t.start < 0) return { kind: "finite", rate: 0 };
  const c = stronglyConnected(t.states, t.k, t.next);
  const members: number[][] = Array.from({ length: c.count }, () => []);
  for (let q = 0; q < t.states; q++) (members[c.component[q] as number] as number[]).push(q);
  const inside = insideEdges(t, c);
  const cyclic = members.filter((_, comp) => c.cyclic[comp] === 1);
  if (cyclic.length === 0) return { kind: "finite", rate: 0 };
  const branching = cyclic.filter((qs) => qs.some((q) => inside[q] !== 1));
  if (branching.length === 0)
    return { kind: "polynomial", degree: cyclicChain(t, c, members) - 1, rate: 1 };
  const rate = branching.reduce((best, qs) => Math.max(best, spectralRadius(t, c, qs)), 1);
  return { kind: "exponential", rate };
}

/** `inside[q]`: the number of transitions of q that stay in q's component. */
function insideEdges(t: Trimmed, c: Sccs): Int32Array {
  const inside = new Int32Array(t.states);
  for (let q = 0; q < t.states; q++)
    for (let s = 0; s < t.k; s++) {
      const r = t.next[q * t.k + s] as number;
      if (r >= 0 && c.component[r] === c.component[q]) inside[q] = (inside[q] as number) + 1;
    }
  return inside;
}

/** The most cyclic components on one path of the condensation from the start. */
function cyclicChain(t: Trimmed, c: Sccs, byComp: readonly (readonly number[])[]): number {
  // components are in reverse topological order: successors have smaller numbers
  const chain = new Int32Array(c.count);
  for (let comp = 0; comp < c.count; comp++) {
    let best = 0;
    for (const q of byComp[comp] as readonly number[])
      for (let s = 0; s < t.k; s++) {
        const r = t.next[q * t.k + s] as number;
        if (r < 0) continue;
        const rc = c.component[r] as number;
        if (rc !== comp && (chain[rc] as number) > best) best = chain[rc] as number;
      }
    chain[comp] = best + (c.cyclic[comp] as number);
  }
  return chain[c.component[t.start] as number] as number;
}

/** ρ(A) of one cyclic component: exact for one state, else power iteration on A + I. */
function spectralRadius(t: Trimmed, c: Sccs, members: readonly number[]): number {
  const comp = c.component[members[0] as number] as number;
  const local = new Map<number, number>(members.map((q, i) => [q, i]));
  const from: number[] = [];
  const to: number[] = [];
  for (const [i, q] of members.entries())
    for (let s = 0; s < t.k; s++) {
      const r = t.next[q * t.k + s] as number;
      if (r >= 0 && c.component[r] === comp) {
        from.push(i);
        to.push(local.get(r) as number);
      }
    }
  if (members.length === 1) return from.length;
  const m = members.length;
  let x = new Float64Array(m).fill(1);
  const iterations = Math.max(100, Math.floor(WORK_LIMIT / (from.length + m)));
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let it = 0; it < iterations; it++) {
    const y = x.slice(); // the identity part of A + I
    for (let e = 0; e < from.length; e++)
      y[from[e] as number] = (y[from[e] as number] as number) + (x[to[e] as number] as number);
    lo = Number.POSITIVE_INFINITY;
    hi = 0;
    let max = 0;
    for (let i = 0; i < m; i++) {
      const ratio = (y[i] as number) / (x[i] as number);
      if (ratio < lo) lo = ratio;
      if (ratio > hi) hi = ratio;
      if ((y[i] as number) > max) max = y[i] as number;
    }
    // keep x positive (the bracket holds for every positive x) even if an entry underflows
    for (let i = 0; i < m; i++) y[i] = Math.max((y[i] as number) / max, Number.MIN_VALUE);
    x = y;
    if (hi - lo <= TOLERANCE * hi) break;
  }
  return (lo + hi) / 2 - 1;
}
