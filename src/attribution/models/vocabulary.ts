/**
 * Vocabularies of trained models: the top V tokens of a corpus plus an unknown token, as an
 * alphabet, and the encoding of token sequences into words over it.
 *
 * Order of the alphabet (the order of shortlex): the kept tokens in code-point order, then the
 * unknown token. The unknown token is `⟨unk⟩` for word models and `¤` for character models
 * (the amendment's `<unk>`: `<` and `>` are reserved in alphabets); it is always present, so a
 * second corpus (further training, scoring) can be encoded with the same alphabet. A token of
 * the corpus equal to the unknown token's spelling is merged with it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabet } from "../../automata/alphabet.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import type { TokenUnit } from "../data/corpus.js";

/**
 * The unknown token of word models (`<unk>`, written with angle brackets not reserved).
 *
 * @example
 * ```ts
 * m.alphabet.symbols.at(-1) === UNKNOWN_WORD; // true for a word model
 * ```
 */
export const UNKNOWN_WORD = "⟨unk⟩";

/**
 * The unknown token of character models.
 *
 * @example
 * ```ts
 * m.alphabet.symbols.at(-1) === UNKNOWN_CHAR; // true for a character model
 * ```
 */
export const UNKNOWN_CHAR = "¤";

/**
 * The default vocabulary cap V: the 1000 most frequent tokens (plus the unknown token).
 *
 * @example
 * ```ts
 * trainNgram(text, { vocabulary: DEFAULT_VOCABULARY / 2 }); // keep the top 500 words
 * ```
 */
export const DEFAULT_VOCABULARY = 1000;

/** A vocabulary: its alphabet and the index of the unknown token (the last symbol). */
export interface Vocabulary {
  readonly alphabet: Alphabet;
  readonly unknown: number;
}

/**
 * The vocabulary of a tokenised corpus: its `size` most frequent tokens (ties in code-point
 * order) plus the unknown token.
 *
 * Cost: O(T + D log D) for T tokens of D distinct kinds.
 *
 * @example
 * ```ts
 * const v = buildVocabulary([["the", "cat"], ["the", "dog"]], 2, "word");
 * v.right.alphabet.symbols; // ["cat", "the", "⟨unk⟩"] ("cat" wins the tie with "dog" by order)
 * buildVocabulary([["a"]], 0, "word"); // left: size must be a positive integer
 * ```
 */
export function buildVocabulary(
  sentences: readonly (readonly string[])[],
  size: number,
  unit: TokenUnit,
): E.Either<LimitLabError, Vocabulary> {
  if (!Number.isSafeInteger(size) || size < 1)
    return E.left(invalidInput(`must be a positive integer, got ${size}`, "vocabulary"));
  const unk = unit === "char" ? UNKNOWN_CHAR : UNKNOWN_WORD;
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const t of s) if (t !== unk) counts.set(t, (counts.get(t) ?? 0) + 1);
  const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const kept = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))
    .slice(0, size)
    .map(([t]) => t)
    .sort(byCode);
  const a = alphabet([...kept, unk]);
  return E.isLeft(a) ? a : E.right({ alphabet: a.right, unknown: kept.length });
}

/**
 * A token sequence as a word over the vocabulary (tokens outside it become the unknown token).
 *
 * Cost: O(length).
 *
 * @example
 * ```ts
 * encodeTokens(v, ["the", "bird"]); // [1, 2]: "the", then ⟨unk⟩
 * ```
 */
export function encodeTokens(v: Vocabulary, tokens: readonly string[]): Word {
  return tokens.map((t) => v.alphabet.index.get(t) ?? v.unknown);
}
