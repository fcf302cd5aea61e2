/**
 * Total variation TV(p, q) = ½ Σ_w |p(w) − q(w)| between distributions over words. Unlike L2
 * and KL it has no linear-system formula (it is not a polynomial in the probabilities), so
 * it is **bounded or estimated, never claimed exact** — except TV = 0, which is certified
 * exactly through L2 = 0 (AMENDMENTS.md, "Exactness has a size").
 *
 * Bounds ({@link tvBounds}): a best-first expansion of prefixes x by their mass
 * p(xΣ*) + q(xΣ*). Every word is either closed (its exact |p(w) − q(w)| counted) or lies below
 * an open prefix x, whose words contribute between |p(xΣ*) − q(xΣ*)| and p(xΣ*) + q(xΣ*).
 * These enumeration bounds are tightened by ½‖p − q‖₂ ≤ TV (since ‖·‖₁ ≥ ‖·‖₂) and, for two
 * PDFAs, Pinsker's TV ≤ √(KL/2) in both directions.
 *
 * Estimate ({@link tvEstimate}): TV = E_{w∼p}[(1 − q(w)/p(w))⁺], averaged over seeded
 * samples of p, with its standard error.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { assertSameAlphabet } from "../alphabet.js";
import type { LimitLabError } from "../support/errors.js";
import type { Seed } from "../support/rng.js";
import { klDivergence } from "./kl.js";
import { type DistanceOptions, l2Distance } from "./l2.js";
import { componentsOf, type Distribution, type MixtureComponent, probability } from "./mixture.js";
import { sampleOutputs } from "./sample.js";

/** Options of {@link tvBounds}. */
export interface TvOptions extends DistanceOptions {
  /** The most prefixes the enumeration keeps open or closes. @defaultValue 100_000 */
  readonly nodes?: number;
  /** Stop when upper − lower is at most this. @defaultValue 1e-9 */
  readonly gap?: number;
}

/** Bounds on TV and where each one came from. */
export interface TvBounds {
  readonly lower: number;
  readonly upper: number;
  /** True when TV = 0 is certified exactly (exact L2 = 0). */
  readonly certifiedZero: boolean;
  readonly lowerFrom: "enumeration" | "l2" | "exact-l2";
  readonly upperFrom: "enumeration" | "pinsker" | "exact-l2";
  /** Prefixes expanded by the enumeration. */
  readonly expanded: number;
}

interface Node {
  readonly states: Int32Array;
  readonly mass: Float64Array;
  readonly m1: number;
  readonly m2: number;
}

function heapPush(h: Node[], x: Node): void {
  h.push(x);
  let i = h.length - 1;
  const key = x.m1 + x.m2;
  while (i > 0) {
    const up = (i - 1) >> 1;
    const y = h[up] as Node;
    if (y.m1 + y.m2 >= key) break;
    h[i] = y;
    i = up;
  }
  h[i] = x;
}

function heapPop(h: Node[]): Node | undefined {
  const top = h[0];
  const last = h.pop();
  if (top === undefined || last === undefined || h.length === 0) return top;
  let i = 0;
  const key = last.m1 + last.m2;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= h.length) break;
    const r = l + 1;
    const c = r < h.length && keyOf(h[r] as Node) > keyOf(h[l] as Node) ? r : l;
    if (keyOf(h[c] as Node) <= key) break;
    h[i] = h[c] as Node;
    i = c;
  }
  h[i] = last;
  return top;
}

function keyOf(x: Node): number {
  return x.m1 + x.m2;
}

function enumerationBounds(
  c1: readonly MixtureComponent[],
  c2: readonly MixtureComponent[],
  nodes: number,
  gap: number,
): { lower: number; upper: number; expanded: number } {
  const cs = [...c1, ...c2];
  const n1 = c1.length;
  const split = (mass: Float64Array): [number, number] => {
    let a = 0;
    let b = 0;
    for (let i = 0; i < cs.length; i++) {
      if (i < n1) a += mass[i] as number;
      else b += mass[i] as number;
    }
    return [a, b];
  };
  const rootMass = Float64Array.from(cs, (c) => c.weight);
  const heap: Node[] = [];
  heapPush(heap, {
    states: Int32Array.from(cs, (c) => c.pdfa.start),
    mass: rootMass,
    m1: 1,
    m2: 1,
  });
  let closed = 0;
  let openAbs = 0;
  let openMass = 2;
  let created = 1;
  let expanded = 0;
  for (;;) {
    if (closed + openMass - (closed + openAbs) <= 2 * gap || created >= nodes) break;
    const x = heapPop(heap);
    if (x === undefined) break;
    expanded++;
    openAbs -= Math.abs(x.m1 - x.m2);
    openMass -= x.m1 + x.m2;
    const stopMass = new Float64Array(cs.length);
    for (let i = 0; i < cs.length; i++) {
      const q = x.states[i] as number;
      if (q >= 0)
        stopMass[i] = (x.mass[i] as number) * ((cs[i] as MixtureComponent).pdfa.stop[q] as number);
    }
    const [s1, s2] = split(stopMass);
    closed += Math.abs(s1 - s2);
    const children = new Map<number, Node>();
    for (let i = 0; i < cs.length; i++) {
      const q = x.states[i] as number;
      if (q < 0) continue;
      const p = (cs[i] as MixtureComponent).pdfa;
      for (let e = p.offsets[q] as number; e < (p.offsets[q + 1] as number); e++) {
        const s = p.symbols[e] as number;
        let child = children.get(s);
        if (child === undefined) {
          child = {
            states: new Int32Array(cs.length).fill(-1),
            mass: new Float64Array(cs.length),
            m1: 0,
            m2: 0,
          };
          children.set(s, child);
        }
        child.states[i] = p.targets[e] as number;
        child.mass[i] = (x.mass[i] as number) * (p.probs[e] as number);
      }
    }
    for (const child of children.values()) {
      const [m1, m2] = split(child.mass);
      heapPush(heap, { ...child, m1, m2 });
      created++;
      openAbs += Math.abs(m1 - m2);
      openMass += m1 + m2;
    }
  }
  const lower = Math.max(0, (closed + openAbs) / 2);
  const upper = Math.min(1, Math.max(lower, (closed + Math.max(0, openMass)) / 2));
  return { lower, upper, expanded };
}

