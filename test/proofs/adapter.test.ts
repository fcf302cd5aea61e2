import { afterEach, describe, expect, it } from "vitest";
import { runProperty } from "../../src/proof/run.js";
import { DEFAULT_SEED } from "../../src/proof/types.js";
import { fails } from "../proof/fixtures.js";
import { failureMessage, vitestProofOptions } from "./adapter.js";

const saved = { runs: process.env.LIMITLAB_PROOF_RUNS, seed: process.env.LIMITLAB_SEED };

afterEach(() => {
  for (const [name, value] of [
    ["LIMITLAB_PROOF_RUNS", saved.runs],
    ["LIMITLAB_SEED", saved.seed],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

describe("the vitest adapter", () => {
  it("reads the seed and runs from the environment, in fast mode", () => {
    delete process.env.LIMITLAB_PROOF_RUNS;
    delete process.env.LIMITLAB_SEED;
    expect(vitestProofOptions()).toEqual({ mode: "fast", seed: DEFAULT_SEED });
    process.env.LIMITLAB_PROOF_RUNS = "500";
    process.env.LIMITLAB_SEED = "4294967295";
    expect(vitestProofOptions()).toEqual({ mode: "fast", seed: 4294967295, runs: 500 });
    process.env.LIMITLAB_SEED = "-3";
    expect(() => vitestProofOptions()).toThrow(
      'LIMITLAB_SEED must be an integer in 0..4294967295, got "-3"',
    );
  });

  it("names the counterexample, the seeds and the command that reproduces a failure", () => {
    const r = runProperty(fails, 2, { mode: "fast", seed: 9 });
    const message = failureMessage(fails, r, 9);
    expect(message.split("\n")).toEqual([
      "T2 #3 (claim) failed: (ab)* accepts every word up to length 2 (false)",
      "  error: the check returned false",
      "  counterexample: case 2: b",
      "  chunk: 1/2",
      `  property seed: ${r.seed} (after 0 shrinks, 3 runs)`,
      '  reproduce: LIMITLAB_SEED=9 npx vitest run test/proofs/ -t "T2"',
    ]);
  });
});
