/**
 * Presentations: lazy, replayable sequences of data for a learner (texts and informants).
 *
 * Invariants: iterating a presentation twice gives the same data (every iteration starts
 * afresh from the same seed); a presentation is infinite unless `finite` is true; every word it
 * shows is over `alphabet`.
 *
 * @module
 */
import type { Alphabet } from "../../automata/alphabet.js";
import type { InformantDatum, TextDatum } from "../datum.js";

/** A lazy, replayable sequence of data. */
export interface Presentation<D> extends Iterable<D> {
  readonly alphabet: Alphabet;
  readonly kind: "text" | "informant";
  /** What it presents and how (e.g. "fair shortlex text for a*"). */
  readonly description: string;
  /** True when the sequence ends. */
  readonly finite: boolean;
}

/** A text: words of the target (every word eventually, when fair) and pauses. */
export type Text = Presentation<TextDatum>;

/** An informant: labelled words (every word of Σ* eventually, when fair). */
export type Informant = Presentation<InformantDatum>;

/**
 * Wraps an iterator factory as a presentation: the way to plug in a presentation of one's own
 * (a sampler, a recorded stream). `start` must give the same sequence on every call.
 *
 * @example
 * ```ts
 * const p = presentation(a, "text", "a, then pauses", false, function* () {
 *   yield [0];
 *   for (;;) yield "#";
 * });
 * take(p, 3); // [[0], "#", "#"]
 * ```
 */
export function presentation<D>(
  alphabet: Alphabet,
  kind: "text" | "informant",
  description: string,
  finite: boolean,
  start: () => Iterator<D>,
): Presentation<D> {
  return { alphabet, kind, description, finite, [Symbol.iterator]: start };
}

/**
 * The first n data of a presentation (fewer when a finite one ends sooner).
 *
 * Cost: O(n) data produced.
 *
 * @example
 * ```ts
 * take(shortlexText(aStar), 3); // [[], [0], [0, 0]]
 * ```
 */
export function take<D>(p: Iterable<D>, n: number): D[] {
  const out: D[] = [];
  if (n <= 0) return out;
  for (const d of p) {
    out.push(d);
    if (out.length >= n) break;
  }
  return out;
}
