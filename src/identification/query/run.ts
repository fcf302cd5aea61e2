/**
 * The one driver of query learners: feeds a learner's queries to a counted, cached teacher
 * and enforces the budget.
 *
 * Laws: the learner sees exactly the teacher's answers (through the cache, so repeated words
 * get the same answer); the run ends with `right({ dfa, stats })` when the learner returns a
 * DFA, or `left` when the learner gives up, when an equivalence query goes to a
 * membership-only teacher, or when a budget would be exceeded: the target never receives
 * more than `budget.membershipQueries` of the learner's words (of its runs, for a teacher
 * that runs its target: continuing a run is free) nor the oracle more than
 * `budget.equivalenceQueries` hypotheses, and no hypothesis above `budget.states` states is
 * submitted. Long runs are step-wise: {@link queryRun} yields progress after every
 * equivalence query (and every 4096 membership queries), so the CLI can drive it in slices.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type * as O from "fp-ts/lib/Option.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { countingTeacher } from "./counting.js";
import {
  type Answer,
  DEFAULT_QUERY_BUDGET,
  type LearnResult,
  type QueryBudget,
  type QueryLearner,
  type QueryStats,
} from "./learner.js";
import type { Teacher } from "./teacher.js";

/** Progress of a run: equivalence queries so far and the counts. */
export interface QueryProgress {
  readonly done: number;
  readonly partial: { readonly stats: QueryStats };
}

const PROGRESS_EVERY = 4096;

/**
 * Runs `learner` against `teacher` step-wise: yields {@link QueryProgress}, returns the
 * result (see the module laws).
 *
 * @example
 * ```ts
 * const steps = queryRun(lstarLearner(ab), teacher(target));
 * let r = steps.next();
 * while (!r.done) r = steps.next(); // r.value: Either<LimitLabError, LearnResult>
 * ```
 */
export function* queryRun(
  learner: QueryLearner,
  teacher: Teacher,
  budget: QueryBudget = {},
): Generator<QueryProgress, E.Either<LimitLabError, LearnResult>, void> {
  const maxMembership = budget.membershipQueries ?? DEFAULT_QUERY_BUDGET.membershipQueries;
  const maxEquivalence = budget.equivalenceQueries ?? DEFAULT_QUERY_BUDGET.equivalenceQueries;
  const maxStates = budget.states ?? DEFAULT_QUERY_BUDGET.states;
  const t = countingTeacher(teacher);
  let answer: Answer | undefined;
  for (;;) {
    const step = answer === undefined ? learner.next() : learner.next(answer);
    if (step.done)
      return E.isLeft(step.value)
        ? step.value
        : E.right({ dfa: step.value.right, stats: t.stats() });
    const q = step.value;
    if (q.kind === "membership") {
      const seen = t.stats().membershipQueries;
      if (!t.free(q.word) && seen >= maxMembership)
        return E.left(budgetError("membershipQueries", maxMembership, seen + 1, "query learning"));
      answer = t.membership(q.word);
      const now = t.stats().membershipQueries;
      if (now !== seen && now % PROGRESS_EVERY === 0)
        yield { done: t.stats().equivalenceQueries, partial: { stats: t.stats() } };
    } else {
      const asked = t.stats().equivalenceQueries;
      if (asked >= maxEquivalence)
        return E.left(
          budgetError("equivalenceQueries", maxEquivalence, asked + 1, "query learning"),
        );
      if (q.hypothesis.states > maxStates)
        return E.left(
          budgetError("states", maxStates, q.hypothesis.states, "query learning (hypothesis size)"),
        );
      const c: O.Option<Word> | undefined = t.equivalence(q.hypothesis);
      if (c === undefined)
        return E.left(
          invalidInput(
            "the learner asked an equivalence query, but this teacher answers membership queries only",
          ),
        );
      answer = c;
      yield { done: t.stats().equivalenceQueries, partial: { stats: t.stats() } };
    }
  }
}

/**
 * Runs `learner` against `teacher` to the end (see {@link queryRun}).
 *
 * @example
 * ```ts
 * runQueryLearner(kvLearner(ab), teacher(target), { membershipQueries: 10_000 });
 * // right({ dfa, stats }) or left(budget)
 * ```
 */
export function runQueryLearner(
  learner: QueryLearner,
  teacher: Teacher,
  budget: QueryBudget = {},
): E.Either<LimitLabError, LearnResult> {
  const steps = queryRun(learner, teacher, budget);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
