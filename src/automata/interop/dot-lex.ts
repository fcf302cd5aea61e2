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

const WS = /\s/u;
const LINE_END = /[\r\n]/gu;
const PUNCT = new Set(["{", "}", "[", "]", "=", ";", ",", ":", "+"]);
const BARE = /[A-Za-z_\u{80}-\u{10ffff}][A-Za-z_0-9\u{80}-\u{10ffff}]*/uy;
const NUMERAL = /-?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)/y;

/**
 * A positioned failure, thrown inside the DOT reader and caught at its door (`parseDot`).
 *
 * @internal
 * @example
 * ```ts
 * try { tokenize('"open'); } catch (e) { if (e instanceof Fail) e.error.line; } // 1
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
 * Splits a DOT text into tokens, ending with an `eof` token; throws {@link Fail} on an
 * unterminated string, comment or HTML id, or a character that starts no token.
 *
 * @example
 * ```ts
 * tokenize('a -> "b c"').map((t) => t.text); // ["a", "->", "b c", ""]
 * ```
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const pos = (): DotPosition => ({ line, column: i - lineStart + 1 });
  const moveTo = (j: number) => {
    for (; i < j; i++)
      if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) {
        line++;
        lineStart = i + 1;
      }
  };
  const push = (kind: Token["kind"], t: string, at: DotPosition, quoted = false) =>
    out.push({ kind, text: t, quoted, ...at });
  while (i < text.length) {
    const c = text[i] as string;
    const at = pos();
    if (WS.test(c)) moveTo(i + 1);
    else if (c === "#" || text.startsWith("//", i)) {
      LINE_END.lastIndex = i;
      moveTo(LINE_END.exec(text)?.index ?? text.length);
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw fail(at, "'*/'", "unterminated comment");
      moveTo(end + 2);
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (j >= text.length) throw fail(at, 'a closing "', "unterminated string");
      const value = unquote(text.slice(i + 1, j));
      moveTo(j + 1);
      const prev = out.at(-1);
      const before = out.at(-2);
      if (prev?.text === "+" && prev.kind === "punct" && before?.quoted && before.kind === "id")
        out.splice(-2, 2, { ...before, text: before.text + value });
      else push("id", value, at, true);
    } else if (c === "<") {
      let depth = 0;
      let j = i;
      do {
        if (text[j] === "<") depth++;
        else if (text[j] === ">") depth--;
        j++;
      } while (depth > 0 && j < text.length);
      if (depth > 0) throw fail(at, "a closing '>'", "unterminated HTML string");
      push("id", text.slice(i + 1, j - 1), at, true);
      moveTo(j);
    } else if (text.startsWith("->", i) || text.startsWith("--", i)) {
      push("punct", text.slice(i, i + 2), at);
      moveTo(i + 2);
    } else if (PUNCT.has(c)) {
      push("punct", c, at);
      moveTo(i + 1);
    } else {
      NUMERAL.lastIndex = i;
      BARE.lastIndex = i;
      const m = NUMERAL.exec(text) ?? BARE.exec(text);
      if (m === null)
        throw fail(at, "an id, a keyword or punctuation", `unexpected ${JSON.stringify(c)}`);
      push("id", m[0], at);
      moveTo(i + m[0].length);
    }
  }
  push("eof", "", pos());
  return out;
}
