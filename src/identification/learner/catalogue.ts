/**
 * The library's learners as a catalogue of values: each name maps to a factory
 * `(family, options?) → Either<LimitLabError, Learner>` (a `Left` for options or a family it
 * cannot run on). "Every learner in the library", for adversaries and scenarios, means every
 * text learner here ({@link textLearners}).
 *
 * | name | what it does |
 * |---|---|
 * | `enumeration` | Gold's enumeration from text: the least consistent index (conservative) |
 * | `enumeration-informant` | the same from informant (identifies every family, C1) |
 * | `tell-tale` | Angluin's learner: least i with T_i ⊆ content ⊆ L_i |
 * | `randomised` | seeded random choice among the first consistent members |
 * | `delaying` | the tell-tale learner's guess from `delay` steps earlier |
 * | `length-peeking` | the least consistent member no longer than the longest word seen |
 * | `largest` | the largest consistent member |
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Seed } from "../../automata/support/rng.js";
import type { Family } from "../family/family.js";
import { enumerationLearner } from "./enumeration.js";
import { type Learner, learnerInput } from "./learner.js";
import { delayingLearner, largestLearner, lengthPeekingLearner, randomisedLearner } from "./odd.js";
import { tellTaleLearner } from "./tell-tale-learner.js";

/** Options the factories understand (each uses those that apply to it). */
export interface LearnerOptions {
  /** Members examined per datum, or the window of members worked among. */
  readonly members?: number;
  /** Seed of the randomised learner. @defaultValue 42 */
  readonly seed?: Seed;
  /** Delay of the delaying learner. @defaultValue 5 */
  readonly delay?: number;
  /** Choices of the randomised learner. @defaultValue 3 */
  readonly choices?: number;
}

/** A learner factory. */
export type LearnerFactory = (
  family: Family,
  options?: LearnerOptions,
) => E.Either<LimitLabError, Learner>;

function checked(options: LearnerOptions): E.Either<LimitLabError, LearnerOptions> {
  const positive = [
    ["members", options.members],
    ["choices", options.choices],
  ] as const;
  for (const [field, v] of positive)
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 1))
      return E.left(invalidInput(`must be a positive integer, got ${String(v)}`, field));
  if (options.delay !== undefined && !(Number.isSafeInteger(options.delay) && options.delay >= 0))
    return E.left(
      invalidInput(`must be a non-negative integer, got ${String(options.delay)}`, "delay"),
    );
  if (
    options.seed !== undefined &&
    !(Number.isSafeInteger(options.seed) && options.seed >= 0 && options.seed < 2 ** 32)
  )
    return E.left(
      invalidInput(`must be a 32-bit unsigned integer, got ${String(options.seed)}`, "seed"),
    );
  return E.right(options);
}

function factory(
  build: (family: Family, options: LearnerOptions) => E.Either<LimitLabError, Learner>,
): LearnerFactory {
  return (family, options = {}) => {
    const o = checked(options);
    return E.isLeft(o) ? o : build(family, o.right);
  };
}

/**
 * The catalogue of library learners.
 *
 * @example
 * ```ts
 * const l = learners.enumeration(exLen()); // right(Learner)
 * learners["tell-tale"](exPassword(20)); // left: too many members without an explicit budget
 * learners.randomised(exGold(), { seed: 7 });
 * ```
 */
export const learners = {
  enumeration: factory((f, o) => E.right(enumerationLearner(f, "text", o))),
  "enumeration-informant": factory((f, o) => E.right(enumerationLearner(f, "informant", o))),
  "tell-tale": factory((f, o) => tellTaleLearner(f, o)),
  randomised: factory((f, o) => E.right(randomisedLearner(f, o))),
  delaying: factory((f, o) =>
    E.map((l: Learner) => delayingLearner(l, o.delay ?? 5))(tellTaleLearner(f, o)),
  ),
  "length-peeking": factory((f, o) => E.right(lengthPeekingLearner(f, o))),
  largest: factory((f, o) => E.right(largestLearner(f, o))),
  // passive inferrers (src/identification/passive: zr, k-ri, k-testable, rpni) are added here
} as const satisfies Record<string, LearnerFactory>;

/** The names in the catalogue. */
export type LearnerName = keyof typeof learners;

/**
 * Every text learner of the catalogue, built for a family (the first `Left` stops it).
 *
 * @example
 * ```ts
 * textLearners(exGold()); // right([enumeration, tell-tale, randomised, delaying, …])
 * ```
 */
export function textLearners(
  family: Family,
  options: LearnerOptions = {},
): E.Either<LimitLabError, readonly Learner[]> {
  const out: Learner[] = [];
  for (const make of Object.values(learners) as LearnerFactory[]) {
    const l = make(family, options);
    if (E.isLeft(l)) return l;
    if (learnerInput(l.right) === "text") out.push(l.right);
  }
  return E.right(out);
}
