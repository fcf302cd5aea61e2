/**
 * Kleene star L(a)* = {ε} ∪ L(a) ∪ L(a)L(a) ∪ …, by an ε-NFA and the subset construction.
 *
 * The NFA adds one state, initial and accepting, with an ε-move to a's start, and an ε-move
 * from every accepting state of a back to a's start; its DFA can need up to 2^n states,
 * hence the budget.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import { acceptingShifted, dfaEdges } from "./concat.js";
import { determinize } from "./determinize.js";
import type { Dfa } from "./dfa.js";
import { buildNfa } from "./nfa.js";
import type { StateBudget } from "./support/budget.js";
import type { LimitLabError } from "./support/errors.js";

/**
 * The star L(a)* as a complete DFA (not minimised). Returns `Left` of kind `budget` when
 * the subset construction needs more than `budget.states` states (default 10^6).
 * Cost: up to 2^n states.
 *
 * @example
 * ```ts
 * star(ab); // right: a DFA of (ab)*
 * ```
 */
export function star(a: Dfa, budget?: StateBudget): E.Either<LimitLabError, Dfa> {
  const n = a.states;
  const accepting = acceptingShifted(a, 0);
  const edges = dfaEdges(a, 0);
  edges.push({ from: n, symbol: null, to: a.start });
  for (const q of accepting) edges.push({ from: q, symbol: null, to: a.start });
  const nfa = buildNfa(a.alphabet, n + 1, [n], [...accepting, n], edges);
  return determinize(nfa, budget);
}
