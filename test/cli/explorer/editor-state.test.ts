import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseError } from "../../../src/automata/support/errors.js";
import {
  type EditorAction,
  EMPTY_EDITOR,
  editorReducer,
  visibleStart,
} from "../../../src/cli/explorer/editor-state.js";

const edit: fc.Arbitrary<EditorAction> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .string({ minLength: 1, maxLength: 3 })
      .map((text) => ({ type: "insert", text }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ type: "backspace" } as const) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: -3, max: 3 }).map((delta) => ({ type: "move", delta }) as const),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<EditorAction>(
      { type: "home" },
      { type: "end" },
      { type: "toggle-kind" },
    ),
  },
);

/** The same edits on a plain string and cursor: the model the reducer must agree with. */
function model(actions: readonly EditorAction[]): { text: string; cursor: number } {
  let text = "";
  let cursor = 0;
  for (const a of actions) {
    if (a.type === "insert") {
      text = text.slice(0, cursor) + a.text + text.slice(cursor);
      cursor += a.text.length;
    } else if (a.type === "backspace" && cursor > 0) {
      text = text.slice(0, cursor - 1) + text.slice(cursor);
      cursor--;
    } else if (a.type === "move") cursor = Math.max(0, Math.min(text.length, cursor + a.delta));
    else if (a.type === "home") cursor = 0;
    else if (a.type === "end") cursor = text.length;
  }
  return { text, cursor };
}

describe("the editor reducer", () => {
  it("edits like a plain string with a cursor, and keeps the cursor within the text", () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(
        fc
          .array(edit, { minLength: 4, maxLength: 30 })
          .map((as) =>
            as.map((a) =>
              a.type === "insert" ? { ...a, text: a.text.replace(/[\r\n\t]/g, "x") } : a,
            ),
          ),
        (actions) => {
          const s = actions.reduce(editorReducer, EMPTY_EDITOR);
          expect({ text: s.text, cursor: s.cursor }).toEqual(model(actions));
          expect(s.cursor).toBeGreaterThanOrEqual(0);
          expect(s.cursor).toBeLessThanOrEqual(s.text.length);
          if (s.text.length > 3 && s.cursor < s.text.length) nonEmpty++;
        },
      ),
      { numRuns: 100 },
    );
    // about 45 of 100 cases (measured over 20 runs: 38..57)
    expect(nonEmpty).toBeGreaterThan(25);
  });

  it("drops line breaks and tabs from inserted text", () => {
    expect(editorReducer(EMPTY_EDITOR, { type: "insert", text: "a\r\nb\tc" }).text).toBe("abc");
  });

  it("a parse error moves the cursor to its column; moving keeps it, the next edit clears it", () => {
    const typed = editorReducer(EMPTY_EDITOR, { type: "insert", text: "a(b|c" });
    const failed = editorReducer(typed, {
      type: "failed",
      error: parseError(2, "a closing ')'", "the group opened here is never closed"),
    });
    expect(failed.cursor).toBe(1);
    expect(failed.error?.column).toBe(2);
    expect(failed.error?.message).toMatch(/^column 2: /u);
    expect(editorReducer(failed, { type: "end" }).error?.column).toBe(2);
    expect(editorReducer(failed, { type: "insert", text: ")" }).error).toBeUndefined();
    expect(editorReducer(failed, { type: "backspace" }).error).toBeUndefined();
  });

  it("Tab switches between a new model and a fine-tune; clear keeps the kind", () => {
    const ft = editorReducer(EMPTY_EDITOR, { type: "toggle-kind" });
    expect(ft.kind).toBe("fine-tune");
    expect(editorReducer(ft, { type: "clear" })).toEqual({
      text: "",
      cursor: 0,
      kind: "fine-tune",
    });
  });

  it("the visible part of a long text always holds the cursor", () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), fc.integer({ min: 1, max: 100 }), (len, c, width) => {
        const cursor = Math.min(c, len);
        const start = visibleStart(len, cursor, width);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(cursor - start).toBeGreaterThanOrEqual(0);
        expect(cursor - start).toBeLessThan(width);
      }),
      { numRuns: 100 },
    );
    expect(visibleStart(10, 3, 40)).toBe(0);
    expect(visibleStart(100, 90, 40)).toBe(51);
  });
});
