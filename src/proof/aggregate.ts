/**
 * Reports as pure functions of their chunk results: a property's figures aggregate its chunks
 * in chunk order, a proof's its properties, a run's its proofs. The runner and the merge both
 * build reports here, which is why merging the shards of a run gives the unsharded report.
 *
 * @internal
 * @module
 */
import { sortedRecord } from "./context.js";
import type {
  ChunkReport,
  ProofFailure,
  ProofFileReport,
  ProofMode,
  ProofReport,
  PropertyReport,
  Shard,
  Verdict,
  WitnessStats,
} from "./types.js";

/** A property report without its figures: what the runner knows before running it. */
export type PropertyHeader = Pick<
  PropertyReport,
  "index" | "name" | "role" | "kind" | "seed" | "plannedRuns" | "chunks" | "covers"
>;

/** A proof report without its figures. */
export type ProofHeader = Pick<
  ProofFileReport,
  "id" | "title" | "statement" | "shadow" | "check" | "control"
>;

/** The options part of a run report. */
export interface RunHeader {
  readonly seed: number;
  readonly mode: ProofMode;
  readonly runs: number | null;
  readonly shard: Shard | null;
}

/**
 * The header fields of a proof file (or of a proof's report).
 *
 * @internal
 * @example
 * ```ts
 * proofHeader(proof).id; // "C11"
 * ```
 */
export function proofHeader(p: ProofHeader): ProofHeader {
  const { id, title, statement, shadow, check, control } = p;
  return { id, title, statement, shadow, check, control };
}

function mergeWitnesses(results: readonly ChunkReport[]): Record<string, WitnessStats> {
  const out = new Map<string, WitnessStats>();
  for (const r of results)
    for (const [key, s] of Object.entries(r.witnesses)) {
      const t = out.get(key);
      out.set(
        key,
        t === undefined
          ? s
          : {
              min: Math.min(t.min, s.min),
              max: Math.max(t.max, s.max),
              last: s.last,
              count: t.count + s.count,
            },
      );
    }
  return sortedRecord(out);
}

function mergeClasses(results: readonly ChunkReport[]): Record<string, number> {
  const out = new Map<string, number>();
  for (const r of results)
    for (const [label, n] of Object.entries(r.classes)) out.set(label, (out.get(label) ?? 0) + n);
  return sortedRecord(out);
}

function coverageFailure(
  covers: readonly string[],
  classes: Readonly<Record<string, number>>,
  runs: number,
): ProofFailure | null {
  const missing = covers.filter((label) => (classes[label] ?? 0) === 0);
  if (missing.length === 0) return null;
  return {
    chunk: null,
    counterexample: null,
    error: `no run was classified as ${missing.map((l) => JSON.stringify(l)).join(", ")} in ${runs} runs: the generated cases miss what the claim is about`,
    path: null,
    shrinks: 0,
  };
}

/**
 * A property's report from its header and the chunk results at hand (any order, no
 * duplicates). Cost: O(chunks · keys).
 *
 * @internal
 * @example
 * ```ts
 * propertyReport(header, [chunk0, chunk1]).verdict; // "pass" when both passed
 * ```
 */
export function propertyReport(
  header: PropertyHeader,
  chunkResults: readonly ChunkReport[],
): PropertyReport {
  const results = [...chunkResults].sort((a, b) => a.chunk - b.chunk);
  const runs = results.reduce((n, r) => n + r.runs, 0);
  const skips = results.reduce((n, r) => n + r.skips, 0);
  const witnesses = mergeWitnesses(results);
  const classes = mergeClasses(results);
  const complete = results.length === header.chunks;
  const failure =
    results.find((r) => r.failure !== null)?.failure ??
    (complete ? coverageFailure(header.covers, classes, runs) : null);
  const verdict: Verdict = failure !== null ? "fail" : complete ? "pass" : "pending";
  return { ...header, verdict, runs, skips, failure, witnesses, classes, results };
}

function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("fail")) return "fail";
  return verdicts.includes("pending") ? "pending" : "pass";
}

/**
 * A proof file's report from its property reports.
 *
 * @internal
 * @example
 * ```ts
 * proofFileReport(proofHeader(proof), properties).verdict;
 * ```
 */
export function proofFileReport(
  header: ProofHeader,
  properties: readonly PropertyReport[],
): ProofFileReport {
  return {
    ...header,
    verdict: combine(properties.map((p) => p.verdict)),
    runs: properties.reduce((n, p) => n + p.runs, 0),
    properties,
  };
}

/**
 * A run's report from its proof reports; `units` is the number of units of the whole run.
 *
 * @internal
 * @example
 * ```ts
 * runReport({ seed: 42, mode: "fast", runs: null, shard: null }, files, 12).partial;
 * ```
 */
export function runReport(
  header: RunHeader,
  proofs: readonly ProofFileReport[],
  units: number,
): ProofReport {
  const properties = proofs.flatMap((p) => p.properties);
  const unitsDone = properties.reduce((n, p) => n + p.results.length, 0);
  const count = (v: Verdict): number => properties.filter((p) => p.verdict === v).length;
  return {
    version: 1,
    ...header,
    partial: unitsDone < units,
    verdict: combine(proofs.map((p) => p.verdict)),
    totals: {
      proofs: proofs.length,
      properties: properties.length,
      passed: count("pass"),
      failed: count("fail"),
      pending: count("pending"),
      units,
      unitsDone,
      runs: properties.reduce((n, p) => n + p.runs, 0),
    },
    proofs,
  };
}
