/**
 * Words: read-only arrays of symbol indices, printed for humans.
 *
 * Printing: over a single-character alphabet a word prints as the string of its symbols;
 * over a token alphabet, as tokens separated by single spaces; the empty word prints `ε`.
 * Machine formats never print `ε` (JSON uses `[]`).
 *
 * Order: shortlex (length first, then the alphabet's order, symbol by symbol) is the order
 * of every enumeration, witness and report.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "./alphabet.js";
import { invalidInput, type LimitLabError } from "./support/errors.js";

/** A word: symbol indices into an alphabet. */
export type Word = readonly number[];

/**
 * Prints a word for humans.
 *
 * @example
 * ```ts
 * wordToString(unsafeAlphabet(["a", "b"]), [0, 1, 1]); // "abb"
 * wordToString(unsafeAlphabet(["hi", "bye"]), [0, 1]); // "hi bye"
 * wordToString(unsafeAlphabet(["a"]), []); // "ε"
 * ```
 */
export function wordToString(a: Alphabet, w: Word): string {
  if (w.length === 0) return "ε";
  const parts = w.map((i) => a.symbols[i] ?? `?${i}`);
  return a.tokens ? parts.join(" ") : parts.join("");
}

/**
 * Prints a word for machine formats: like {@link wordToString} but the empty word is `""`.
 *
 * @example
 * ```ts
 * wordToPlain(unsafeAlphabet(["a"]), []); // ""
 * ```
 */
export function wordToPlain(a: Alphabet, w: Word): string {
  return w.length === 0 ? "" : wordToString(a, w);
}

/**
 * Reads a word: over a token alphabet, tokens separated by whitespace; otherwise one
 * character per symbol (whitespace ignored). `ε` and the empty string are the empty word.
 *
 * @example
 * ```ts
 * parseWord(unsafeAlphabet(["a", "b"]), "abba"); // right([0, 1, 1, 0])
 * parseWord(unsafeAlphabet(["hi", "bye"]), "hi bye"); // right([0, 1])
 * parseWord(unsafeAlphabet(["a"]), "ax"); // left: symbol "x" at position 2 is not in {a}
 * ```
 */
export function parseWord(a: Alphabet, text: string): E.Either<LimitLabError, Word> {
  const t = text.trim();
  if (t === "" || t === "ε") return E.right([]);
  const parts = a.tokens ? t.split(/\s+/u) : [...t.replace(/\s+/gu, "")];
  const out: number[] = [];
  for (const [i, p] of parts.entries()) {
    const s = a.index.get(p);
    if (s === undefined)
      return E.left(
        invalidInput(
          `symbol ${JSON.stringify(p)} at position ${i + 1} is not in the alphabet {${a.symbols.join(", ")}}`,
          "word",
        ),
      );
    out.push(s);
  }
  return E.right(out);
}

/**
 * Shortlex comparison: negative when `u` comes first, 0 when equal.
 *
 * @example
 * ```ts
 * compareShortlex([1], [0, 0]); // < 0 (shorter first)
 * compareShortlex([0, 1], [1, 0]); // < 0
 * ```
 */
export function compareShortlex(u: Word, v: Word): number {
  if (u.length !== v.length) return u.length - v.length;
  for (let i = 0; i < u.length; i++) {
    const d = (u[i] as number) - (v[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Are two words equal?
 *
 * @example
 * ```ts
 * wordEquals([0, 1], [0, 1]); // true
 * ```
 */
export function wordEquals(u: Word, v: Word): boolean {
  return compareShortlex(u, v) === 0;
}

/**
 * Is u a prefix of v (u = v included)?
 *
 * Cost: O(|u|).
 *
 * @example
 * ```ts
 * isPrefix([0], [0, 1]); // true
 * isPrefix([1], [0, 1]); // false
 * ```
 */
export function isPrefix(u: Word, v: Word): boolean {
  if (u.length > v.length) return false;
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  return true;
}

/**
 * A string key for a word, for maps and sets (`"0.1.1"`, `""` for ε).
 *
 * @example
 * ```ts
 * wordKey([0, 1, 1]); // "0.1.1"
 * ```
 */
export function wordKey(w: Word): string {
  return w.join(".");
}
