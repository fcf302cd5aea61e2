/**
 * The explorer's view state and its pure reducer: which screen is shown, the opened scenario's
 * class (with the user's models), the selections, the run and the editor.
 *
 * Invariants: `memberCursor` and `runTarget` are members of the class window; `run` is
 * `undefined` until the run view is first shown and is dropped whenever the class changes
 * (a run belongs to one family); opening another scenario starts from its own class.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Report, ScenarioRecord } from "../../attribution/scenarios/types.js";
import {
  addModel,
  classWindow,
  compileModel,
  type ExplorerClass,
  explorerClass,
} from "./class-model.js";
import {
  type EditorAction,
  type EditorState,
  EMPTY_EDITOR,
  editorReducer,
} from "./editor-state.js";
import { type GalleryEntry, galleryEntries, type ReportState } from "./gallery-model.js";
import { type RunAction, type RunState, runReducer, startRun } from "./run-state.js";
import { DEFAULT_SCENARIO, type ExplorerScenario, findScenario } from "./scenario.js";

/** The screens, in the order of their number keys. */
export const SCREENS = ["gallery", "class", "run", "telltale", "growth", "editor"] as const;

/** A screen. */
export type Screen = (typeof SCREENS)[number];

/** The explorer's state. */
export interface ExplorerState {
  /** The scenarios the explorer can open. */
  readonly scenarios: readonly ExplorerScenario[];
  readonly gallery: readonly GalleryEntry[];
  readonly galleryCursor: number;
  /** The registry report asked for in the gallery, running or done. */
  readonly report: ReportState | undefined;
  readonly cls: ExplorerClass;
  readonly screen: Screen;
  readonly help: boolean;
  /** The member selected in the class and tell-tale views. */
  readonly memberCursor: number;
  /** The member whose text the run presents. */
  readonly runTarget: number;
  readonly run: E.Either<string, RunState> | undefined;
  readonly editor: EditorState;
  readonly notice: string | undefined;
  /** Set by `quit`: the app unmounts and the terminal is restored. */
  readonly quit: boolean;
}

/** What a key press asks of the explorer. */
export type ExplorerAction =
  | { readonly type: "quit" }
  | { readonly type: "show"; readonly screen: Screen }
  | { readonly type: "toggle-help" }
  | { readonly type: "escape" }
  | { readonly type: "cursor"; readonly delta: number }
  | { readonly type: "open" }
  | { readonly type: "run"; readonly action: RunAction }
  | { readonly type: "restart-run" }
  | { readonly type: "edit"; readonly action: EditorAction }
  | { readonly type: "submit" }
  | {
      readonly type: "report-progress";
      readonly id: string;
      readonly phase: string;
      readonly done: number;
      readonly total?: number;
    }
  | {
      readonly type: "report-done";
      readonly id: string;
      readonly result: E.Either<string, Report>;
    };

/**
 * The explorer opened on scenario `id`, showing its class; the gallery also lists the
 * `registered` scenarios of the attribution registry. A registered id the explorer has no class
 * for opens the gallery on it, its report running; an unknown id opens the first scenario.
 *
 * @example
 * ```ts
 * initialExplorer(explorerScenarios(), "P4-finetune", scenarios()).screen; // "class"
 * ```
 */
export function initialExplorer(
  scenarios: readonly ExplorerScenario[],
  id: string = DEFAULT_SCENARIO,
  registered: readonly ScenarioRecord[] = [],
): ExplorerState {
  const scenario = findScenario(scenarios, id) ?? (scenarios[0] as ExplorerScenario);
  const gallery = galleryEntries(scenarios, registered);
  const reportOnly = gallery.findIndex((e) => e.record.id === id && e.explorer === undefined);
  const base = {
    scenarios,
    gallery,
    galleryCursor: Math.max(
      0,
      gallery.findIndex((e) => e.record.id === scenario.id),
    ),
    report: undefined,
    ...opened(scenario),
    help: false,
    editor: EMPTY_EDITOR,
    notice: undefined,
    quit: false,
  };
  // a registered scenario the explorer cannot open: the gallery, computing its report
  return reportOnly < 0 ? base : open({ ...base, screen: "gallery", galleryCursor: reportOnly });
}

/** The part of the state that opening a scenario resets: its class, selections and run. */
function opened(scenario: ExplorerScenario) {
  return {
    cls: explorerClass(scenario),
    screen: "class" as const,
    memberCursor: scenario.target,
    runTarget: scenario.target,
    run: undefined,
  };
}