/**
 * Certified bounds lower ≤ TV(d1, d2) ≤ upper for two distributions (PDFAs or mixtures).
 *
 * Cost: the L2 distance (see l2.ts), for two PDFAs both KL divergences, and a best-first
 * enumeration creating at most `nodes` prefixes (each O(components · k log d)). A budget
 * error in L2 or KL only drops that bound.
 *
 * @throws LimitLabException (alphabet-mismatch) for distributions over different alphabets.
 * @example
 * ```ts
 * tvBounds(usersAB, usersBA).right; // { lower: 0, upper: 0, certifiedZero: true, ... }
 * tvBounds(onlyA, onlyB).right; // { lower: 1, upper: 1, ... }
 * ```
 */
export function tvBounds(
  d1: Distribution,
  d2: Distribution,
  options: TvOptions = {},
): E.Either<LimitLabError, TvBounds> {
  assertSameAlphabet(d1.alphabet, d2.alphabet);
  const l2 = l2Distance(d1, d2, options);
  if (E.isRight(l2) && l2.right.equal === true)
    return E.right({
      lower: 0,
      upper: 0,
      certifiedZero: true,
      lowerFrom: "exact-l2",
      upperFrom: "exact-l2",
      expanded: 0,
    });
  const c1 = componentsOf(d1);
  const c2 = componentsOf(d2);
  const en = enumerationBounds(c1, c2, options.nodes ?? 100_000, options.gap ?? 1e-9);
  let lower = en.lower;
  let lowerFrom: TvBounds["lowerFrom"] = "enumeration";
  if (E.isRight(l2) && l2.right.distance / 2 > lower) {
    lower = l2.right.distance / 2;
    lowerFrom = l2.right.exactSquared === undefined ? "l2" : "exact-l2";
  }
  let upper = en.upper;
  let upperFrom: TvBounds["upperFrom"] = "enumeration";
  const a = c1.length === 1 ? c1[0] : undefined;
  const b = c2.length === 1 ? c2[0] : undefined;
  if (a !== undefined && b !== undefined)
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const kl = klDivergence(x.pdfa, y.pdfa, options);
      if (E.isRight(kl) && Number.isFinite(kl.right.nats)) {
        const pinsker = Math.sqrt(kl.right.nats / 2);
        if (pinsker < upper) {
          upper = pinsker;
          upperFrom = "pinsker";
        }
      }
    }
  return E.right({
    lower,
    upper: Math.max(lower, upper),
    certifiedZero: false,
    lowerFrom,
    upperFrom,
    expanded: en.expanded,
  });
}

/** A Monte Carlo estimate of TV with its standard error. */
export interface TvEstimate {
  readonly estimate: number;
  readonly standardError: number;
  readonly samples: number;
  readonly seed: Seed;
}

/**
 * An unbiased estimate of TV(d1, d2) = E_{w∼d1}[(1 − d2(w)/d1(w))⁺] from `samples` seeded draws
 * of d1, with the standard error of the mean. An estimate, not a bound.
 *
 * Cost: `samples` draws and two probability evaluations per draw.
 *
 * @example
 * ```ts
 * tvEstimate(geometric, geometricThird, 10_000, 42); // right({ estimate ≈ TV, standardError, ... })
 * ```
 */
export function tvEstimate(
  d1: Distribution,
  d2: Distribution,
  samples: number,
  seed: Seed,
): E.Either<LimitLabError, TvEstimate> {
  assertSameAlphabet(d1.alphabet, d2.alphabet);
  const ws = sampleOutputs(d1, samples, seed);
  if (E.isLeft(ws)) return ws;
  let sum = 0;
  let sq = 0;
  for (const w of ws.right) {
    const a = probability(d1, w);
    const v = a > 0 ? Math.max(0, 1 - probability(d2, w) / a) : 0;
    sum += v;
    sq += v * v;
  }
  const n = Math.max(1, ws.right.length);
  const mean = sum / n;
  const variance = Math.max(0, sq / n - mean * mean);
  return E.right({
    estimate: mean,
    standardError: Math.sqrt(variance / Math.max(1, n - 1)),
    samples: ws.right.length,
    seed,
  });
}
