/**
 * The presentations the CLI builds (`--text`, `--informant`): the library's shortlex and
 * seeded random-fair ones for a target, or a user file. A text file holds one word per line
 * (an empty line is ε, a line `#` a pause); an informant file is JSON Lines
 * `{"word": "ab", "label": true}`, the format of the passive samples.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import type { Dfa } from "../../automata/dfa.js";
import { parseWord } from "../../automata/word.js";
import { PAUSE, type TextDatum } from "../../identification/datum.js";
import { parseSample } from "../../identification/passive/sample.js";
import {
  randomInformant,
  shortlexInformant,
  userInformant,
} from "../../identification/presentation/informant.js";
import type { Informant, Text } from "../../identification/presentation/presentation.js";
import { randomText, shortlexText, userText } from "../../identification/presentation/text.js";
import { orFail, UserError } from "./fail.js";
import { readText, textLines } from "./files.js";

/**
 * The built-in orders.
 *
 * @example
 * ```ts
 * ORDERS.join(", "); // "shortlex, random-fair"
 * ```
 */
export const ORDERS = ["shortlex", "random-fair"] as const;

/**
 * Reads a text file: one word per line, `#` a pause, an empty line ε (errors name the line).
 *
 * @example
 * ```ts
 * readTextFile("text.txt", a); // [[0], "#", []]
 * ```
 */
export function readTextFile(path: string, alphabet: Alphabet): TextDatum[] {
  return textLines(readText(path)).map((line, i) => {
    if (line.trim() === PAUSE) return PAUSE;
    const w = parseWord(alphabet, line);
    if (E.isLeft(w)) throw new UserError(`${path}:${i + 1}: ${w.left.message}`, { error: w.left });
    return w.right;
  });
}

/**
 * The text `spec` names for `target`: `shortlex`, `random-fair` (seeded) or a file.
 *
 * @example
 * ```ts
 * textFromFlag("random-fair", member(exLen(), 3), "L3", 7);
 * ```
 */
export function textFromFlag(spec: string, target: Dfa, name: string, seed: number): Text {
  if (spec === "shortlex") return shortlexText(target, name);
  if (spec === "random-fair") return randomText(target, seed, name);
  return orFail(
    userText(target.alphabet, readTextFile(spec, target.alphabet), `the text of ${spec}`),
    spec,
  );
}

/**
 * The informant `spec` names for `target`: `shortlex`, `random-fair` (seeded) or a JSONL file.
 *
 * @example
 * ```ts
 * informantFromFlag("shortlex", member(exGold(), 0), "a*", 42);
 * ```
 */
export function informantFromFlag(
  spec: string,
  target: Dfa,
  name: string,
  seed: number,
): Informant {
  if (spec === "shortlex") return shortlexInformant(target, name);
  if (spec === "random-fair") return randomInformant(target, seed, name);
  const sample = parseSample(readText(spec), target.alphabet);
  if (E.isLeft(sample))
    throw new UserError(`${spec}: ${sample.left.message}`, { error: sample.left });
  return orFail(
    userInformant(target.alphabet, sample.right.data, `the informant of ${spec}`),
    spec,
  );
}
