/**
 * Reversal L(a)^R = {w_k … w_1 : w_1 … w_k ∈ L(a)}, by reversing every edge and the
 * subset construction.
 *
 * The NFA has a's states with every transition turned around, its accepting states as
 * initial states and a's start as the only accepting state; its DFA can need up to 2^n
 * states, hence the budget.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import { acceptingShifted } from "./concat.js";
import { determinize } from "./determinize.js";
import type { Dfa } from "./dfa.js";
import { buildNfa, type NfaEdge } from "./nfa.js";
import type { StateBudget } from "./support/budget.js";
import type { LimitLabError } from "./support/errors.js";

/**
 * The reversal of L(a) as a complete DFA (not minimised). Returns `Left` of kind `budget`
 * when the subset construction needs more than `budget.states` states (default 10^6).
 * Cost: up to 2^n states.
 *
 * @example
 * ```ts
 * reverse(abStar); // right: a DFA of (ba)*
 * ```
 */
export function reverse(a: Dfa, budget?: StateBudget): E.Either<LimitLabError, Dfa> {
  const k = a.alphabet.symbols.length;
  const edges: NfaEdge[] = [];
  for (let q = 0; q < a.states; q++)
    for (let s = 0; s < k; s++)
      edges.push({ from: a.delta[q * k + s] as number, symbol: s, to: q });
  const nfa = buildNfa(a.alphabet, a.states, acceptingShifted(a, 0), [a.start], edges);
  return determinize(nfa, budget);
}
