/**
 * Starting the explorer in the process's terminal: the alternate screen while it runs (so the
 * shell's screen comes back untouched), ink in raw mode, and a promise that settles when the
 * user quits (`q` or Ctrl-C). The only place the explorer touches the real terminal.
 *
 * @module
 */
import { render } from "ink";
import { runScenarioSteps, scenarios } from "../../attribution/scenarios/registry.js";
import { App } from "./app.js";
import { explorerScenarios } from "./scenario.js";

/** Switches to the terminal's alternate screen (xterm private mode 1049). */
const ENTER_ALTERNATE = "\u001b[?1049h";
/** Switches back to the main screen, restoring what it showed. */
const LEAVE_ALTERNATE = "\u001b[?1049l";

/**
 * Runs the explorer on scenario `id` until the user quits; the terminal is restored on the way
 * out, also when the app fails.
 *
 * @example
 * ```ts
 * if (io.isTTY) await startExplorer("P4-finetune");
 * ```
 */
export async function startExplorer(id: string): Promise<void> {
  process.stdout.write(ENTER_ALTERNATE);
  try {
    const app = render(
      <App
        scenarios={explorerScenarios()}
        scenario={id}
        registered={scenarios()}
        reports={(r) => runScenarioSteps(r)}
      />,
      {
        exitOnCtrlC: true,
        patchConsole: true,
      },
    );
    await app.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALTERNATE);
  }
}
