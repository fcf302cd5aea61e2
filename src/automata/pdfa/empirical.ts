/**
 * Frequency prefix trees and empirical distributions of samples. The tree of a multiset of
 * words has one node per distinct prefix, numbered in shortlex order (node 0 = ε), with the
 * number of words passing through each node and ending at it. Normalised, it is the PDFA of
 * the empirical distribution (p(w) = count(w) / |sample|); ALERGIA starts from it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import type { Alphabet } from "../alphabet.js";
import { makePdfa, type Pdfa } from "../pdfa.js";
import { invalidInput, type LimitLabError } from "../support/errors.js";
import type { Word } from "../word.js";
import { ratio } from "./exact.js";

/** A frequency prefix tree in shortlex node order, children in CSR form by symbol. */
export interface FrequencyTree {
  readonly alphabet: Alphabet;
  readonly nodes: number;
  /** Words of the sample having node's prefix as a prefix. */
  readonly arrivals: Int32Array;
  /** Words of the sample equal to node's prefix. */
  readonly ends: Int32Array;
  /** Children of node v: `childStart[v]..childStart[v+1]-1`, sorted by symbol. */
  readonly childStart: Int32Array;
  readonly childSymbol: Int32Array;
  readonly childNode: Int32Array;
}

/**
 * The frequency prefix tree of a sample (a multiset of words).
 *
 * Cost: O(L log k) time and O(L) memory for total sample length L.
 *
 * @example
 * ```ts
 * frequencyTree(ab, [[0], [0], [0, 1]]); // right: 3 nodes (ε, a, ab), arrivals [3, 3, 1]
 * frequencyTree(ab, [[2]]); // left: words[0][0]: 2 is not a symbol index
 * ```
 */
export function frequencyTree(
  alphabet: Alphabet,
  words: readonly Word[],
): E.Either<LimitLabError, FrequencyTree> {
  const k = alphabet.symbols.length;
  const child = new Map<number, number>();
  const arrivalsRaw: number[] = [0];
  const endsRaw: number[] = [0];
  const kids: number[][] = [[]];
  for (const [i, w] of words.entries()) {
    let v = 0;
    arrivalsRaw[0] = (arrivalsRaw[0] as number) + 1;
    for (const [j, s] of w.entries()) {
      if (!Number.isInteger(s) || s < 0 || s >= k)
        return E.left(
          invalidInput(`${s} is not a symbol index in 0..${k - 1}`, `words[${i}][${j}]`),
        );
      const key = v * k + s;
      let c = child.get(key);
      if (c === undefined) {
        c = arrivalsRaw.length;
        child.set(key, c);
        arrivalsRaw.push(0);
        endsRaw.push(0);
        kids.push([]);
        (kids[v] as number[]).push(s);
      }
      v = c;
      arrivalsRaw[v] = (arrivalsRaw[v] as number) + 1;
    }
    endsRaw[v] = (endsRaw[v] as number) + 1;
  }
  // renumber breadth-first with children by symbol: shortlex order of the prefixes
  const n = arrivalsRaw.length;
  const order: number[] = [0];
  const id = new Int32Array(n);
  const childStart = new Int32Array(n + 1);
  const childSymbol: number[] = [];
  const childRaw: number[] = [];
  for (let h = 0; h < order.length; h++) {
    const v = order[h] as number;
    const syms = (kids[v] as number[]).slice().sort((a, b) => a - b);
    for (const s of syms) {
      const c = child.get(v * k + s) as number;
      id[c] = order.length;
      order.push(c);
      childSymbol.push(s);
      childRaw.push(c);
    }
    childStart[h + 1] = childSymbol.length;
  }
  return E.right({
    alphabet,
    nodes: n,
    arrivals: Int32Array.from(order, (v) => arrivalsRaw[v] as number),
    ends: Int32Array.from(order, (v) => endsRaw[v] as number),
    childStart,
    childSymbol: Int32Array.from(childSymbol),
    childNode: Int32Array.from(childRaw, (c) => id[c] as number),
  });
}

/**
 * The empirical distribution of a non-empty sample as a PDFA (its frequency prefix tree,
 * normalised): p(w) = count(w) / |sample|. With `exact`, the probabilities are also kept as
 * exact fractions of the counts.
 *
 * Cost: O(L log k) for total sample length L (plus one fraction per edge with `exact`).
 *
 * @example
 * ```ts
 * const e = empiricalPdfa(ab, [[0], [0], [1]], { exact: true }); // right(Pdfa)
 * pdfaProbability(e.right, [0]); // 2/3
 * empiricalPdfa(ab, []); // left: the sample is empty
 * ```
 */
export function empiricalPdfa(
  alphabet: Alphabet,
  words: readonly Word[],
  options: { readonly exact?: boolean } = {},
): E.Either<LimitLabError, Pdfa> {
  if (words.length === 0)
    return E.left(
      invalidInput("the sample is empty: an empirical distribution needs a word", "words"),
    );
  const t = frequencyTree(alphabet, words);
  if (E.isLeft(t)) return t;
  return E.right(treePdfa(t.right, options.exact === true));
}

function treePdfa(t: FrequencyTree, exact: boolean): Pdfa {
  const n = t.nodes;
  const m = t.childNode.length;
  const probs = new Float64Array(m);
  const stop = new Float64Array(n);
  const exProbs: Fraction[] = [];
  const exStop: Fraction[] = [];
  for (let v = 0; v < n; v++) {
    const a = t.arrivals[v] as number;
    stop[v] = (t.ends[v] as number) / a;
    if (exact) exStop.push(ratio(t.ends[v] as number, a));
    for (let e = t.childStart[v] as number; e < (t.childStart[v + 1] as number); e++) {
      const c = t.arrivals[t.childNode[e] as number] as number;
      probs[e] = c / a;
      if (exact) exProbs.push(ratio(c, a));
    }
  }
  return makePdfa(
    t.alphabet,
    0,
    t.childStart.slice(),
    t.childSymbol.slice(),
    t.childNode.slice(),
    probs,
    stop,
    exact ? { probs: exProbs, stop: exStop } : undefined,
  );
}
