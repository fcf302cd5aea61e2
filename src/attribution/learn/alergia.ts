/**
 * ALERGIA (Carrasco, Oncina 1994): learning a PDFA from a sample of outputs by state merging
 * with a Hoeffding test, so outputs a user has become a model in the zoo.
 *
 * Method (the red–blue formulation of de la Higuera 2010, ch. 16): build the frequency prefix
 * tree of the sample; the root is red; repeatedly take the blue node (a child of a red state
 * that is not red) first in shortlex order of its prefix, and merge it into the first red state
 * it is compatible with (then fold its subtree in, adding counts), or promote it to red when
 * none is. Two states are compatible when their stop frequencies and their frequencies of each
 * symbol pass the Hoeffding test, and so do their successors on every common symbol:
 *   |f₁/n₁ − f₂/n₂| < √(½ ln(2/α)) · (1/√n₁ + 1/√n₂)
 * (n = arrivals, f = the event's count; a state with no arrivals is compatible with anything).
 * The result's probabilities are the merged counts' ratios, so they sum to 1 exactly (and are
 * kept as exact fractions with `exact`).
 *
 * Cost: O(L log k) for the tree of a sample of total length L, then at most one compatibility
 * test per (blue, red) pair, each linear in the blue subtree; `steps` bounds the node
 * comparisons (default 10^7) and gives a budget error beyond.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { frequencyTree } from "../../automata/pdfa/empirical.js";
import { ratio } from "../../automata/pdfa/exact.js";
import { makePdfa, type Pdfa } from "../../automata/pdfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { type ProbabilisticModel, probabilisticModel } from "../models/model.js";

/** Options of {@link alergia}. */
export interface AlergiaOptions {
  /** The significance α of the Hoeffding test (smaller merges more). @defaultValue 0.05 */
  readonly alpha?: number;
  /** The most node comparisons. @defaultValue 10_000_000 */
  readonly steps?: number;
  /** Keep exact fractions of the counts. @defaultValue false */
  readonly exact?: boolean;
}

interface Work {
  readonly n: number[];
  readonly ends: number[];
  readonly to: Map<number, number>[];
  readonly count: Map<number, number>[];
}

function different(n1: number, f1: number, n2: number, f2: number, bound: number): boolean {
  if (n1 === 0 || n2 === 0) return false;
  return Math.abs(f1 / n1 - f2 / n2) >= bound * (1 / Math.sqrt(n1) + 1 / Math.sqrt(n2));
}

/**
 * Learns a PDFA from a sample of words over `alphabet` (see the module notes).
 *
 * @example
 * ```ts
 * const sample = sampleOutputs(target, 5000, 42).right;
 * const learned = alergia(ab, sample); // right(Pdfa), close to target for large samples
 * alergia(ab, []); // left: the sample is empty
 * ```
 */
