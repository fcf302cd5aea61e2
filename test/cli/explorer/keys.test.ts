import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { explorerReducer, initialExplorer } from "../../../src/cli/explorer/explorer-state.js";
import { charKey, KEY_HELP, keyAction, pressKey } from "../../../src/cli/explorer/keys.js";
import { abScenario, right } from "./helpers.js";

const plain = charKey("x").key;
const with_ = (flags: Partial<Key>): Key => ({ ...plain, ...flags });
const start = initialExplorer([abScenario()]);
const editor = explorerReducer(start, { type: "show", screen: "editor" });
const runView = explorerReducer(start, { type: "show", screen: "run" });

describe("the keyboard", () => {
  it("maps the global keys: q quits, ? helps, digits and letters choose screens", () => {
    expect(keyAction(start, "q", plain)).toEqual({ type: "quit" });
    expect(keyAction(start, "c", with_({ ctrl: true }))).toEqual({ type: "quit" });
    expect(keyAction(start, "?", plain)).toEqual({ type: "toggle-help" });
    const screens = ["1", "2", "3", "4", "5", "6"].map((d) => keyAction(start, d, plain));
    const letters = ["g", "c", "r", "t", "w", "e"].map((l) => keyAction(start, l, plain));
    expect(screens).toEqual(letters);
    expect(screens.map((a) => (a?.type === "show" ? a.screen : undefined))).toEqual([
      "gallery",
      "class",
      "run",
      "telltale",
      "growth",
      "editor",
    ]);
  });

  it("maps the run keys: space plays, → steps, a lets the adversary choose, x restarts", () => {
    expect(keyAction(runView, " ", plain)).toEqual({
      type: "run",
      action: { type: "toggle-play" },
    });
    expect(keyAction(runView, "", with_({ rightArrow: true }))).toEqual({
      type: "run",
      action: { type: "step" },
    });
    expect(keyAction(runView, "a", plain)).toEqual({ type: "run", action: { type: "adversary" } });
    expect(keyAction(runView, "x", plain)).toEqual({ type: "restart-run" });
    expect(keyAction(start, "a", plain)).toBeUndefined();
    expect(keyAction(runView, "", with_({ downArrow: true }))).toEqual({
      type: "cursor",
      delta: 1,
    });
  });

  it("in the editor, printable keys (q and ? too) are text; Esc, Enter, Tab act", () => {
    for (const ch of ["q", "?", "3", "a", "("])
      expect(keyAction(editor, ch, plain)).toEqual({
        type: "edit",
        action: { type: "insert", text: ch },
      });
    expect(keyAction(editor, "", with_({ escape: true }))).toEqual({ type: "escape" });
    expect(keyAction(editor, "", with_({ return: true }))).toEqual({ type: "submit" });
    expect(keyAction(editor, "", with_({ tab: true }))).toEqual({
      type: "edit",
      action: { type: "toggle-kind" },
    });
    expect(keyAction(editor, "", with_({ delete: true }))).toEqual({
      type: "edit",
      action: { type: "backspace" },
    });
    expect(keyAction(editor, "u", with_({ ctrl: true }))).toEqual({
      type: "edit",
      action: { type: "clear" },
    });
    expect(keyAction(editor, "c", with_({ ctrl: true }))).toEqual({ type: "quit" });
  });

  it("while help is open, only ?, Esc and q act", () => {
    const help = explorerReducer(start, { type: "toggle-help" });
    expect(keyAction(help, "3", plain)).toBeUndefined();
    expect(keyAction(help, "", with_({ escape: true }))).toEqual({ type: "escape" });
    expect(keyAction(help, "q", plain)).toEqual({ type: "quit" });
  });

  it("a chunk of keys is read one key at a time against the state each one leaves", () => {
    const s = pressKey(start, "3aa", plain);
    expect(s.screen).toBe("run");
    expect(right(s.run ?? { _tag: "Left", left: "no run" }).step).toBe(2);
    const typed = pressKey(editor, "(ab)*\t\r", plain);
    expect(typed.cls.models).toHaveLength(1);
    expect(typed.cls.models[0]?.kind).toBe("fine-tune");
    expect(pressKey(start, "?q", plain).quit).toBe(true);
  });

  it("reads a lone character as ink reads it", () => {
    expect(charKey("\r").key.return).toBe(true);
    expect(charKey("\t").key.tab).toBe(true);
    expect(charKey("\u007f").key.delete).toBe(true);
    expect(charKey("\u0003")).toMatchObject({ input: "c", key: { ctrl: true } });
    expect(charKey("é")).toEqual({ input: "é", key: plain });
  });

  it("the help table names every screen key and the run keys", () => {
    const text = KEY_HELP.map((h) => `${h.keys} ${h.does}`).join("\n");
    for (const word of ["space", "→", "Gold's adversary", "Ctrl-C", "Tab", "Esc"])
      expect(text).toContain(word);
  });
});
