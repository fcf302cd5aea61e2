/**
 * The query learners the CLI runs by name (`--algorithm`), with their counterexample
 * processing (`--processor`): L* takes every processor of the library's catalogue,
 * Kearns–Vazirani and L# the breakpoint searches.
 *
 * @module
 */
import type { Alphabet } from "../../automata/alphabet.js";
import {
  type BreakpointSearch,
  type CounterexampleProcessorName,
  counterexampleProcessors,
} from "../../identification/query/counterexample.js";
import { kvLearner } from "../../identification/query/kv/kv.js";
import type { QueryLearner } from "../../identification/query/learner.js";
import { lsharpLearner } from "../../identification/query/lsharp/lsharp.js";
import { lstarLearner } from "../../identification/query/lstar/lstar.js";
import { UserError } from "./fail.js";

/**
 * The algorithms by name, with the name reports print.
 *
 * @example
 * ```ts
 * QUERY_ALGORITHMS.lsharp; // "L#"
 * ```
 */
export const QUERY_ALGORITHMS = {
  lstar: "L*",
  "kearns-vazirani": "Kearns–Vazirani",
  lsharp: "L#",
} as const;

/** An algorithm's name. */
export type QueryAlgorithm = keyof typeof QUERY_ALGORITHMS;

/**
 * The processor names (the library's catalogue).
 *
 * @example
 * ```ts
 * PROCESSOR_NAMES.includes("angluin"); // true
 * ```
 */
export const PROCESSOR_NAMES = Object.keys(
  counterexampleProcessors,
) as CounterexampleProcessorName[];

/**
 * Checks an `--algorithm` value.
 *
 * @example
 * ```ts
 * queryAlgorithm("lsharp"); // "lsharp"
 * ```
 */
export function queryAlgorithm(name: string): QueryAlgorithm {
  if (Object.hasOwn(QUERY_ALGORITHMS, name)) return name as QueryAlgorithm;
  throw new UserError(
    `--algorithm: unknown algorithm ${JSON.stringify(name)} (known: ${Object.keys(QUERY_ALGORITHMS).join(", ")})`,
  );
}

/**
 * The learner `algorithm` over `alphabet`, with the processor named (default Rivest–Schapire)
 * and, for L#, whether counterexamples are promised shortest (exact teachers) and whether
 * the teacher runs its target letter by letter (`runs`, default false).
 *
 * @example
 * ```ts
 * queryLearner("lstar", ab, { processor: "angluin", shortest: true });
 * ```
 */
export function queryLearner(
  algorithm: QueryAlgorithm,
  alphabet: Alphabet,
  options: { readonly processor?: string; readonly shortest: boolean; readonly runs?: boolean },
): QueryLearner {
  const name = options.processor ?? "rivest-schapire";
  if (!Object.hasOwn(counterexampleProcessors, name))
    throw new UserError(
      `--processor: unknown processor ${JSON.stringify(name)} (known: ${PROCESSOR_NAMES.join(", ")})`,
    );
  const processor = counterexampleProcessors[name as CounterexampleProcessorName];
  if (algorithm === "lstar") return lstarLearner(alphabet, { counterexamples: processor });
  if (processor.kind !== "breakpoint")
    throw new UserError(
      `--processor ${name} works with lstar only (${algorithm} takes a breakpoint search)`,
    );
  const search: BreakpointSearch = processor;
  return algorithm === "kearns-vazirani"
    ? kvLearner(alphabet, { counterexamples: search })
    : lsharpLearner(alphabet, {
        counterexamples: search,
        shortestCounterexamples: options.shortest,
        runs: options.runs === true,
      });
}
