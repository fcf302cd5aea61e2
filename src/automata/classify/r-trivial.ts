/**
 * R-triviality (THEORY.md P5): a regular language is R-trivial exactly when its minimal DFA
 * is partially ordered (Brzozowski and Fich 1980), that is, the only cycles of its transition
 * graph are self-loops: every strongly connected component is a single state. R-trivial
 * languages are star-free; they are the languages of soft-attention fixed-precision
 * transformers (Li and Cotterell 2025).
 *
 * @module
 */

import { stronglyConnected } from "../count/scc.js";
import type { Dfa } from "../dfa.js";
import { minimize } from "../minimize.js";
import { reachable } from "../reach.js";

/**
 * Is the DFA, as given, partially ordered: does every cycle through its reachable states
 * stay on one state (self-loops only)? A property of the automaton: a non-minimal DFA of an
 * R-trivial language may fail it, so use {@link isRTrivial} for the language.
 *
 * Cost: O(n·k).
 *
 * @example
 * ```ts
 * isPartiallyOrdered(aStarBStar); // true
 * isPartiallyOrdered(abStar); // false: 0 -a-> 1 -b-> 0
 * ```
 */
export function isPartiallyOrdered(d: Dfa): boolean {
  const c = stronglyConnected(d.states, d.alphabet.symbols.length, d.delta);
  const seen = reachable(d);
  for (let q = 0; q < d.states; q++)
    if (seen[q] === 1 && (c.size[c.component[q] as number] as number) > 1) return false;
  return true;
}

/**
 * Is the language R-trivial: is its minimal DFA partially ordered?
 *
 * Cost: O(k·n log n) to minimise, then O(n·k).
 *
 * @example
 * ```ts
 * isRTrivial(aStarBStar); // true
 * isRTrivial(abStar); // false
 * ```
 */
export function isRTrivial(d: Dfa): boolean {
  return isPartiallyOrdered(minimize(d));
}
