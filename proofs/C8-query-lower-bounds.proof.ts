/**
 * C8 (THEORY.md): lower bounds for query learning.
 *
 * Statement. Membership queries alone: any learner that identifies every singleton {w},
 * w ∈ {0,1}^n (EX-PASSWORD), from membership queries must ask at least 2^n − 1 of them in the
 * worst case (Angluin 1987/1988, "Queries and concept learning": the password argument; an
 * adversary answers "no" while two candidates remain, and each query removes at most one).
 * Equivalence queries alone: no polynomial-time algorithm learns DFAs exactly from
 * equivalence queries only (Angluin 1990, "Negative results for equivalence queries", by
 * approximate fingerprints). That half is cited, not executed: nothing in this file runs or
 * checks it.
 *
 * Finite shadow. The password adversary (`passwordAdversary`) against four membership-only
 * learners of the query-learner shape: the library's enumeration baseline and three written
 * here as a user would (a seeded random order, the reverse order, and a wasteful one that
 * first asks every shorter word), for every n up to 10 (12 in deep mode): each is right, and
 * each asked at least 2^n − 1 distinct words, exactly 2^n − 1 unless it wasted queries. Then
 * the other side of the argument on random instances: every learner that stops after fewer
 * than 2^n − 1 queries is wrong on the secret the adversary settles. The contrast: with
 * equivalence queries, the counterexample to the empty hypothesis is the secret itself. The
 * counts are exact integers, not a restatement of the bound: the learners do not know it.
 *
 * Independent check. The adversary's secret is checked by replay: the same learner, run
 * against the plain exact teacher of {secret} (no adversary), must ask the same number of
 * distinct words and return the same verdict; its DFA is compared with the singleton's by
 * `equivalent` and run on the secret. So the adversary's answers were those of a real member
 * of the class, which is what makes the lower bound hold.
 *
 * Control. The bound is the adversary's doing: against a fixed, non-adversarial secret the
 * baseline finds the i-th word of {0,1}^n after i + 1 queries, so every secret before the last
 * two is found with fewer than 2^n − 1 queries, and the seeded random order finds a fixed
 * secret at its position in the order.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { invalidInput } from "../src/automata/support/errors.js";
import { deriveSeed, nextInt, rng, type Seed } from "../src/automata/support/rng.js";
import type { Word } from "../src/automata/word.js";
import { finiteLanguage } from "../src/identification/family/finite-language.js";
import {
  BITS,
  enumerationLearner,
  passwordAdversary,
  passwordByEquivalence,
  type QueryLearner,
  runQueryLearner,
  singletonDfa,
  teacher,
} from "../src/identification/query/index.js";
import { ask } from "../src/identification/query/learner.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";

/** The i-th word of {0,1}^n in shortlex order (i in binary, most significant bit first). */
function bitsOf(i: number, n: number): Word {
  return Array.from({ length: n }, (_, j) => Math.floor(i / 2 ** (n - 1 - j)) % 2);
}

/**
 * A user-style membership-only learner: asks the words of {0,1}^n in `order` (indices), returns
 * the singleton of the first "yes", and after all but one "no" returns the last word unasked.
 * With `limit`, it stops after that many queries and guesses the next word of its order.
 */
function* orderLearner(order: readonly number[], n: number, limit?: number): QueryLearner {
  for (const [i, index] of order.entries()) {
    const w = bitsOf(index, n);
    if (i === order.length - 1 || (limit !== undefined && i >= limit))
      return E.right(singletonDfa(BITS, w));
    if (yield* ask(w)) return E.right(singletonDfa(BITS, w));
  }
  return E.left(invalidInput("the order is empty", "order"));
}

