/**
 * The query-learner contract (THEORY.md C7): what a learner asks, what it is told, and what
 * it returns.
 *
 * A query learner is a generator of queries. It yields
 * - `{ kind: "membership", word }`, answered with a `boolean` (is the word in the target?),
 * - `{ kind: "equivalence", hypothesis }`, answered with `Option<Word>`: `none` when the
 *   hypothesis accepts the target language, else a counterexample (a word on which the
 *   hypothesis and the target disagree),
 *
 * and returns `right(dfa)` after an equivalence query answered `none` (that hypothesis is the
 * result), or `left(error)` when it finds the teacher inconsistent. Call order: any number of
 * membership queries between equivalence queries; a hypothesis is an immutable value and
 * stays valid after the learner moves on. The learner keeps no connection to who answers: the
 * same generator runs against a DFA (`teacher(dfa)`), a function, or an outside
 * process whose answers the CLI feeds in. Counting, caching and budgets wrap the teacher
 * (see `counting.ts` and `run.ts`), never the learner.
 *
 * Helpers: inside a learner, `const b = yield* ask(w)` asks a membership query,
 * `const c = yield* conjecture(h)` an equivalence query, with the answer's type checked, and
 * `yield* counterexample(h)` an equivalence query whose counterexample is checked against
 * the membership answer for it (a cache hit: the driver stores every counterexample's label).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { accepts, type Dfa } from "../../automata/dfa.js";
import {
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";

/** "Is `word` in the target language?" */
export interface MembershipQuery {
  readonly kind: "membership";
  readonly word: Word;
}

/** "Does `hypothesis` accept the target language?" */
export interface EquivalenceQuery {
  readonly kind: "equivalence";
  readonly hypothesis: Dfa;
}

/** A query a learner yields. */
export type Query = MembershipQuery | EquivalenceQuery;

/** The answer fed back: a boolean for membership, an optional counterexample for equivalence. */
export type Answer = boolean | O.Option<Word>;

/** A piece of a learner: yields queries, is fed answers, returns an `A`. */
export type LearnerStep<A> = Generator<Query, A, Answer>;

/** A query learner: yields queries and returns the learned DFA (or why it stopped). */
export type QueryLearner = LearnerStep<E.Either<LimitLabError, Dfa>>;

/** Makes a fresh query learner for an alphabet (the shape user-written learners take). */
export type QueryLearnerFactory = (alphabet: Alphabet) => QueryLearner;

/**
 * Query counts of one learning run. Counting happens around the teacher, after the cache.
 */
export interface QueryStats {
  /** Distinct words the learner asked that reached the target (cache misses). */
  readonly membershipQueries: number;
  readonly equivalenceQueries: number;
  /** Total length of the words counted in `membershipQueries`. */
  readonly symbols: number;
  /** Membership queries of the learner answered by the cache. */
  readonly cacheHits: number;
  /** Words an equivalence oracle asked the target internally (random words, W-method). */
  readonly oracleQueries: number;
  /** Total length of the words counted in `oracleQueries`. */
  readonly oracleSymbols: number;
  /** Length of the longest counterexample received (0 when none): the m of Angluin's bound. */
  readonly longestCounterexample: number;
}

/** What a learning run returns: the learned DFA and its counts. */
export interface LearnResult {
  readonly dfa: Dfa;
  readonly stats: QueryStats;
}

/** Limits of a learning run; running out gives a `kind: "budget"` error. */
export interface QueryBudget {
  /** @defaultValue {@link DEFAULT_QUERY_BUDGET}.membershipQueries (10^7) */
  readonly membershipQueries?: number;
  /** @defaultValue {@link DEFAULT_QUERY_BUDGET}.equivalenceQueries (10^5) */
  readonly equivalenceQueries?: number;
  /** The most states a hypothesis may have. @defaultValue {@link DEFAULT_QUERY_BUDGET}.states (10^5) */
  readonly states?: number;
}

