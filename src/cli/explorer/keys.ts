/**
 * The keyboard: a pure map from a key press (as ink reports it) and the current state to an
 * explorer action or nothing, and the table the help screen prints.
 *
 * Law: in the editor every printable key is text (a regex needs `?`, `q`, digits), so only
 * Esc, Enter, Tab, the arrows and Ctrl keys act there; elsewhere `q` quits and `?` toggles
 * help. Ctrl-C quits everywhere.
 *
 * @module
 */
import type { Key } from "ink";
import {
  type ExplorerAction,
  type ExplorerState,
  explorerReducer,
  SCREENS,
  type Screen,
} from "./explorer-state.js";

/** What a key press does: an action, or nothing. */
export type KeyResult = ExplorerAction | undefined;

const QUIT: ExplorerAction = { type: "quit" };

/** One line of the help screen. */
export interface KeyHelp {
  readonly keys: string;
  readonly does: string;
}

/** The letter that shows each screen (besides its number 1–6). */
export const SCREEN_LETTERS: Readonly<Record<Screen, string>> = {
  gallery: "g",
  class: "c",
  run: "r",
  telltale: "t",
  growth: "w",
  editor: "e",
};

/** The help screen's table, in the order it prints. */
export const KEY_HELP: readonly KeyHelp[] = [
  { keys: "1-6 or g c r t w e", does: "gallery, class, run, tell-tales, growth, editor" },
  { keys: "↑ ↓  PgUp PgDn", does: "move the selection (the run view: the adversary's victim)" },
  { keys: "Enter", does: "gallery: open; class/tell-tales: run on the selected member" },
  { keys: "space", does: "run: play / pause" },
  { keys: "→", does: "run: read the next datum of the text" },
  { keys: "a", does: "run: Gold's adversary chooses the next word" },
  { keys: "x", does: "run: start the run again" },
  { keys: "editor", does: "type a regex; Tab model/fine-tune; Enter add; Esc back" },
  { keys: "?  Esc", does: "this help / close it" },
  { keys: "q  Ctrl-C", does: "quit (the terminal is restored)" },
];

const letterScreens = new Map<string, Screen>(
  Object.entries(SCREEN_LETTERS).map(([s, l]) => [l, s as Screen]),
);

function editorKey(input: string, key: Key): KeyResult {
  if (key.ctrl && input === "c") return QUIT;
  if (key.escape) return { type: "escape" };
  if (key.return) return { type: "submit" };
  if (key.tab) return { type: "edit", action: { type: "toggle-kind" } };
  if (key.backspace || key.delete) return { type: "edit", action: { type: "backspace" } };
  if (key.leftArrow) return { type: "edit", action: { type: "move", delta: -1 } };
  if (key.rightArrow) return { type: "edit", action: { type: "move", delta: 1 } };
  if (key.home || (key.ctrl && input === "a")) return { type: "edit", action: { type: "home" } };
  if (key.end || (key.ctrl && input === "e")) return { type: "edit", action: { type: "end" } };
  if (key.ctrl && input === "u") return { type: "edit", action: { type: "clear" } };
  if (input.length > 0 && !key.ctrl && !key.meta)
    return { type: "edit", action: { type: "insert", text: input } };
  return undefined;
}

function runKey(input: string, key: Key): KeyResult {
  if (input === " ") return { type: "run", action: { type: "toggle-play" } };
  if (key.rightArrow) return { type: "run", action: { type: "step" } };
  if (input === "a") return { type: "run", action: { type: "adversary" } };
  if (input === "x") return { type: "restart-run" };
  return undefined;
}

/**
 * The action for a key press in state `s`.
 *
 * @example
 * ```ts
 * keyAction(s, "q", key); // { type: "quit" }
 * keyAction(s, "3", key); // { type: "show", screen: "run" }
 * ```
 */
export function keyAction(s: ExplorerState, input: string, key: Key): KeyResult {
  if (s.screen === "editor" && !s.help) return editorKey(input, key);
  if (input === "q" || (key.ctrl && input === "c")) return QUIT;
  if (input === "?") return { type: "toggle-help" };
  if (key.escape) return { type: "escape" };
  if (s.help) return undefined;
  const numbered = SCREENS[Number.parseInt(input, 10) - 1];
  if (/^[1-6]$/.test(input) && numbered !== undefined) return { type: "show", screen: numbered };
  const lettered = letterScreens.get(input);
  if (lettered !== undefined) return { type: "show", screen: lettered };
  if (key.upArrow) return { type: "cursor", delta: -1 };
  if (key.downArrow) return { type: "cursor", delta: 1 };
  if (key.pageUp) return { type: "cursor", delta: -10 };
  if (key.pageDown) return { type: "cursor", delta: 10 };
  if (key.return) return { type: "open" };
  return s.screen === "run" ? runKey(input, key) : undefined;
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * One character of a chunk as the key press ink reports for it alone: Enter, Tab, Backspace,
 * Delete and Ctrl-letters become their flags (with empty input, or the letter for Ctrl), any
 * other character is itself.
 *
 * @example
 * ```ts
 * charKey("\r").key.return; // true
 * charKey("\u0003"); // { input: "c", key: { ctrl: true, … } }
 * ```
 */
export function charKey(ch: string): { readonly input: string; readonly key: Key } {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === "\r" || ch === "\n") return { input: "", key: { ...NO_KEY, return: true } };
  if (ch === "\t") return { input: "", key: { ...NO_KEY, tab: true } };
  if (ch === "\b") return { input: "", key: { ...NO_KEY, backspace: true } };
  if (ch === "\u007f") return { input: "", key: { ...NO_KEY, delete: true } };
  if (code >= 1 && code <= 26)
    return { input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } };
  return { input: ch, key: NO_KEY };
}

/**
 * The state after a key press: {@link keyAction} applied through the explorer's reducer. A
 * chunk of several characters (fast typing, a paste, a terminal or tmux batching keys: ink
 * reports them as one input) is read one character at a time, each as {@link charKey} reads it
 * and against the state the previous one left.
 *
 * @example
 * ```ts
 * pressKey(s, "q", key).quit; // true
 * pressKey(s, "3aa", key).run; // the run view after two adversary moves
 * ```
 */
export function pressKey(s: ExplorerState, input: string, key: Key): ExplorerState {
  const chars = Array.from(input);
  if (chars.length > 1 && !key.ctrl && !key.meta)
    return chars.reduce((st, ch) => {
      const k = charKey(ch);
      return pressKey(st, k.input, k.key);
    }, s);
  const a = keyAction(s, input, key);
  return a === undefined ? s : explorerReducer(s, a);
}
