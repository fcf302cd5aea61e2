// Mutation testing (issue 7): Stryker 9.6 with its vitest runner, driven by test/ and proofs/
// (the proof files run through test/proofs/*.test.ts). Not part of `npm test` or CI: it is slow
// on 2 cores, so it runs incrementally (only mutants in changed code are re-tested; the state is
// kept in reports/mutation/) and can be scoped to one folder, e.g.
//   npm run mutation -- --mutate "src/identification/**/*.ts"
//   npm run mutation -- --mutate "src/automata/classify/**/*.ts"
// Scope: src/identification (target: at least 80% of its mutants killed) and the automata
// decisions (emptiness, universality, finiteness, inclusion, equivalence, witnesses,
// minimisation, star-freeness, R-triviality, the monoid).
// Known limit: Stryker's printer drops the parentheses of `(x[i] as number)++` in a statement it
// rewrites, which breaks the instrumented file; write `x[i] = (x[i] as number) + 1` instead in
// the files it mutates.

import { existsSync, mkdirSync, symlinkSync } from "node:fs";

// Sandboxes are .stryker-tmp/<sandbox>/, one level below the repository, so tests that read the
// shared reference data beside it (../shared/reference) look in .stryker-tmp/shared: link it.
const shared = new URL("../shared", import.meta.url);
const link = new URL(".stryker-tmp/shared", import.meta.url);
if (existsSync(shared) && !existsSync(link)) {
  mkdirSync(new URL(".stryker-tmp", import.meta.url), { recursive: true });
  symlinkSync(shared, link, "dir");
}

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.config.ts", related: true },
  // The library's own tests and the proofs; test/cli/ (subprocesses, terminal frames, file I/O)
  // is left out: per mutant it costs seconds and exercises the library through the same calls.
  testFiles: [
    "test/identification/**/*.test.ts",
    "test/automata/**/*.test.ts",
    "test/proofs/**/*.test.ts",
    "test/proof/**/*.test.ts",
    "test/attribution/**/*.test.ts",
  ],
  checkers: [],
  coverageAnalysis: "perTest",
  mutate: [
    "src/identification/**/*.ts",
    "!src/identification/**/index.ts",
    "src/automata/decide.ts",
    "src/automata/inclusion.ts",
    "src/automata/equivalence.ts",
    "src/automata/witness.ts",
    "src/automata/minimize.ts",
    "src/automata/partition.ts",
    "src/automata/classify/**/*.ts",
  ],
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  concurrency: 2,
  // A mutant that loops forever (e.g. a stage loop whose bound became `true`) is cut off after
  // 1.5 × its tests' dry-run time + 5 s, instead of a minute per hang.
  timeoutMS: 5_000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
};
