/**
 * `limitlab scenarios`: the scenario registry (id, title, THEORY ids, what each shows, its
 * horizon and parameters).
 *
 * @module
 */
import { Command } from "commander";
import * as E from "fp-ts/lib/Either.js";
import { findScenario, scenarios } from "../../attribution/scenarios/registry.js";
import type { Scenario } from "../../attribution/scenarios/types.js";
import { emit, jsonText, withCommonFlags } from "../support/common-flags.js";
import type { CliIo } from "../support/io.js";
import { formatScenarioList } from "../views/scenario-report.js";

/**
 * Every registered scenario with its documentation (the registry's order).
 *
 * @example
 * ```ts
 * registeredScenarios().map((s) => s.id); // ["R4a", …]
 * ```
 */
export function registeredScenarios(): Scenario[] {
  return scenarios().flatMap((r) => {
    const s = findScenario(r.id);
    return E.isRight(s) ? [s.right] : [];
  });
}

/**
 * The `scenarios` command.
 *
 * @example
 * ```ts
 * program.addCommand(scenariosCommand.build(io));
 * ```
 */
export const scenariosCommand = {
  name: "scenarios",
  build(io: CliIo): Command {
    return withCommonFlags(
      new Command("scenarios").description("list the scenarios that `limitlab run` runs"),
      { json: true, out: true },
    )
      .addHelpText("after", "\nExamples:\n  limitlab scenarios\n  limitlab scenarios --json")
      .action((flags: { json?: boolean; out?: string }) => {
        const list = registeredScenarios();
        emit(
          io,
          flags,
          flags.json === true
            ? jsonText(
                list.map((s) => ({
                  id: s.id,
                  title: s.title,
                  demonstrates: s.demonstrates,
                  theoryIds: s.theoryIds,
                  horizon: s.horizon,
                  horizonMeans: s.horizonMeans,
                  params: s.params,
                })),
              )
            : formatScenarioList(list),
        );
      });
  },
};
