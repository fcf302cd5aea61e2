/**
 * `limitlab explore [scenario]`: the interactive explorer in a terminal; without a TTY
 * (CI, pipes) the scenario's report on stdout, so it never hangs. `npm start` runs it on
 * the default scenario, `P4-finetune`.
 *
 * @module
 */
import { Command } from "commander";
import { p4FinetuneFacts } from "../../attribution/scenarios/p4-finetune-facts.js";
import { UserError } from "../support/fail.js";
import type { CliIo } from "../support/io.js";
import { formatP4Facts } from "../views/p4-facts.js";

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
      .description("explore a scenario (the report when not in a terminal)")
      .argument("[scenario]", "the scenario id", "P4-finetune")
      .option("--json", "print the report as JSON")
      .addHelpText(
        "after",
        "\nExamples:\n  limitlab explore\n  limitlab explore P4-finetune --json",
      )
      .action((scenario: string, flags: { json?: boolean }) => {
        if (scenario !== "P4-finetune")
          throw new UserError(`unknown scenario ${JSON.stringify(scenario)} (known: P4-finetune)`);
        const facts = p4FinetuneFacts(10);
        io.out(flags.json ? `${JSON.stringify(facts, null, 2)}\n` : formatP4Facts(facts));
      });
  },
};
