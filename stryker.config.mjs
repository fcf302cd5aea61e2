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

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.config.ts", related: true },
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
  timeoutMS: 60_000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
};
