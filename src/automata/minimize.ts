/**
 * DFA minimisation: Hopcroft's partition refinement, then canonical numbering.
 *
 * @module
 */
import { quotient } from "./canonical.js";
import type { Dfa } from "./dfa.js";
import { refine } from "./partition.js";

/**
 * The minimal complete DFA of `d`'s language, canonically numbered.
 *
 * Removes the unreachable states, merges equivalent states by Hopcroft's partition refinement
 * (smaller-half rule over inverse transitions), and numbers the classes breadth-first from the
 * start state with symbols in alphabet order. So two DFAs over the same alphabet accept the
 * same language exactly when their minimisations have identical arrays (`dfaEquals`). The
 * result keeps a rejecting sink when the language needs one (the empty language gives one
 * rejecting state). Metadata is not carried over: the result depends only on the language.
 *
 * Cost: O(k·n log n) time and O(k·n) memory for n states over k symbols; a 10^5-state random
 * DFA over 2 letters takes about 20 ms.
 *
 * @example
 * ```ts
 * // (ab)* with a duplicated sink: 4 states -> 3
 * const d = dfaFromTableOrThrow(ab, 0, [0], [[1, 2], [3, 0], [2, 2], [3, 3]]);
 * stateCount(minimize(d)); // 3
 * transitionTable(minimize(d)); // [[1, 2], [2, 0], [2, 2]]
 * ```
 */
export function minimize(d: Dfa): Dfa {
  const p = refine(d);
  return quotient(d, p.classes, p.classOf, p.order);
}
