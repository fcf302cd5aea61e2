/**
 * Proof-side unwrapping: inside a property a `Left` is a failure of the property, so it is
 * thrown (the runner records the message).
 */
import * as E from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../src/automata/support/errors.js";

/**
 * The value of a `Right`; throws the error's message on a `Left`.
 *
 * @example
 * ```ts
 * orThrow(compile("(ab)*", ab)); // the DFA
 * ```
 */
export function orThrow<A>(x: E.Either<LimitLabError, A>): A {
  if (E.isLeft(x)) throw new Error(x.left.message);
  return x.right;
}
