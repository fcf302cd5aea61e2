/**
 * LimitLab's automaton JSON format, version 1.
 *
 * ```json
 * { "format": "limitlab/dfa", "version": 1, "alphabet": ["a", "b"], "start": 0,
 *   "accepting": [0], "transitions": [[1, 2], [2, 0], [2, 2]], "name": "(ab)*" }
 * ```
 * `transitions[q][s]` is the successor of state q on symbol s (row = state, column = symbol);
 * the automaton is complete (no missing or -1 entries: `complete` handles partial ones). Any
 * other top-level field is metadata: {@link fromJson} keeps it in `Dfa.meta` and
 * {@link toJson} writes it back after the format's fields, never interpreting it.
 *
 * Laws: `fromJson(toJson(d))` is `d` (same alphabet, arrays and metadata), and
 * `toJson(fromJson(t))` is `t` for every compact text `toJson` wrote.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabet } from "../alphabet.js";
import { acceptingStates, type Dfa, dfaFromTable, transitionTable } from "../dfa.js";
import { invalidInput, type LimitLabError } from "../support/errors.js";
import { jsonParseError } from "./json-locate.js";

/** The value of the `format` field. */
export const JSON_FORMAT = "limitlab/dfa";
/** The version this module reads and writes. */
export const JSON_VERSION = 1;

const FIELDS = ["format", "version", "alphabet", "start", "accepting", "transitions"] as const;
const RESERVED: ReadonlySet<string> = new Set(FIELDS);

/**
 * Writes a DFA as compact JSON (one line, no trailing newline), fields in the order
 * `format, version, alphabet, start, accepting, transitions`, then the fields of `d.meta` in
 * their order. The DFA is written as it is (no minimisation, same numbering). Metadata
 * values must be JSON values; a metadata key that names one of the format's fields is not
 * written (it would clash). Cost: O(n·k).
 *
 * @example
 * ```ts
 * toJson(withMeta(abStar, { name: "(ab)*" }));
 * // '{"format":"limitlab/dfa","version":1,"alphabet":["a","b"],"start":0,"accepting":[0],
 * //   "transitions":[[1,2],[2,0],[2,2]],"name":"(ab)*"}' (on one line)
 * ```
 */
export function toJson(d: Dfa): string {
  const extra = Object.entries(d.meta ?? {}).filter(([key]) => !RESERVED.has(key));
  return JSON.stringify(
    Object.fromEntries([
      ["format", JSON_FORMAT],
      ["version", JSON_VERSION],
      ["alphabet", d.alphabet.symbols],
      ["start", d.start],
      ["accepting", acceptingStates(d)],
      ["transitions", transitionTable(d)],
      ...extra,
    ]),
  );
}

type JsonObject = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function readAlphabet(v: unknown): E.Either<LimitLabError, Alphabet> {
  if (!Array.isArray(v))
    return E.left(invalidInput("must be an array of symbols (strings)", "alphabet"));
  const seen = new Set<string>();
  for (const [i, s] of v.entries()) {
    if (typeof s !== "string")
      return E.left(invalidInput(`${JSON.stringify(s)} is not a string`, `alphabet[${i}]`));
    if (seen.has(s))
      return E.left(invalidInput(`duplicate symbol ${JSON.stringify(s)}`, `alphabet[${i}]`));
    seen.add(s);
    const one = alphabet([s]);
    if (E.isLeft(one)) return E.left(invalidInput(one.left.message, `alphabet[${i}]`));
  }
  return alphabet(v as string[]);
}

function readState(v: unknown, n: number, field: string): E.Either<LimitLabError, number> {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v < n
    ? E.right(v)
    : E.left(invalidInput(`${JSON.stringify(v)} is not a state in 0..${n - 1}`, field));
}

function readTransitions(v: unknown, k: number): E.Either<LimitLabError, number[][]> {
  if (!Array.isArray(v) || v.length === 0)
    return E.left(invalidInput("must be a non-empty array of rows, one per state", "transitions"));
  const n = v.length;
  const rows: number[][] = [];
  for (const [q, row] of v.entries()) {
    if (!Array.isArray(row) || row.length !== k)
      return E.left(
        invalidInput(
          `must be an array of ${k} successors (one per symbol)${Array.isArray(row) ? `, found ${row.length}` : ""}`,
          `transitions[${q}]`,
        ),
      );
    for (const [s, t] of row.entries()) {
      if (t === -1 || t === null)
        return E.left(
          invalidInput(
            "missing transition: the automaton must be complete (add a sink with complete)",
            `transitions[${q}][${s}]`,
          ),
        );
      const r = readState(t, n, `transitions[${q}][${s}]`);
      if (E.isLeft(r)) return r;
    }
    rows.push(row as number[]);
  }
  return E.right(rows);
}

/**
 * Reads a DFA from LimitLab's JSON format, validating every field. Errors name the field
 * (`format`, `version`, `alphabet[2]`, `transitions[3][1]`, a missing key), and malformed
 * JSON gives a parse error with its line and column. Fields beyond the format's are kept, in
 * order, in `meta` (omitted when there are none). Cost: O(length of the text).
 *
 * @example
 * ```ts
 * fromJson('{"format":"limitlab/dfa","version":1,"alphabet":["a"],"start":0,"accepting":[0],"transitions":[[0]]}');
 * // right(Dfa of a*)
 * fromJson('{"format":"limitlab/dfa","version":2}'); // left: version: 2 is not supported …
 * ```
 */
export function fromJson(text: string): E.Either<LimitLabError, Dfa> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return E.left(jsonParseError(text, e instanceof Error ? e.message : String(e)));
  }
  if (!isRecord(value))
    return E.left(invalidInput(`expected a JSON object with the fields ${FIELDS.join(", ")}`));
  const obj = value;
  for (const f of FIELDS)
    if (!Object.hasOwn(obj, f)) return E.left(invalidInput(`missing key "${f}"`, f));
  if (obj.format !== JSON_FORMAT)
    return E.left(invalidInput(`${JSON.stringify(obj.format)} is not "${JSON_FORMAT}"`, "format"));
  if (obj.version !== JSON_VERSION)
    return E.left(
      invalidInput(
        `${JSON.stringify(obj.version)} is not supported (this reader knows version ${JSON_VERSION})`,
        "version",
      ),
    );
  const sigma = readAlphabet(obj.alphabet);
  if (E.isLeft(sigma)) return sigma;
  const rows = readTransitions(obj.transitions, sigma.right.symbols.length);
  if (E.isLeft(rows)) return rows;
  const n = rows.right.length;
  const start = readState(obj.start, n, "start");
  if (E.isLeft(start)) return start;
  if (!Array.isArray(obj.accepting))
    return E.left(invalidInput("must be an array of states", "accepting"));
  const accepting: number[] = [];
  for (const [i, q] of obj.accepting.entries()) {
    const r = readState(q, n, `accepting[${i}]`);
    if (E.isLeft(r)) return r;
    accepting.push(r.right);
  }
  const extra = Object.entries(obj).filter(([key]) => !RESERVED.has(key));
  return dfaFromTable(
    sigma.right,
    start.right,
    accepting,
    rows.right,
    extra.length === 0 ? undefined : Object.fromEntries(extra),
  );
}
