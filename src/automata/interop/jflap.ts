/**
 * JFLAP `.jff` finite automata (type `fa`): export in JFLAP 7's layout, import of JFLAP 7
 * and JFLAP 4 files.
 *
 * Reading uses fast-xml-parser with entity processing off and refuses any `<!DOCTYPE` or
 * `<!ENTITY` (so no entity expansion, no billion-laughs); the five predefined entities and
 * character references (`&amp;`, `&#13;`) in values are decoded here. The reader accepts:
 * - JFLAP 7 (`<structure><type>fa</type><automaton>…`) and JFLAP 4 (states and transitions
 *   directly under `<structure>`, `<name>` as an element);
 * - λ/ε as `<read/>` or as a missing `<read>`; a read label of several characters is one
 *   symbol (a token), not a string of symbols;
 * - files saved on Windows (`&#13;` plus CRLF at every line end);
 * - transitions in any order (JFLAP's own order is arbitrary).
 *
 * States are numbered in the order the file lists them (JFLAP writes them sorted by id).
 * Laws: `fromJflap(toJflap(d))` is `d` (same numbering and arrays) when d's alphabet is in
 * code-point order or passed as the `alphabet` option.
 *
 * @module
 */

import { XMLParser, XMLValidator } from "fast-xml-parser";
import * as E from "fp-ts/lib/Either.js";
import type { Dfa } from "../dfa.js";
import { type LimitLabError, parseError } from "../support/errors.js";
import { type ImportOptions, type LabelledEdge, labelledToDfa } from "./labelled.js";
import { positionAt } from "./position.js";

const ENTITY: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

const escapeXml = (s: string): string =>
  s.replace(/[&<>]/gu, (c) => `&${c === "&" ? "amp" : c === "<" ? "lt" : "gt"};`);

function decodeXml(s: string): string {
  return s.replace(
    /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/gu,
    (m, hex, dec, name) => {
      if (name !== undefined) return ENTITY[name as string] as string;
      const cp = Number.parseInt((hex ?? dec) as string, hex === undefined ? 10 : 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    },
  );
}

/** Where the states sit: one row for small automata, a 10-column grid for larger ones. */
function place(q: number, n: number): [number, number] {
  return n < 10 ? [100 + 150 * q, 150] : [80 + 120 * (q % 10), 80 + 120 * Math.floor(q / 10)];
}

/**
 * A DFA as a JFLAP 7 `.jff` file: states `q0 … q(n-1)` with ids 0..n-1, `<initial/>` on the
 * start state, `<final/>` on accepting ones, placed in one row (fewer than 10 states, 150 px
 * apart) or on a 10-column grid (120 px apart); one transition per (state, symbol), by state
 * then symbol. The layout is JFLAP's own (tab indents, no final newline). Cost: O(n·k).
 *
 * @example
 * ```ts
 * toJflap(abStar);
 * // <?xml version="1.0" encoding="UTF-8" standalone="no"?><!--Created with LimitLab.--><structure>
 * // \t<type>fa</type>
 * // \t<automaton>
 * // \t\t<!--The list of states.-->
 * // \t\t<state id="0" name="q0">
 * // …
 * // </structure>
 * ```
 */
export function toJflap(d: Dfa): string {
  const k = d.alphabet.symbols.length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><!--Created with LimitLab.--><structure>',
    "\t<type>fa</type>",
    "\t<automaton>",
    "\t\t<!--The list of states.-->",
  ];
  for (let q = 0; q < d.states; q++) {
    const [x, y] = place(q, d.states);
    out.push(`\t\t<state id="${q}" name="q${q}">`, `\t\t\t<x>${x}.0</x>`, `\t\t\t<y>${y}.0</y>`);
    if (q === d.start) out.push("\t\t\t<initial/>");
    if (d.accepting[q] === 1) out.push("\t\t\t<final/>");
    out.push("\t\t</state>");
  }
  out.push("\t\t<!--The list of transitions.-->");
  for (let q = 0; q < d.states; q++)
    for (let s = 0; s < k; s++)
      out.push(
        "\t\t<transition>",
        `\t\t\t<from>${q}</from>`,
        `\t\t\t<to>${d.delta[q * k + s]}</to>`,
        `\t\t\t<read>${escapeXml(d.alphabet.symbols[s] as string)}</read>`,
        "\t\t</transition>",
      );
  out.push("\t</automaton>", "</structure>");
  return out.join("\n");
}

type XmlNode = Readonly<Record<string, unknown>>;

const LISTS = new Set(["automaton", "state", "transition", "from", "to", "read"]);
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  isArray: (name) => LISTS.has(name),
});

const isNode = (v: unknown): v is XmlNode =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The elements named `name` under `node` (always a list, thanks to `isArray`). */
const children = (node: XmlNode, name: string): unknown[] =>
  Array.isArray(node[name]) ? (node[name] as unknown[]) : [];

