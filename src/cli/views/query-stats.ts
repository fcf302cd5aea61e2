/**
 * The text view of a query-learning run's counts.
 *
 * @module
 */
import type { QueryStats } from "../../identification/query/learner.js";

/**
 * The rows of the counts of a run (membership, equivalence, oracle queries).
 *
 * @example
 * ```ts
 * formatRows(queryStatsRows(result.stats));
 * ```
 */
export function queryStatsRows(s: QueryStats): [string, string][] {
  return [
    [
      "membership queries",
      `${s.membershipQueries} (${s.symbols} symbols; ${s.cacheHits} more answered by the cache)`,
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
