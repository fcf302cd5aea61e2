/**
 * Quotients of a regular language L by a regular language K.
 *
 * - Left quotient K⁻¹L = {v : ∃u ∈ K, uv ∈ L}: what may follow a word of K inside L. Its
 *   automaton is L's DFA started, nondeterministically, in every state that some word of K
 *   reaches; determinising that set of starts can need up to 2^n states, hence the budget.
 * - Right quotient L K⁻¹ = {u : ∃v ∈ K, uv ∈ L}: the prefixes of L that a word of K
 *   completes. Its automaton is L's DFA itself with new accepting states: q accepts when some
 *   word of K leads from q into L. No blow-up: at most n·m product pairs are explored.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import { dfaEdges } from "./concat.js";
import { determinize } from "./determinize.js";
import type { Dfa } from "./dfa.js";
import { buildNfa } from "./nfa.js";
import { AND, type BooleanTable, productView } from "./product.js";
import { live } from "./reach.js";
import type { StateBudget } from "./support/budget.js";
import type { LimitLabError } from "./support/errors.js";
import { materialize } from "./view.js";

/** The right component accepts. */
const RIGHT: BooleanTable = 0b1010;

/**
 * The left quotient K⁻¹L = {v : ∃u ∈ K, uv ∈ L} as a complete DFA (not minimised), for
 * `l` the DFA of L and `k` that of K. Returns `Left` of kind `budget` when the subset
 * construction needs more than `budget.states` states (default 10^6). Cost: O(n·m·k) to find
 * the states K reaches in L, then up to 2^n states. Throws `alphabet-mismatch` when the
 * alphabets differ.
 *
 * @example
 * ```ts
 * leftQuotient(abStar, a); // right: b(ab)*, what follows an "a" in (ab)*
 * ```
 */
export function leftQuotient(l: Dfa, k: Dfa, budget?: StateBudget): E.Either<LimitLabError, Dfa> {
  const view = productView(l, k, RIGHT);
  const pairs = materialize(view, l.alphabet);
  const starts = new Set<number>();
  for (let id = 0; id < pairs.states; id++)
    if (pairs.accepting[id] === 1) starts.add(view.left[id] as number);
  const accepting: number[] = [];
  for (let q = 0; q < l.states; q++) if (l.accepting[q] === 1) accepting.push(q);
  const nfa = buildNfa(l.alphabet, l.states, [...starts], accepting, dfaEdges(l, 0));
  return determinize(nfa, budget);
}

/**
 * The right quotient L K⁻¹ = {u : ∃v ∈ K, uv ∈ L}: `l` with the same states and transitions
 * and state q accepting iff some word of K leads from q to an accepting state of `l`.
 * Total; cost O(n·m·k) time and memory (the pairs (q, p) reachable from every (q, start_K)).
 * Throws `alphabet-mismatch` when the alphabets differ.
 *
 * @example
 * ```ts
 * rightQuotient(abStar, b); // (ab)*a: the prefixes of (ab)* that a "b" completes
 * ```
 */
export function rightQuotient(l: Dfa, k: Dfa): Dfa {
  const view = productView(l, k, AND);
  const seeds = new Int32Array(l.states);
  for (let q = 0; q < l.states; q++) seeds[q] = view.intern(q, k.start);
  // the explored product: every pair reachable from a seed, accepting when both accept
  const alive = live(materialize(view, l.alphabet));
  const accepting = new Uint8Array(l.states);
  for (let q = 0; q < l.states; q++) accepting[q] = alive[seeds[q] as number] as number;
  return { alphabet: l.alphabet, states: l.states, start: l.start, delta: l.delta, accepting };
}