class Located {
  constructor(readonly error: LimitLabError) {}
}

/** Reads the file's states and edges; throws {@link Located} on a bad element. */
function readAutomaton(text: string, body: XmlNode) {
  const fault = (node: unknown, expected: string, message: string): Located => {
    const offset = isNode(node)
      ? ((node as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex ?? 0)
      : 0;
    const { line, column } = positionAt(text, offset);
    return new Located(parseError(column, expected, message, { line }));
  };
  const index = new Map<string, number>();
  const initial: number[] = [];
  const accepting: number[] = [];
  for (const s of children(body, "state")) {
    const id = isNode(s) ? s["@_id"] : undefined;
    if (typeof id !== "string" || !/^[0-9]+$/u.test(id))
      throw fault(s, 'id="<number>"', "a <state> needs a numeric id attribute");
    if (index.has(id)) throw fault(s, "distinct state ids", `duplicate state id ${id}`);
    const q = index.size;
    index.set(id, q);
    if (isNode(s) && "initial" in s) initial.push(q);
    if (isNode(s) && "final" in s) accepting.push(q);
  }
  const edges: LabelledEdge[] = [];
  const sources: unknown[] = [];
  for (const t of children(body, "transition")) {
    if (!isNode(t)) throw fault(t, "<from>, <to> and <read>", "an empty <transition>");
    const end = (tag: "from" | "to"): number => {
      const v = children(t, tag);
      const q = v.length === 1 && typeof v[0] === "string" ? index.get(v[0]) : undefined;
      if (q === undefined)
        throw fault(
          t,
          `<${tag}> naming one of the states ${[...index.keys()].join(", ")}`,
          v.length === 1
            ? `<${tag}>${String(v[0])}</${tag}> names no state`
            : `a transition needs one <${tag}>`,
        );
      return q;
    };
    const read = children(t, "read");
    if (read.length > 1 || (read.length === 1 && typeof read[0] !== "string"))
      throw fault(t, "one <read> with a symbol or nothing", "a transition has a bad <read>");
    const label = read.length === 0 || read[0] === "" ? null : decodeXml(read[0] as string);
    edges.push({ from: end("from"), to: end("to"), label });
    sources.push(t);
  }
  return { automaton: { states: index.size, initial, accepting, edges }, sources, fault };
}

/**
 * Reads a finite automaton from a JFLAP `.jff` file (JFLAP 7 or 4; see the module notes). A
 * deterministic file keeps the file's state order, a partial one gets a rejecting sink after
 * its states, and an NFA (ε-moves, several successors) is determinised within `budget`.
 * Without `alphabet`, the symbols are the read labels in code-point order. Errors give the
 * line and column of the offending element (or of the XML fault). Cost: linear in the file
 * for deterministic automata, the subset construction otherwise.
 *
 * @param options - `alphabet` (default: the labels), `budget` (default `{ states: 10^6 }`).
 * @example
 * ```ts
 * fromJflap(readFileSync("ab-star.jff", "utf8")); // right: (ab)* with 3 states
 * fromJflap('<!DOCTYPE x [<!ENTITY a "b">]><structure/>'); // left: DOCTYPE is refused
 * ```
 */
export function fromJflap(text: string, options: ImportOptions = {}): E.Either<LimitLabError, Dfa> {
  const doctype = text.search(/<!(?:DOCTYPE|ENTITY)/iu);
  if (doctype >= 0) {
    const { line, column } = positionAt(text, doctype);
    return E.left(
      parseError(
        column,
        "no DOCTYPE",
        "DOCTYPE and ENTITY declarations are refused (entity expansion is off)",
        { line },
      ),
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return E.left(
      parseError(valid.err.col ?? 1, "well-formed XML", valid.err.msg, { line: valid.err.line }),
    );
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (e) {
    return E.left(
      parseError(1, "a JFLAP file", e instanceof Error ? e.message : String(e), { line: 1 }),
    );
  }
  const root = isNode(doc) ? doc.structure : undefined;
  if (!isNode(root))
    return E.left(parseError(1, "a <structure> root element", "not a JFLAP file", { line: 1 }));
  const type = root.type;
  if (type !== undefined && type !== "fa")
    return E.left(
      parseError(1, "<type>fa</type>", `type ${JSON.stringify(type)} is not a finite automaton`, {
        line: 1,
      }),
    );
  const wrapped = children(root, "automaton");
  if (wrapped.length > 1)
    return E.left(parseError(1, "one <automaton>", "several <automaton> elements", { line: 1 }));
  const body = wrapped.length === 1 ? wrapped[0] : root;
  try {
    const { automaton, sources, fault } = readAutomaton(text, isNode(body) ? body : {});
    return labelledToDfa(
      automaton,
      options,
      (i, message, expected) => fault(sources[i], expected, message).error,
    );
  } catch (e) {
    if (e instanceof Located) return E.left(e.error);
    throw e;
  }
}
