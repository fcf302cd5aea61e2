/**
 * A brute-force transition monoid for the classification tests: the transformations of every
 * word up to a length, found by running the DFA from each state (no closure algorithm).
 */
import { type Dfa, run } from "../../../src/automata/dfa.js";
import type { Word } from "../../../src/automata/word.js";
import { allWords } from "../brute-force.js";

export interface BruteMonoid {
  /** Transformation key ("t0,t1,…") → the first word (shortlex) inducing it. */
  readonly first: ReadonlyMap<string, Word>;
  /** True when some length added no new transformation, so every word's is among them. */
  readonly closed: boolean;
}

export function transformationKey(d: Dfa, w: Word): string {
  return Array.from({ length: d.states }, (_, q) => run(d, w, q)).join(",");
}

export function bruteMonoid(d: Dfa, maxLength = 8): BruteMonoid {
  const first = new Map<string, Word>();
  const newAt = new Array<number>(maxLength + 1).fill(0);
  for (const w of allWords(d.alphabet.symbols.length, maxLength)) {
    const key = transformationKey(d, w);
    if (!first.has(key)) {
      first.set(key, w);
      newAt[w.length] = (newAt[w.length] as number) + 1;
    }
  }
  return { first, closed: newAt.some((c) => c === 0) };
}

/** Is w^n = w^(n+1) for n the number of states (the longest an index can be)? */
export function wordIsAperiodic(d: Dfa, w: Word): boolean {
  const n = d.states;
  const power = (e: number): Word => Array.from({ length: e }, () => w).flat();
  return transformationKey(d, power(n)) === transformationKey(d, power(n + 1));
}
