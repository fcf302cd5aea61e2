/**
 * LimitLab, the library: the public API, re-exported from each layer's door and nothing
 * else. Layers: automata (regular languages) ← identification (learning in the limit,
 * queries) ← attribution (models, zoos, regimes); the CLI sits on top.
 *
 * @example
 * ```ts
 * import { alphabet, compile, equivalent } from "limitlab";
 * ```
 *
 * @module
 */

// Names two layers share: the root keeps the lower layer's, the upper one's gets a new name.
export type {
  EnumerationOptions as TabulationOptions,
  Exclusion as CandidateExclusion,
  Growth as DoublingGrowth,
} from "./attribution/index.js";
export * from "./attribution/index.js";
export type { Growth } from "./automata/index.js";
export * from "./automata/index.js";
export type { EnumerationOptions, Exclusion } from "./identification/index.js";
export * from "./identification/index.js";
export * from "./identification/passive/index.js";
export * from "./identification/query/index.js";
export * from "./proof/index.js";
