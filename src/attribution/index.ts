/**
 * The attribution layer: the paper's domain. Models (languages and distributions), fine-tuning
 * operators with provenance, model zoos, attribution analyses (candidate sets, ambiguity curves,
 * posteriors, likelihood-ratio tests, lineage), hypothesis-space growth and brute-force cost,
 * and the scenario registry the proofs, the CLI and the explorer share. This file is the
 * folder's only door; it re-exports the public API and nothing else.
 *
 * @module
 */
export {
  type AmbiguityCurve,
  type AmbiguityOptions,
  type AmbiguityPoint,
  ambiguityCurve,
} from "./attribution/ambiguity.js";
export {
  candidatesByEnumeration,
  DEFAULT_TABLE_WORDS,
  type EnumeratedCandidates,
  type EnumerationOptions,
} from "./attribution/brute-force.js";
export {
  type CandidateClass,
  type CandidateSet,
  candidates,
  candidatesIn,
  type Exclusion,
} from "./attribution/candidates.js";
export {
  type CandidateModel,
  type LanguageClass,
  MAX_MODELS,
  type ModelZoo,
  type ZooClasses,
  zooClasses,
} from "./attribution/classes.js";
export {
  type LineageAttribution,
  type LineageLevel,
  lineageAttribution,
} from "./attribution/lineage.js";
export {
  type ErrorCurve,
  type ErrorPoint,
  type LrtOptions,
  lrtErrorCurve,
  type SampleSizeNeed,
  sampleSizesFor,
} from "./attribution/lrt.js";
export {
  type Posterior,
  type PosteriorCurve,
  type PosteriorCurveOptions,
  type PosteriorEntry,
  type PosteriorPoint,
  posterior,
  posteriorCurve,
  type StochasticModel,
} from "./attribution/posterior.js";
export {
  type BruteForceCost,
  type BruteForceCostParams,
  bruteForceCost,
  SECONDS_PER_YEAR,
} from "./cost.js";
export {
  charTokens,
  type Segmentation,
  segment,
  splitLines,
  splitSentences,
  symbolSafe,
  type TokenUnit,
  tokenizeCorpus,
  tokens,
  wordTokens,
} from "./data/corpus.js";
export {
  type BigCount,
  type BigCountJson,
  bigCountJson,
  EXACT_BITS,
  exactCount,
  log2Big,
  log10Big,
  powerOfTwo,
} from "./growth/big-count.js";
export {
  type Calibration,
  type Growth,
  type GrowthJson,
  growthFromDoublingTimes,
  growthJson,
  P7_CALIBRATION,
} from "./growth/doubling.js";
export {
  DEFAULT_TERMS,
  type FineTuneCountBudget,
  fineTuneCount,
  fitDoublingYears,
  type SpaceGrowth,
  type SpacePoint,
  spaceOverTime,
} from "./growth/hypothesis-space.js";
export {
  DEFAULT_STRUCTURES,
  type DfaLanguageCount,
  dfaLanguageCounts,
  dfaLanguageCountsSteps,
  labelledDfaBound,
  languagesWithin,
  type StructureBudget,
} from "./growth/languages.js";
export { type AlergiaOptions, alergia, alergiaModel } from "./learn/alergia.js";
export {
  CHAT_REGEX,
  CHAT_RTRIVIAL_REGEX,
  CHAT_TOKENS,
  chatAlphabet,
  chatBase,
  chatRTrivial,
} from "./models/chat.js";
export {
  deterministicModel,
  isProbabilistic,
  type Model,
  type ModelKind,
  modelFromRegex,
  type ProbabilisticModel,
  probabilisticModel,
} from "./models/model.js";
export {
  encodeText,
  type NgramModel,
  type NgramOptions,
  type NgramSettings,
  ngramFromSentences,
  type Smoothing,
  trainNgram,
} from "./models/ngram.js";
export {
  buildVocabulary,
  DEFAULT_VOCABULARY,
  encodeTokens,
  UNKNOWN_CHAR,
  UNKNOWN_WORD,
  type Vocabulary,
} from "./models/vocabulary.js";
export {
  addDataset,
  type Dataset,
  datasetMixtures,
  type MixtureOptions,
} from "./operators/dataset.js";
export { derive, type OperatorOptions, type Transformation } from "./operators/derive.js";
export { furtherTrain } from "./operators/further-training.js";
export { filterBy, forbid, restrictTo } from "./operators/restrict.js";
export { reweightModel } from "./operators/reweight.js";
export { DEFAULT_WATERMARK_RATE, stripWatermark, watermark } from "./operators/watermark.js";
export {
  type ClassRestriction,
  type Excluded,
  type ExpressivityClass,
  inClass,
  type Named,
  restrictToClass,
} from "./restrict.js";
export {
  type MemberFacts,
  type P4FinetuneFacts,
  p4FinetuneFacts,
} from "./scenarios/p4-finetune-facts.js";
export {
  findScenario,
  REPORT_VERSION,
  runScenario,
  runScenarioSteps,
  scenarios,
} from "./scenarios/registry.js";
export type {
  Check,
  Json,
  Notion,
  Outcome,
  ParamSpec,
  Report,
  ResolvedOptions,
  Scenario,
  ScenarioOptions,
  ScenarioProgress,
  ScenarioProgressInfo,
  ScenarioRecord,
} from "./scenarios/types.js";
export { type RandomZooOptions, randomZoo, type ZooOperator } from "./zoo/random.js";
export {
  addModel,
  ancestorAt,
  children,
  lineage,
  makeZoo,
  type Zoo,
  type ZooEntry,
  zooFamily,
  zooModels,
} from "./zoo/zoo.js";
