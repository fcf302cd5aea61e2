/**
 * Independent checks for the passive-inference tests: k-reversibility of a DFA straight from
 * Angluin's (1982) definitions, by brute force over the words of length k, and small
 * arbitraries of samples. Nothing here calls the inferrers or the block-merge engine.
 */
import fc from "fast-check";
import type { Dfa } from "../../../src/automata/dfa.js";
import type { Word } from "../../../src/automata/word.js";
import { allWords } from "../../automata/brute-force.js";

/** The useful states (reachable from the start and reaching an accepting state), by fixpoint. */
export function usefulStates(d: Dfa): boolean[] {
  const k = d.alphabet.symbols.length;
  const reach = new Array<boolean>(d.states).fill(false);
  reach[d.start] = true;
  const live = Array.from({ length: d.states }, (_, q) => d.accepting[q] === 1);
  for (let changed = true; changed; ) {
    changed = false;
    for (let q = 0; q < d.states; q++)
      for (let s = 0; s < k; s++) {
        const t = d.delta[q * k + s] as number;
        if (reach[q] && !reach[t]) reach[t] = changed = true;
        if (live[t] && !live[q]) live[q] = changed = true;
      }
  }
  return reach.map((r, q) => r && (live[q] as boolean));
}

/**
 * Is the trim part of `d` k-reversible? For distinct useful states q1, q2 that are both
 * accepting, or both enter one useful state on one symbol, there must be no word u of length
 * k read along useful states into both q1 and q2 (from any states). Applied to a minimal DFA
 * this decides whether its language is k-reversible.
 */
export function isKReversibleDfa(d: Dfa, k: number): boolean {
  const kk = d.alphabet.symbols.length;
  const use = usefulStates(d);
  const states = [...use.keys()].filter((q) => use[q]);
  // leaders[q]: the words of length k read along useful states into q, as keys
  const leaders = new Map<number, Set<string>>(states.map((q) => [q, new Set<string>()]));
  for (const u of allWords(kk, k).filter((w) => w.length === k))
    for (const p of states) {
      let q = p;
      let ok = true;
      for (const s of u) {
        q = d.delta[q * kk + s] as number;
        if (!use[q]) {
          ok = false;
          break;
        }
      }
      if (ok) leaders.get(q)?.add(u.join("."));
    }
  const clash = (q1: number, q2: number): boolean => {
    if (d.accepting[q1] === 1 && d.accepting[q2] === 1) return true;
    for (let s = 0; s < kk; s++) {
      const t = d.delta[q1 * kk + s] as number;
      if (use[t] && t === d.delta[q2 * kk + s]) return true;
    }
    return false;
  };
  for (const q1 of states)
    for (const q2 of states) {
      if (q1 >= q2 || !clash(q1, q2)) continue;
      const l2 = leaders.get(q2) as Set<string>;
      for (const u of leaders.get(q1) as Set<string>) if (l2.has(u)) return false;
    }
  return true;
}

/** A word over `k` symbols of length at most `maxLength`. */
export function arbWord(k: number, maxLength: number): fc.Arbitrary<Word> {
  return fc.array(fc.integer({ min: 0, max: k - 1 }), { maxLength });
}

/** A sample: up to `maxWords` words over `k` symbols, each of length at most `maxLength`. */
export function arbSample(k: number, maxWords: number, maxLength: number): fc.Arbitrary<Word[]> {
  return fc.array(arbWord(k, maxLength), { maxLength: maxWords });
}
