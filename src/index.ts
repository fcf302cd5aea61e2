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
export * from "./automata/index.js";
export * from "./identification/index.js";
export * from "./identification/passive/index.js";
export * from "./identification/query/index.js";
export * from "./proof/index.js";
