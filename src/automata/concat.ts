/**
 * Concatenation L(a)·L(b) = {uv : u ∈ L(a), v ∈ L(b)}, by an ε-NFA and the subset
 * construction.
 *
 * The NFA is a's states followed by b's (shifted by n), with an ε-move from every accepting
 * state of a to b's start; its DFA can need up to n·2^m states, hence the budget.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import { assertSameAlphabet } from "./alphabet.js";
import { determinize } from "./determinize.js";
import type { Dfa } from "./dfa.js";
import { buildNfa, type NfaEdge } from "./nfa.js";
import type { StateBudget } from "./support/budget.js";
import type { LimitLabError } from "./support/errors.js";

/**
 * The transitions of a DFA as NFA edges, with every state shifted by `offset`.
 *
 * @internal
 */
export function dfaEdges(d: Dfa, offset: number): NfaEdge[] {
  const k = d.alphabet.symbols.length;
  const out: NfaEdge[] = [];
  for (let q = 0; q < d.states; q++)
    for (let s = 0; s < k; s++)
      out.push({ from: q + offset, symbol: s, to: (d.delta[q * k + s] as number) + offset });
  return out;
}

/**
 * The accepting states of a DFA, shifted by `offset`.
 *
 * @internal
 */
export function acceptingShifted(d: Dfa, offset: number): number[] {
  const out: number[] = [];
  for (let q = 0; q < d.states; q++) if (d.accepting[q] === 1) out.push(q + offset);
  return out;
}

/**
 * The concatenation L(a)·L(b) as a complete DFA (not minimised). Returns `Left` of kind
 * `budget` when the subset construction needs more than `budget.states` states
 * (default 10^6). Cost: up to n·2^m states. Throws `alphabet-mismatch` when the alphabets
 * differ (a programming error).
 *
 * @example
 * ```ts
 * concat(aStar, bStar); // right: a DFA of a*b*
 * ```
 */
export function concat(a: Dfa, b: Dfa, budget?: StateBudget): E.Either<LimitLabError, Dfa> {
  assertSameAlphabet(a.alphabet, b.alphabet);
  const n = a.states;
  const edges = [...dfaEdges(a, 0), ...dfaEdges(b, n)];
  for (const q of acceptingShifted(a, 0)) edges.push({ from: q, symbol: null, to: n + b.start });
  const nfa = buildNfa(a.alphabet, n + b.states, [a.start], acceptingShifted(b, n), edges);
  return determinize(nfa, budget);
}
