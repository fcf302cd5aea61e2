/**
 * The sample a learner has seen so far: the distinct words shown as members (text words and
 * positive informant data) and as non-members (negative informant data), kept in persistent
 * word sets so states can branch.
 *
 * @module
 */
import { accepts, type Dfa } from "../../automata/dfa.js";
import { type Datum, isInformantDatum, isPause } from "../datum.js";
import { type Family, member } from "../family/family.js";
import { addWord, emptyWordSet, everyWord, type WordSet } from "./word-set.js";

/** Distinct positive and negative words seen. */
export interface Sample {
  readonly positive: WordSet;
  readonly negative: WordSet;
}

/**
 * The sample before any datum.
 *
 * @example
 * ```ts
 * EMPTY_SAMPLE.positive.size; // 0
 * ```
 */
export const EMPTY_SAMPLE: Sample = { positive: emptyWordSet(), negative: emptyWordSet() };

/**
 * The sample with one more datum (the same object when the datum adds nothing: a pause or a
 * word already seen with that label). Cost: O(|w|·k).
 *
 * @example
 * ```ts
 * addDatum(EMPTY_SAMPLE, [0]).positive.size; // 1
 * addDatum(EMPTY_SAMPLE, "#") === EMPTY_SAMPLE; // true
 * ```
 */
export function addDatum(sample: Sample, d: Datum): Sample {
  if (isPause(d)) return sample;
  if (isInformantDatum(d)) {
    if (d.label) {
      const positive = addWord(sample.positive, d.word);
      return positive === sample.positive ? sample : { ...sample, positive };
    }
    const negative = addWord(sample.negative, d.word);
    return negative === sample.negative ? sample : { ...sample, negative };
  }
  const positive = addWord(sample.positive, d);
  return positive === sample.positive ? sample : { ...sample, positive };
}

/**
 * Does L(d) agree with one datum (a pause always does)? Cost: O(|w|).
 *
 * @example
 * ```ts
 * agrees(aStar, { word: [0], label: false }); // false
 * ```
 */
export function agrees(d: Dfa, datum: Datum): boolean {
  if (isPause(datum)) return true;
  if (isInformantDatum(datum)) return accepts(d, datum.word) === datum.label;
  return accepts(d, datum);
}

/**
 * Is L(d) consistent with the sample: every positive word in it, every negative word out?
 * Cost: O(total length of the sample).
 *
 * @example
 * ```ts
 * fits(aStar, addDatum(EMPTY_SAMPLE, [0])); // true
 * ```
 */
export function fits(d: Dfa, sample: Sample): boolean {
  return (
    everyWord(sample.positive, (w) => accepts(d, w)) &&
    everyWord(sample.negative, (w) => !accepts(d, w))
  );
}

/** What {@link scanConsistent} found: consistent indices, and where the scan stopped. */
export interface Scan {
  readonly found: readonly number[];
  /** The first index not examined. */
  readonly next: number;
}

/**
 * Scans indices `from`, `from + 1`, … for members consistent with the sample, stopping after
 * `want` of them, after `budget` indices, or at the end of the family.
 *
 * Cost: O(budget · sample length) at most.
 *
 * @example
 * ```ts
 * scanConsistent(exLen(), sampleOf([[0, 0]]), 0, 2, 100); // { found: [2, 3], next: 4 }
 * ```
 */
export function scanConsistent(
  family: Family,
  sample: Sample,
  from: number,
  want: number,
  budget: number,
): Scan {
  const stop = Math.min(family.size, from + budget);
  const found: number[] = [];
  let j = from;
  for (; j < stop && found.length < want; j++) if (fits(member(family, j), sample)) found.push(j);
  return { found, next: j };
}
