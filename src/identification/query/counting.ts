/**
 * Counting and caching by wrapping the teacher (as LearnLib's CounterOracle does), never
 * inside the learner.
 *
 * Laws of the wrapped teacher:
 * - a membership query whose word is in the cache is answered from it and counted in
 *   `cacheHits`; otherwise it reaches the target once, is stored, and is counted in
 *   `membershipQueries`, its length in `symbols`;
 * - when the teacher runs its target letter by letter (`trace`), a query stores the labels of
 *   all its word's prefixes, and a query whose word extends the word of the last run (no other
 *   word reached the target since, no equivalence query came between) continues that run: it
 *   adds only the new letters to `symbols` and is not counted again;
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
import { isPrefix, type Word } from "../../automata/word.js";
import { wordCache } from "./cache.js";
import type { QueryStats } from "./learner.js";
import type { Teacher } from "./teacher.js";

/** A teacher behind a cache and counters. */
export interface CountingTeacher {
  /** Answers from the cache or the target (see the module laws). */
  readonly membership: (word: Word) => boolean;
  /** Is the word's label already known (a cache hit)? */
  readonly known: (word: Word) => boolean;
  /** Would asking the word add no membership query (known, or continuing the open run)? */
  readonly free: (word: Word) => boolean;
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
  const trace = t.trace;
  /** The word of the open run (`trace` only): the target sits in the state it reaches. */
  let open: Word | undefined;
  /** Asks the target for w (a cache miss), caches what the answer tells, counts it. */
  const reach = (w: Word, count: (letters: number, fresh: boolean) => void): boolean => {
    if (trace === undefined) {
      count(w.length, true);
      const b = t.membership(w);
      cache.store(w, b);
      return b;
    }
    const continues = open !== undefined && isPrefix(open, w);
    count(continues ? w.length - (open as Word).length : w.length, !continues);
    open = w;
    const labels = trace(w);
    cache.storePrefixes(w, labels);
    return labels[w.length] as boolean;
  };
  const oracleMembership = (w: Word): boolean => {
    const hit = cache.lookup(w);
    if (hit >= 0) return hit === 1;
    return reach(w, (letters, fresh) => {
      if (fresh) oracleQueries++;
      oracleSymbols += letters;
    });
  };
  return {
    membership: (w) => {
      const hit = cache.lookup(w);
      if (hit >= 0) {
        cacheHits++;
        return hit === 1;
      }
      return reach(w, (letters, fresh) => {
        if (fresh) membershipQueries++;
        symbols += letters;
      });
    },
    known: (w) => cache.lookup(w) >= 0,
    free: (w) => cache.lookup(w) >= 0 || (open !== undefined && isPrefix(open, w)),
    equivalence: (h) => {
      if (t.equivalence === undefined) return undefined;
      equivalenceQueries++;
      open = undefined;
      const c = t.equivalence(h, oracleMembership);
      open = undefined;
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
