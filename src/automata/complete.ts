/**
 * Completing a partial DFA read from another tool (DOT, JFLAP, AALpy, LearnLib).
 *
 * Invariant of the result: states 0..n-1 keep their numbers; when some transition is
 * missing (entry -1), one rejecting sink state n is added, every missing transition goes to
 * it and it loops on every symbol. When nothing is missing, no state is added.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "./alphabet.js";
import { type Dfa, dfaFromTable } from "./dfa.js";
import { invalidInput, type LimitLabError } from "./support/errors.js";

/**
 * A complete DFA from a partial table: `transitions[q][s]` is a state or -1 (missing).
 * Returns `Left` (kind `invalid-input`, naming the field) for a row of the wrong length, a
 * target outside -1..n-1, a bad start or accepting state. Cost O(n·k).
 *
 * @example
 * ```ts
 * // "ab" over {a, b}: 0 -a-> 1 -b-> 2, the rest missing
 * complete(ab, 0, [2], [[1, -1], [-1, 2], [-1, -1]]); // right: 4 states, sink 3
 * complete(ab, 0, [0], [[0, 0]]); // right: 1 state, no sink
 * ```
 */
export function complete(
  alphabet: Alphabet,
  start: number,
  accepting: readonly number[],
  transitions: readonly (readonly number[])[],
): E.Either<LimitLabError, Dfa> {
  const sink = transitions.length;
  const partial = transitions.some((row) => Array.isArray(row) && row.includes(-1));
  if (!partial) return dfaFromTable(alphabet, start, accepting, transitions);
  const outside = (q: number) => !Number.isInteger(q) || q < 0 || q >= sink;
  if (outside(start))
    return E.left(invalidInput(`start state ${start} is not in 0..${sink - 1}`, "start"));
  const bad = accepting.findIndex(outside);
  if (bad >= 0)
    return E.left(
      invalidInput(
        `${JSON.stringify(accepting[bad])} is not a state in 0..${sink - 1}`,
        `accepting[${bad}]`,
      ),
    );
  const rows = transitions.map((row) =>
    Array.isArray(row) ? row.map((t) => (t === -1 ? sink : t)) : row,
  );
  rows.push(alphabet.symbols.map(() => sink));
  return dfaFromTable(alphabet, start, accepting, rows);
}
