/**
 * Query learning (THEORY.md P6, C7, C8): teachers, counted runs, L*, Kearns–Vazirani, L#,
 * the password adversary and seeded random targets. The folder's only door.
 *
 * @module
 */
export {
  type Alpha,
  angluin,
  type BreakpointSearch,
  breakpointSearches,
  type CounterexampleProcessor,
  type CounterexampleProcessorName,
  counterexampleProcessors,
  exponential,
  linearBackward,
  linearForward,
  type PrefixProcessing,
  resolveProcessor,
  rivestSchapire,
} from "./counterexample.js";
export { type CountingTeacher, countingTeacher } from "./counting.js";
export {
  countingFamily,
  type InformantCost,
  informantBaseline,
  informantBound,
  informantQueries,
  type RankedRefutation,
} from "./informant.js";
export { type KvOptions, kearnsVazirani, kvLearner } from "./kv/kv.js";
export {
  type Answer,
  ask,
  conjecture,
  DEFAULT_QUERY_BUDGET,
  type EquivalenceQuery,
  type LearnerStep,
  type LearnResult,
  type MembershipQuery,
  type Query,
  type QueryBudget,
  type QueryLearner,
  type QueryLearnerFactory,
  type QueryStats,
} from "./learner.js";
export { type LSharpOptions, lsharp, lsharpLearner } from "./lsharp/lsharp.js";
export { type LStarOptions, lstar, lstarBound, lstarLearner } from "./lstar/lstar.js";
export { exactOracle } from "./oracles/exact.js";
export type { EquivalenceOracle } from "./oracles/oracle.js";
export { type RandomWordsOptions, randomWordsOracle } from "./oracles/random-words.js";
export {
  characterizingSet,
  stateCover,
  type WMethodOptions,
  wMethodOracle,
} from "./oracles/w-method.js";
export {
  BITS,
  enumerationLearner,
  MAX_PASSWORD_LENGTH,
  type PasswordResult,
  passwordAdversary,
  passwordByEquivalence,
  singletonDfa,
} from "./password.js";
export { type RandomTargetOptions, randomMinimalTarget } from "./random-target.js";
export { type QueryProgress, queryRun, runQueryLearner } from "./run.js";
export {
  type BlackBoxOptions,
  blackBoxTeacher,
  firstCounterexample,
  type Teacher,
  type TeacherOptions,
  teacher,
} from "./teacher.js";
