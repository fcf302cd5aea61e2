/**
 * The learner shape (fixed by issue 4): a learner is a value, and running one is a fold.
 *
 * `{ name, input?, init, step(state, datum) → state, guess(state) → Option<number> }`: a text
 * learner reads words and pauses (`"#"`), an informant learner reads `{ word, label }` pairs;
 * a guess is an index into the family it was built for (`none` = no guess yet). Guesses are read
 * after each datum. `step` and `guess` must be pure: adversaries and verifiers re-run a learner
 * and branch from earlier states. Any object of this shape written outside the project works
 * everywhere a library learner works; library learners also carry their family's `alphabet`, so
 * runs can report a mismatch.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Datum, InformantDatum, TextDatum } from "../datum.js";

/** What a learner reads. */
export type LearnerInput = "text" | "informant";

/** A learner with state type S reading data of type D. */
export interface Learner<S = unknown, D = Datum> {
  readonly name: string;
  /** @defaultValue `"text"` */
  readonly input?: LearnerInput;
  /** The alphabet of the family the learner guesses into, when it knows it. */
  readonly alphabet?: Alphabet;
  readonly init: S;
  step(state: S, datum: D): S;
  guess(state: S): O.Option<number>;
}

/** A learner from text. */
export type TextLearner<S = unknown> = Learner<S, TextDatum>;

/** A learner from informant. */
export type InformantLearner<S = unknown> = Learner<S, InformantDatum>;

/**
 * What a learner reads (`"text"` unless it says otherwise).
 *
 * @example
 * ```ts
 * learnerInput({ name: "x", init: 0, step: (s) => s, guess: () => O.none }); // "text"
 * ```
 */
export function learnerInput(learner: { readonly input?: LearnerInput }): LearnerInput {
  return learner.input ?? "text";
}

/**
 * Checks that a value from outside (a user module) has the learner shape: a non-empty `name`,
 * an `init`, functions `step` and `guess`, and `input` (when present) `"text"` or
 * `"informant"`. It cannot check purity.
 *
 * @example
 * ```ts
 * checkLearner({ name: "mine", init: 0, step: (s: number) => s + 1, guess: () => O.none }); // right
 * checkLearner({ name: "bad" }); // left: learner.init is missing
 * ```
 */
export function checkLearner(value: unknown): E.Either<LimitLabError, Learner> {
  if (typeof value !== "object" || value === null)
    return E.left(invalidInput("a learner must be an object", "learner"));
  const v = value as Record<string, unknown>;
  if (typeof v.name !== "string" || v.name.length === 0)
    return E.left(invalidInput("must be a non-empty string", "learner.name"));
  if (!("init" in v)) return E.left(invalidInput("is missing", "learner.init"));
  for (const f of ["step", "guess"] as const)
    if (typeof v[f] !== "function")
      return E.left(invalidInput("must be a function", `learner.${f}`));
  if (v.input !== undefined && v.input !== "text" && v.input !== "informant")
    return E.left(
      invalidInput(
        `must be "text" or "informant", got ${JSON.stringify(v.input)}`,
        "learner.input",
      ),
    );
  return E.right(value as Learner);
}
