/**
 * Where is a JSON text broken? `JSON.parse` reports a position only for some errors and in
 * words that change between engine versions, so the readers of LimitLab's JSON formats run
 * this scanner after a failed parse to name the line, the column and what was expected.
 *
 * The scanner checks the JSON grammar (RFC 8259) without building values, iteratively (an
 * explicit stack, so deep nesting cannot overflow the call stack). Cost: O(length) time,
 * O(depth) memory.
 *
 * @module
 */
import { type ParseError, parseError } from "../support/errors.js";
import { positionAt } from "./position.js";

/** The first offending offset of a JSON text and what the grammar expected there. */
export interface JsonFault {
  /** 0-based offset into the text (UTF-16 code units). */
  readonly offset: number;
  readonly expected: string;
  readonly message: string;
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function skipWs(text: string, i: number): number {
  let j = i;
  while (j < text.length && WS.has(text[j] as string)) j++;
  return j;
}

function found(text: string, i: number): string {
  return i >= text.length ? "end of input" : JSON.stringify(text[i]);
}

/** Scans a string starting at the opening quote; returns the offset after it, or a fault. */
function scanString(text: string, start: number): number | JsonFault {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') return i + 1;
    if (c.charCodeAt(0) < 0x20)
      return { offset: i, expected: 'a closing "', message: "control character inside a string" };
    if (c === "\\") {
      const e = text[i + 1];
      if (e === "u") {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text))
          return { offset: i, expected: "four hex digits after \\u", message: "bad escape" };
        i += 6;
        continue;
      }
      if (e === undefined || !ESCAPES.has(e))
        return {
          offset: i,
          expected: 'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u',
          message: "bad escape",
        };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, expected: 'a closing "', message: "unterminated string" };
}

/** Scans one scalar value (string, number, literal) at `i`; returns the offset after it. */
function scanScalar(text: string, i: number): number | JsonFault {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  for (const lit of ["true", "false", "null"]) if (text.startsWith(lit, i)) return i + lit.length;
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return { offset: i, expected: "a JSON value", message: `unexpected ${found(text, i)}` };
}

/**
 * The first fault of a JSON text, or `undefined` when the text is valid JSON.
 *
 * @example
 * ```ts
 * locateJsonFault('{"a": }'); // { offset: 6, expected: "a JSON value", message: 'unexpected "}"' }
 * locateJsonFault("[1, 2]"); // undefined
 * ```
 */
export function locateJsonFault(text: string): JsonFault | undefined {
  const stack: ("{" | "[")[] = [];
  let mode: "value" | "key" | "after" = "value";
  let i = 0;
  for (;;) {
    i = skipWs(text, i);
    if (mode === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        stack.push(c);
        i = skipWs(text, i + 1);
        if (text[i] === (c === "{" ? "}" : "]")) {
          stack.pop();
          i++;
          mode = "after";
        } else mode = c === "{" ? "key" : "value";
        continue;
      }
      const r = scanScalar(text, i);
      if (typeof r !== "number") return r;
      i = r;
      mode = "after";
    } else if (mode === "key") {
      if (text[i] !== '"')
        return {
          offset: i,
          expected: "a double-quoted property name",
          message: `unexpected ${found(text, i)}`,
        };
      const r = scanString(text, i);
      if (typeof r !== "number") return r;
      i = skipWs(text, r);
      if (text[i] !== ":")
        return { offset: i, expected: "':'", message: `unexpected ${found(text, i)}` };
      i++;
      mode = "value";
    } else {
      const top = stack.at(-1);
      if (top === undefined)
        return i < text.length
          ? { offset: i, expected: "end of input", message: "text after the JSON value" }
          : undefined;
      const close = top === "{" ? "}" : "]";
      if (text[i] === ",") {
        i++;
        mode = top === "{" ? "key" : "value";
      } else if (text[i] === close) {
        stack.pop();
        i++;
      } else
        return {
          offset: i,
          expected: `',' or '${close}'`,
          message: `unexpected ${found(text, i)}`,
        };
    }
  }
}

/**
 * A positioned parse error for a JSON text that `JSON.parse` rejected (`fallback` is the
 * engine's message, used only if the scanner finds no fault).
 *
 * @example
 * ```ts
 * jsonParseError('{\n"a": }', "Unexpected token").message;
 * // 'line 2, column 6: invalid JSON: unexpected "}" (expected a JSON value)'
 * ```
 */
export function jsonParseError(text: string, fallback: string): ParseError {
  const fault = locateJsonFault(text);
  if (fault === undefined)
    return parseError(1, "valid JSON", `invalid JSON: ${fallback}`, { line: 1 });
  const { line, column } = positionAt(text, fault.offset);
  return parseError(column, fault.expected, `invalid JSON: ${fault.message}`, { line });
}
