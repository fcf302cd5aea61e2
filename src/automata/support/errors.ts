/**
 * The one error type for every failure a user can cause.
 *
 * Invariant: `message` is a sentence a person can act on; the other fields locate the
 * problem (a parse error's column, a budget's name and limit). Functions that read user
 * input return `Either<LimitLabError, A>`; throwing is for programmer errors only, and the
 * one programmer error that carries this type is an alphabet mismatch between two values the
 * program built (see {@link assertSameAlphabet}).
 *
 * @module
 */

/** A syntax error in a regex, a DOT file or another text format. */
export interface ParseError {
  readonly kind: "parse";
  readonly message: string;
  /** 1-based column (for one-line inputs such as regexes). */
  readonly column: number;
  /** 1-based line, for multi-line inputs. */
  readonly line?: number;
  /** What the parser expected at that position. */
  readonly expected: string;
  /** The input that failed, when it is short enough to quote. */
  readonly source?: string;
}

/** A budget (states, words, steps, queries, elements) ran out. */
export interface BudgetError {
  readonly kind: "budget";
  readonly message: string;
  /** The name of the limit, e.g. `"states"`. */
  readonly budget: string;
  readonly limit: number;
  /** How far the computation got when it stopped. */
  readonly reached: number;
}

/** Two values over different alphabets met. */
export interface AlphabetMismatchError {
  readonly kind: "alphabet-mismatch";
  readonly message: string;
  readonly left: readonly string[];
  readonly right: readonly string[];
}

/** A well-formed input that breaks a documented constraint. */
export interface InvalidInputError {
  readonly kind: "invalid-input";
  readonly message: string;
  /** The field or argument at fault, e.g. `"transitions[3][1]"`. */
  readonly field?: string;
}

/** A file could not be read or written (produced by the CLI only). */
export interface IoError {
  readonly kind: "io";
  readonly message: string;
  readonly path?: string;
}

/** Every failure a user can cause, discriminated by `kind`. */
export type LimitLabError =
  | ParseError
  | BudgetError
  | AlphabetMismatchError
  | InvalidInputError
  | IoError;

/**
 * A parse error at a 1-based column.
 *
 * @example
 * ```ts
 * parseError(4, "a closing ')'", "unbalanced parenthesis").column; // 4
 * ```
 */
export function parseError(
  column: number,
  expected: string,
  message: string,
  extra: { readonly line?: number; readonly source?: string } = {},
): ParseError {
  const where =
    extra.line === undefined ? `column ${column}` : `line ${extra.line}, column ${column}`;
  return {
    kind: "parse",
    message: `${where}: ${message} (expected ${expected})`,
    column,
    expected,
    ...extra,
  };
}

/**
 * A budget error naming the limit and how far the work got.
 *
 * @example
 * ```ts
 * budgetError("states", 1000, 1001, "subset construction").message;
 * // "subset construction: budget of 1000 states exceeded (reached 1001); raise the states budget"
 * ```
 */
export function budgetError(
  budget: string,
  limit: number,
  reached: number,
  what: string,
): BudgetError {
  return {
    kind: "budget",
    message: `${what}: budget of ${limit} ${budget} exceeded (reached ${reached}); raise the ${budget} budget`,
    budget,
    limit,
    reached,
  };
}

/**
 * An invalid-input error, optionally naming the field at fault.
 *
 * @example
 * ```ts
 * invalidInput("start state 7 is out of range 0..2", "start").field; // "start"
 * ```
 */
export function invalidInput(message: string, field?: string): InvalidInputError {
  return field === undefined
    ? { kind: "invalid-input", message }
    : { kind: "invalid-input", message: `${field}: ${message}`, field };
}

/**
 * An alphabet-mismatch error that names both alphabets.
 *
 * @example
 * ```ts
 * alphabetMismatch(["a", "b"], ["a"]).message; // "alphabets differ: {a, b} and {a}"
 * ```
 */
export function alphabetMismatch(
  left: readonly string[],
  right: readonly string[],
): AlphabetMismatchError {
  return {
    kind: "alphabet-mismatch",
    message: `alphabets differ: {${left.join(", ")}} and {${right.join(", ")}}`,
    left,
    right,
  };
}

/**
 * An `Error` that carries a {@link LimitLabError}, for the rare documented throws
 * (alphabet mismatches between program-built values).
 */
export class LimitLabException extends Error {
  readonly error: LimitLabError;
  constructor(error: LimitLabError) {
    super(error.message);
    this.name = "LimitLabException";
    this.error = error;
  }
}

/**
 * Is this value a {@link LimitLabError}? Useful to the CLI when it catches a throw.
 *
 * @example
 * ```ts
 * isLimitLabError(invalidInput("x")); // true
 * ```
 */
export function isLimitLabError(value: unknown): value is LimitLabError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { kind?: unknown; message?: unknown };
  return (
    typeof v.message === "string" &&
    (v.kind === "parse" ||
      v.kind === "budget" ||
      v.kind === "alphabet-mismatch" ||
      v.kind === "invalid-input" ||
      v.kind === "io")
  );
}
