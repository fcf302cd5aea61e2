/** Test helpers that build isomorphic copies of a DFA. */
import { type Dfa, makeDfa } from "../../../src/automata/dfa.js";

/** The same DFA with states renumbered by `perm` (old → new, a permutation of 0..n-1). */
export function renumber(d: Dfa, perm: readonly number[]): Dfa {
  const k = d.alphabet.symbols.length;
  const delta = new Int32Array(d.states * k);
  const acc = new Uint8Array(d.states);
  for (let q = 0; q < d.states; q++) {
    const p = perm[q] as number;
    acc[p] = d.accepting[q] as number;
    for (let a = 0; a < k; a++) delta[p * k + a] = perm[d.delta[q * k + a] as number] as number;
  }
  return makeDfa(d.alphabet, d.states, perm[d.start] as number, delta, acc);
}
