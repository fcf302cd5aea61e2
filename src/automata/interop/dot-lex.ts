/**
 * The tokenizer of the DOT reader (see `dot-parse.ts` for the language it accepts): ids
 * (bare, numeral, quoted with `\"`, `\\` and line continuations, `"a" + "b"` joined, HTML
 * `<…>` kept as written), punctuation and `->`/`--`, with `//`, `#` and `/* … *\/` comments
 * and LF, CRLF or CR line breaks skipped. Every token carries its 1-based line and column.
 * Cost: O(length of the text).
 *
 * @module
 */
import { type ParseError, parseError } from "../support/errors.js";

/** A 1-based position in the text. */
export interface DotPosition {
  readonly line: number;
  readonly column: number;
}

/** A token; ids keep their text unquoted. */
export interface Token extends DotPosition {
  readonly kind: "id" | "punct" | "eof";
  readonly text: string;
  /** Quoted or HTML ids are never keywords. */
  readonly quoted: boolean;
}

const LINE_END = /[\r\n]/gu;
const PUNCT = new Set(["{", "}", "[", "]", "=", ";", ",", ":", "+"]);
const [LF, CR, HASH, SLASH, STAR, QUOTE, BACKSLASH, LT, GT, DASH, DOT] = [...'\n\r#/*"\\<>-.'].map(
  (ch) => ch.charCodeAt(0),
);

/** ASCII whitespace and the byte-order mark separate tokens. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Letters, `_` and every non-ASCII character start a bare id (as in Graphviz). */
const isIdStart = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0x80 && c !== 0xfeff);

function idEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!isIdStart(c) && !isDigit(c)) break;
    j++;
  }
  return j;
}

/** The end of a numeral `-?(.digits | digits(.digits?)?)` at i, or i when there is none. */
function numeralEnd(text: string, i: number): number {
  let j = text.charCodeAt(i) === DASH ? i + 1 : i;
  const digits = () => {
    const from = j;
    while (isDigit(text.charCodeAt(j))) j++;
    return j > from;
  };
  const whole = digits();
  if (text.charCodeAt(j) === DOT) {
    j++;
    if (!digits() && !whole) return i;
  } else if (!whole) return i;
  return j;
}

/**
 * A positioned failure, thrown inside the DOT reader and caught at its door (`parseDot`).
 *
 * @internal
 * @example
 * ```ts
 * try { new DotLexer('"open').next(); } catch (e) { if (e instanceof Fail) e.error.line; } // 1
 * ```
 */
export class Fail {
  constructor(readonly error: ParseError) {}
}

/**
 * A {@link Fail} at a position.
 *
 * @internal
 * @example
 * ```ts
 * throw fail({ line: 2, column: 5 }, "'}'", "unexpected end of input");
 * ```
 */
export const fail = (at: DotPosition, expected: string, message: string): Fail =>
  new Fail(parseError(at.column, expected, message, { line: at.line }));

function unquote(raw: string): string {
  return raw.replace(/\\(\r\n|\n|\r|["\\])/gu, (_, c: string) =>
    c === '"' || c === "\\" ? c : "",
  );
}

/**
 * A lazy DOT tokenizer: {@link DotLexer.next} returns one token at a time (then `eof`
 * forever), so a large file is never held as a token array. Throws {@link Fail} on an
 * unterminated string, comment or HTML id, or a character that starts no token.
 *
 * @example
 * ```ts
 * const lx = new DotLexer('a -> "b c"');
 * [lx.next().text, lx.next().text, lx.next().text, lx.next().kind]; // ["a", "->", "b c", "eof"]
 * ```
 */
export class DotLexer {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  /** A token read ahead while looking for `+` after a quoted string. */
  private pending: Token[] = [];

  constructor(private readonly text: string) {}

  /** The next token, with quoted strings joined by `+` already concatenated. */
  next(): Token {
    const t = this.pull();
    if (!t.quoted || t.kind !== "id") return t;
    let joined = t;
    for (;;) {
      const plus = this.pull();
      if (plus.kind !== "punct" || plus.text !== "+") {
        this.pending.unshift(plus);
        return joined;
      }
      const right = this.pull();
      if (!right.quoted || right.kind !== "id") {
        this.pending.unshift(plus, right);
        return joined;
      }
      joined = { ...joined, text: joined.text + right.text };
    }
  }

  private pull(): Token {
    return this.pending.shift() ?? this.raw();
  }

  private moveTo(j: number): void {
    const text = this.text;
    for (; this.i < j; this.i++) {
      const c = text.charCodeAt(this.i);
      if (c === LF || (c === CR && text.charCodeAt(this.i + 1) !== LF)) {
        this.line++;
        this.lineStart = this.i + 1;
      }
    }
  }

  private token(kind: Token["kind"], text: string, end: number, quoted = false): Token {
    const t: Token = { kind, text, quoted, line: this.line, column: this.i - this.lineStart + 1 };
    this.moveTo(end);
    return t;
  }

  private raw(): Token {
    const text = this.text;
    const n = text.length;
    for (;;) {
      const i = this.i;
      if (i >= n) return this.token("eof", "", i);
      const c = text.charCodeAt(i);
      const c2 = text.charCodeAt(i + 1);
      if (isSpace(c)) this.moveTo(i + 1);
      else if (c === HASH || (c === SLASH && c2 === SLASH)) {
        LINE_END.lastIndex = i;
        this.moveTo(LINE_END.exec(text)?.index ?? n);
      } else if (c === SLASH && c2 === STAR) {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) throw this.fail("'*/'", "unterminated comment");
        this.moveTo(end + 2);
      } else if (c === QUOTE) {
        let j = i + 1;
        while (j < n && text.charCodeAt(j) !== QUOTE) j += text.charCodeAt(j) === BACKSLASH ? 2 : 1;
        if (j >= n) throw this.fail('a closing "', "unterminated string");
        return this.token("id", unquote(text.slice(i + 1, j)), j + 1, true);
      } else if (c === LT) {
        let depth = 0;
        let j = i;
        do {
          const d = text.charCodeAt(j);
          if (d === LT) depth++;
          else if (d === GT) depth--;
          j++;
        } while (depth > 0 && j < n);
        if (depth > 0) throw this.fail("a closing '>'", "unterminated HTML string");
        return this.token("id", text.slice(i + 1, j - 1), j, true);
      } else if (c === DASH && (c2 === GT || c2 === DASH)) {
        return this.token("punct", text.slice(i, i + 2), i + 2);
      } else if (PUNCT.has(text[i] as string)) {
        return this.token("punct", text[i] as string, i + 1);
      } else {
        const j = isIdStart(c) ? idEnd(text, i) : numeralEnd(text, i);
        if (j === i)
          throw this.fail(
            "an id, a keyword or punctuation",
            `unexpected ${JSON.stringify(text[i])}`,
          );
        return this.token("id", text.slice(i, j), j);
      }
    }
  }

  private fail(expected: string, message: string): Fail {
    return fail({ line: this.line, column: this.i - this.lineStart + 1 }, expected, message);
  }
}
