/**
 * Inclusion of regular languages, with the least counterexample.
 *
 * Law: `isSubset(a, b)` ⇔ L(a) ⊆ L(b) ⇔ `inclusionWitness(a, b)` is none; the witness is
 * the shortest, then shortlex-least, word of L(a) ∖ L(b), found by a BFS over the product
 * built on the fly that stops at the first such pair.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "./dfa.js";
import { MINUS, productView } from "./product.js";
import { shortestMarked } from "./witness.js";
import type { Word } from "./word.js";

/**
 * The shortest, then shortlex-least, word accepted by `a` and rejected by `b`; none when
 * L(a) ⊆ L(b). Cost: O(N·k) for the N ≤ n·m product pairs explored. Throws
 * `alphabet-mismatch` when the alphabets differ.
 *
 * @example
 * ```ts
 * inclusionWitness(aStar, abStar); // some([0]): "a" is in a* but not in (ab)*
 * ```
 */
export function inclusionWitness(a: Dfa, b: Dfa): O.Option<Word> {
  return shortestMarked(productView(a, b, MINUS));
}

/**
 * Is L(a) ⊆ L(b)? Cost: O(n·m·k) at most. Throws `alphabet-mismatch` when the alphabets
 * differ.
 *
 * @example
 * ```ts
 * isSubset(abStar, complement(emptyDfa)); // true
 * ```
 */
export function isSubset(a: Dfa, b: Dfa): boolean {
  return O.isNone(inclusionWitness(a, b));
}
