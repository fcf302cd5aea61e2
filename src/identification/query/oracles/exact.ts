/**
 * The exact equivalence oracle of a known target DFA.
 *
 * Law: the answer is `none` iff the hypothesis accepts the target's language; otherwise it
 * is the shortest, then shortlex-least, word of the symmetric difference (from
 * `equivalent`). It asks no membership queries.
 *
 * @module
 */
import type { Dfa } from "../../../automata/dfa.js";
import { equivalent } from "../../../automata/equivalence.js";
import type { EquivalenceOracle } from "./oracle.js";

/**
 * The exact oracle for `target`: shortest, then shortlex-least counterexamples.
 *
 * Cost per query: near-linear Hopcroft–Karp when equal; otherwise a BFS over the product of
 * hypothesis and target up to the first disagreement (at most h·n pairs). Throws
 * `alphabet-mismatch` on a hypothesis over another alphabet (a programming error).
 *
 * @example
 * ```ts
 * exactOracle(target)(emptyHypothesis, () => false); // some(shortest accepted word)
 * ```
 */
export function exactOracle(target: Dfa): EquivalenceOracle {
  return (hypothesis) => equivalent(hypothesis, target);
}
