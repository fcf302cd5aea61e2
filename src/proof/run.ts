/**
 * The proof runner: runs proof files, property by property and chunk by chunk, and never
 * throws on a failing property (it records the failure).
 *
 * Seeds: property j of proof `id` runs under `deriveSeed(deriveSeed(seed, hash(id)), j)`
 * (hash = FNV-1a of the id), so its seed does not depend on which other proofs run with it:
 * `npm test`, `limitlab prove` and every shard give a property the same seed, and re-running
 * with a report's seed, mode and runs reproduces the report. Random checks run `fc.check` with
 * that seed and their runs; exhaustive checks visit every case of their chunk in order and
 * stop at the chunk's first failure.
 *
 * Long work is step-wise: {@link runProofs} is a generator that yields progress before each
 * unit of work, so a driver can report progress and stop between units with the last partial
 * report; {@link runProofsToEnd} drives it to the end.
 *
 * @module
 */
import fc from "fast-check";
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
import { recorder } from "./context.js";
import { isExhaustive } from "./define.js";
import { checkShard, inShard, type WorkUnit, workUnits } from "./shard.js";
import {
  type ChunkReport,
  DEFAULT_RUNS,
  type ExhaustiveCheck,
  type ProofFailure,
  type ProofFile,
  type ProofMode,
  type ProofOptions,
  type ProofProgress,
  type ProofReport,
  type PropertyReport,
  type RandomCheck,
} from "./types.js";

/** Options of a single property's run (no shard: all its chunks run). */
export type PropertyRunOptions = Omit<ProofOptions, "shard">;

/** Exhaustive domains computed so far in one run, by property (a thrown error is kept). */
type CaseCache = Map<ExhaustiveCheck, { readonly cases: readonly unknown[] } | { error: string }>;

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

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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
  const common = {
    index,
    name: p.name,
    role: p.role,
    seed: propertySeed(options.seed, file.id, index),
    covers: p.covers ?? [],
  };
  if (isExhaustive(p))
    return { ...common, kind: "exhaustive", plannedRuns: null, chunks: p.chunks ?? 1 };
  const runs = p.runs ?? DEFAULT_RUNS;
  const plannedRuns = options.runs ?? (options.mode === "deep" ? runs.deep : runs.fast);
  return { ...common, kind: "random", plannedRuns, chunks: 1 };
}

function failedChunk(chunk: number, error: string): ChunkReport {
  const failure: ProofFailure = { chunk, counterexample: null, error, path: null, shrinks: 0 };
  return { chunk, runs: 0, skips: 0, failure, witnesses: {}, classes: {} };
}

function runRandom(p: RandomCheck, seed: Seed, numRuns: number, mode: ProofMode): ChunkReport {
  const rec = recorder(mode, seed);
  let inner: fc.IProperty<unknown>;
  try {
    inner = p.build(rec.ctx);
  } catch (e) {
    return failedChunk(0, `building the property threw: ${message(e)}`);
  }
  if (inner.isAsync()) return failedChunk(0, "asynchronous properties are not supported");
  let failed = false;
  const recorded: fc.IProperty<unknown> = {
    isAsync: () => false,
    generate: (mrng, runId) => inner.generate(mrng, runId),
    shrink: (value) => inner.shrink(value),
    runBeforeEach: () => inner.runBeforeEach(),
    runAfterEach: () => inner.runAfterEach(),
    run: (value) => {
      rec.begin();
      const out = inner.run(value);
      // Keep the records of counted runs only: not skipped ones, nor shrinking after a failure.
      const counted = !failed && !fc.PreconditionFailure.isFailure(out);
      rec.end(counted);
      if (counted && out !== null) failed = true;
      return out;
    },
  };
  const d = fc.check(recorded, { seed, numRuns });
  const base = { chunk: 0, runs: d.numRuns, skips: d.numSkips };
  const stats = { witnesses: rec.witnesses(), classes: rec.classes() };
  if (!d.failed) return { ...base, failure: null, ...stats };
  const failure: ProofFailure =
    d.counterexample === null
      ? {
          chunk: 0,
          counterexample: null,
          error: `gave up: ${d.numSkips} runs were skipped by preconditions`,
          path: null,
          shrinks: 0,
        }
      : {
          chunk: 0,
          counterexample: fc.stringify(d.counterexample),
          error: message(d.errorInstance),
          path: d.counterexamplePath,
          shrinks: d.numShrinks,
        };
  return { ...base, failure, ...stats };
}

function runExhaustive(
  p: ExhaustiveCheck,
  chunk: number,
  seed: Seed,
  mode: ProofMode,
  cache: CaseCache,
): ChunkReport {
  let domain = cache.get(p);
  if (domain === undefined) {
    try {
      domain = { cases: p.cases({ mode, seed }) };
    } catch (e) {
      domain = { error: `computing the cases threw: ${message(e)}` };
    }
    cache.set(p, domain);
  }
  if ("error" in domain) return failedChunk(chunk, domain.error);
  const { cases } = domain;
  const chunks = p.chunks ?? 1;
  const rec = recorder(mode, seed);
  let runs = 0;
  let failure: ProofFailure | null = null;
  for (let i = chunk; i < cases.length && failure === null; i += chunks) {
    const value = cases[i];
    let error: string | null = null;
    rec.begin();
    try {
      if (p.check(value, rec.ctx) === false) error = "the check returned false";
    } catch (e) {
      error = message(e);
    }
    rec.end(true);
    runs++;
    if (error !== null) {
      const shown = p.show === undefined ? fc.stringify(value) : p.show(value);
      failure = { chunk, counterexample: `case ${i}: ${shown}`, error, path: null, shrinks: 0 };
    }
  }
  return { chunk, runs, skips: 0, failure, witnesses: rec.witnesses(), classes: rec.classes() };
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