function freshRun(s: ExplorerState): E.Either<string, RunState> {
  const r = startRun(s.cls.family, s.runTarget, { window: classWindow(s.cls) });
  return E.isLeft(r) ? E.left(r.left.message) : r;
}

function show(s: ExplorerState, screen: Screen): ExplorerState {
  const run = screen === "run" && s.run === undefined ? freshRun(s) : s.run;
  return { ...s, screen, run, help: false, notice: undefined };
}

function moveCursor(s: ExplorerState, delta: number): ExplorerState {
  const clamp = (x: number, n: number) => Math.max(0, Math.min(n - 1, x));
  switch (s.screen) {
    case "gallery":
      return { ...s, galleryCursor: clamp(s.galleryCursor + delta, s.gallery.length) };
    case "class":
    case "telltale":
      return { ...s, memberCursor: clamp(s.memberCursor + delta, classWindow(s.cls)) };
    case "run":
      return s.run !== undefined && E.isRight(s.run)
        ? { ...s, run: E.right(runReducer(s.run.right, { type: "select", delta })) }
        : s;
    default:
      return s;
  }
}

function open(s: ExplorerState): ExplorerState {
  if (s.screen === "gallery") {
    const chosen = s.gallery[s.galleryCursor];
    if (chosen === undefined) return s;
    if (chosen.explorer !== undefined)
      return { ...s, ...opened(chosen.explorer), editor: EMPTY_EDITOR, notice: undefined };
    return chosen.registered
      ? { ...s, report: { id: chosen.record.id, status: "running", phase: "starting", done: 0 } }
      : s;
  }
  if (s.screen === "class" || s.screen === "telltale")
    return show({ ...s, runTarget: s.memberCursor, run: undefined }, "run");
  return s;
}

function submit(s: ExplorerState): ExplorerState {
  const model = compileModel(s.cls, s.editor.text, s.editor.kind);
  if (E.isLeft(model))
    return { ...s, editor: editorReducer(s.editor, { type: "failed", error: model.left }) };
  const cls = addModel(s.cls, model.right);
  const index = cls.models.length - 1;
  return {
    ...s,
    cls,
    screen: "class",
    memberCursor: index,
    runTarget: s.runTarget >= index ? s.runTarget + 1 : s.runTarget,
    run: undefined,
    editor: { ...EMPTY_EDITOR, kind: s.editor.kind },
    notice: `added L${index}: ${model.right.name}, ${model.right.dfa.states} states (the scenario's members now start at L${cls.models.length})`,
  };
}

/**
 * The explorer after an action.
 *
 * Cost: O(1) for navigation; a run action costs what the run reducer does; showing the run
 * view for the first time builds the learners; `submit` compiles the regex.
 *
 * @example
 * ```ts
 * const s = explorerReducer(initialExplorer(list), { type: "show", screen: "run" });
 * explorerReducer(s, { type: "run", action: { type: "step" } });
 * ```
 */
export function explorerReducer(s: ExplorerState, a: ExplorerAction): ExplorerState {
  switch (a.type) {
    case "quit":
      return { ...s, quit: true };
    case "show":
      return show(s, a.screen);
    case "toggle-help":
      return { ...s, help: !s.help };
    case "escape":
      if (s.help) return { ...s, help: false };
      return s.screen === "editor" ? show(s, "class") : s;
    case "cursor":
      return moveCursor(s, a.delta);
    case "open":
      return open(s);
    case "run":
      return s.run !== undefined && E.isRight(s.run)
        ? { ...s, run: E.right(runReducer(s.run.right, a.action)) }
        : s;
    case "restart-run":
      return { ...s, run: freshRun(s), notice: undefined };
    case "edit":
      return { ...s, editor: editorReducer(s.editor, a.action) };
    case "submit":
      return submit(s);
    case "report-progress":
      return s.report?.id === a.id && s.report.status === "running"
        ? {
            ...s,
            report: {
              id: a.id,
              status: "running",
              phase: a.phase,
              done: a.done,
              ...(a.total === undefined ? {} : { total: a.total }),
            },
          }
        : s;
    case "report-done":
      return s.report?.id === a.id
        ? { ...s, report: { id: a.id, status: "done", result: a.result } }
        : s;
  }
}
