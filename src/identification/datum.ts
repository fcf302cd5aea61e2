/**
 * Data that learners read: text data (a word, or the pause `#` that carries no word, so the
 * empty language has texts too) and informant data (a word with its membership label).
 *
 * Invariants: a word is a read-only array of symbol indices into the presentation's alphabet;
 * the pause is the one-character string `"#"` (the same value JSON certificates use).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../automata/alphabet.js";
import { invalidInput, type LimitLabError } from "../automata/support/errors.js";
import type { Word } from "../automata/word.js";

/** The pause: a text datum that shows no word. */
export type Pause = "#";

/**
 * The pause value.
 *
 * @example
 * ```ts
 * runLearner(learner, [PAUSE, [0]]); // a pause, then the word a
 * ```
 */
export const PAUSE: Pause = "#";

/** A text datum: a word of the target, or a pause. */
export type TextDatum = Word | Pause;

/** An informant datum: a word and whether it is in the target. */
export interface InformantDatum {
  readonly word: Word;
  readonly label: boolean;
}

/** Any datum a learner can read. */
export type Datum = TextDatum | InformantDatum;

/**
 * Is this datum the pause?
 *
 * @example
 * ```ts
 * isPause("#"); // true
 * isPause([0, 1]); // false
 * ```
 */
export function isPause(d: Datum): d is Pause {
  return d === PAUSE;
}

/**
 * Is this datum an informant pair?
 *
 * @example
 * ```ts
 * isInformantDatum({ word: [0], label: true }); // true
 * isInformantDatum([0]); // false
 * ```
 */
export function isInformantDatum(d: Datum): d is InformantDatum {
  return typeof d === "object" && !Array.isArray(d);
}

/**
 * The word a datum shows, or `undefined` for the pause.
 *
 * @example
 * ```ts
 * datumWord({ word: [1], label: false }); // [1]
 * datumWord("#"); // undefined
 * ```
 */
export function datumWord(d: Datum): Word | undefined {
  if (isPause(d)) return undefined;
  return isInformantDatum(d) ? d.word : d;
}

/**
 * The number of symbols in a sequence of data (word lengths summed; a pause counts 0).
 * Certificates record it as `symbols`. Cost: O(data).
 *
 * @example
 * ```ts
 * symbolCount([[0, 0], "#", []]); // 2
 * ```
 */
export function symbolCount(data: readonly Datum[]): number {
  let n = 0;
  for (const d of data) n += datumWord(d)?.length ?? 0;
  return n;
}

/**
 * Checks that a word's symbols are indices of the alphabet.
 *
 * @example
 * ```ts
 * checkWord(ab, [0, 1]); // right([0, 1])
 * checkWord(ab, [2]); // left: symbol index 2 at position 1 is not in 0..1
 * ```
 */
export function checkWord(a: Alphabet, w: Word, field = "word"): E.Either<LimitLabError, Word> {
  const k = a.symbols.length;
  for (const [i, s] of w.entries())
    if (!Number.isInteger(s) || s < 0 || s >= k)
      return E.left(
        invalidInput(
          `symbol index ${JSON.stringify(s)} at position ${i + 1} is not in 0..${k - 1} (alphabet {${a.symbols.join(", ")}})`,
          field,
        ),
      );
  return E.right(w);
}

/**
 * Checks every datum of a finite sequence against the alphabet (the pause is always fine).
 * The error names the position of the first bad datum. Cost: O(total symbols).
 *
 * @example
 * ```ts
 * checkData(ab, [[0], "#", { word: [1], label: false }]); // right(...)
 * checkData(ab, [[0], [5]]); // left: data[1]: symbol index 5 at position 1 is not in 0..1
 * ```
 */
export function checkData<D extends Datum>(
  a: Alphabet,
  data: readonly D[],
): E.Either<LimitLabError, readonly D[]> {
  for (const [i, d] of data.entries()) {
    const w = datumWord(d);
    if (w === undefined) continue;
    if (!Array.isArray(w))
      return E.left(
        invalidInput("is neither a word (array of symbol indices) nor '#'", `data[${i}]`),
      );
    const r = checkWord(a, w, `data[${i}]`);
    if (E.isLeft(r)) return r;
  }
  return E.right(data);
}
