/**
 * Inclusion by product constructions, for the proofs (THEORY.md rule 1): L(a) ⊆ L(b) exactly
 * when the product automaton of a ∖ b accepts nothing. Built from `difference` (product BFS)
 * and `isEmpty`, not from the library's inclusion witnesses or memoised relations, so a
 * certificate computed with those is checked by other code.
 */
import { isEmpty } from "../../src/automata/decide.js";
import type { Dfa } from "../../src/automata/dfa.js";
import { difference } from "../../src/automata/product.js";

/**
 * L(a) ⊆ L(b), by emptiness of the product a ∖ b. Cost: O(n_a · n_b · k).
 *
 * @example
 * ```ts
 * subsetByProduct(upTo2, aStar); // true
 * ```
 */
export function subsetByProduct(a: Dfa, b: Dfa): boolean {
  return isEmpty(difference(a, b));
}

/**
 * L(a) ⊊ L(b), by two products. Cost: O(n_a · n_b · k).
 *
 * @example
 * ```ts
 * properSubsetByProduct(upTo2, aStar); // true
 * properSubsetByProduct(aStar, aStar); // false
 * ```
 */
export function properSubsetByProduct(a: Dfa, b: Dfa): boolean {
  return subsetByProduct(a, b) && !subsetByProduct(b, a);
}
