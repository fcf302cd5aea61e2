/**
 * The password adversary (THEORY.md C8, P6(b)): membership queries alone cannot find a
 * secret word quickly.
 *
 * The class is the singletons {w}, w ∈ {0,1}^n. The adversary's teacher answers membership
 * only: "no" to every word while more than one candidate secret remains (a no removes the
 * asked word, if it was a candidate); when one candidate is left it is the secret, and
 * asking it gets "yes". An equivalence query ends the run with a `Left`. When the learner
 * returns, the adversary settles the secret: the last candidate, or, while two or more remain,
 * the shortlex-first candidate the learner's DFA does not describe (at most one of them can
 * be right). So a learner that is right for every secret asked at least 2^n − 1 distinct
 * words of length n: each query removes at most one candidate.
 *
 * The contrast: with equivalence queries, one query with the empty hypothesis to the exact
 * teacher of {w} returns w itself, the only (so the shortest) counterexample
 * ({@link passwordByEquivalence}).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { type Alphabet, unsafeAlphabet } from "../../automata/alphabet.js";
import { type Dfa, makeDfa } from "../../automata/dfa.js";
import { equivalent } from "../../automata/equivalence.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import {
  ask,
  conjecture,
  type LearnResult,
  type QueryBudget,
  type QueryLearner,
  type QueryLearnerFactory,
} from "./learner.js";
import { runQueryLearner } from "./run.js";
import { teacher } from "./teacher.js";

/** The alphabet {0, 1} of the password class. */
export const BITS: Alphabet = unsafeAlphabet(["0", "1"]);

/** The largest n {@link passwordAdversary} accepts (2^20 candidates). */
export const MAX_PASSWORD_LENGTH = 20;

/**
 * The minimal complete DFA of the singleton {w}: a chain of |w| + 1 states and a sink.
 *
 * @example
 * ```ts
 * singletonDfa(BITS, [1, 0]).states; // 4
 * ```
 */
export function singletonDfa(alphabet: Alphabet, w: Word): Dfa {
  const k = alphabet.symbols.length;
  const n = w.length + 2;
  const sink = n - 1;
  const delta = new Int32Array(n * k).fill(sink);
  w.forEach((s, i) => {
    delta[i * k + s] = i + 1;
  });
  const accepting = new Uint8Array(n);
  accepting[w.length] = 1;
  return makeDfa(alphabet, n, 0, delta, accepting);
}

/**
 * The enumeration baseline: asks the words of Σ^n in shortlex order and returns the
 * singleton of the first "yes"; after |Σ|^n − 1 "no"s it returns the last word's singleton
 * without asking it. Membership queries only.
 *
 * Cost: at most |Σ|^n − 1 queries.
 *
 * @example
 * ```ts
 * passwordAdversary(4, (ab) => enumerationLearner(ab, 4)); // 15 queries, correct
 * ```
 */
export function* enumerationLearner(alphabet: Alphabet, n: number): QueryLearner {
  const k = alphabet.symbols.length;
  const w = new Array<number>(n).fill(0);
  for (;;) {
    let last = true;
    const next = [...w];
    for (let i = n - 1; i >= 0; i--) {
      if ((next[i] as number) + 1 < k) {
        next[i] = (next[i] as number) + 1;
        last = false;
        break;
      }
      next[i] = 0;
    }
    if (last || (yield* ask([...w]))) return E.right(singletonDfa(alphabet, w));
    w.splice(0, n, ...next);
  }
}

/** What the password adversary reports. */
export interface PasswordResult {
  readonly n: number;
  /** Distinct words the learner asked (the adversary's exact count). */
  readonly membershipQueries: number;
  readonly symbols: number;
  /** 2^n − 1: what every learner that is right for all secrets must reach. */
  readonly bound: number;
  /** Candidates still consistent with every answer when the learner returned. */
  readonly candidatesLeft: number;
  /** The secret the adversary settled on. */
  readonly secret: Word;
  /** Does the learner's DFA accept exactly {secret}? */
  readonly correct: boolean;
}

/**
 * Runs the password adversary of length n against a membership-only learner (a generator
 * over {@link BITS}, or a factory given {@link BITS}).
 *
 * Returns `left` when n is not in 1..{@link MAX_PASSWORD_LENGTH}, when the learner asks an
 * equivalence query, or when a budget runs out. Cost: O(2^n) memory for the candidates.
 *
 * @example
 * ```ts
 * const r = passwordAdversary(10, (ab) => enumerationLearner(ab, 10));
 * // right({ membershipQueries: 1023, bound: 1023, correct: true, ... })
 * ```
 */
export function passwordAdversary(
  n: number,
  learner: QueryLearner | QueryLearnerFactory,
  budget: QueryBudget = {},
): E.Either<LimitLabError, PasswordResult> {
  if (!Number.isInteger(n) || n < 1 || n > MAX_PASSWORD_LENGTH)
    return E.left(invalidInput(`n = ${n} is not an integer in 1..${MAX_PASSWORD_LENGTH}`, "n"));
  const total = 2 ** n;
  const alive = new Uint8Array(total).fill(1);
  let left = total;
  const indexOf = (w: Word): number => {
    if (w.length !== n) return -1;
    let i = 0;
    for (const s of w) i = i * 2 + s;
    return i;
  };
  const membership = (w: Word): boolean => {
    const i = indexOf(w);
    if (i < 0 || alive[i] === 0) return false;
    if (left === 1) return true;
    alive[i] = 0;
    left--;
    return false;
  };
  const run = runQueryLearner(
    typeof learner === "function" ? learner(BITS) : learner,
    { alphabet: BITS, membership, counterexamples: "any" },
    budget,
  );
  if (E.isLeft(run)) return run;
  const { dfa, stats } = run.right;
  const describes = (w: Word): boolean => O.isNone(equivalent(dfa, singletonDfa(BITS, w)));
  let secret: Word = [];
  for (let i = 0; i < total; i++) {
    if (alive[i] === 0) continue;
    secret = Array.from({ length: n }, (_, j) => (i >> (n - 1 - j)) & 1);
    if (left === 1 || !describes(secret)) break;
  }
  return E.right({
    n,
    membershipQueries: stats.membershipQueries,
    symbols: stats.symbols,
    bound: total - 1,
    candidatesLeft: left,
    secret,
    correct: describes(secret),
  });
}

function* equivalenceOnly(alphabet: Alphabet): QueryLearner {
  const empty = makeDfa(alphabet, 1, 0, new Int32Array(alphabet.symbols.length), new Uint8Array(1));
  const c = yield* conjecture(empty);
  if (O.isNone(c)) return E.right(empty);
  const h = singletonDfa(alphabet, c.value);
  const done = yield* conjecture(h);
  return O.isNone(done) ? E.right(h) : E.left(invalidInput("the target is not a singleton"));
}

/**
 * The contrast to {@link passwordAdversary}: against the exact teacher of {secret}, the empty
 * hypothesis's counterexample is the secret, so two equivalence queries (the second confirms)
 * and no membership query learn it.
 *
 * @example
 * ```ts
 * passwordByEquivalence([1, 0, 1]); // right({ dfa: {101}, stats: { equivalenceQueries: 2, membershipQueries: 0, ... } })
 * ```
 */
export function passwordByEquivalence(secret: Word): E.Either<LimitLabError, LearnResult> {
  return runQueryLearner(equivalenceOnly(BITS), teacher(singletonDfa(BITS, secret)));
}
