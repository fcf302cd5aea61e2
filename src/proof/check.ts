/**
 * Running one unit of work: a random check through `fc.check` with the context's records
 * kept only for counted runs, or one chunk of an exhaustive sweep. Failures are recorded in
 * the chunk's report, never thrown.
 *
 * @internal
 * @module
 */
import fc from "fast-check";
import type { Seed } from "../automata/support/rng.js";
import { recorder } from "./context.js";
import type {
  ChunkReport,
  ExhaustiveCheck,
  ProofFailure,
  ProofMode,
  RandomCheck,
} from "./types.js";

/** Exhaustive domains computed so far in one run, by property (a thrown error is kept). */
export type CaseCache = Map<
  ExhaustiveCheck,
  { readonly cases: readonly unknown[] } | { error: string }
>;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * A chunk that failed before any run (a property that could not be built or enumerated).
 *
 * @internal
 * @example
 * ```ts
 * failedChunk(0, "no cases").failure?.error; // "no cases"
 * ```
 */
export function failedChunk(chunk: number, error: string): ChunkReport {
  const failure: ProofFailure = { chunk, counterexample: null, error, path: null, shrinks: 0 };
  return { chunk, runs: 0, skips: 0, failure, witnesses: {}, classes: {} };
}

/**
 * Runs a random check with `fc.check` under `seed` for `numRuns` runs. Cost: its runs, plus
 * shrinking on failure.
 *
 * @internal
 * @example
 * ```ts
 * runRandom(p, 42, 100, "fast").runs; // 100 when it passes
 * ```
 */
export function runRandom(
  p: RandomCheck,
  seed: Seed,
  numRuns: number,
  mode: ProofMode,
): ChunkReport {
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

/**
 * Runs chunk `chunk` of an exhaustive check: its cases i with i mod chunks = chunk, in order,
 * up to the first failure. The domain is computed once per run and kept in `cache`.
 *
 * @internal
 * @example
 * ```ts
 * runExhaustive(p, 0, seed, "fast", new Map()).runs; // the chunk's cases when they all pass
 * ```
 */
export function runExhaustive(
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
