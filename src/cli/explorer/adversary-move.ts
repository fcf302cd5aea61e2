/**
 * Gold's adversary (THEORY.md C2) one move at a time, for the run view's `a` key: the library's
 * adversary plays a whole game to a certificate; here a person watches it choose each word.
 *
 * The move, against one learner, with content F (the words shown so far) and the base L∞ (the
 * family's infinite member): when the learner's current guess is a member whose language is
 * exactly F, reveal the shortlex-least word of L∞ not in F (the learner must change its mind
 * again); otherwise show a word of F again (the latest), because a learner that never guesses
 * F is wrong on a text for the finite member F. With nothing shown yet it reveals the first
 * word of L∞. Every word it shows is in L∞, so the data stay a prefix of a text for L∞.
 *
 * Invariant of {@link AdversaryState}: every word of L∞ before position `next` in shortlex
 * order is in F (so the search for the least unseen word resumes there).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { dfaEquals } from "../../automata/canonical.js";
import { isFinite } from "../../automata/decide.js";
import {
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { type Family, hasMember, member } from "../../identification/family/family.js";
import { finiteLanguage } from "../../identification/family/finite-language.js";
import { type ShortlexWords, shortlexWords } from "../../identification/family/shortlex-words.js";
import type { Hypothesis } from "../../identification/learner/trace.js";
import { hasWord, type WordSet, wordsOf } from "../../identification/learner/word-set.js";

/** What the adversary remembers between moves. */
export interface AdversaryState {
  /** The base's words in shortlex order (memoised). */
  readonly words: ShortlexWords;
  /** Shortlex position of the first word of L∞ that may not have been shown. */
  readonly next: number;
  /** Words revealed, and words repeated since the last reveal. */
  readonly reveals: number;
  readonly repeats: number;
}

/** One move: the word shown and whether it was new. */
export interface AdversaryMove {
  readonly word: Word;
  readonly reveal: boolean;
  readonly state: AdversaryState;
}

/**
 * The adversary of a family with an infinite base (`family.base`, layouts other than
 * `fin-layers`); `Left` otherwise.
 *
 * @example
 * ```ts
 * goldAdversaryState(exFt(chat)); // right
 * goldAdversaryState(exLen()); // left: EX-LEN has no infinite base
 * ```
 */
export function goldAdversaryState(family: Family): E.Either<LimitLabError, AdversaryState> {
  const base = family.base;
  if (base === undefined || family.layout === "fin-layers" || isFinite(base))
    return E.left(
      invalidInput(
        `${family.description} has no infinite member L∞ with its finite subsets, so Gold's adversary has nothing to play`,
        "family",
      ),
    );
  return E.right({ words: shortlexWords(base), next: 0, reveals: 0, repeats: 0 });
}

/**
 * The adversary's next word against a learner whose current guess is `guess`, after the
 * content `content` whose latest word is `latest`.
 *
 * Cost: a minimal DFA of F (O(total length of F · k)) and one comparison when the guess is a
 * member; then a shortlex scan from `next` past the words of F already shown.
 *
 * @example
 * ```ts
 * const s = goldAdversaryState(exFt(chat)).right;
 * adversaryMove(ft, s, emptyWordSet(), undefined, null).word; // the first chat word
 * ```
 */
export function adversaryMove(
  family: Family,
  s: AdversaryState,
  content: WordSet,
  latest: Word | undefined,
  guess: Hypothesis,
): AdversaryMove {
  const guessedF =
    guess !== null &&
    hasMember(family, guess) &&
    dfaEquals(member(family, guess), finiteLanguage(family.alphabet, wordsOf(content)));
  if (latest !== undefined && !guessedF)
    return { word: latest, reveal: false, state: { ...s, repeats: s.repeats + 1 } };
  let next = s.next;
  for (let w = s.words.nth(next); w !== undefined; w = s.words.nth(++next))
    if (!hasWord(content, w))
      return { word: w, reveal: true, state: { ...s, next, reveals: s.reveals + 1, repeats: 0 } };
  // unreachable: goldAdversaryState admits infinite bases only, and F is finite
  throw new LimitLabException(invalidInput("the base ran out of words", "family.base"));
}
