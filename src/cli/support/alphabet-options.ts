/**
 * The alphabet flags shared by commands (AMENDMENTS "CLI alphabets"): `--alphabet ab` gives
 * single characters, `--alphabet a,b` or `--tokens hello,world` give comma-separated
 * symbols; without either, commands use the regex's literals in code-point order.
 *
 * @module
 */
import { type Alphabet, alphabet } from "../../automata/alphabet.js";
import { orFail } from "./fail.js";

/** The parsed flags. */
export interface AlphabetFlags {
  readonly alphabet?: string;
  readonly tokens?: string;
}

/**
 * The alphabet the flags name, or undefined when neither flag is given.
 *
 * @example
 * ```ts
 * alphabetFromFlags({ alphabet: "ab" })?.symbols; // ["a", "b"]
 * alphabetFromFlags({ tokens: "hi,bye" })?.symbols; // ["hi", "bye"]
 * ```
 */
export function alphabetFromFlags(flags: AlphabetFlags): Alphabet | undefined {
  const spec = flags.tokens ?? flags.alphabet;
  if (spec === undefined) return undefined;
  const symbols =
    flags.tokens !== undefined || spec.includes(",")
      ? spec.split(",").map((s) => s.trim())
      : [...spec];
  return orFail(alphabet(symbols), flags.tokens !== undefined ? "--tokens" : "--alphabet");
}
