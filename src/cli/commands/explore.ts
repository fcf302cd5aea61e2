/**
 * `limitlab explore [scenario]`: the interactive explorer when stdout and stdin are terminals;
 * otherwise (CI, pipes) the scenario's report on stdout, so it never waits for a key. Exits 0.
 * `npm start` runs it on the default scenario, `P4-finetune`.
 *
 * The scenarios are the gallery's: the explorer's own (whose class it opens) and the
 * attribution registry's. A registered scenario's report is its registry run, computed with
 * progress on stderr (Ctrl-C stops it, exit 130); the explorer's own report otherwise.
 *
 * @module
 */
import { Command } from "commander";
import { runScenarioSteps, scenarios } from "../../attribution/scenarios/registry.js";
import type { Report } from "../../attribution/scenarios/types.js";
import { galleryEntries } from "../explorer/gallery-model.js";
import { DEFAULT_SCENARIO, explorerScenarios } from "../explorer/scenario.js";
import { jsonText } from "../support/common-flags.js";
import { orFail, UserError } from "../support/fail.js";
import type { CliIo } from "../support/io.js";
import { interrupted } from "../support/progress.js";
import { driveScenario } from "../support/scenario-progress.js";
import { formatScenarioReport } from "../views/scenario-report.js";

async function registryReport(id: string, io: CliIo): Promise<Report> {
  const steps = runScenarioSteps(id);
  const r = await driveScenario(id, steps, io);
  if (r.interrupted) throw interrupted(`${id} after ${r.done} phases`);
  return orFail(r.value, id);
}

/**
 * The `explore` command.
 *
 * @example
 * ```ts
 * program.addCommand(exploreCommand.build(io));
 * ```
 */
export const exploreCommand = {
  name: "explore",
  build(io: CliIo): Command {
    return new Command("explore")
      .description("explore a scenario in the terminal (its report when not in a terminal)")
      .argument("[scenario]", "the scenario id (limitlab scenarios lists them)", DEFAULT_SCENARIO)
      .option("--json", "print the report as JSON (never opens the explorer)")
      .addHelpText(
        "after",
        "\nIn the explorer, ? shows the keys and q quits.\n\nExamples:\n  limitlab explore\n  limitlab explore P4-finetune --json\n  limitlab explore | less",
      )
      .action(async (id: string, flags: { json?: boolean }) => {
        const gallery = galleryEntries(explorerScenarios(), scenarios());
        const entry = gallery.find((e) => e.record.id === id);
        if (entry === undefined)
          throw new UserError(
            `unknown scenario ${JSON.stringify(id)} (known: ${gallery.map((e) => e.record.id).join(", ")})`,
          );
        if (io.isTTY && flags.json !== true) {
          const { startExplorer } = await import("../explorer/start.js");
          await startExplorer(id);
          return;
        }
        const json = flags.json === true;
        // text: the class the explorer would open (when it has one), then the run's report
        const classView =
          json || entry.explorer === undefined ? "" : `${entry.explorer.report()}\n`;
        if (entry.registered) {
          const report = await registryReport(id, io);
          io.out(json ? jsonText(report) : `${classView}${formatScenarioReport(report)}`);
        } else if (entry.explorer !== undefined)
          io.out(json ? jsonText(entry.explorer.json()) : classView);
      });
  },
};
