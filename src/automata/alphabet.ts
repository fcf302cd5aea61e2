/**
 * Alphabets: finite, ordered lists of named symbols.
 *
 * Invariants: symbols are non-empty, distinct, contain no whitespace and none of the
 * reserved characters `ε # < >`. The order is the order of shortlex and of every
 * enumeration. Two alphabets with the same symbols in the same order are interchangeable
 * ({@link sameAlphabet}). An alphabet is a *token alphabet* when some symbol is longer than
 * one character; its words print space-separated.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  alphabetMismatch,
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "./support/errors.js";

/** An ordered, duplicate-free list of symbols with a lookup table. */
export interface Alphabet {
  readonly symbols: readonly string[];
  /** Symbol → index. */
  readonly index: ReadonlyMap<string, number>;
  /** True when some symbol is longer than one character (words print space-separated). */
  readonly tokens: boolean;
}

const RESERVED = /[\sε#<>]/u;

/**
 * Builds an alphabet, rejecting empty, duplicate and reserved symbols.
 *
 * @example
 * ```ts
 * alphabet(["a", "b"]); // right({ symbols: ["a", "b"], ... })
 * alphabet(["hello", "world"]); // a token alphabet
 * alphabet(["a", "a"]); // left: duplicate symbol "a"
 * ```
 */
export function alphabet(symbols: readonly string[]): E.Either<LimitLabError, Alphabet> {
  if (symbols.length === 0) return E.left(invalidInput("an alphabet needs at least one symbol"));
  const index = new Map<string, number>();
  for (const [i, s] of symbols.entries()) {
    if (s.length === 0) return E.left(invalidInput(`symbol ${i} is empty`, "alphabet"));
    if (RESERVED.test(s))
      return E.left(
        invalidInput(
          `symbol ${JSON.stringify(s)} contains whitespace or a reserved character (ε # < >)`,
          "alphabet",
        ),
      );
    if (index.has(s))
      return E.left(invalidInput(`duplicate symbol ${JSON.stringify(s)}`, "alphabet"));
    index.set(s, i);
  }
  return E.right({
    symbols: [...symbols],
    index,
    tokens: symbols.some((s) => [...s].length > 1),
  });
}

/**
 * Builds an alphabet from symbols known to be valid; throws on a programming error.
 *
 * @example
 * ```ts
 * const ab = unsafeAlphabet(["a", "b"]);
 * ```
 */
export function unsafeAlphabet(symbols: readonly string[]): Alphabet {
  const r = alphabet(symbols);
  if (E.isLeft(r)) throw new LimitLabException(r.left);
  return r.right;
}

/**
 * The number of symbols.
 *
 * @example
 * ```ts
 * alphabetSize(unsafeAlphabet(["a", "b"])); // 2
 * ```
 */
export function alphabetSize(a: Alphabet): number {
  return a.symbols.length;
}

/**
 * Same symbols in the same order?
 *
 * @example
 * ```ts
 * sameAlphabet(unsafeAlphabet(["a", "b"]), unsafeAlphabet(["a", "b"])); // true
 * ```
 */
export function sameAlphabet(a: Alphabet, b: Alphabet): boolean {
  if (a === b) return true;
  if (a.symbols.length !== b.symbols.length) return false;
  return a.symbols.every((s, i) => b.symbols[i] === s);
}

/**
 * Throws a `LimitLabException` of kind `alphabet-mismatch` unless the two alphabets are
 * interchangeable. Used by total operations (products) whose mismatch is a programming error.
 *
 * @example
 * ```ts
 * assertSameAlphabet(unsafeAlphabet(["a"]), unsafeAlphabet(["a"])); // no throw
 * ```
 */
export function assertSameAlphabet(a: Alphabet, b: Alphabet): void {
  if (!sameAlphabet(a, b)) throw new LimitLabException(alphabetMismatch(a.symbols, b.symbols));
}

/**
 * Checks that two alphabets agree, as an `Either` (for code that reads user input).
 *
 * @example
 * ```ts
 * checkSameAlphabet(unsafeAlphabet(["a"]), unsafeAlphabet(["b"])); // left(alphabet-mismatch)
 * ```
 */
export function checkSameAlphabet(a: Alphabet, b: Alphabet): E.Either<LimitLabError, Alphabet> {
  return sameAlphabet(a, b) ? E.right(a) : E.left(alphabetMismatch(a.symbols, b.symbols));
}
