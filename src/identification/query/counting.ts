/**
 * Counting and caching by wrapping the teacher (as LearnLib's CounterOracle does), never
 * inside the learner.
 *
 * Laws of the wrapped teacher:
 * - a membership query whose word is in the cache is answered from it and counted in
 *   `cacheHits`; otherwise it reaches the target once, is stored, and is counted in
 *   `membershipQueries`, its length in `symbols`;
 * - every equivalence query is counted; the words its oracle asks go through the same cache
 *   but are counted apart (`oracleQueries`, `oracleSymbols`); so the target is called
 *   `membershipQueries + oracleQueries` times in all;
 * - a counterexample c to hypothesis H is stored with the label ¬H(c) (the answer says the
 *   hypothesis is wrong there), so asking it afterwards is a cache hit.
 *
 * The wrapper is a fresh mutable value made by a driver for one run.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";
import { wordCache } from "./cache.js";
import type { QueryStats } from "./learner.js";
import type { Teacher } from "./teacher.js";

/** A teacher behind a cache and counters. */
export interface CountingTeacher {
  /** Answers from the cache or the target (see the module laws). */
  readonly membership: (word: Word) => boolean;
  /** Is the word's label already known (so asking it is free)? */
  readonly known: (word: Word) => boolean;
  /** Asks the teacher's oracle; `undefined` when the teacher answers membership only. */
  readonly equivalence: (hypothesis: Dfa) => O.Option<Word> | undefined;
  /** The counts so far. */
  readonly stats: () => QueryStats;
}

/**
 * Wraps `t` with a fresh cache and fresh counters.
 *
 * Cost: O(|w|) per query on top of the teacher's own cost.
 *
 * @example
 * ```ts
 * const c = countingTeacher(teacher(target));
 * c.membership([0]);
 * c.membership([0]);
 * c.stats(); // { membershipQueries: 1, cacheHits: 1, ... }
 * ```
 */
export function countingTeacher(t: Teacher): CountingTeacher {
  const cache = wordCache(t.alphabet.symbols.length);
  let membershipQueries = 0;
  let equivalenceQueries = 0;
  let symbols = 0;
  let cacheHits = 0;
  let oracleQueries = 0;
  let oracleSymbols = 0;
  let longestCounterexample = 0;
  const oracleMembership = (w: Word): boolean => {
    const hit = cache.lookup(w);
    if (hit >= 0) return hit === 1;
    oracleQueries++;
    oracleSymbols += w.length;
    const b = t.membership(w);
    cache.store(w, b);
    return b;
  };
  return {
    membership: (w) => {
      const hit = cache.lookup(w);
      if (hit >= 0) {
        cacheHits++;
        return hit === 1;
      }
      membershipQueries++;
      symbols += w.length;
      const b = t.membership(w);
      cache.store(w, b);
      return b;
    },
    known: (w) => cache.lookup(w) >= 0,
    equivalence: (h) => {
      if (t.equivalence === undefined) return undefined;
      equivalenceQueries++;
      const c = t.equivalence(h, oracleMembership);
      if (O.isSome(c)) {
        longestCounterexample = Math.max(longestCounterexample, c.value.length);
        cache.store(c.value, !accepts(h, c.value));
      }
      return c;
    },
    stats: () => ({
      membershipQueries,
      equivalenceQueries,
      symbols,
      cacheHits,
      oracleQueries,
      oracleSymbols,
      longestCounterexample,
    }),
  };
}
