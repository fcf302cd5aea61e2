import * as E from "fp-ts/lib/Either.js";
import { invalidInput, LimitLabException } from "../automata/support/errors.js";
import { deriveSeed, type Seed } from "../automata/support/rng.js";
import {
  type PropertyHeader,
  proofFileReport,
  proofHeader,
  propertyReport,
  runReport,
} from "./aggregate.js";
import { type CaseCache, runExhaustive, runRandom } from "./check.js";
import { isExhaustive } from "./define.js";
import { checkShard, inShard, type WorkUnit, workUnits } from "./shard.js";
import {
  type ChunkReport,
  DEFAULT_RUNS,
  type ProofFile,
  type ProofMode,
  type ProofOptions,
  type ProofProgress,
  type ProofReport,
  type PropertyReport,
} from "./types.js";

/** Options of a single property's run (no shard: all its chunks run). */
export type PropertyRunOptions = Omit<ProofOptions, "shard">;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The seed of property `index` of proof `id` in a run with seed `seed`.
 *
 * @example
 * ```ts
 * propertySeed(42, "C11", 0) === propertySeed(42, "C11", 0); // true, whatever else runs
 * ```
 */
export function propertySeed(seed: Seed, id: string, index: number): Seed {
  return deriveSeed(deriveSeed(seed, fnv1a(id)), index);
}

function checkOptions(options: PropertyRunOptions): void {
  const { seed, runs } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new LimitLabException(
      invalidInput(`must be an integer in 0..4294967295, got ${seed}`, "seed"),
    );
  if (runs !== undefined && (!Number.isSafeInteger(runs) || runs < 1))
    throw new LimitLabException(invalidInput(`must be a positive integer, got ${runs}`, "runs"));
}

function header(file: ProofFile, index: number, options: PropertyRunOptions): PropertyHeader {
  const p = file.properties[index];
  if (p === undefined)
    throw new LimitLabException(
      invalidInput(`proof ${file.id} has no property ${index}`, "property"),
    );
  // Keys in the order of PropertyHeader, as merge.ts rebuilds them: merged and unsharded
  // reports then serialise to the same text.
  const base = { index, name: p.name, role: p.role };
  const seed = propertySeed(options.seed, file.id, index);
  const covers = p.covers ?? [];
  if (isExhaustive(p))
    return { ...base, kind: "exhaustive", seed, plannedRuns: null, chunks: p.chunks ?? 1, covers };
  const runs = p.runs ?? DEFAULT_RUNS;
  const plannedRuns = options.runs ?? (options.mode === "deep" ? runs.deep : runs.fast);
  return { ...base, kind: "random", seed, plannedRuns, chunks: 1, covers };
}

function runUnit(
  file: ProofFile,
  h: PropertyHeader,
  chunk: number,
  mode: ProofMode,
  cache: CaseCache,
): ChunkReport {
  const p = file.properties[h.index];
  if (p === undefined) throw new Error(`unreachable: no property ${h.index} in ${file.id}`);
  return isExhaustive(p)
    ? runExhaustive(p, chunk, h.seed, mode, cache)
    : runRandom(p, h.seed, h.plannedRuns ?? 0, mode);
}

/**
 * Runs every chunk of one property (what the vitest adapter does per `it`). Throws a
 * `LimitLabException` on bad options or a missing property (programming errors); a failing
 * property is recorded, never thrown. Cost: the property's runs.
 *
 * @example
 * ```ts
 * runProperty(proof, 0, { mode: "fast", seed: 42 }).verdict; // "pass"
 * ```
 */
export function runProperty(
  file: ProofFile,
  index: number,
  options: PropertyRunOptions,
): PropertyReport {
  checkOptions(options);
  const h = header(file, index, options);
  const cache: CaseCache = new Map();
  const results: ChunkReport[] = [];
  for (let chunk = 0; chunk < h.chunks; chunk++)
    results.push(runUnit(file, h, chunk, options.mode, cache));
  return propertyReport(h, results);
}

function unitLabel(file: ProofFile, h: PropertyHeader, u: WorkUnit): string {
  const chunk = u.chunks > 1 ? ` (chunk ${u.chunk + 1}/${u.chunks})` : "";
  return `${file.id} #${h.index + 1} ${h.name}${chunk}`;
}

/**
 * Runs proof files as a generator: yields {@link ProofProgress} before each unit of work of
 * the run (or of its shard) and returns the {@link ProofReport}. Runs per random property:
 * `options.runs`, else the property's runs for the mode, else {@link DEFAULT_RUNS}
 * (100 fast, 1000 deep). Throws a `LimitLabException` of kind `invalid-input` on a bad seed,
 * runs or shard, or on duplicate proof ids; never on a failing property.
 * Cost: the sum of the properties' runs, plus O(units²) to build the partial reports.
 *
 * @example
 * ```ts
 * const g = runProofs(registry, { mode: "fast", seed: 42, shard: { index: 1, count: 4 } });
 * for (let s = g.next(); ; s = g.next()) {
 *   if (s.done) { write(s.value); break; }
 *   show(`${s.value.done}/${s.value.total} ${s.value.current}`);
 * }
 * ```
 */
export function* runProofs(
  proofs: readonly ProofFile[],
  options: ProofOptions,
): Generator<ProofProgress, ProofReport, unknown> {
  checkOptions(options);
  const { shard } = options;
  if (shard !== undefined) {
    const ok = checkShard(shard);
    if (E.isLeft(ok)) throw new LimitLabException(ok.left);
  }
  const ids = new Set<string>();
  for (const p of proofs) {
    if (ids.has(p.id))
      throw new LimitLabException(invalidInput(`duplicate proof id ${p.id}`, "proofs"));
    ids.add(p.id);
  }
  const headers = proofs.map((f) => f.properties.map((_, j) => header(f, j, options)));
  const results: ChunkReport[][][] = proofs.map((f) => f.properties.map(() => []));
  const all = workUnits(proofs);
  const mine = shard === undefined ? all : all.filter((u) => inShard(u.unit, shard));
  const cache: CaseCache = new Map();
  const run = { seed: options.seed, mode: options.mode, runs: options.runs ?? null };
  const report = (): ProofReport =>
    runReport(
      { ...run, shard: shard ?? null },
      proofs.map((f, i) =>
        proofFileReport(
          proofHeader(f),
          f.properties.map((_, j) =>
            propertyReport(headers[i]?.[j] as PropertyHeader, results[i]?.[j] ?? []),
          ),
        ),
      ),
      all.length,
    );
  for (const [done, u] of mine.entries()) {
    const file = proofs[u.proof] as ProofFile;
    const h = headers[u.proof]?.[u.property] as PropertyHeader;
    yield { done, total: mine.length, partial: report(), current: unitLabel(file, h, u) };
    results[u.proof]?.[u.property]?.push(runUnit(file, h, u.chunk, options.mode, cache));
  }
  return report();
}

/**
 * Runs {@link runProofs} to the end and returns its report.
 *
 * @example
 * ```ts
 * runProofsToEnd(registry, { mode: "fast", seed: 42 }).verdict; // "pass"
 * ```
 */
export function runProofsToEnd(proofs: readonly ProofFile[], options: ProofOptions): ProofReport {
  const g = runProofs(proofs, options);
  for (;;) {
    const s = g.next();
    if (s.done === true) return s.value;
  }
}
