/**
 * Identification by enumeration with an informant, paid for in membership queries (THEORY.md
 * C1, P6): the "monitor everything" baseline of query learning. It is issue 4's enumeration
 * learner fed the shortlex informant of the target, one membership query per datum, through
 * the counting driver (AMENDMENTS.md, issue 5: not a second implementation), so its cost is in
 * the same units as L*'s and the password bound: words asked and their symbols, plus the
 * candidates the learner examined.
 *
 * How long to ask: C1's computable bound. For target index t, every earlier member with
 * another language is refuted by its first separating word; once the shortlex informant has
 * shown them all (by step 1 + the largest shortlex rank), the learner's guess is the least
 * index with the target's language and never changes again.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { complement } from "../../automata/complement.js";
import { enumerate } from "../../automata/count/enumerate.js";
import type { Dfa } from "../../automata/dfa.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { InformantDatum } from "../datum.js";
import { type Family, member } from "../family/family.js";
import { finiteLanguage } from "../family/finite-language.js";
import {
  enumerationInformantBound,
  enumerationLearner,
  type Refutation,
  shortlexRank,
} from "../learner/enumeration.js";
import type { Learner } from "../learner/learner.js";
import { ask, type QueryBudget, type QueryLearner, type QueryStats } from "./learner.js";
import { runQueryLearner } from "./run.js";
import { teacher } from "./teacher.js";

/** A refutation with the 0-based shortlex rank of its word in Σ*. */
export interface RankedRefutation extends Refutation {
  readonly rank: number;
}

/**
 * C1's bound for target index t: every earlier member with another language and the first
 * word separating it from the target, ranked, and the step by which the shortlex informant
 * has shown them all (1 + the largest rank; 1 when there are none).
 *
 * Cost: one shortest-difference search per earlier member.
 *
 * @example
 * ```ts
 * informantBound(exGold(), 3).step; // 4: a^3 (rank 3) refutes a*
 * ```
 */
export function informantBound(
  family: Family,
  t: number,
): { readonly refutations: readonly RankedRefutation[]; readonly step: number } {
  const refutations = enumerationInformantBound(family, t).map((r) => ({
    ...r,
    rank: shortlexRank(family.alphabet, r.word),
  }));
  return { refutations, step: 1 + Math.max(0, ...refutations.map((r) => r.rank)) };
}

/**
 * Drives an informant learner by membership queries: asks the first `data` words of Σ* in
 * shortlex order, feeds each with its answer as an informant datum (the shortlex informant),
 * then returns its guess's member (a `Left` when it has no guess). Membership queries only;
 * each datum is one distinct word, so a counting teacher counts exactly `data` queries.
 *
 * @example
 * ```ts
 * const l = enumerationLearner(exGold(), "informant");
 * runQueryLearner(informantQueries(l, exGold(), 7), teacher(member(exGold(), 6))); // right: {ε, …, a^4}
 * ```
 */
export function* informantQueries<S>(
  learner: Learner<S, InformantDatum>,
  family: Family,
  data: number,
): QueryLearner {
  let state = learner.init;
  let read = 0;
  if (data > 0)
    for (const word of enumerate(complement(finiteLanguage(family.alphabet, [])))) {
      state = learner.step(state, { word, label: yield* ask(word) });
      if (++read >= data) break;
    }
  const g = learner.guess(state);
  return O.isSome(g)
    ? E.right(member(family, g.value))
    : E.left(invalidInput(`${learner.name} has no guess after ${data} data`, "learner"));
}

/**
 * The family with a record of the distinct indices asked for: the candidates a learner has
 * examined. The wrapper is a fresh mutable value for one run.
 *
 * @example
 * ```ts
 * const c = countingFamily(exGold());
 * member(c.family, 3); member(c.family, 3);
 * c.examined(); // 1
 * ```
 */
export function countingFamily(family: Family): { family: Family; examined: () => number } {
  const seen = new Set<number>();
  return {
    family: {
      ...family,
      at: (i) => {
        seen.add(i);
        return family.at(i);
      },
    },
    examined: () => seen.size,
  };
}

/** What the informant baseline cost. */
export interface InformantCost {
  /** The member it returned (the least index with the target's language). */
  readonly dfa: Dfa;
  /** The counts of the run: one membership query per datum, no equivalence query. */
  readonly stats: QueryStats;
  /** Distinct members the enumeration learner examined. */
  readonly candidates: number;
  /** C1's bound: the data asked. */
  readonly data: number;
}

/**
 * Identifies member t of `family` by enumeration with the shortlex informant, asked as
 * membership queries of `teacher(member(family, t))` for exactly C1's bound of data, and
 * reports the cost. `Left` for an index outside the family or a budget that runs out.
 *
 * @example
 * ```ts
 * informantBaseline(exGold(), 6);
 * // right({ stats: { membershipQueries: 7, ... }, candidates: 7, data: 7, dfa })
 * ```
 */
export function informantBaseline(
  family: Family,
  t: number,
  budget: QueryBudget = {},
): E.Either<LimitLabError, InformantCost> {
  if (!Number.isSafeInteger(t) || t < 0 || t >= family.size)
    return E.left(invalidInput(`index ${t} is not a member of ${family.description}`, "t"));
  const data = informantBound(family, t).step;
  const counted = countingFamily(family);
  // the window must reach the target: enumeration examines t + 1 candidates
  const learner = enumerationLearner(counted.family, "informant", { members: t + 1 });
  const r = runQueryLearner(
    informantQueries(learner, counted.family, data),
    teacher(member(family, t)),
    budget,
  );
  return E.map((l: { dfa: Dfa; stats: QueryStats }) => ({
    dfa: l.dfa,
    stats: l.stats,
    candidates: counted.examined(),
    data,
  }))(r);
}
