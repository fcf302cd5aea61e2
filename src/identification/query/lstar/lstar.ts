/**
 * L* (Angluin 1987; THEORY.md C7): exact learning of the minimal DFA from membership and
 * equivalence queries.
 *
 * The table is made closed (every S·Σ row equals an S row) and, with Angluin's processing,
 * consistent (equal S rows have equal extensions); its hypothesis is then conjectured. A
 * counterexample is processed
 * - as Angluin published it: all its prefixes join S (then consistency adds columns);
 * - with a breakpoint search (default Rivest–Schapire): the suffix after the breakpoint
 *   joins E, which splits a row and adds a state; S rows then stay pairwise distinct.
 * A counterexample is reused while the new hypothesis still gets it wrong.
 *
 * Law (Angluin's bound, checked on every test run): with n the minimal target size, k the
 * alphabet size and m the longest counterexample, L* asks at most n equivalence queries and
 * at most {@link lstarBound}(k, n, m) = (k+1)(n + m(n−1))n membership queries; every
 * hypothesis has at most n states, and the result is the minimal DFA of the target.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../../automata/alphabet.js";
import { run } from "../../../automata/dfa.js";
import { invalidInput, type LimitLabError } from "../../../automata/support/errors.js";
import type { Word } from "../../../automata/word.js";
import {
  type CounterexampleProcessor,
  type CounterexampleProcessorName,
  resolveProcessor,
} from "../counterexample.js";
import {
  ask,
  type LearnerStep,
  type LearnResult,
  type QueryBudget,
  type QueryLearner,
  refineUntilEquivalent,
} from "../learner.js";
import { runQueryLearner } from "../run.js";
import type { Teacher } from "../teacher.js";
import { ObservationTable, type TableHypothesis } from "./observation-table.js";

/** Options of {@link lstar}. */
export interface LStarOptions {
  /** How counterexamples are handled. @defaultValue "rivest-schapire" */
  readonly counterexamples?: CounterexampleProcessor | CounterexampleProcessorName;
  /** @defaultValue {@link DEFAULT_QUERY_BUDGET} */
  readonly budget?: QueryBudget;
}

/**
 * Angluin's bound on L*'s membership queries: (k+1)(n + m(n−1))n.
 *
 * @example
 * ```ts
 * lstarBound(2, 3, 4); // 3 · (3 + 8) · 3 = 99
 * ```
 */
export function lstarBound(k: number, n: number, m: number): number {
  return (k + 1) * (n + m * (n - 1)) * n;
}

function* closeTable(table: ObservationTable, consistency: boolean): LearnerStep<void> {
  for (;;) {
    const r = table.unclosed();
    if (r >= 0) {
      yield* table.promote(r);
      continue;
    }
    const e = consistency ? table.inconsistency() : undefined;
    if (e === undefined) return;
    yield* table.addSuffix(e);
  }
}

function* processCounterexample(
  table: ObservationTable,
  h: TableHypothesis,
  c: Word,
  label: boolean,
  processor: CounterexampleProcessor,
): LearnerStep<E.Either<LimitLabError, void>> {
  if (processor.kind === "prefixes") {
    let r = 0;
    for (const a of c) {
      r = table.extension(r, a);
      yield* table.promote(r);
    }
    return E.right(undefined);
  }
  const alpha = (i: number): LearnerStep<boolean> =>
    ask([...(h.access[run(h.dfa, c.slice(0, i))] as Word), ...c.slice(i)]);
  const i = yield* processor.find(c.length, label, alpha);
  const suffix = c.slice(i + 1);
  if (table.hasSuffix(suffix))
    return E.left(
      invalidInput(
        "the teacher's counterexample contradicts its membership answers (its suffix is already a column)",
      ),
    );
  yield* table.addSuffix(suffix);
  return E.right(undefined);
}

/**
 * L* as a generator of queries (see the module doc).
 *
 * Cost: O(k·n·m) table rows and O(n) columns at most (Angluin's processing), n(k+1) rows and
 * n columns (breakpoint searches); one membership query per cell.
 *
 * @example
 * ```ts
 * runQueryLearner(lstarLearner(ab, { counterexamples: "angluin" }), teacher(target));
 * ```
 */
export function* lstarLearner(alphabet: Alphabet, options: LStarOptions = {}): QueryLearner {
  const processor = resolveProcessor(options.counterexamples);
  const table = new ObservationTable(alphabet);
  yield* table.init();
  return yield* refineUntilEquivalent(
    function* () {
      yield* closeTable(table, processor.kind === "prefixes");
      return table.hypothesis();
    },
    (h) => h.dfa,
    (h, c, label) => processCounterexample(table, h, c, label, processor),
  );
}

/**
 * Learns the target of `teacher` with L*.
 *
 * Defaults: Rivest–Schapire processing, {@link DEFAULT_QUERY_BUDGET}. Returns `left` of kind
 * `budget` when a budget runs out.
 *
 * @example
 * ```ts
 * const r = lstar(teacher(target), { counterexamples: "angluin" });
 * // right({ dfa, stats: { membershipQueries, equivalenceQueries, symbols, cacheHits, ... } })
 * ```
 */
export function lstar(
  teacher: Teacher,
  options: LStarOptions = {},
): E.Either<LimitLabError, LearnResult> {
  return runQueryLearner(lstarLearner(teacher.alphabet, options), teacher, options.budget);
}
