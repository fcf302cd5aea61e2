/**
 * The text view of a query-learning run's counts.
 *
 * @module
 */
import type { QueryStats } from "../../identification/query/learner.js";

/**
 * The rows of the counts of a run (membership, equivalence, oracle queries); with `runs`, the
 * membership queries are runs of the target (see `teacher`'s runs model).
 *
 * @example
 * ```ts
 * formatRows(queryStatsRows(result.stats));
 * formatRows(queryStatsRows(result.stats, true)); // "membership queries  991 runs (11017 letters; …)"
 * ```
 */
export function queryStatsRows(s: QueryStats, runs = false): [string, string][] {
  const unit = runs ? " runs" : "";
  const symbols = runs ? "letters stepped" : "symbols";
  return [
    [
      "membership queries",
      `${s.membershipQueries}${unit} (${s.symbols} ${symbols}; ${s.cacheHits} more answered by the cache)`,
    ],
    [
      "equivalence queries",
      `${s.equivalenceQueries} (longest counterexample: ${s.longestCounterexample} symbols)`,
    ],
    [
      "oracle queries",
      `${s.oracleQueries} (${s.oracleSymbols} symbols; words the equivalence test asked)`,
    ],
  ];
}
