/**
 * How the CLI reports a user's mistake: one line on stderr naming the problem, a non-zero
 * exit code, never a stack trace. Commands throw a {@link UserError} (or return a `Left`
 * through {@link orFail}); `main` catches it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../automata/support/errors.js";

/** A failure caused by the user's input; `main` prints its message and exits with `code`. */
export class UserError extends Error {
  readonly code: number;
  readonly error: LimitLabError | undefined;
  constructor(message: string, options: { code?: number; error?: LimitLabError } = {}) {
    super(message);
    this.name = "UserError";
    this.code = options.code ?? 1;
    this.error = options.error;
  }
}

/**
 * The value of a `Right`, or a thrown {@link UserError} with the `Left`'s message.
 *
 * @example
 * ```ts
 * const dfa = orFail(compile("(ab)*", ab), "regex");
 * ```
 */
export function orFail<A>(result: E.Either<LimitLabError, A>, context?: string): A {
  if (E.isRight(result)) return result.right;
  const prefix = context === undefined ? "" : `${context}: `;
  throw new UserError(`${prefix}${result.left.message}`, { error: result.left });
}
