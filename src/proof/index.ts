/**
 * Executable proofs: define proof files, run them (step-wise, sharded), merge shard reports,
 * and render reports as Markdown. The layer imports fast-check and the automata support
 * modules only; proof files (proofs/) import the rest of the library.
 *
 * @module
 */
export { defineProof, exhaustive, isExhaustive } from "./define.js";
export { mergeReports } from "./merge.js";
export { mutationScoreFromJson, mutationScoreFromRecord, withMutationScore } from "./mutation.js";
export { proofReportFromJson } from "./read-report.js";
export { proofReportToMarkdown } from "./report-markdown.js";
export {
  type PropertyRunOptions,
  propertySeed,
  runProofs,
  runProofsToEnd,
  runProperty,
} from "./run.js";
export { checkShard, inShard, parseShard, type WorkUnit, workUnits } from "./shard.js";
export * from "./types.js";
