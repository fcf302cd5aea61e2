/**
 * The common last step of the DOT and JFLAP importers: an automaton read from a file as
 * states and edges with symbol labels becomes a complete DFA.
 *
 * - The alphabet is the one given, or else the set of labels in code-point order.
 * - A deterministic automaton (one initial state, no ε-edge, at most one successor per state
 *   and symbol) keeps the file's state numbering; when transitions are missing, `complete`
 *   adds one rejecting sink after the file's states.
 * - Anything else (several initial states, ε-edges, several successors) becomes an NFA and is
 *   determinised by the subset construction within the state budget (BFS numbering).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabet } from "../alphabet.js";
import { complete } from "../complete.js";
import { determinize } from "../determinize.js";
import type { Dfa } from "../dfa.js";
import { buildNfa, type NfaEdge } from "../nfa.js";
import { type StateBudget, stateLimit } from "../support/budget.js";
import { budgetError, invalidInput, type LimitLabError } from "../support/errors.js";

/** An edge of an automaton read from a file; `label` `null` is an ε-move. */
export interface LabelledEdge {
  readonly from: number;
  readonly to: number;
  readonly label: string | null;
}

/** An automaton as a file describes it (states are `0..states-1`). */
export interface LabelledAutomaton {
  readonly states: number;
  readonly initial: readonly number[];
  readonly accepting: readonly number[];
  readonly edges: readonly LabelledEdge[];
}

/** Options shared by the importers. */
export interface ImportOptions {
  /**
   * The alphabet of the result; every label must be one of its symbols.
   * @defaultValue the labels found in the file, in code-point order
   */
  readonly alphabet?: Alphabet;
  /**
   * Limits the states of the file and of the subset construction.
   * @defaultValue `{ states: 10^6 }`
   */
  readonly budget?: StateBudget;
}

/** Builds the error for edge `i` (so each format can say where the edge is). */
export type EdgeError = (i: number, message: string, expected: string) => LimitLabError;

/**
 * Compares strings by Unicode code point (JavaScript's `<` compares UTF-16 code units).
 *
 * @example
 * ```ts
 * ["b", "a", "😀", "\uffff"].sort(compareCodePoints); // ["a", "b", "\uffff", "😀"]
 * ```
 */
export function compareCodePoints(x: string, y: string): number {
  const a = [...x];
  const b = [...y];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] as string).codePointAt(0) as number;
    const e = (b[i] as string).codePointAt(0) as number;
    if (d !== e) return d - e;
  }
  return a.length - b.length;
}

function alphabetOf(
  a: LabelledAutomaton,
  given: Alphabet | undefined,
  edgeError: EdgeError,
): E.Either<LimitLabError, Alphabet> {
  if (given !== undefined) {
    const bad = a.edges.findIndex((e) => e.label !== null && !given.index.has(e.label));
    return bad < 0
      ? E.right(given)
      : E.left(
          edgeError(
            bad,
            `symbol ${JSON.stringify(a.edges[bad]?.label)} is not in the alphabet {${given.symbols.join(", ")}}`,
            "a symbol of the given alphabet",
          ),
        );
  }
  const labels = new Set<string>();
  for (const e of a.edges) if (e.label !== null) labels.add(e.label);
  if (labels.size === 0)
    return E.left(
      invalidInput("the automaton has no labelled edge, so its alphabet is unknown: pass one"),
    );
  const symbols = [...labels].sort(compareCodePoints);
  const sigma = alphabet(symbols);
  if (E.isRight(sigma)) return sigma;
  const bad = a.edges.findIndex((e) => e.label !== null && E.isLeft(alphabet([e.label])));
  return E.left(edgeError(Math.max(bad, 0), sigma.left.message, "a valid symbol"));
}

/**
 * The complete DFA of an automaton read from a file (see the module notes for numbering).
 * Returns `Left` when the file has more states than the budget, no initial state, a label
 * outside the given alphabet or not usable as a symbol, or when determinisation runs out of
 * budget. Cost: O(states·k + edges) when deterministic, the subset construction otherwise.
 *
 * @example
 * ```ts
 * labelledToDfa({ states: 2, initial: [0], accepting: [1], edges: [{ from: 0, to: 1, label: "a" }] },
 *   {}, (i, m) => invalidInput(m, `edges[${i}]`));
 * // right: 3 states over {a} (sink 2 added)
 * ```
 */
export function labelledToDfa(
  a: LabelledAutomaton,
  options: ImportOptions,
  edgeError: EdgeError,
): E.Either<LimitLabError, Dfa> {
  const limit = stateLimit(options.budget);
  if (a.states > limit) return E.left(budgetError("states", limit, a.states, "import"));
  if (a.initial.length === 0) return E.left(invalidInput("the automaton has no initial state"));
  const sigma = alphabetOf(a, options.alphabet, edgeError);
  if (E.isLeft(sigma)) return sigma;
  const index = sigma.right.index;
  const k = sigma.right.symbols.length;
  const table = new Int32Array(a.states * k).fill(-1);
  let deterministic = new Set(a.initial).size === 1;
  const edges: NfaEdge[] = [];
  for (const e of a.edges) {
    const symbol = e.label === null ? null : (index.get(e.label) as number);
    edges.push({ from: e.from, symbol, to: e.to });
    if (symbol === null) deterministic = false;
    else if (deterministic) {
      const c = e.from * k + symbol;
      const old = table[c] as number;
      if (old === -1) table[c] = e.to;
      else if (old !== e.to) deterministic = false;
    }
  }
  if (!deterministic)
    return determinize(
      buildNfa(sigma.right, a.states, a.initial, a.accepting, edges),
      options.budget,
    );
  const rows: number[][] = [];
  for (let q = 0; q < a.states; q++) rows.push(Array.from(table.subarray(q * k, q * k + k)));
  return complete(sigma.right, a.initial[0] as number, a.accepting, rows);
}