export function alergia(
  alphabet: Alphabet,
  sample: readonly Word[],
  options: AlergiaOptions = {},
): E.Either<LimitLabError, Pdfa> {
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1))
    return E.left(invalidInput(`must be in (0, 1), got ${alpha}`, "alpha"));
  if (sample.length === 0) return E.left(invalidInput("the sample is empty", "sample"));
  const tree = frequencyTree(alphabet, sample);
  if (E.isLeft(tree)) return tree;
  const t = tree.right;
  const bound = Math.sqrt(0.5 * Math.log(2 / alpha));
  const limit = options.steps ?? 10_000_000;
  let steps = 0;
  // the one edge into each non-red node (its tree parent, until a fold moves it)
  const parent = new Int32Array(t.nodes).fill(-1);
  const via = new Int32Array(t.nodes);
  const w: Work = { n: [...t.arrivals], ends: [...t.ends], to: [], count: [] };
  for (let v = 0; v < t.nodes; v++) {
    const to = new Map<number, number>();
    const count = new Map<number, number>();
    for (let e = t.childStart[v] as number; e < (t.childStart[v + 1] as number); e++) {
      const c = t.childNode[e] as number;
      to.set(t.childSymbol[e] as number, c);
      count.set(t.childSymbol[e] as number, t.arrivals[c] as number);
      parent[c] = v;
      via[c] = t.childSymbol[e] as number;
    }
    w.to.push(to);
    w.count.push(count);
  }
  const compatible = (r0: number, b0: number): boolean => {
    const stack: [number, number][] = [[r0, b0]];
    while (stack.length > 0) {
      const [r, b] = stack.pop() as [number, number];
      steps++;
      const nr = w.n[r] as number;
      const nb = w.n[b] as number;
      if (different(nr, w.ends[r] as number, nb, w.ends[b] as number, bound)) return false;
      const cr = w.count[r] as Map<number, number>;
      const cb = w.count[b] as Map<number, number>;
      for (const s of new Set([...cr.keys(), ...cb.keys()]))
        if (different(nr, cr.get(s) ?? 0, nb, cb.get(s) ?? 0, bound)) return false;
      for (const [s, bc] of w.to[b] as Map<number, number>) {
        const rc = (w.to[r] as Map<number, number>).get(s);
        if (rc !== undefined) stack.push([rc, bc]);
      }
    }
    return true;
  };
  const fold = (r0: number, b0: number): void => {
    const stack: [number, number][] = [[r0, b0]];
    while (stack.length > 0) {
      const [r, b] = stack.pop() as [number, number];
      w.n[r] = (w.n[r] as number) + (w.n[b] as number);
      w.ends[r] = (w.ends[r] as number) + (w.ends[b] as number);
      const cr = w.count[r] as Map<number, number>;
      const tr = w.to[r] as Map<number, number>;
      for (const [s, c] of w.count[b] as Map<number, number>) cr.set(s, (cr.get(s) ?? 0) + c);
      for (const [s, bc] of w.to[b] as Map<number, number>) {
        const rc = tr.get(s);
        if (rc === undefined) {
          // the subtree moves under r: keep its one incoming edge known
          tr.set(s, bc);
          parent[bc] = r;
          via[bc] = s;
        } else stack.push([rc, bc]);
      }
    }
  };
  const red: number[] = [0];
  const isRed = new Uint8Array(t.nodes);
  isRed[0] = 1;
  for (;;) {
    let blue = -1;
    for (const r of red)
      for (const c of (w.to[r] as Map<number, number>).values())
        if (isRed[c] === 0 && (blue < 0 || c < blue)) blue = c;
    if (blue < 0) break;
    const target = red.find((r) => compatible(r, blue));
    if (steps > limit) return E.left(budgetError("steps", limit, steps, "ALERGIA state merging"));
    if (target === undefined) {
      red.push(blue);
      isRed[blue] = 1;
      continue;
    }
    (w.to[parent[blue] as number] as Map<number, number>).set(via[blue] as number, target);
    fold(target, blue);
  }
  return E.right(toPdfa(alphabet, w, red, options.exact === true));
}

function toPdfa(alphabet: Alphabet, w: Work, red: readonly number[], exact: boolean): Pdfa {
  const id = new Map<number, number>(red.map((r, i) => [r, i]));
  const offsets = new Int32Array(red.length + 1);
  const symbols: number[] = [];
  const targets: number[] = [];
  const probs: number[] = [];
  const stop = new Float64Array(red.length);
  const exProbs: Fraction[] = [];
  const exStop: Fraction[] = [];
  for (const [i, r] of red.entries()) {
    const n = w.n[r] as number;
    stop[i] = (w.ends[r] as number) / n;
    if (exact) exStop.push(ratio(w.ends[r] as number, n));
    const to = w.to[r] as Map<number, number>;
    for (const s of [...to.keys()].sort((a, b) => a - b)) {
      const c = (w.count[r] as Map<number, number>).get(s) as number;
      symbols.push(s);
      targets.push(id.get(to.get(s) as number) as number);
      probs.push(c / n);
      if (exact) exProbs.push(ratio(c, n));
    }
    offsets[i + 1] = symbols.length;
  }
  return makePdfa(
    alphabet,
    0,
    offsets,
    Int32Array.from(symbols),
    Int32Array.from(targets),
    Float64Array.from(probs),
    stop,
    exact ? { probs: exProbs, stop: exStop } : undefined,
  );
}

/**
 * A probabilistic model learned by ALERGIA from a user's outputs, ready for a zoo.
 *
 * @example
 * ```ts
 * alergiaModel("from-logs", ab, outputs, { alpha: 0.05 }); // right(ProbabilisticModel)
 * ```
 */
export function alergiaModel(
  name: string,
  alphabet: Alphabet,
  sample: readonly Word[],
  options: AlergiaOptions = {},
): E.Either<LimitLabError, ProbabilisticModel> {
  const p = alergia(alphabet, sample, options);
  if (E.isLeft(p)) return p;
  return probabilisticModel(name, p.right, {
    operator: "alergia",
    detail: `${sample.length} outputs, α = ${options.alpha ?? 0.05}, ${p.right.states} states`,
  });
}
