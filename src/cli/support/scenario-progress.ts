/**
 * Running a registered scenario with progress: the phase it is in goes to stderr, Ctrl-C
 * stops it between steps (see `drive`).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { Report, ScenarioProgressInfo } from "../../attribution/scenarios/types.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Steps } from "../../identification/progress.js";
import type { CliIo } from "./io.js";
import { type Driven, drive } from "./progress.js";

/**
 * Drives the steps of scenario `id`, naming each phase in the progress line.
 *
 * @example
 * ```ts
 * const r = await driveScenario("R4a", runScenarioSteps("R4a"), io);
 * if (!r.interrupted) show(r.value);
 * ```
 */
export function driveScenario(
  id: string,
  steps: Steps<ScenarioProgressInfo, E.Either<LimitLabError, Report>>,
  io: CliIo,
): Promise<Driven<ScenarioProgressInfo, E.Either<LimitLabError, Report>>> {
  return drive(
    (function* () {
      for (;;) {
        const s = steps.next();
        if (s.done === true) return s.value;
        yield { ...s.value, current: s.value.partial.phase };
      }
    })(),
    io,
    { label: id, unit: "phases" },
  );
}
