/**
 * The automata core: regular languages as immutable values. This file is the folder's only
 * door; it re-exports the public API and nothing else.
 *
 * @module
 */
export {
  type Alphabet,
  alphabet,
  alphabetSize,
  checkSameAlphabet,
  sameAlphabet,
} from "./alphabet.js";
export { type ArbDfaOptions, arbDfa } from "./arbitrary/dfa.js";
export { type ArbRegexOptions, arbRegex } from "./arbitrary/regex.js";
export { canonicalize, dfaEquals, dfaHash } from "./canonical.js";
export { type Monoid, transitionMonoid } from "./classify/monoid.js";
export { isPartiallyOrdered, isRTrivial } from "./classify/r-trivial.js";
export { isStarFree } from "./classify/star-free.js";
export { compile } from "./compile.js";
export { complement } from "./complement.js";
export { complete } from "./complete.js";
export { concat } from "./concat.js";
export { cardinality, countUpTo, countWords } from "./count/count.js";
export { enumerate } from "./count/enumerate.js";
export { type Growth, growthRate } from "./count/growth.js";
export { sampleWord } from "./count/sample.js";
export { isEmpty, isFinite, isUniversal, shortestRejected, shortestWord } from "./decide.js";
export { determinize } from "./determinize.js";
export {
  acceptingStates,
  accepts,
  type Dfa,
  dfaFromTable,
  type ReadonlyInt32Array,
  type ReadonlyUint8Array,
  run,
  stateCount,
  step,
  transitionTable,
  withMeta,
} from "./dfa.js";
export { equivalent } from "./equivalence.js";
export { inclusionWitness, isSubset } from "./inclusion.js";
export { fromDot, type ToDotOptions, toDot } from "./interop/dot.js";
export { fromJflap, toJflap } from "./interop/jflap.js";
export { fromJson, toJson } from "./interop/json.js";
export type { ImportOptions } from "./interop/labelled.js";
export { minimize } from "./minimize.js";
export { type Nfa, type NfaEdge, nfaEdges, nfaFromEdges } from "./nfa.js";
export { difference, intersect, symmetricDifference, union } from "./product.js";
export { leftQuotient, rightQuotient } from "./quotient.js";
export { randomDfa } from "./random/dfa.js";
export { live, reachable, useful } from "./reach.js";
export type { Regex } from "./regex/ast.js";
export { regexAlphabet } from "./regex/literals.js";
export { parseRegex } from "./regex/parse.js";
export { printRegex } from "./regex/print.js";
export { regexToNfa, regexToNfaWithin } from "./regex/to-nfa.js";
export { reverse } from "./reverse.js";
export { star } from "./star.js";
export type { StateBudget } from "./support/budget.js";
export { DEFAULT_STATES } from "./support/budget.js";
export {
  type AlphabetMismatchError,
  type BudgetError,
  type InvalidInputError,
  type IoError,
  isLimitLabError,
  type LimitLabError,
  LimitLabException,
  type ParseError,
} from "./support/errors.js";
export { deriveSeed, next, nextInt, type Rng, rng, type Seed } from "./support/rng.js";
export {
  compareShortlex,
  isPrefix,
  parseWord,
  type Word,
  wordEquals,
  wordKey,
  wordToPlain,
  wordToString,
} from "./word.js";
