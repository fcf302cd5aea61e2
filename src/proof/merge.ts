/**
 * Joining the partial reports of a sharded run into the report one run would have written.
 *
 * The shards must come from one run (same version, seed, mode, runs override and proofs),
 * carry distinct indices 1..n of the same n, none missing, and together hold every unit of
 * work exactly once. The merged report is rebuilt from the chunk results by the same code
 * the runner uses, so it equals the unsharded report: same verdicts, totals and statistics.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../automata/support/errors.js";
import {
  type PropertyHeader,
  proofFileReport,
  proofHeader,
  propertyReport,
  runReport,
} from "./aggregate.js";
import type { ChunkReport, ProofFileReport, ProofReport, PropertyReport } from "./types.js";

function headerOf(p: PropertyReport): PropertyHeader {
  const { index, name, role, kind, seed, plannedRuns, chunks, covers } = p;
  return { index, name, role, kind, seed, plannedRuns, chunks, covers };
}

function proofShape(f: ProofFileReport): string {
  return JSON.stringify([proofHeader(f), f.properties.map(headerOf)]);
}

function fail(message: string): E.Either<LimitLabError, never> {
  return E.left(invalidInput(message, "reports"));
}

function checkSameRun(reports: readonly ProofReport[]): E.Either<LimitLabError, true> {
  const [first, ...rest] = reports as [ProofReport, ...ProofReport[]];
  const shape = first.proofs.map(proofShape);
  for (const r of rest) {
    if (r.version !== first.version)
      return fail(`report versions differ: ${first.version} and ${r.version}`);
    if (r.seed !== first.seed) return fail(`seeds differ: ${first.seed} and ${r.seed}`);
    if (r.mode !== first.mode) return fail(`modes differ: ${first.mode} and ${r.mode}`);
    if (r.runs !== first.runs)
      return fail(`runs overrides differ: ${first.runs ?? "none"} and ${r.runs ?? "none"}`);
    const other = r.proofs.map(proofShape);
    if (other.length !== shape.length || other.some((s, i) => s !== shape[i]))
      return fail("the reports come from different proof files (ids, texts or properties differ)");
  }
  return E.right(true);
}

function checkShards(reports: readonly ProofReport[]): E.Either<LimitLabError, true> {
  const shards = reports.map((r) => r.shard ?? { index: 1, count: 1 });
  const count = shards[0]?.count ?? 1;
  const seen = new Set<number>();
  for (const s of shards) {
    if (s.count !== count) return fail(`shard counts differ: ${count} and ${s.count}`);
    if (seen.has(s.index)) return fail(`shard ${s.index}/${count} appears more than once`);
    seen.add(s.index);
  }
  const missing: string[] = [];
  for (let i = 1; i <= count; i++) if (!seen.has(i)) missing.push(`${i}/${count}`);
  return missing.length > 0 ? fail(`missing shards: ${missing.join(", ")}`) : E.right(true);
}

function mergeProperty(
  id: string,
  parts: readonly PropertyReport[],
): E.Either<LimitLabError, PropertyReport> {
  const first = parts[0] as PropertyReport;
  const byChunk = new Map<number, ChunkReport>();
  for (const part of parts)
    for (const r of part.results) {
      if (byChunk.has(r.chunk))
        return fail(`${id} #${first.index + 1} chunk ${r.chunk + 1} is in more than one report`);
      byChunk.set(r.chunk, r);
    }
  for (let c = 0; c < first.chunks; c++)
    if (!byChunk.has(c))
      return fail(
        `${id} #${first.index + 1} chunk ${c + 1}/${first.chunks} is in no report (an interrupted shard?)`,
      );
  return E.right(propertyReport(headerOf(first), [...byChunk.values()]));
}

/**
 * Merges the reports of shards 1..n of one run. `Left` (kind `invalid-input`) when the list is
 * empty, the reports differ in version, seed, mode, runs or proofs, a shard is repeated or
 * missing, or a unit of work is in two reports or in none. A report without a shard counts as
 * shard 1/1. Cost: O(total size of the reports).
 *
 * @example
 * ```ts
 * const shards = [1, 2, 3].map((index) =>
 *   runProofsToEnd(registry, { mode: "deep", seed: 7, shard: { index, count: 3 } }));
 * mergeReports(shards); // right(the report of runProofsToEnd(registry, { mode: "deep", seed: 7 }))
 * mergeReports(shards.slice(1)); // left: missing shards: 1/3
 * ```
 */
export function mergeReports(
  reports: readonly ProofReport[],
): E.Either<LimitLabError, ProofReport> {
  const first = reports[0];
  if (first === undefined) return fail("nothing to merge: no reports given");
  const same = checkSameRun(reports);
  if (E.isLeft(same)) return same;
  const shards = checkShards(reports);
  if (E.isLeft(shards)) return shards;
  const files: ProofFileReport[] = [];
  for (const [i, f] of first.proofs.entries()) {
    const properties: PropertyReport[] = [];
    for (const j of f.properties.keys()) {
      const merged = mergeProperty(
        f.id,
        reports.map((r) => r.proofs[i]?.properties[j] as PropertyReport),
      );
      if (E.isLeft(merged)) return merged;
      properties.push(merged.right);
    }
    files.push(proofFileReport(proofHeader(f), properties));
  }
  const units = first.totals.units;
  return E.right(
    runReport({ seed: first.seed, mode: first.mode, runs: first.runs, shard: null }, files, units),
  );
}
