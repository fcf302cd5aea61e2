/**
 * Passive inferrers: functions from a finite sample to a complete DFA (THEORY.md C6 and
 * RPNI), the door of src/identification/passive/.
 *
 * - {@link zeroReversible} (ZR) and {@link kReversible} (k-RI): the smallest k-reversible
 *   language containing a set of words (Angluin 1982);
 * - {@link kTestable}: the smallest strictly k-testable language containing a set of words;
 * - {@link rpni}: red–blue state merging on a labelled sample (Oncina & García 1992);
 * - {@link parseSample} and {@link sampleFromRecords}: labelled samples from JSON Lines text
 *   or from values; {@link prefixTree} and {@link labelledPrefixTree}: the prefix trees they
 *   all start from.
 *
 * @module
 */
export { DEFAULT_LEADERS, type KReversibleOptions, kReversible } from "./k-reversible.js";
export { kTestable } from "./k-testable.js";
export {
  labelledPrefixTree,
  NEGATIVE,
  POSITIVE,
  type PrefixTree,
  prefixTree,
} from "./prefix-tree.js";
export { DEFAULT_RPNI_STEPS, type RpniOptions, rpni } from "./rpni.js";
export { type LabelledSample, parseSample, sampleFromRecords } from "./sample.js";
export { zeroReversible } from "./zero-reversible.js";
