/**
 * Pure helpers that turn a text corpus into model outputs: segments (sentences or lines), each
 * a sequence of tokens (words and punctuation marks, or characters). A segment is one output
 * of a model, one word of its language.
 *
 * Tokens are always valid alphabet symbols: whitespace never occurs inside a token (between
 * characters it becomes `␣`), and the characters an alphabet reserves are replaced by
 * look-alikes: `#` → `♯`, `<` → `‹`, `>` → `›`, `ε` → `ϵ`.
 *
 * @module
 */

/** How a corpus is cut into outputs. */
export type Segmentation = "sentences" | "lines";

/** How a segment is cut into tokens. */
export type TokenUnit = "word" | "char";

const RESERVED: Readonly<Record<string, string>> = { "#": "♯", "<": "‹", ">": "›", ε: "ϵ" };

/**
 * A token with the alphabet's reserved characters replaced (see the module notes).
 *
 * @example
 * ```ts
 * symbolSafe("<b>#1"); // "‹b›♯1"
 * ```
 */
export function symbolSafe(token: string): string {
  return token.replace(/[#<>ε]/gu, (c) => RESERVED[c] ?? c);
}

/**
 * The sentences of a text: cut after `.`, `!` or `?` (with any closing quotes or brackets)
 * when whitespace and then a capital letter, a digit or an opening quote follow, and at blank
 * lines; whitespace inside a sentence is collapsed to single spaces. Empty pieces are dropped.
 *
 * Cost: O(length of the text).
 *
 * @example
 * ```ts
 * splitSentences("Call me Ishmael. Some years ago, never mind how long.");
 * // ["Call me Ishmael.", "Some years ago, never mind how long."]
 * splitSentences("Mr. Smith left."); // ["Mr.", "Smith left."] (abbreviations are not special)
 * ```
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/u)) {
    const flat = paragraph.replace(/\s+/gu, " ").trim();
    if (flat === "") continue;
    for (const s of flat.split(/(?<=[.!?]["'’”)\]]*)\s+(?=[\p{Lu}\p{N}"'“‘(])/u)) {
      const t = s.trim();
      if (t !== "") out.push(t);
    }
  }
  return out;
}

/**
 * The non-empty lines of a text, trimmed, with inner whitespace collapsed.
 *
 * @example
 * ```ts
 * splitLines("a b\n\n  c  \n"); // ["a b", "c"]
 * ```
 */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.replace(/\s+/gu, " ").trim())
    .filter((l) => l !== "");
}

/**
 * Segments a text.
 *
 * @example
 * ```ts
 * segment("One. Two.", "sentences"); // ["One.", "Two."]
 * ```
 */
export function segment(text: string, how: Segmentation): string[] {
  return how === "lines" ? splitLines(text) : splitSentences(text);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * The word tokens of a segment: words (letters and digits, with inner apostrophes and hyphens)
 * and single punctuation marks, lower-cased unless `lowercase` is false.
 *
 * @example
 * ```ts
 * wordTokens("Call me Ishmael."); // ["call", "me", "ishmael", "."]
 * wordTokens("It's well-known—isn't it?"); // ["it's", "well-known", "—", "isn't", "it", "?"]
 * ```
 */
export function wordTokens(text: string, lowercase = true): string[] {
  const t = lowercase ? text.toLowerCase() : text;
  return (t.match(WORD) ?? []).map(symbolSafe);
}

/**
 * The character tokens of a segment: one per code point, whitespace runs as one `␣`,
 * lower-cased unless `lowercase` is false.
 *
 * @example
 * ```ts
 * charTokens("Hi  you"); // ["h", "i", "␣", "y", "o", "u"]
 * ```
 */
export function charTokens(text: string, lowercase = true): string[] {
  const t = (lowercase ? text.toLowerCase() : text).replace(/\s+/gu, " ").trim();
  return [...t].map((c) => (c === " " ? "␣" : symbolSafe(c)));
}

/**
 * The tokens of a segment in the given unit.
 *
 * @example
 * ```ts
 * tokens("Hi you.", "word"); // ["hi", "you", "."]
 * ```
 */
export function tokens(text: string, unit: TokenUnit, lowercase = true): string[] {
  return unit === "char" ? charTokens(text, lowercase) : wordTokens(text, lowercase);
}

/**
 * A text as token sequences: segmented, then tokenised; segments without tokens are dropped.
 *
 * Cost: O(length of the text).
 *
 * @example
 * ```ts
 * tokenizeCorpus("Hi. Bye now.", { unit: "word", segment: "sentences" });
 * // [["hi", "."], ["bye", "now", "."]]
 * ```
 */
export function tokenizeCorpus(
  text: string,
  options: {
    readonly unit: TokenUnit;
    readonly segment: Segmentation;
    readonly lowercase?: boolean;
  },
): string[][] {
  return segment(text, options.segment)
    .map((s) => tokens(s, options.unit, options.lowercase ?? true))
    .filter((t) => t.length > 0);
}
