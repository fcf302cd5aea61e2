/**
 * The lexical layer of the regex parser: a cursor over code points, whitespace, positioned
 * failures, and the readers of literals (`a`, `\\.`, `<token>`), classes and counts.
 *
 * Failures are thrown as a private value inside {@link scan} and come out as a `Left`, so
 * no input makes the parser throw.
 *
 * Every export is internal to the regex folder (parse.ts is the public door).
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../alphabet.js";
import { type LimitLabError, parseError } from "../support/errors.js";
import { type Regex, reClass } from "./ast.js";

/** Thrown inside the parser only, caught by {@link scan}. */
class Fail {
  constructor(readonly error: LimitLabError) {}
}

/** A position in the code points of a source, with the alphabet literals are checked in. */
export interface Cursor {
  readonly chars: readonly string[];
  pos: number;
  readonly alphabet: Alphabet | undefined;
  readonly source: string;
}

/** Stops the parse with an error at the 0-based code-point index `at` (column `at + 1`). */
export function fail(c: Cursor, at: number, expected: string, message: string): never {
  const extra = c.source.length <= 200 ? { source: c.source } : {};
  throw new Fail(parseError(at + 1, expected, message, extra));
}

function skipSpace(c: Cursor): void {
  while (c.pos < c.chars.length && /\s/u.test(c.chars[c.pos] as string)) c.pos++;
}

/** The position of the next non-space character. */
export function here(c: Cursor): number {
  skipSpace(c);
  return c.pos;
}

/** The next non-space character, if any (the cursor moves past the spaces). */
export function peek(c: Cursor): string | undefined {
  skipSpace(c);
  return c.chars[c.pos];
}

/** A character as an error message quotes it. */
export function describe(ch: string | undefined): string {
  return ch === undefined ? "end of input" : `'${ch}'`;
}

/** The last non-space character before the cursor. */
export function previous(c: Cursor): string | undefined {
  for (let i = c.pos - 1; i >= 0; i--) {
    const ch = c.chars[i] as string;
    if (!/\s/u.test(ch)) return ch;
  }
  return undefined;
}

function checkSymbol(c: Cursor, name: string, at: number): string {
  const a = c.alphabet;
  if (a !== undefined && !a.index.has(name))
    fail(
      c,
      at,
      `a symbol of {${a.symbols.join(", ")}}`,
      `literal ${JSON.stringify(name)} is not in the alphabet`,
    );
  return name;
}

/** A decimal count at the cursor, or `undefined` when there are no digits. */
export function parseNumber(c: Cursor): number | undefined {
  const at = here(c);
  let digits = "";
  while (/[0-9]/u.test(c.chars[c.pos] ?? "")) digits += c.chars[c.pos++];
  if (digits === "") return undefined;
  const n = Number(digits);
  if (!Number.isSafeInteger(n))
    fail(c, at, "a count of at most 2^53 - 1", `repeat count ${digits} is too large`);
  return n;
}

/** Reads one literal (plain, `\`-escaped or `<token>`) at the cursor; returns its name. */
export function readLiteral(c: Cursor): string {
  const at = c.pos;
  const ch = c.chars[c.pos++] as string;
  if (ch === "\\") {
    const e = c.chars[c.pos++];
    if (e === undefined) fail(c, at, "a character after '\\'", "the input ends with '\\'");
    return checkSymbol(c, e, at);
  }
  if (ch !== "<") return checkSymbol(c, ch, at);
  let name = "";
  for (;;) {
    const t = c.chars[c.pos++];
    if (t === undefined) fail(c, at, "a closing '>'", "the token opened here is never closed");
    if (t === ">") break;
    if (t === "\\") {
      const e = c.chars[c.pos++];
      if (e === undefined) fail(c, at, "a closing '>'", "the token opened here is never closed");
      name += e;
    } else name += t;
  }
  if (name === "") fail(c, at, "a token name between '<' and '>'", "empty token '<>'");
  return checkSymbol(c, name, at);
}

/** A class after its `[` (at index `open`): `[abc]`, `[^…]`, `[<hi><yo>]`, `[]` = ∅. */
export function parseClass(c: Cursor, open: number): Regex {
  const negated = peek(c) === "^";
  if (negated) c.pos++;
  const names: string[] = [];
  for (;;) {
    const ch = peek(c);
    if (ch === undefined) fail(c, open, "a closing ']'", "the class opened here is never closed");
    if (ch === "]") break;
    if (ch === ">") fail(c, c.pos, "a symbol or ']'", "'>' without '<'");
    names.push(readLiteral(c));
  }
  c.pos++;
  return reClass(names, negated);
}

/**
 * Runs a parser over the code points of `source`, turning its failures into a `Left`.
 *
 * @internal
 * @example
 * ```ts
 * scan("a", undefined, (c) => readLiteral(c)); // right("a")
 * ```
 */
export function scan<A>(
  source: string,
  alphabet: Alphabet | undefined,
  body: (c: Cursor) => A,
): E.Either<LimitLabError, A> {
  try {
    return E.right(body({ chars: Array.from(source), pos: 0, alphabet, source }));
  } catch (e) {
    if (e instanceof Fail) return E.left(e.error);
    throw e;
  }
}
