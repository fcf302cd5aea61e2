/**
 * The explorer app: one reducer holds the view state; keys and the play timer are the only
 * events; every screen is laid out for the terminal's current size.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { Box, type Key, useApp, useInput } from "ink";
import { useCallback, useEffect, useReducer } from "react";
import type { ScenarioRecord } from "../../attribution/scenarios/types.js";
import { Footer } from "./components/footer.js";
import { Header } from "./components/header.js";
import { Help } from "./components/help.js";
import {
  type ExplorerAction,
  type ExplorerState,
  explorerReducer,
  initialExplorer,
} from "./explorer-state.js";
import { pressKey } from "./keys.js";
import type { ExplorerScenario } from "./scenario.js";
import { SCREEN_HINTS, SCREEN_TITLES, ScreenBody } from "./screens/screen-body.js";
import { type ReportRunner, useReportRun } from "./use-report-run.js";
import { useTerminalSize } from "./use-terminal-size.js";

/** Props of {@link App}. */
export interface AppProps {
  /** The gallery's scenarios. */
  readonly scenarios: readonly ExplorerScenario[];
  /** The scenario to open. @defaultValue `"P4-finetune"` */
  readonly scenario?: string;
  /** Milliseconds between steps while a run plays. @defaultValue 200 */
  readonly tickMs?: number;
  /** The attribution registry's scenarios, listed in the gallery too. @defaultValue none */
  readonly registered?: readonly ScenarioRecord[];
  /** Computes a registered scenario's report step by step. @defaultValue none (no reports) */
  readonly reports?: ReportRunner;
}

/** An event: a key press, or a tick of the play timer. */
type AppEvent =
  | { readonly kind: "key"; readonly input: string; readonly key: Key }
  | { readonly kind: "tick" }
  | { readonly kind: "action"; readonly action: ExplorerAction };

function onEvent(s: ExplorerState, e: AppEvent): ExplorerState {
  switch (e.kind) {
    case "key":
      return pressKey(s, e.input, e.key);
    case "tick":
      return explorerReducer(s, { type: "run", action: { type: "tick" } });
    case "action":
      return explorerReducer(s, e.action);
  }
}

function isPlaying(s: ExplorerState): boolean {
  return s.screen === "run" && s.run !== undefined && E.isRight(s.run) && s.run.right.playing;
}

/**
 * The explorer.
 *
 * @example
 * ```tsx
 * render(<App scenarios={explorerScenarios()} scenario="P4-finetune" />);
 * ```
 */
export function App({ scenarios, scenario, tickMs = 200, registered = [], reports }: AppProps) {
  const [state, dispatch] = useReducer(onEvent, undefined, () =>
    initialExplorer(scenarios, scenario, registered),
  );
  const send = useCallback((action: ExplorerAction) => dispatch({ kind: "action", action }), []);
  useReportRun(state.report?.status === "running" ? state.report.id : undefined, reports, send);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  useInput((input, key) => dispatch({ kind: "key", input, key }));
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);
  const playing = isPlaying(state);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => dispatch({ kind: "tick" }), tickMs);
    return () => clearInterval(timer);
  }, [playing, tickMs]);
  const body = Math.max(4, rows - 3);
  const runNotice =
    state.run !== undefined && E.isRight(state.run) ? state.run.right.notice : undefined;
  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Header
        scenario={state.cls.scenario.id}
        screen={SCREEN_TITLES[state.screen]}
        width={columns}
      />
      <Box flexDirection="column" height={body} overflow="hidden">
        {state.help ? (
          <Help width={columns} />
        ) : (
          <ScreenBody state={state} width={columns} height={body} />
        )}
      </Box>
      <Footer
        notice={state.notice ?? (state.screen === "run" ? runNotice : undefined)}
        hints={SCREEN_HINTS[state.screen]}
      />
    </Box>
  );
}
