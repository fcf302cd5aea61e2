/**
 * The gallery's entries: every scenario of the attribution registry (`scenarios()`), plus the
 * explorer's own scenarios. An entry the explorer knows the class of opens in the class and run
 * views; any other entry shows its registry report, computed step by step.
 *
 * Invariants: ids are unique; the explorer's scenarios that the registry does not list come
 * first (the default, `P4-finetune`, among them), then the registry's records in its order; a
 * registered id the explorer knows is one entry with both.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { Report, ScenarioRecord } from "../../attribution/scenarios/types.js";
import type { ExplorerScenario } from "./scenario.js";

/** One line of the gallery. */
export interface GalleryEntry {
  readonly record: ScenarioRecord;
  /** The explorer's scenario for this id, when it can open its class. */
  readonly explorer?: ExplorerScenario;
  /** Is the id in the registry (so it has a report)? */
  readonly registered: boolean;
}

/** A registry report being computed, or its result (a `Left` holds the error's message). */
export type ReportState =
  | {
      readonly id: string;
      readonly status: "running";
      readonly phase: string;
      readonly done: number;
      readonly total?: number;
    }
  | { readonly id: string; readonly status: "done"; readonly result: E.Either<string, Report> };

/**
 * The gallery of the explorer's scenarios and the registry's records.
 *
 * @example
 * ```ts
 * galleryEntries(explorerScenarios(), scenarios()).map((e) => e.record.id); // ["P4-finetune", "R4a", …]
 * ```
 */
export function galleryEntries(
  explorable: readonly ExplorerScenario[],
  registered: readonly ScenarioRecord[],
): readonly GalleryEntry[] {
  const known = new Map(explorable.map((s) => [s.id, s]));
  const ids = new Set(registered.map((r) => r.id));
  const own = explorable
    .filter((s) => !ids.has(s.id))
    .map((s) => ({ record: s, explorer: s, registered: false }));
  const listed = registered.map((record) => {
    const explorer = known.get(record.id);
    return explorer === undefined
      ? { record, registered: true }
      : { record, explorer, registered: true };
  });
  return [...own, ...listed];
}
