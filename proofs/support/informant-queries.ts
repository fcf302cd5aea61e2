/**
 * Identification by enumeration with an informant (THEORY.md C1, P6): C1's computable bound as
 * a step of the shortlex informant; the learner run as a query learner (AMENDMENTS.md, issue 5:
 * issue 4's learner against a counting teacher, not a second implementation); and a family
 * wrapper that counts the candidates a learner examines. The costs of P6(a) are then in the
 * same unit, membership queries, as the password bound and L*.
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { invalidInput } from "../../src/automata/support/errors.js";
import type { InformantDatum } from "../../src/identification/datum.js";
import { type Family, member } from "../../src/identification/family/family.js";
import {
  enumerationInformantBound,
  type Refutation,
  shortlexRank,
} from "../../src/identification/learner/enumeration.js";
import type { Learner } from "../../src/identification/learner/learner.js";
import { ask, type QueryLearner } from "../../src/identification/query/learner.js";
import { sigmaStar } from "./shortlex.js";

/** A refutation with the 0-based shortlex rank of its word in Σ*. */
export interface RankedRefutation extends Refutation {
  readonly rank: number;
}

/**
 * C1's bound for target index t: every earlier member with another language and the first
 * word separating it from the target (`enumerationInformantBound`), ranked, and the step by
 * which the shortlex informant has shown them all (1 + the largest rank; 1 when there are none).
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
    for (const word of sigmaStar(family.alphabet.symbols.length)) {
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
