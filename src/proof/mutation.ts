/**
 * The mutation score in a proof report (issue 7, "Proving the proofs can fail"). Stryker is
 * far too slow to run inside `limitlab prove`, so the score is measured apart
 * (`npm run mutation`, summarised by `bench/mutation-summary.ts --write` into
 * bench/results/mutation.json) and attached to the report as recorded data: the section says
 * where the figures come from and when they were measured, and never claims a fresh run.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../automata/support/errors.js";
import type { MutationRow, MutationScore, ProofReport } from "./types.js";

type Json = Record<string, unknown>;

const COUNTS = [
  "files",
  "mutants",
  "killed",
  "survived",
  "timeout",
  "noCoverage",
  "errors",
] as const;

function fieldError(field: string, message: string): E.Either<LimitLabError, never> {
  return E.left(invalidInput(message, field));
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseScore(v: unknown): number | null | undefined {
  if (v === null) return null;
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

function parseRow(v: unknown, field: string): E.Either<LimitLabError, MutationRow> {
  if (!isObject(v)) return fieldError(field, "must be an object");
  if (typeof v.folder !== "string") return fieldError(`${field}.folder`, "must be a string");
  for (const key of COUNTS) {
    const n = v[key];
    if (!Number.isSafeInteger(n) || (n as number) < 0)
      return fieldError(`${field}.${key}`, `must be a non-negative integer, got ${String(n)}`);
  }
  const score = parseScore(v.score);
  if (score === undefined)
    return fieldError(`${field}.score`, "must be a percentage (0–100) or null");
  const row = Object.fromEntries(COUNTS.map((k) => [k, v[k] as number]));
  return E.right({ folder: v.folder, ...(row as Record<(typeof COUNTS)[number], number>), score });
}

/** The fields both forms share, given where each keeps its date. */
function parseScoreBody(
  v: Json,
  source: string,
  date: unknown,
  dateField: string,
): E.Either<LimitLabError, MutationScore> {
  if (typeof date !== "string" || Number.isNaN(Date.parse(date)))
    return fieldError(dateField, "must be a date");
  if (typeof v.command !== "string") return fieldError("command", "must be a string");
  if (!Array.isArray(v.rows)) return fieldError("rows", "must be an array");
  const notes = v.notes ?? [];
  if (!Array.isArray(notes) || notes.some((n) => typeof n !== "string"))
    return fieldError("notes", "must be an array of strings");
  const rows: MutationRow[] = [];
  for (const [i, r] of v.rows.entries()) {
    const row = parseRow(r, `rows[${i}]`);
    if (E.isLeft(row)) return row;
    rows.push(row.right);
  }
  return E.right({ source, date, command: v.command, rows, notes: notes as string[] });
}

/**
 * Reads the mutation summary that `bench/mutation-summary.ts --write` writes
 * (bench/results/mutation.json: topic `"mutation"`, dated by `machine.date`). `Left` (kind
 * `invalid-input`, naming the field) for text that is not JSON or not that summary.
 * Cost: O(size of the text).
 *
 * @example
 * ```ts
 * mutationScoreFromJson(readFileSync("bench/results/mutation.json", "utf8"), "bench/results/mutation.json");
 * // right({ source: "bench/results/mutation.json", date: "2026-12-01T…", rows: [{ folder: "src/identification/adversary", …, score: 96.8 }, …] })
 * mutationScoreFromJson('{"topic": "query"}', "x.json"); // left: topic: must be "mutation"
 * ```
 */
export function mutationScoreFromJson(
  json: string,
  source: string,
): E.Either<LimitLabError, MutationScore> {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (e) {
    return fieldError("summary", `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObject(v)) return fieldError("summary", "must be an object");
  if (v.topic !== "mutation") return fieldError("topic", 'must be "mutation"');
  return parseScoreBody(
    v,
    source,
    isObject(v.machine) ? v.machine.date : undefined,
    "machine.date",
  );
}

/**
 * Validates a {@link MutationScore} as a proof report carries it (its `mutation` field, read
 * back from JSON). `Left` naming the field (relative to the score) when it is malformed.
 * Cost: O(rows).
 *
 * @example
 * ```ts
 * mutationScoreFromRecord(JSON.parse(JSON.stringify(score))); // right(score)
 * mutationScoreFromRecord({ source: "x" }); // left: date: must be a date
 * ```
 */
export function mutationScoreFromRecord(v: unknown): E.Either<LimitLabError, MutationScore> {
  if (!isObject(v)) return fieldError("mutation", "must be an object");
  if (typeof v.source !== "string") return fieldError("source", "must be a string");
  return parseScoreBody(v, v.source, v.date, "date");
}

/**
 * The report with the recorded mutation score attached (replacing any it had). The proof
 * results are untouched. Cost: O(rows).
 *
 * @example
 * ```ts
 * const r = withMutationScore(runProofsToEnd(proofs, { mode: "deep", seed: 42 }), score);
 * r.mutation?.rows.at(-1)?.score; // e.g. 93.4
 * ```
 */
export function withMutationScore(report: ProofReport, score: MutationScore): ProofReport {
  return { ...report, mutation: score };
}