/** The indices 0..2^n − 1 in a seeded random order (Fisher–Yates with the library's generator). */
function randomOrder(n: number, seed: Seed): number[] {
  const order = Array.from({ length: 2 ** n }, (_, i) => i);
  let g = rng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const [j, g2] = nextInt(g, i + 1);
    g = g2;
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The indices 2^n − 1, …, 1, 0. */
function reversed(n: number): number[] {
  return Array.from({ length: 2 ** n }, (_, i) => 2 ** n - 1 - i);
}

/** A wasteful learner: every word shorter than n first (none can be the secret), then the baseline. */
function* wastefulLearner(n: number): QueryLearner {
  for (let length = 0; length < n; length++)
    for (let i = 0; i < 2 ** length; i++) yield* ask(bitsOf(i, length));
  return yield* enumerationLearner(BITS, n);
}

/** A membership-only learner, built fresh for n and a seed. */
interface PasswordLearner {
  readonly name: string;
  /** Does it ask only candidate words, each once (so it asks exactly 2^n − 1)? */
  readonly economical: boolean;
  readonly make: (n: number, seed: Seed) => QueryLearner;
}

const LEARNERS: readonly PasswordLearner[] = [
  {
    name: "library baseline (shortlex)",
    economical: true,
    make: (n) => enumerationLearner(BITS, n),
  },
  {
    name: "seeded random order",
    economical: true,
    make: (n, seed) => orderLearner(randomOrder(n, seed), n),
  },
  {
    name: "reverse order",
    economical: true,
    make: (n) => orderLearner(reversed(n), n),
  },
  { name: "wasteful (shorter words first)", economical: false, make: (n) => wastefulLearner(n) },
];

/** The learner's run against the honest exact teacher of {secret}: its count and its DFA. */
function replay(learner: QueryLearner, secret: Word): { queries: number; dfa: Dfa } {
  const r = orThrow(runQueryLearner(learner, teacher(singletonDfa(BITS, secret))));
  return { queries: r.stats.membershipQueries, dfa: r.dfa };
}

const describes = (d: Dfa, secret: Word): boolean =>
  O.isNone(equivalent(d, singletonDfa(BITS, secret))) && accepts(d, secret);

const sizes = (deep: boolean): number[] => Array.from({ length: deep ? 12 : 10 }, (_, i) => i + 1);

export const proof = defineProof({
  id: "C8",
  title: "Query lower bounds: the password needs 2^n − 1 membership queries",
  statement:
    "Membership queries alone need at least 2^n − 1 queries in the worst case to identify the singletons {w}, w ∈ {0,1}^n (Angluin 1987/1988, the password adversary). Equivalence queries alone cannot learn DFAs in polynomial time (Angluin 1990, approximate fingerprints): cited, not executed here.",
  shadow:
    "The password adversary against the library's enumeration baseline and three user-style membership-only learners (seeded random order, reverse order, wasteful) for every n ≤ 10 (12 deep): each is right and asks ≥ 2^n − 1 distinct words, exactly 2^n − 1 unless wasteful; every learner stopping after fewer queries is wrong on the settled secret; with equivalence queries, the empty hypothesis's counterexample is the secret.",
  check:
    "Replay: the same learner against the plain exact teacher of the settled secret asks the same number of words and returns the same verdict; DFAs are compared with the singleton by `equivalent` and run on the secret.",
  control:
    "Against a fixed, non-adversarial secret the baseline finds the i-th word after i + 1 queries (fewer than 2^n − 1 for every secret before the last two) and the seeded random order at the secret's position in its order: the bound is the adversary's doing.",
  properties: [
    exhaustive({
      name: "the password adversary forces at least 2^n − 1 membership queries from every learner that is right, exactly 2^n − 1 from the economical ones, for every n up to 10 (12 deep)",
      role: "claim",
      covers: ["economical", "wasteful", "n = 10"],
      cases: ({ mode }) =>
        sizes(mode === "deep").flatMap((n) => LEARNERS.map((learner) => ({ n, learner }))),
      check: ({ n, learner }, ctx) => {
        ctx.classify(learner.economical ? "economical" : "wasteful");
        if (n === 10) ctx.classify("n = 10");
        const seed = deriveSeed(ctx.seed, n);
        const r = orThrow(passwordAdversary(n, learner.make(n, seed)));
        ctx.witness(`queries forced, n = ${n}`, r.membershipQueries);
        ctx.witness("queries ÷ (2^n − 1)", r.membershipQueries / r.bound);
        const again = replay(learner.make(n, seed), r.secret);
        return (
          r.bound === 2 ** n - 1 &&
          r.correct &&
          r.candidatesLeft === 1 &&
          (learner.economical
            ? r.membershipQueries === r.bound
            : r.membershipQueries === 2 * r.bound) &&
          again.queries === r.membershipQueries &&
          describes(again.dfa, r.secret)
        );
      },
      show: ({ n, learner }) => `n = ${n}, ${learner.name}`,
    }),
    {
      name: "every learner that stops after fewer than 2^n − 1 queries is wrong on the secret the adversary settles, as a replay against that secret confirms",
      role: "claim",
      runs: { fast: 100, deep: 1000 },
      covers: ["no query at all", "at least half of the candidates asked", "shortlex order"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 1, max: ctx.mode === "deep" ? 12 : 10 }),
          fc.noBias(fc.nat()),
          fc.constantFrom("shortlex order", "reverse order", "seeded random order"),
          fc.nat(),
          (n, rawLimit, kind, seed) => {
            const limit = rawLimit % (2 ** n - 1);
            const order =
              kind === "seeded random order"
                ? randomOrder(n, seed)
                : kind === "reverse order"
                  ? reversed(n)
                  : Array.from({ length: 2 ** n }, (_, i) => i);
            ctx.classify(kind);
            if (limit === 0) ctx.classify("no query at all");
            if (2 * limit >= 2 ** n) ctx.classify("at least half of the candidates asked");
            ctx.witness("queries asked", limit);
            const r = orThrow(passwordAdversary(n, orderLearner(order, n, limit)));
            ctx.witness("candidates left", r.candidatesLeft);
            const again = replay(orderLearner(order, n, limit), r.secret);
            return (
              !r.correct &&
              r.membershipQueries === limit &&
              r.candidatesLeft === 2 ** n - limit &&
              again.queries === limit &&
              !describes(again.dfa, r.secret)
            );
          },
        ),
    },
    exhaustive({
      name: "with equivalence queries the counterexample to the empty hypothesis is the secret: two equivalence queries and no membership query learn every password",
      role: "claim",
      covers: ["n = 6"],
      cases: ({ mode }) =>
        Array.from({ length: mode === "deep" ? 10 : 6 }, (_, i) => i + 1).flatMap((n) =>
          Array.from({ length: 2 ** n }, (_, i) => bitsOf(i, n)),
        ),
      check: (secret, ctx) => {
        if (secret.length === 6) ctx.classify("n = 6");
        const oracle = teacher(singletonDfa(BITS, secret)).equivalence;
        const first = oracle?.(finiteLanguage(BITS, []), () => false);
        const r = orThrow(passwordByEquivalence(secret));
        ctx.witness("equivalence queries", r.stats.equivalenceQueries);
        return (
          first !== undefined &&
          O.isSome(first) &&
          first.value.join("") === secret.join("") &&
          r.stats.equivalenceQueries === 2 &&
          r.stats.membershipQueries === 0 &&
          describes(r.dfa, secret)
        );
      },
      show: (secret) => secret.join(""),
    }),
    {
      name: "against a fixed non-adversarial secret the baseline finds the i-th word after i + 1 queries and the random order at the secret's position: fewer than 2^n − 1 for early secrets",
      role: "control",
      runs: { fast: 100, deep: 1000 },
      covers: ["found in the first half", "found in the second half"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 2, max: ctx.mode === "deep" ? 12 : 10 }),
          fc.noBias(fc.nat()),
          fc.nat(),
          (n, raw, seed) => {
            const i = raw % (2 ** n - 2);
            const secret = bitsOf(i, n);
            const baseline = replay(enumerationLearner(BITS, n), secret);
            const order = randomOrder(n, seed);
            const position = order.indexOf(i);
            const random = replay(orderLearner(order, n), secret);
            const expected = Math.min(position + 1, 2 ** n - 1);
            ctx.witness("baseline queries", baseline.queries);
            ctx.witness("random-order queries", random.queries);
            ctx.classify(
              2 * (i + 1) <= 2 ** n ? "found in the first half" : "found in the second half",
            );
            return (
              baseline.queries === i + 1 &&
              baseline.queries < 2 ** n - 1 &&
              describes(baseline.dfa, secret) &&
              random.queries === expected &&
              describes(random.dfa, secret)
            );
          },
        ),
    },
  ],
});
