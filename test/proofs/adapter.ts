/**
 * The vitest adapter: turns a proof file into a describe block with one `it` per property,
 * run by the library's proof runner in fast mode (the same code and seeds as `limitlab prove`).
 * This is the only place that reads the proof environment variables:
 * - `LIMITLAB_PROOF_RUNS`: runs per random property (default: each property's fast runs);
 * - `LIMITLAB_SEED`: the run seed (default `DEFAULT_SEED`, 42).
 * A failure message names the counterexample, the error, the seeds and how to reproduce it.
 */
import { describe, expect, it } from "vitest";
import { runProperty } from "../../src/proof/run.js";
import { DEFAULT_SEED, type ProofFile, type PropertyReport } from "../../src/proof/types.js";

function integerVariable(name: string, min: number, max: number): number | undefined {
  const text = process.env[name];
  if (text === undefined || text.trim() === "") return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer in ${min}..${max}, got ${JSON.stringify(text)}`);
  return n;
}

/** The run options `npm test` uses, from the environment. */
export function vitestProofOptions(): { mode: "fast"; seed: number; runs?: number } {
  const seed = integerVariable("LIMITLAB_SEED", 0, 0xffffffff) ?? DEFAULT_SEED;
  const runs = integerVariable("LIMITLAB_PROOF_RUNS", 1, Number.MAX_SAFE_INTEGER);
  return runs === undefined ? { mode: "fast", seed } : { mode: "fast", seed, runs };
}

/** The message of a failed property: what failed, on what, and how to run it again. */
export function failureMessage(proof: ProofFile, r: PropertyReport, runSeed: number): string {
  const f = r.failure;
  const lines = [
    `${proof.id} #${r.index + 1} (${r.role}) failed: ${r.name}`,
    `  error: ${f?.error ?? "unknown"}`,
  ];
  if (f?.counterexample != null) lines.push(`  counterexample: ${f.counterexample}`);
  if (f?.chunk != null) lines.push(`  chunk: ${f.chunk + 1}/${r.chunks}`);
  lines.push(
    `  property seed: ${r.seed}${f?.path == null ? "" : `, fast-check path: ${f.path}`} (after ${f?.shrinks ?? 0} shrinks, ${r.runs} runs)`,
    `  reproduce: LIMITLAB_SEED=${runSeed} npx vitest run test/proofs/ -t "${proof.id}"`,
  );
  return lines.join("\n");
}

/**
 * Registers a proof file with vitest: `describe("<id>: <title>")`, one `it` per property.
 *
 * @example
 * ```ts
 * proveInVitest(proof); // the whole of test/proofs/C11-star-free.test.ts
 * ```
 */
export function proveInVitest(proof: ProofFile): void {
  const options = vitestProofOptions();
  describe(`${proof.id}: ${proof.title}`, () => {
    for (const [index, p] of proof.properties.entries())
      it(`${p.role}: ${p.name}`, () => {
        const r = runProperty(proof, index, options);
        if (r.verdict !== "pass") expect.fail(failureMessage(proof, r, options.seed));
        expect(r.runs).toBeGreaterThan(0);
      });
  });
}
