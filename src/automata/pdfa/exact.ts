/**
 * Exact probabilities: fractions (arbitrary-precision rationals of fraction.js, the engine
 * behind mathjs's fractions, imported alone: mathjs costs about a second to load) beside the
 * floats.
 *
 * A probability a caller gives is a {@link Probability}: a number (a float), or a string
 * such as `"1/3"` or `"0.25"`, or a fraction.js `Fraction` (both exact). A value is exact
 * only when every probability it is built from is exact; one float makes the whole result a
 * float one.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { Fraction } from "fraction.js";
import { invalidInput, type LimitLabError } from "../support/errors.js";

/** A probability as a caller gives it: a float, or an exact fraction (string or `Fraction`). */
export type Probability = number | string | Fraction;

/**
 * The fraction 0.
 *
 * @example
 * ```ts
 * ZERO.add(ratio(1, 3)).toFraction(); // "1/3"
 * ```
 */
export const ZERO: Fraction = new Fraction(0);

/**
 * The fraction 1.
 *
 * @example
 * ```ts
 * ONE.sub(ratio(1, 3)).toFraction(); // "2/3"
 * ```
 */
export const ONE: Fraction = new Fraction(1);

/** A parsed probability or factor: its float value and, when exact, its fraction. */
export interface Factor {
  readonly value: number;
  readonly exact: Fraction | undefined;
}

/** A parsed probability (a {@link Factor} in [0, 1]). */
export type ParsedProbability = Factor;

function isFraction(x: Probability): x is Fraction {
  return typeof x === "object" && x !== null;
}

/**
 * Reads a non-negative factor (a weight that may exceed 1): numbers stay floats, strings and
 * fractions are exact.
 *
 * Cost: O(digits).
 *
 * @example
 * ```ts
 * parseFactor("5/2", "inside"); // right({ value: 2.5, exact: 5/2 })
 * parseFactor(-1, "inside"); // left: inside: -1 is not a non-negative finite number
 * ```
 */
export function parseFactor(x: Probability, field: string): E.Either<LimitLabError, Factor> {
  if (typeof x === "number")
    return Number.isFinite(x) && x >= 0
      ? E.right({ value: x, exact: undefined })
      : E.left(invalidInput(`${x} is not a non-negative finite number`, field));
  let exact: Fraction;
  if (isFraction(x)) exact = x;
  else
    try {
      exact = new Fraction(x.trim());
    } catch {
      return E.left(
        invalidInput(`${JSON.stringify(x)} is not a fraction ("1/3") or a decimal ("0.25")`, field),
      );
    }
  if (exact.compare(0) < 0)
    return E.left(invalidInput(`${exact.toFraction()} is not non-negative`, field));
  return E.right({ value: exact.valueOf(), exact });
}

/**
 * Reads a probability in [0, 1]: numbers stay floats, strings and fractions are exact.
 *
 * Cost: O(digits).
 *
 * @example
 * ```ts
 * parseProbability("1/3", "stop[0]"); // right({ value: 0.333…, exact: 1/3 })
 * parseProbability(0.5, "p"); // right({ value: 0.5, exact: undefined })
 * parseProbability("3/2", "p"); // left: p: 3/2 is not a probability in [0, 1]
 * ```
 */
export function parseProbability(
  x: Probability,
  field: string,
): E.Either<LimitLabError, ParsedProbability> {
  const r = parseFactor(x, field);
  if (E.isLeft(r)) return r;
  if (r.right.value > 1 || (r.right.exact !== undefined && r.right.exact.compare(1) > 0))
    return E.left(
      invalidInput(
        `${r.right.exact === undefined ? r.right.value : r.right.exact.toFraction()} is not a probability in [0, 1]`,
        field,
      ),
    );
  return r;
}

/**
 * The exact fraction num/den of two non-negative integer counts (den > 0).
 *
 * @example
 * ```ts
 * ratio(2, 6).toFraction(); // "1/3"
 * ```
 */
export function ratio(num: number, den: number): Fraction {
  return new Fraction(num, den);
}

/**
 * A fraction as text for reports (`"1/3"`, `"0"`, `"1"`).
 *
 * @example
 * ```ts
 * fractionText(ratio(2, 4)); // "1/2"
 * ```
 */
export function fractionText(f: Fraction): string {
  return f.toFraction();
}
