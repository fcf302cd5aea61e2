/**
 * The regex editor's state and its pure reducer: a one-line text with a cursor, the kind of
 * model it will become (a new model, or a fine-tune of the base), and the last compile error.
 *
 * Invariant: `0 ≤ cursor ≤ text.length`; `error.column`, when present, is the 1-based column
 * of the regex where the compiler stopped. Changing the text clears the error; moving the
 * cursor keeps it (the caret stays under its column).
 *
 * @module
 */
import type { LimitLabError } from "../../automata/support/errors.js";
import type { ModelKind } from "./class-model.js";

/** What the editor shows and holds. */
export interface EditorState {
  readonly text: string;
  readonly cursor: number;
  readonly kind: ModelKind;
  readonly error?: { readonly message: string; readonly column?: number };
}

/** An edit. */
export type EditorAction =
  | { readonly type: "insert"; readonly text: string }
  | { readonly type: "backspace" }
  | { readonly type: "move"; readonly delta: number }
  | { readonly type: "home" }
  | { readonly type: "end" }
  | { readonly type: "clear" }
  | { readonly type: "toggle-kind" }
  | { readonly type: "failed"; readonly error: LimitLabError };

/** An empty editor for a new model. */
export const EMPTY_EDITOR: EditorState = { text: "", cursor: 0, kind: "model" };

const clamp = (x: number, hi: number) => Math.max(0, Math.min(hi, x));

/**
 * The editor after an action (`failed` records a compile error and moves the cursor to its
 * column).
 *
 * @example
 * ```ts
 * editorReducer(EMPTY_EDITOR, { type: "insert", text: "<hi>" }); // { text: "<hi>", cursor: 4, … }
 * ```
 */
export function editorReducer(s: EditorState, a: EditorAction): EditorState {
  const { text, cursor, kind } = s;
  switch (a.type) {
    case "insert": {
      const clean = a.text.replace(/[\r\n\t]/g, "");
      return {
        text: text.slice(0, cursor) + clean + text.slice(cursor),
        cursor: cursor + clean.length,
        kind,
      };
    }
    case "backspace":
      return cursor === 0
        ? { text, cursor, kind }
        : { text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1, kind };
    case "move":
      return { ...s, cursor: clamp(cursor + a.delta, text.length) };
    case "home":
      return { ...s, cursor: 0 };
    case "end":
      return { ...s, cursor: text.length };
    case "clear":
      return { text: "", cursor: 0, kind };
    case "toggle-kind":
      return { ...s, kind: kind === "model" ? "fine-tune" : "model" };
    case "failed": {
      const column = a.error.kind === "parse" ? a.error.column : undefined;
      return {
        text,
        cursor: column === undefined ? cursor : clamp(column - 1, text.length),
        kind,
        error: { message: a.error.message, ...(column === undefined ? {} : { column }) },
      };
    }
  }
}

/**
 * The first character of a text of `length` characters to show in a field `width` characters
 * wide so that the cursor (which may sit just after the last character) stays visible.
 *
 * @example
 * ```ts
 * visibleStart(100, 90, 40); // 51: the cursor sits in the last column
 * visibleStart(10, 3, 40); // 0
 * ```
 */
export function visibleStart(length: number, cursor: number, width: number): number {
  const w = Math.max(1, width);
  if (length < w) return 0;
  return clamp(cursor - w + 1, length - w + 1);
}
