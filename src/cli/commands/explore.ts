/**
 * `limitlab explore [scenario]`: the interactive explorer when stdout and stdin are terminals;
 * otherwise (CI, pipes) the scenario's report on stdout, so it never waits for a key. Exits 0.
 * `npm start` runs it on the default scenario, `P4-finetune`.
 *
 * @module
 */
import { Command } from "commander";
import { DEFAULT_SCENARIO, explorerScenarios, findScenario } from "../explorer/scenario.js";
import { UserError } from "../support/fail.js";
import type { CliIo } from "../support/io.js";

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
      .argument("[scenario]", "the scenario id", DEFAULT_SCENARIO)
      .option("--json", "print the report as JSON (never opens the explorer)")
      .addHelpText(
        "after",
        "\nIn the explorer, ? shows the keys and q quits.\n\nExamples:\n  limitlab explore\n  limitlab explore P4-finetune --json\n  limitlab explore | less",
      )
      .action(async (id: string, flags: { json?: boolean }) => {
        const list = explorerScenarios();
        const scenario = findScenario(list, id);
        if (scenario === undefined)
          throw new UserError(
            `unknown scenario ${JSON.stringify(id)} (known: ${list.map((s) => s.id).join(", ")})`,
          );
        if (flags.json === true) {
          io.out(`${JSON.stringify(scenario.json(), null, 2)}\n`);
          return;
        }
        if (!io.isTTY) {
          io.out(scenario.report());
          return;
        }
        const { startExplorer } = await import("../explorer/start.js");
        await startExplorer(scenario.id);
      });
  },
};
