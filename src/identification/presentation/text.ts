/**
 * Texts: presentations of a language by its words (THEORY.md: a text for L is a sequence whose
 * content is exactly L; the pause `#` lets ∅ have texts).
 *
 * Kinds, with when each word w_i (0-based shortlex position in L) has appeared:
 * - {@link shortlexText}: L in shortlex order, then again from the start when L is finite;
 *   w_i at step i + 1;
 * - {@link randomText}: the seeded random-fair order of `fair-random.ts`; w_i by step 4i + 2;
 * - {@link repeatEach} and {@link withPauses} transform a text without changing its content
 *   (bounds scale: step s becomes s·r, or s + ⌊(s − 1)/p⌋);
 * - {@link userText}: a given finite sequence, checked against the alphabet.
 * The independent check {@link textViolation} runs the target's automaton on every word of a
 * finite prefix (content ⊆ L), sharing no code with the generators.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { accepts, type Dfa } from "../../automata/dfa.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Seed } from "../../automata/support/rng.js";
import type { Word } from "../../automata/word.js";
import { checkData, isPause, PAUSE, type TextDatum } from "../datum.js";
import { fairShuffle } from "./fair-random.js";
import { presentation, type Text } from "./presentation.js";

/**
 * The fair shortlex text for L(d): its words in shortlex order, each once; a finite language
 * starts over when its words run out, the empty language is all pauses. Word i (0-based
 * shortlex position) appears at step i + 1.
 *
 * Cost: as `enumerate` (O(len·k) per word after O(n·k) per length).
 *
 * @example
 * ```ts
 * take(shortlexText(aStar), 3); // [[], [0], [0, 0]]
 * take(shortlexText(finiteLanguage(a, [[0]])), 3); // [[0], [0], [0]]
 * ```
 */
export function shortlexText(d: Dfa, name = "the target"): Text {
  return presentation(d.alphabet, "text", `fair shortlex text for ${name}`, false, function* () {
    for (;;) {
      let any = false;
      for (const w of enumerate(d)) {
        any = true;
        yield w;
      }
      if (!any) for (;;) yield PAUSE;
    }
  });
}

/**
 * A seeded random-fair text for L(d): the words of L in blocks of doubling size, each block
 * shuffled and padded with repeats of earlier words (see `fair-random.ts`). Every word of L
 * appears: the word at 0-based shortlex position i by step 4i + 2. The same seed gives the same
 * text. The empty language gives pauses.
 *
 * Cost: O(len·k) per new word, O(1) per repeat; memory for the words shown.
 *
 * @example
 * ```ts
 * const t = randomText(aStar, 7);
 * take(t, 10); // contains ε, a, aa (positions 0..2 by step 10)
 * ```
 */
export function randomText(d: Dfa, seed: Seed = 42, name = "the target"): Text {
  return presentation(
    d.alphabet,
    "text",
    `random-fair text (seed ${seed}) for ${name}`,
    false,
    () => fairShuffle<TextDatum>(() => enumerate(d)[Symbol.iterator](), seed, PAUSE),
  );
}

/**
 * Each datum of `text` repeated `times` times (content unchanged; step s becomes s·times).
 *
 * `times` below 1 is read as 1.
 * @example
 * ```ts
 * take(repeatEach(shortlexText(aStar), 2), 4); // [[], [], [0], [0]]
 * ```
 */
export function repeatEach(text: Text, times: number): Text {
  const r = Math.max(1, Math.floor(times));
  return presentation(
    text.alphabet,
    "text",
    `${text.description}, each datum ${r} times`,
    text.finite,
    function* () {
      for (const d of text) for (let i = 0; i < r; i++) yield d;
    },
  );
}

/**
 * `text` with a pause after every `period` data (content unchanged; step s becomes
 * s + ⌊(s − 1)/period⌋).
 *
 * @example
 * ```ts
 * take(withPauses(shortlexText(aStar), 2), 5); // [[], [0], "#", [0, 0], [0, 0, 0]]
 * ```
 */
export function withPauses(text: Text, period: number): Text {
  const p = Math.max(1, Math.floor(period));
  return presentation(
    text.alphabet,
    "text",
    `${text.description}, a pause every ${p} data`,
    text.finite,
    function* () {
      let n = 0;
      for (const d of text) {
        yield d;
        if (++n % p === 0) yield PAUSE;
      }
    },
  );
}

/**
 * A given finite sequence of words and pauses as a text, checked against the alphabet
 * (the error names the position of the first bad datum).
 *
 * @example
 * ```ts
 * userText(a, [[0], "#", []]); // right(Text of 3 data)
 * userText(a, [[1]]); // left: data[0]: symbol index 1 at position 1 is not in 0..0
 * ```
 */
export function userText(
  alphabet: Text["alphabet"],
  data: readonly TextDatum[],
  description = "a given text",
): E.Either<LimitLabError, Text> {
  const checked = checkData(alphabet, data);
  if (E.isLeft(checked)) return checked;
  const copy: readonly TextDatum[] = [...data];
  return E.right(presentation(alphabet, "text", description, true, () => copy[Symbol.iterator]()));
}

/** Where a text prefix leaves its target: the 1-based step and the word. */
export interface TextViolation {
  readonly step: number;
  readonly word: Word;
}

/**
 * The first datum of a finite text prefix whose word is not in L(d) (none: the prefix's
 * content is a subset of L, so it is a prefix of some text for L when L contains its words).
 * Runs the automaton on each word; independent of how the prefix was made.
 *
 * Cost: O(total symbols).
 *
 * @example
 * ```ts
 * textViolation(aStar, [[0], "#"]); // none
 * textViolation(finiteLanguage(a, [[]]), [[], [0]]); // some({ step: 2, word: [0] })
 * ```
 */
export function textViolation(d: Dfa, prefix: readonly TextDatum[]): O.Option<TextViolation> {
  for (const [i, x] of prefix.entries()) {
    if (isPause(x)) continue;
    if (!accepts(d, x)) return O.some({ step: i + 1, word: x });
  }
  return O.none;
}
