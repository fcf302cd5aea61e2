/**
 * EX-FIN-LAYERS (THEORY.md): the subsets of a* with at most c words, the identifiable control of
 * Gold's adversary. Index layout (AMENDMENTS.md): index 0 = ∅, then the non-empty subsets
 * ordered by their longest word, then by size, then shortlex by sorted word list, so every set
 * comes after all its subsets. Index i ↦ set by unranking: the layer of sets whose longest word
 * is a^m holds Σ_{s ≤ c} C(m, s − 1) sets, and within a layer and a size the (s − 1)-subsets of
 * {0..m−1} come in lexicographic order.
 *
 * @module
 */
import { invalidInput, LimitLabException } from "../../automata/support/errors.js";
import { wordToString } from "../../automata/word.js";
import { type Family, indexedFamily } from "./family.js";
import { finiteLanguage, wordCount } from "./finite-language.js";
import { UNARY, unaryPower, universal } from "./unary.js";

function binomial(n: number, r: number): number {
  if (r < 0 || r > n) return 0;
  let c = 1;
  for (let i = 1; i <= r; i++) c = (c * (n - r + i)) / i;
  return Math.round(c);
}

/** The exponents of the fin-layers member at index i ≥ 1 (ascending). */
function layerSet(c: number, i: number): number[] {
  let r = i - 1;
  let m = 0;
  for (;;) {
    let layer = 0;
    for (let s = 1; s <= c; s++) layer += binomial(m, s - 1);
    if (r < layer) break;
    r -= layer;
    m++;
  }
  let s = 1;
  while (r >= binomial(m, s - 1)) {
    r -= binomial(m, s - 1);
    s++;
  }
  // the r-th (s-1)-combination of 0..m-1 in lexicographic order
  const out: number[] = [];
  let x = 0;
  for (let p = 0; p < s - 1; p++) {
    for (; ; x++) {
      const after = binomial(m - 1 - x, s - 2 - p);
      if (r < after) break;
      r -= after;
    }
    out.push(x++);
  }
  out.push(m);
  return out;
}

/**
 * EX-FIN-LAYERS: the subsets of a* with at most c words (a* itself is not a member), so the
 * class is identifiable: the positive control of Gold's adversary. Index 0 = ∅; then the
 * non-empty subsets ordered by their longest word, then by size, then shortlex by sorted word
 * list, so every set comes after all its subsets.
 *
 * Cost: member i is found in O(m·c) arithmetic (m its longest exponent), then built.
 *
 * @throws LimitLabException (invalid-input) when c is not a non-negative integer.
 * @example
 * ```ts
 * // c = 2: ∅, {ε}, {a}, {ε, a}, {aa}, {ε, aa}, {a, aa}, {a^3}, …
 * member(exFinLayers(), 6); // the minimal DFA of {a, aa}
 * ```
 */
export function exFinLayers(c = 2): Family {
  if (!Number.isSafeInteger(c) || c < 0)
    throw new LimitLabException(
      invalidInput(`must be a non-negative integer, got ${String(c)}`, "c"),
    );
  const star = universal(UNARY);
  return indexedFamily({
    alphabet: UNARY,
    size: c === 0 ? 1 : Number.POSITIVE_INFINITY,
    description: `EX-FIN-LAYERS(${c}): index 0 = the empty set, then the non-empty subsets of a* with at most ${c} words by longest word, size, sorted word list`,
    layout: "fin-layers",
    base: star,
    capacity: c,
    member: (i) => {
      const set = i === 0 ? [] : layerSet(c, i);
      const words = set.map(unaryPower);
      return {
        dfa: finiteLanguage(UNARY, words),
        name: `{${words.map((w) => wordToString(UNARY, w)).join(", ")}}`,
        provenance: { operator: "finite-subset", base: "a*", detail: wordCount(set.length) },
      };
    },
  });
}
