/**
 * `limitlab run <scenario>`: runs a scenario of the registry and prints its report (verdict,
 * the notion of non-identifiability it shows, checks, witnesses). Progress by phase on
 * stderr; Ctrl-C prints how far it got, marked partial, and exits 130. A run whose checks
 * fail exits 1 after printing its report.
 *
 * @module
 */
import { Command } from "commander";
import { runScenarioSteps } from "../../attribution/scenarios/registry.js";
import type { Report } from "../../attribution/scenarios/types.js";
import { emit, integerFlag, jsonText, realFlag, withCommonFlags } from "../support/common-flags.js";
import { orFailFlag, UserError } from "../support/fail.js";
import type { CliIo } from "../support/io.js";
import { interrupted } from "../support/progress.js";
import { driveScenario } from "../support/scenario-progress.js";
import { formatScenarioReport } from "../views/scenario-report.js";

interface RunFlags {
  readonly seed: number;
  readonly deep?: boolean;
  readonly horizon?: number;
  readonly param: Readonly<Record<string, number>>;
  readonly json?: boolean;
  readonly out?: string;
}

/**
 * Parses one `--param name=value` into the collected parameters.
 *
 * @example
 * ```ts
 * collectParam("tokens=2000", {}); // { tokens: 2000 }
 * ```
 */
export function collectParam(
  v: string,
  previous: Readonly<Record<string, number>>,
): Record<string, number> {
  const m = /^([A-Za-z][\w-]*)=(.+)$/u.exec(v);
  if (m === null) throw new UserError(`--param takes name=value, not ${JSON.stringify(v)}`);
  const [, name, value] = m as unknown as [string, string, string];
  return { ...previous, [name]: realFlag(`--param ${name}`)(value) };
}

/**
 * The `run` command.
 *
 * @example
 * ```ts
 * program.addCommand(runCommand.build(io));
 * ```
 */
export const runCommand = {
  name: "run",
  build(io: CliIo): Command {
    const command = new Command("run")
      .description("run a scenario and print its report")
      .argument("<scenario>", "the scenario id (limitlab scenarios lists them)")
      .option("--deep", "deeper runs: longer horizons, more trials")
      .option(
        "--horizon <n>",
        "the scenario's main length (see limitlab scenarios)",
        integerFlag("--horizon", 1),
      )
      .option("--param <name=value>", "a scenario parameter (repeatable)", collectParam, {});
    return withCommonFlags(command, { seed: true, json: true, out: true })
      .addHelpText(
        "after",
        `
Examples:
  limitlab run R4a
  limitlab run P1-candidates --deep --seed 7 --json
  limitlab run P8-cost --param tokens=2000 --param sustainedFlops=1e19`,
      )
      .action(async (id: string, flags: RunFlags) => {
        const steps = runScenarioSteps(id, {
          seed: flags.seed,
          params: flags.param,
          ...(flags.deep === undefined ? {} : { deep: flags.deep }),
          ...(flags.horizon === undefined ? {} : { horizon: flags.horizon }),
        });
        const r = await driveScenario(id, steps, io);
        if (r.interrupted) {
          const partial = {
            version: 1,
            id,
            partial: true,
            reason: "interrupted",
            phase: r.partial?.phase ?? null,
            done: r.done,
          };
          emit(
            io,
            flags,
            flags.json === true
              ? jsonText(partial)
              : `${id}: interrupted during ${partial.phase ?? "its start"} (${r.done} phases done)\n`,
          );
          throw interrupted(`${id} after ${r.done} phases`);
        }
        const report: Report = orFailFlag(r.value, "");
        emit(io, flags, flags.json === true ? jsonText(report) : formatScenarioReport(report));
        if (report.verdict !== "shown")
          throw new UserError(
            `${id} did not show what it claims: ${report.checks
              .filter((c) => !c.passed)
              .map((c) => c.name)
              .join("; ")}`,
          );
      });
  },
};