/** The default budget: 10^7 membership queries, 10^5 equivalence queries, 10^5 states. */
export const DEFAULT_QUERY_BUDGET: Required<QueryBudget> = {
  membershipQueries: 10_000_000,
  equivalenceQueries: 100_000,
  states: 100_000,
};

/**
 * Asks a membership query from inside a learner: `const b = yield* ask(w)`.
 * Throws (a programming error of the driver) when the answer is not a boolean.
 *
 * @example
 * ```ts
 * function* learner(): QueryLearner {
 *   const inLanguage = yield* ask([0, 1]);
 *   // ...
 * }
 * ```
 */
export function* ask(word: Word): LearnerStep<boolean> {
  const answer = yield { kind: "membership", word };
  if (typeof answer !== "boolean")
    throw new LimitLabException(
      invalidInput(`a membership query must be answered with a boolean, got ${String(answer)}`),
    );
  return answer;
}

/**
 * Asks an equivalence query from inside a learner: `const c = yield* conjecture(h)`.
 * Throws (a programming error of the driver) when the answer is not an `Option<Word>`.
 *
 * @example
 * ```ts
 * const cex = yield* conjecture(hypothesis);
 * if (O.isNone(cex)) return E.right(hypothesis);
 * ```
 */
export function* conjecture(hypothesis: Dfa): LearnerStep<O.Option<Word>> {
  const answer = yield { kind: "equivalence", hypothesis };
  if (typeof answer === "boolean" || !(O.isNone(answer) || Array.isArray(answer.value)))
    throw new LimitLabException(
      invalidInput("an equivalence query must be answered with an Option of a word"),
    );
  return answer;
}

/**
 * An equivalence query whose counterexample is checked: the learner asks the counterexample's
 * membership (answered by the driver's cache, which stores the label a counterexample implies,
 * unless the word was asked before) and gets a `Left` when the target's answer agrees with the
 * hypothesis after all, i.e. when the teacher contradicts itself.
 *
 * @example
 * ```ts
 * const c = yield* counterexample(h);
 * if (E.isLeft(c)) return c;
 * if (O.isNone(c.right)) return E.right(h);
 * ```
 */
export function* counterexample(
  hypothesis: Dfa,
): LearnerStep<E.Either<LimitLabError, O.Option<Word>>> {
  const c = yield* conjecture(hypothesis);
  if (O.isNone(c)) return E.right(c);
  if ((yield* ask(c.value)) !== accepts(hypothesis, c.value)) return E.right(c);
  return E.left(
    invalidInput(
      `the teacher's counterexample [${c.value.join(", ")}] is not one: its membership answer agrees with the hypothesis`,
    ),
  );
}

/**
 * The refinement loop L* and Kearns–Vazirani share: build a hypothesis (`next`), ask an
 * equivalence query, and hand the counterexample to `refine`; a counterexample the new
 * hypothesis still gets wrong is refined again without a new equivalence query (one
 * counterexample can expose several missing states). Returns the first hypothesis the
 * teacher accepts, or the first `Left`.
 *
 * @example
 * ```ts
 * return yield* refineUntilEquivalent(
 *   function* () { yield* close(table); return table.hypothesis(); },
 *   (h) => h.dfa,
 *   (h, c, label) => processCounterexample(table, h, c, label),
 * );
 * ```
 */
export function* refineUntilEquivalent<H>(
  next: () => LearnerStep<H>,
  dfaOf: (h: H) => Dfa,
  refine: (h: H, c: Word, label: boolean) => LearnerStep<E.Either<LimitLabError, void>>,
): QueryLearner {
  let pending: { readonly word: Word; readonly label: boolean } | undefined;
  for (;;) {
    const h = yield* next();
    const d = dfaOf(h);
    if (pending === undefined || accepts(d, pending.word) === pending.label) {
      const c = yield* counterexample(d);
      if (E.isLeft(c)) return c;
      if (O.isNone(c.right)) return E.right(d);
      pending = { word: c.right.value, label: !accepts(d, c.right.value) };
    }
    const r = yield* refine(h, pending.word, pending.label);
    if (E.isLeft(r)) return r;
  }
}
