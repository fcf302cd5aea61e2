/**
 * Complement with respect to Σ*: the same complete DFA with acceptance flipped.
 *
 * Law: w ∈ L(complement(d)) ⇔ w ∉ L(d), for every word over d's alphabet (this needs d
 * complete, which every `Dfa` is). The transition table is shared, not copied.
 *
 * @module
 */
import type { Dfa } from "./dfa.js";

/**
 * The complement Σ* ∖ L(d). Total; cost O(n) (one new acceptance array; the transition table
 * is shared). Metadata is dropped: it described the other language.
 *
 * @example
 * ```ts
 * accepts(complement(d), w) === !accepts(d, w); // true for every word w
 * ```
 */
export function complement(d: Dfa): Dfa {
  const accepting = new Uint8Array(d.states);
  for (let q = 0; q < d.states; q++) accepting[q] = 1 - (d.accepting[q] as number);
  return { alphabet: d.alphabet, states: d.states, start: d.start, delta: d.delta, accepting };
}
