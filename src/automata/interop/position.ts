/**
 * Offsets to 1-based line and column, for the importers' error messages. LF, CRLF and a
 * lone CR each end a line; columns count UTF-16 code units.
 *
 * @module
 */

/** A 1-based line and column. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of a 0-based offset. Cost: O(offset).
 *
 * @example
 * ```ts
 * positionAt("ab\r\ncd", 5); // { line: 2, column: 2 }
 * ```
 */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
