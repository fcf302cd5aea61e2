/**
 * Computing a registry report without freezing the explorer: the scenario's step-wise run is
 * driven in slices of a few milliseconds between frames, each slice reporting its phase, until
 * it returns its report. Leaving the run (another report, quitting) stops it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { useEffect } from "react";
import type { Report, ScenarioProgressInfo } from "../../attribution/scenarios/types.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Steps } from "../../identification/progress.js";
import type { ExplorerAction } from "./explorer-state.js";

/** Runs a registered scenario step by step (the registry's `runScenarioSteps`). */
export type ReportRunner = (
  id: string,
) => Steps<ScenarioProgressInfo, E.Either<LimitLabError, Report>>;

/** Milliseconds of work per slice before the explorer draws again: 30. */
const SLICE_MS = 30;

/**
 * While `id` is set, drives `run(id)` in slices and sends `report-progress` after each slice
 * and `report-done` at the end.
 *
 * @example
 * ```ts
 * useReportRun(running ? state.report.id : undefined, runScenarioSteps, dispatchAction);
 * ```
 */
export function useReportRun(
  id: string | undefined,
  run: ReportRunner | undefined,
  send: (a: ExplorerAction) => void,
): void {
  useEffect(() => {
    if (id === undefined || run === undefined) return;
    const steps = run(id);
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      for (;;) {
        const r = steps.next();
        if (r.done === true) {
          send({
            type: "report-done",
            id,
            result: E.mapLeft((e: LimitLabError) => e.message)(r.value),
          });
          return;
        }
        if (performance.now() >= end) {
          const p = r.value;
          send({
            type: "report-progress",
            id,
            phase: p.partial.phase,
            done: p.done,
            ...(p.total === undefined ? {} : { total: p.total }),
          });
          break;
        }
      }
      if (!stopped) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
      steps.return(E.left(invalidInput("the report was left before it finished", "report")));
    };
  }, [id, run, send]);
}
