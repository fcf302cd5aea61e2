/**
 * Reading labelled samples for the passive inferrers: from values (`{ word, label }` records)
 * and from JSON Lines text, the format of shared/reference/passive-samples/:
 * `{"word": "abaab", "label": true}` one object a line, `""` the empty word.
 *
 * A record's `word` is a string over the alphabet (one character per symbol; tokens separated
 * by spaces over a token alphabet; `""` or `ε` the empty word) or an array of symbol indices;
 * `label` is `true` or `false`; other fields are ignored. Words may repeat; contradictory
 * labels are left for the inferrer to report (`rpni` names both positions). Pure: the text is
 * an argument, nothing is read here.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabet as makeAlphabet } from "../../automata/alphabet.js";
import { locateJsonFault } from "../../automata/interop/json-locate.js";
import { compareCodePoints } from "../../automata/interop/labelled.js";
import { invalidInput, type LimitLabError, parseError } from "../../automata/support/errors.js";
import { parseWord } from "../../automata/word.js";
import { checkWord, type InformantDatum } from "../datum.js";

/** A sample read from text: its alphabet (given or inferred) and its labelled words, in order. */
export interface LabelledSample {
  readonly alphabet: Alphabet;
  readonly data: readonly InformantDatum[];
}

/** Why a record is not a labelled word: what was expected and what is wrong. */
interface Fault {
  readonly expected: string;
  readonly message: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readRecord(value: unknown, sigma: Alphabet): InformantDatum | Fault {
  if (!isRecord(value))
    return { expected: 'an object {"word": …, "label": …}', message: "not a JSON object" };
  const { word, label } = value;
  if (typeof label !== "boolean")
    return {
      expected: '"label": true or false',
      message: `label is ${label === undefined ? "missing" : JSON.stringify(label)}`,
    };
  if (typeof word === "string") {
    const w = parseWord(sigma, word);
    return E.isLeft(w)
      ? { expected: "a word over the alphabet", message: w.left.message }
      : { word: w.right, label };
  }
  if (Array.isArray(word)) {
    const w = checkWord(sigma, word as number[]);
    return E.isLeft(w)
      ? { expected: "symbol indices of the alphabet", message: w.left.message }
      : { word: [...w.right], label };
  }
  return {
    expected: '"word": a string or an array of symbol indices',
    message: `word is ${word === undefined ? "missing" : JSON.stringify(word)}`,
  };
}

const isFault = (r: InformantDatum | Fault): r is Fault => "expected" in r;

/**
 * Validates a list of `{ word, label }` records against an alphabet. Left (kind
 * `invalid-input`, field `sample[i]`) at the first bad record. Cost: O(total length).
 *
 * @example
 * ```ts
 * sampleFromRecords([{ word: "ab", label: true }, { word: [], label: false }], ab);
 * // right([{ word: [0, 1], label: true }, { word: [], label: false }])
 * sampleFromRecords([{ word: "ac", label: true }], ab); // left: sample[0]: … "c" … not in the alphabet
 * ```
 */
export function sampleFromRecords(
  records: readonly unknown[],
  alphabet: Alphabet,
): E.Either<LimitLabError, InformantDatum[]> {
  const out: InformantDatum[] = [];
  for (const [i, v] of records.entries()) {
    const r = readRecord(v, alphabet);
    if (isFault(r))
      return E.left(invalidInput(`${r.message} (expected ${r.expected})`, `sample[${i}]`));
    out.push(r);
  }
  return E.right(out);
}

/** The single-character alphabet of the string words, in code-point order. */
function inferAlphabet(values: readonly [number, unknown][]): E.Either<LimitLabError, Alphabet> {
  const chars = new Set<string>();
  for (const [line, v] of values) {
    const w = isRecord(v) ? v.word : undefined;
    if (Array.isArray(w))
      return E.left(
        parseError(
          1,
          "a word as a string",
          "a word given as symbol indices needs an explicit alphabet",
          { line },
        ),
      );
    if (typeof w === "string" && w !== "ε") for (const c of w.replace(/\s+/gu, "")) chars.add(c);
  }
  if (chars.size === 0)
    return E.left(invalidInput("no symbol occurs in the sample: give the alphabet", "alphabet"));
  return makeAlphabet([...chars].sort(compareCodePoints));
}

/**
 * Parses a JSON Lines sample: one `{"word": …, "label": …}` object a line, blank lines
 * skipped. Without an alphabet, the symbols are the characters of the words in code-point
 * order. Left (kind `parse`, with the 1-based `line`, and the column for malformed JSON) at
 * the first bad line. Cost: O(length of the text).
 *
 * @example
 * ```ts
 * parseSample('{"word": "ab", "label": true}\n{"word": "", "label": false}\n');
 * // right({ alphabet: {a, b}, data: [{ word: [0, 1], label: true }, { word: [], label: false }] })
 * parseSample('{"word": "ab", "label": true}\n{"word": "a" "label": 1}');
 * // left: line 2, column 14: invalid JSON: unexpected '"' (expected ',' or '}')
 * ```
 */
export function parseSample(
  text: string,
  alphabet?: Alphabet,
): E.Either<LimitLabError, LabelledSample> {
  const values: [number, unknown][] = [];
  for (const [i, line] of text.split(/\r?\n|\r/u).entries()) {
    if (line.trim() === "") continue;
    try {
      values.push([i + 1, JSON.parse(line)]);
    } catch (e) {
      const f = locateJsonFault(line);
      return E.left(
        f === undefined
          ? parseError(
              1,
              "valid JSON",
              `invalid JSON: ${e instanceof Error ? e.message : String(e)}`,
              { line: i + 1 },
            )
          : parseError(f.offset + 1, f.expected, `invalid JSON: ${f.message}`, { line: i + 1 }),
      );
    }
  }
  const sigma = alphabet === undefined ? inferAlphabet(values) : E.right(alphabet);
  if (E.isLeft(sigma)) return sigma;
  const data: InformantDatum[] = [];
  for (const [line, v] of values) {
    const r = readRecord(v, sigma.right);
    if (isFault(r)) return E.left(parseError(1, r.expected, r.message, { line }));
    data.push(r);
  }
  return E.right({ alphabet: sigma.right, data });
}
