/**
 * Graphviz DOT export and import of DFAs.
 *
 * The conventions, shared by AALpy, AutomataLib/LearnLib and {@link toDot}:
 * - a state is a node; it accepts when its `shape` is `doublecircle` (`node [...]` defaults
 *   count);
 * - the start state is the target of an edge from a *start marker*: a node named `__start`
 *   followed by digits (AALpy, AutomataLib write `__start0`), or any node with
 *   `shape=point`; markers are not states;
 * - an edge's `label` lists its symbols separated by a comma and a space (`"a, b"`; symbols
 *   never contain spaces); `ε` or an empty label is an ε-move.
 *
 * Law: `fromDot(toDot(d))` is `d` itself (same numbering and arrays) when d's alphabet is in
 * code-point order or is passed as the `alphabet` option; with `hideSink` it is equivalent.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Dfa } from "../dfa.js";
import { invalidInput, type LimitLabError, parseError } from "../support/errors.js";
import type { DotPosition } from "./dot-lex.js";
import { type DotEdge, parseDot } from "./dot-parse.js";
import { type ImportOptions, type LabelledEdge, labelledToDfa } from "./labelled.js";

/** Options of {@link toDot}. */
export interface ToDotOptions {
  /**
   * The graph's name.
   * @defaultValue `d.meta.name` when it is a string, else `"dfa"`
   */
  readonly name?: string;
  /**
   * Leave out rejecting sinks (non-start rejecting states whose every transition loops) and
   * the edges into them, as drawings usually do.
   * @defaultValue false
   */
  readonly hideSink?: boolean;
}

const quote = (s: string): string => `"${s.replace(/[\\"]/gu, "\\$&")}"`;

function isHiddenSink(d: Dfa, q: number): boolean {
  const k = d.alphabet.symbols.length;
  if (q === d.start || d.accepting[q] === 1) return false;
  for (let s = 0; s < k; s++) if (d.delta[q * k + s] !== q) return false;
  return true;
}

/**
 * Graphviz DOT of a DFA, for people and for {@link fromDot}: left-to-right layout, circles,
 * doublecircle accepting states, an arrow from an invisible `__start0` to the start state,
 * and one edge per (source, target) labelled with its symbols in alphabet order (`"a, b"`).
 * State q is node `s<q>` labelled `q`. Cost: O(n·k).
 *
 * @example
 * ```ts
 * toDot(abStar, { name: "(ab)*" });
 * // digraph "(ab)*" {
 * //   rankdir=LR;
 * //   node [shape=circle];
 * //   __start0 [shape=none, label="", width=0, height=0];
 * //   s0 [label="0", shape=doublecircle];
 * //   …
 * //   s0 -> s1 [label="a"];
 * //   s2 -> s2 [label="a, b"];
 * // }
 * ```
 */
export function toDot(d: Dfa, options: ToDotOptions = {}): string {
  const k = d.alphabet.symbols.length;
  const metaName = d.meta?.name;
  const name = options.name ?? (typeof metaName === "string" ? metaName : "dfa");
  const hidden = (q: number) => options.hideSink === true && isHiddenSink(d, q);
  const lines = [
    `digraph ${quote(name)} {`,
    "  rankdir=LR;",
    "  node [shape=circle];",
    '  __start0 [shape=none, label="", width=0, height=0];',
  ];
  for (let q = 0; q < d.states; q++)
    if (!hidden(q))
      lines.push(`  s${q} [label="${q}"${d.accepting[q] === 1 ? ", shape=doublecircle" : ""}];`);
  lines.push(`  __start0 -> s${d.start};`);
  for (let q = 0; q < d.states; q++) {
    if (hidden(q)) continue;
    const byTarget = new Map<number, string[]>();
    for (let s = 0; s < k; s++) {
      const t = d.delta[q * k + s] as number;
      if (hidden(t)) continue;
      const symbols = byTarget.get(t) ?? [];
      symbols.push(d.alphabet.symbols[s] as string);
      byTarget.set(t, symbols);
    }
    for (const [t, symbols] of byTarget)
      lines.push(`  s${q} -> s${t} [label=${quote(symbols.join(", "))}];`);
  }
  lines.push("}", "");
  return lines.join("\n");
}

