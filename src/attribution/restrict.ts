/**
 * The transformer-expressivity restriction (THEORY.md P5): keep only the models whose
 * language a class of transformers can express, and report which fall outside.
 *
 * - `"star-free"`: fixed-precision / masked hard-attention transformers recognise exactly the
 *   star-free (aperiodic) languages (Yang, Chiang, Angluin 2024): the transition monoid of the
 *   minimal DFA has no non-trivial group.
 * - `"r-trivial"`: soft-attention fixed-precision transformers recognise the R-trivial
 *   languages (Li, Cotterell 2025): the minimal DFA is partially ordered (no cycle through two
 *   or more states).
 * Both classes contain every finite language and Σ*, so restricting a class of fine-tunes to
 * them keeps it superfinite: the restriction does not make attribution possible.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { isRTrivial } from "../automata/classify/r-trivial.js";
import { isStarFree } from "../automata/classify/star-free.js";
import type { Dfa } from "../automata/dfa.js";
import type { StateBudget } from "../automata/support/budget.js";
import type { LimitLabError } from "../automata/support/errors.js";

/** The classes of languages transformers are known to express. */
export type ExpressivityClass = "star-free" | "r-trivial";

/** Anything with a name and a language: models, family members, candidates. */
export interface Named {
  readonly name: string;
  readonly dfa: Dfa;
}

/** A member outside the class (or undecided within the budget), with the reason. */
export interface Excluded<M extends Named> {
  readonly model: M;
  readonly reason: string;
}

/** The models of a class that a transformer class can express, and the others. */
export interface ClassRestriction<M extends Named> {
  readonly cls: ExpressivityClass;
  readonly inside: readonly M[];
  readonly outside: readonly Excluded<M>[];
  /** Members whose test ran out of budget (the monoid of a star-freeness test). */
  readonly undecided: readonly Excluded<M>[];
}

const REASON: Record<ExpressivityClass, string> = {
  "star-free":
    "not star-free: the transition monoid of its minimal DFA contains a non-trivial group (some word acts as a cyclic permutation of states)",
  "r-trivial":
    "not R-trivial: its minimal DFA is not partially ordered (some cycle passes through two or more states)",
};

/**
 * Is the language in the class? `Left` (budget) when the star-freeness monoid outgrows
 * `budget.states` elements.
 *
 * Cost: star-free: minimisation and the transition monoid (up to n^n elements, budgeted);
 * R-trivial: minimisation and one SCC pass, O(k·n log n).
 *
 * @example
 * ```ts
 * inClass(chatBase(), "star-free"); // right(true)
 * inClass(chatBase(), "r-trivial"); // right(false)
 * ```
 */
export function inClass(
  dfa: Dfa,
  cls: ExpressivityClass,
  budget: StateBudget = {},
): E.Either<LimitLabError, boolean> {
  return cls === "star-free" ? isStarFree(dfa, budget) : E.right(isRTrivial(dfa));
}

/**
 * Splits models into those a transformer class expresses and those it does not, in order,
 * with the reason for each exclusion.
 *
 * Cost: one {@link inClass} per model.
 *
 * @example
 * ```ts
 * const r = restrictToClass(zooModels(zoo), "r-trivial");
 * r.inside.map((m) => m.name); // the R-trivial members
 * r.outside[0]?.reason; // "not R-trivial: its minimal DFA is not partially ordered (...)"
 * ```
 */
export function restrictToClass<M extends Named>(
  models: readonly M[],
  cls: ExpressivityClass,
  budget: StateBudget = {},
): ClassRestriction<M> {
  const inside: M[] = [];
  const outside: Excluded<M>[] = [];
  const undecided: Excluded<M>[] = [];
  for (const model of models) {
    const r = inClass(model.dfa, cls, budget);
    if (E.isLeft(r)) undecided.push({ model, reason: r.left.message });
    else if (r.right) inside.push(model);
    else outside.push({ model, reason: REASON[cls] });
  }
  return { cls, inside, outside, undecided };
}
