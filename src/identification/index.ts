/**
 * Identification in the limit (issue 4): the door of src/identification/.
 *
 * - data and presentations: `datum.ts`, `presentation/` (texts and informants, seeded and
 *   replayable, with independent prefix checkers);
 * - families: `family/` (finite and lazy families, the EX-* catalogue with fixed layouts,
 *   finite languages from word lists, memoised inclusions);
 * - learners: `learner/` (the learner shape, runs and traces, Gold's enumeration, Angluin's
 *   tell-tale learner, the Definition 1 wrapper, odd learners, the inferrer adapter, the
 *   catalogue `learners`);
 * - tell-tales: `telltale/` (canonical tell-tales, Angluin's condition and the misstated one,
 *   absence certificates);
 * - adversaries and certificates: `adversary/gold.ts`, `certificate/` (types and independent
 *   verifiers);
 * - long work step by step: `progress.ts`.
 *
 * @module
 */
export * from "./adversary/gold.js";
// ---- structure, locking sequences, generation (C3, C4 thickness, C5, C10: built beside issue 4) ----
export * from "./adversary/locking.js";
export * from "./certificate/bounded.js";
export * from "./certificate/types.js";
export * from "./certificate/verify.js";
export * from "./certificate/verify-bounded.js";
export * from "./certificate/verify-telltale.js";
export * from "./datum.js";
export * from "./family/examples.js";
export * from "./family/family.js";
export * from "./family/finite-language.js";
export * from "./family/relations.js";
export * from "./family/shortlex-words.js";
export * from "./generation/critical.js";
export * from "./learner/catalogue.js";
export * from "./learner/consistent.js";
// issue 5's query/password.ts exports a membership-query `enumerationLearner`: this one is
// Gold's identification by enumeration from data, exported as `goldEnumeration`
export {
  type EnumerationOptions,
  type EnumerationState,
  enumerationInformantBound,
  enumerationLearner as goldEnumeration,
  type Refutation,
  shortlexRank,
} from "./learner/enumeration.js";
export * from "./learner/inferrer.js";
export * from "./learner/learner.js";
export * from "./learner/odd.js";
export * from "./learner/run.js";
export * from "./learner/tell-tale-learner.js";
export * from "./learner/trace.js";
export { fairBound } from "./presentation/fair-random.js";
export * from "./presentation/informant.js";
export * from "./presentation/presentation.js";
export * from "./presentation/text.js";
export * from "./progress.js";
export * from "./structure/elasticity.js";
export * from "./structure/thickness.js";
export * from "./telltale/absence.js";
export * from "./telltale/angluin-condition.js";
export * from "./telltale/search.js";