const isMarker = (id: string, shape: string | undefined) =>
  /^__start[0-9]*$/u.test(id) || shape === "point";

const at = (p: DotPosition, expected: string, message: string) =>
  parseError(p.column, expected, message, { line: p.line });

/** The symbols of an edge label (`null` = ε). */
function symbolsOf(label: string): (string | null)[] {
  return label
    .trim()
    .split(/,\s+/u)
    .map((s) => s.trim())
    .map((s) => (s === "" || s === "ε" ? null : s));
}

/**
 * Reads a DFA from Graphviz DOT as AALpy (every pydot version) and AutomataLib/LearnLib
 * (every version) write it, and as {@link toDot} writes it; any DOT that follows the module's
 * conventions works (the grammar is in `dot-parse.ts`).
 *
 * States are numbered in the order their nodes first appear (markers skipped). A
 * deterministic file keeps that numbering, and a partial one gets a rejecting sink after its
 * states; a nondeterministic one (several start arrows, ε-edges, two targets for one symbol)
 * is determinised within `budget` (BFS numbering). Without `alphabet`, the symbols are the
 * labels in code-point order. Errors are positioned (line, column). Cost: linear in the text
 * for deterministic files, the subset construction otherwise.
 *
 * @param options - `alphabet` (default: the labels), `budget` (default `{ states: 10^6 }`).
 * @example
 * ```ts
 * fromDot('digraph { __start0 -> s0; s0 [shape=doublecircle]; s0 -> s1 [label="a"]; s1 -> s0 [label="b"] }');
 * // right: (ab)* with states s0, s1 and a sink 2
 * fromDot('digraph { s0 -> s1 [label="a] }'); // left: line 1, column 27: unterminated string …
 * ```
 */
export function fromDot(text: string, options: ImportOptions = {}): E.Either<LimitLabError, Dfa> {
  const parsed = parseDot(text);
  if (E.isLeft(parsed)) return parsed;
  const g = parsed.right;
  if (!g.directed)
    return E.left(invalidInput("an automaton is a directed graph: write `digraph`, not `graph`"));
  const index = new Map<string, number>();
  const accepting: number[] = [];
  for (const node of g.nodes) {
    const shape = node.attrs.get("shape")?.text;
    if (isMarker(node.id, shape)) continue;
    if (shape === "doublecircle") accepting.push(index.size);
    index.set(node.id, index.size);
  }
  const initial: number[] = [];
  const edges: LabelledEdge[] = [];
  const sources: DotEdge[] = [];
  for (const e of g.edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (to === undefined)
      return E.left(at(e.at, "an edge to a state", `edge into the start marker ${e.to}`));
    if (from === undefined) {
      initial.push(to);
      continue;
    }
    const label = e.attrs.get("label");
    if (label === undefined)
      return E.left(
        at(
          e.at,
          "a label attribute",
          `edge ${e.from} -> ${e.to} has no label (label="ε" marks an ε-move)`,
        ),
      );
    for (const symbol of symbolsOf(label.text)) {
      edges.push({ from, to, label: symbol });
      sources.push(e);
    }
  }
  if (index.size === 0) return E.left(invalidInput("the graph has no states"));
  if (initial.length === 0)
    return E.left(
      invalidInput("no start state: draw an edge from a node named __start0 to the start state"),
    );
  return labelledToDfa(
    { states: index.size, initial, accepting, edges },
    options,
    (i, message, expected) => {
      const e = sources[i] as DotEdge;
      return at(
        e.attrs.get("label")?.at ?? e.at,
        expected,
        `edge ${e.from} -> ${e.to}: ${message}`,
      );
    },
  );
}
