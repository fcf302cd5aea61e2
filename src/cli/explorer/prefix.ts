/**
 * A lazily grown prefix of a replayable presentation, as an immutable value a reducer can hold
 * (an iterator cannot be: it changes under its holders).
 *
 * Invariant: `data` is the first `data.length` data of `source`; `ended` is true when a finite
 * source has no more. Growing re-reads the source from its start (presentations are
 * replayable), doubling the length each time, so reading n data costs O(n) amortised.
 *
 * @module
 */
import { take } from "../../identification/presentation/presentation.js";

/** A prefix of a replayable source. */
export interface Prefix<D> {
  readonly source: Iterable<D>;
  readonly data: readonly D[];
  readonly ended: boolean;
}

/** The first length a prefix grows to: 64. */
const FIRST_LENGTH = 64;

/**
 * The empty prefix of a source.
 *
 * @example
 * ```ts
 * prefixOf(shortlexText(aStar)).data; // []
 * ```
 */
export function prefixOf<D>(source: Iterable<D>): Prefix<D> {
  return { source, data: [], ended: false };
}

/**
 * The datum at 0-based position i (`undefined` past the end of a finite source), with the
 * prefix grown to cover it.
 *
 * Cost: O(1) when the prefix covers i; else the source is re-read to twice the needed length.
 *
 * @example
 * ```ts
 * const [d, p] = datumAt(prefixOf(shortlexText(aStar)), 2); // d = [0, 0], p.data.length = 64
 * ```
 */
export function datumAt<D>(p: Prefix<D>, i: number): readonly [D | undefined, Prefix<D>] {
  if (i < p.data.length || p.ended) return [p.data[i], p];
  const want = Math.max(FIRST_LENGTH, 2 * (i + 1));
  const data = take(p.source, want);
  const grown: Prefix<D> = { source: p.source, data, ended: data.length < want };
  return [data[i], grown];
}
