/**
 * How the CLI reports a user's mistake: one line on stderr naming the problem, a non-zero
 * exit code, never a stack trace. Commands throw a {@link UserError} (or return a `Left`
 * through {@link orFail}); `main` catches it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../automata/support/errors.js";

/**
 * A failure caused by the user's input; `main` prints its message (one line), then `detail`
 * when there is one (such as a regex with a caret under the bad column), and exits with `code`.
 *
 * @example
 * ```ts
 * throw new UserError("--steps takes a whole number ≥ 1, not \"0\"", { code: 2 });
 * ```
 */
export class UserError extends Error {
  readonly code: number;
  readonly error: LimitLabError | undefined;
  readonly detail: string | undefined;
  constructor(
    message: string,
    options: { code?: number; error?: LimitLabError; detail?: string } = {},
  ) {
    super(message);
    this.name = "UserError";
    this.code = options.code ?? 1;
    this.error = options.error;
    this.detail = options.detail;
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

/**
 * Like {@link orFail} for a flag's value: the `Left`'s message with the flag in place of the
 * field the library names (`--shard: shard index 3 is not in 1..2`, not `shard: …`); an empty
 * `flag` leaves the message bare.
 *
 * @example
 * ```ts
 * const shard = orFailFlag(parseShard(flags.shard), "--shard");
 * ```
 */
export function orFailFlag<A>(result: E.Either<LimitLabError, A>, flag: string): A {
  if (E.isRight(result)) return result.right;
  const e = result.left;
  const field = e.kind === "invalid-input" ? e.field : undefined;
  const message =
    field !== undefined && e.message.startsWith(`${field}: `)
      ? e.message.slice(field.length + 2)
      : e.message;
  throw new UserError(flag === "" ? message : `${flag}: ${message}`, { error: e });
}
