/**
 * A reader for the Graphviz DOT language (the grammar of graphviz.org/doc/info/lang.html):
 * the tokenizer of `dot-lex.ts` and a recursive-descent parser that yield the graph's nodes
 * (in order of first appearance, with their attributes) and edges (with theirs). It knows
 * what automata tools write and a bit more:
 * - ids bare, numeral, quoted (`\"` is a quote, `\\` a backslash, a backslash before a line
 *   break joins lines, `"a" + "b"` concatenates) or HTML (`<…>`, kept as written);
 * - `;` optional after statements; attribute lists separated by `,`, `;` or spaces, and
 *   several lists in a row (`[a=1][b=2]`);
 * - `//`, `#` (to the end of the line) and `/* … *\/` comments; LF, CRLF and CR line breaks;
 * - `node [...]` and `edge [...]` defaults (they apply to what is created after them, inside
 *   the current `{ }` scope), graph attributes (read and ignored), ports (ignored);
 * - edge chains `a -> b -> c` and subgraphs as edge ends (`a -> { b c }`).
 *
 * Errors are parse errors with the 1-based line and column. Cost: O(length of the text);
 * subgraphs nest at most {@link MAX_DEPTH} deep, so no input can overflow the stack.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ParseError } from "../support/errors.js";
import { DotLexer, type DotPosition, Fail, fail, type Token } from "./dot-lex.js";

/** An attribute value with where it was written. */
export interface DotValue {
  readonly text: string;
  readonly at: DotPosition;
}

/** A node: its id, where it first appears, its attributes (defaults included). */
export interface DotNode {
  readonly id: string;
  readonly at: DotPosition;
  readonly attrs: ReadonlyMap<string, DotValue>;
}

/** An edge between two node ids, positioned at its operator (`->` or `--`). */
export interface DotEdge {
  readonly from: string;
  readonly to: string;
  readonly at: DotPosition;
  readonly attrs: ReadonlyMap<string, DotValue>;
}

/** A parsed graph. */
export interface DotGraph {
  readonly directed: boolean;
  readonly strict: boolean;
  readonly name?: string;
  readonly nodes: readonly DotNode[];
  readonly edges: readonly DotEdge[];
}

const KEYWORDS = new Set(["node", "edge", "graph", "digraph", "subgraph", "strict"]);

/** How deep subgraphs may nest. */
export const MAX_DEPTH = 1000;

interface Scope {
  readonly nodeDefaults: Map<string, DotValue>;
  readonly edgeDefaults: Map<string, DotValue>;
}

interface NodeRecord {
  readonly id: string;
  readonly at: DotPosition;
  readonly attrs: Map<string, DotValue>;
}

class Parser {
  private depth = 0;
  private directed = true;
  /** Tokens read ahead (at most two). */
  private readonly ahead: Token[] = [];
  readonly nodes = new Map<string, NodeRecord>();
  readonly edges: DotEdge[] = [];

  constructor(private readonly lexer: DotLexer) {}

  private peek(k = 0): Token {
    while (this.ahead.length <= k) this.ahead.push(this.lexer.next());
    return this.ahead[k] as Token;
  }
  private next(): Token {
    const t = this.peek();
    this.ahead.shift();
    return t;
  }
  private describe(t: Token): string {
    return t.kind === "eof" ? "end of input" : JSON.stringify(t.text);
  }
  private isPunct(t: Token, p: string): boolean {
    return t.kind === "punct" && t.text === p;
  }
  private keyword(t: Token): string | undefined {
    if (t.kind !== "id" || t.quoted || t.text.length > 8) return undefined;
    const k = t.text.toLowerCase();
    return KEYWORDS.has(k) ? k : undefined;
  }
  private expect(p: string): Token {
    const t = this.next();
    if (!this.isPunct(t, p)) throw fail(t, `'${p}'`, `unexpected ${this.describe(t)}`);
    return t;
  }
  private id(what: string): Token {
    const t = this.next();
    if (t.kind !== "id" || this.keyword(t) !== undefined)
      throw fail(t, what, `unexpected ${this.describe(t)}`);
    return t;
  }

  graph(): DotGraph {
    let t = this.next();
    const strict = this.keyword(t) === "strict";
    if (strict) t = this.next();
    const kind = this.keyword(t);
    if (kind !== "digraph" && kind !== "graph")
      throw fail(t, "'digraph' or 'graph'", `unexpected ${this.describe(t)}`);
    this.directed = kind === "digraph";
    const name = this.peek().kind === "id" ? this.id("a graph name").text : undefined;
    this.expect("{");
    this.statements({ nodeDefaults: new Map(), edgeDefaults: new Map() }, undefined);
    this.expect("}");
    const end = this.next();
    if (end.kind !== "eof") throw fail(end, "end of input", `unexpected ${this.describe(end)}`);
    const base = {
      directed: this.directed,
      strict,
      nodes: [...this.nodes.values()],
      edges: this.edges,
    };
    return name === undefined ? base : { ...base, name };
  }

  /** Statements up to (not including) the closing brace, adding the nodes they mention. */
  private statements(scope: Scope, mentioned: Set<string> | undefined): void {
    while (!this.isPunct(this.peek(), "}")) {
      if (this.peek().kind === "eof") throw fail(this.peek(), "'}'", "unexpected end of input");
      this.statement(scope, mentioned);
      if (this.isPunct(this.peek(), ";")) this.next();
    }
  }

  private statement(scope: Scope, mentioned: Set<string> | undefined): void {
    const t = this.peek();
    const kw = this.keyword(t);
    if (kw === "node" || kw === "edge" || kw === "graph") {
      this.next();
      const attrs = this.attrLists(true);
      const target =
        kw === "node" ? scope.nodeDefaults : kw === "edge" ? scope.edgeDefaults : undefined;
      for (const [k, v] of attrs) target?.set(k, v);
      return;
    }
    if (t.kind === "id" && kw === undefined && this.isPunct(this.peek(1), "=")) {
      this.next();
      this.next();
      this.id("an attribute value");
      return;
    }
    const first = this.operand(scope, mentioned);
    const ends = [first];
    const ops: Token[] = [];
    while (this.isPunct(this.peek(), "->") || this.isPunct(this.peek(), "--")) {
      const op = this.next();
      if (op.text !== (this.directed ? "->" : "--"))
        throw fail(
          op,
          `'${this.directed ? "->" : "--"}'`,
          `${op.text} in a ${this.directed ? "digraph" : "graph"}`,
        );
      ops.push(op);
      ends.push(this.operand(scope, mentioned));
    }
    const own = this.attrLists(false);
    if (ops.length === 0) {
      if (first.single !== undefined) for (const [k, v] of own) first.single.attrs.set(k, v);
      return;
    }
    const attrs = scope.edgeDefaults.size === 0 ? own : new Map([...scope.edgeDefaults, ...own]);
    for (const [j, op] of ops.entries())
      for (const from of (ends[j] as Operand).ids)
        for (const to of (ends[j + 1] as Operand).ids)
          this.edges.push({ from, to, at: { line: op.line, column: op.column }, attrs });
  }

  private operand(scope: Scope, mentioned: Set<string> | undefined): Operand {
    const t = this.peek();
    if (this.keyword(t) === "subgraph" || this.isPunct(t, "{")) {
      if (this.keyword(t) === "subgraph") {
        this.next();
        if (this.peek().kind === "id") this.id("a subgraph name");
      }
      const open = this.expect("{");
      if (++this.depth > MAX_DEPTH)
        throw fail(open, "fewer nested subgraphs", `subgraphs nested deeper than ${MAX_DEPTH}`);
      const inner = new Set<string>();
      const local = {
        nodeDefaults: new Map(scope.nodeDefaults),
        edgeDefaults: new Map(scope.edgeDefaults),
      };
      this.statements(local, inner);
      this.expect("}");
      this.depth--;
      for (const id of inner) mentioned?.add(id);
      return { ids: [...inner] };
    }
    const id = this.id("a node id, 'subgraph' or '{'");
    if (this.isPunct(this.peek(), ":")) {
      this.next();
      this.id("a port");
      if (this.isPunct(this.peek(), ":")) {
        this.next();
        this.id("a compass point");
      }
    }
    let node = this.nodes.get(id.text);
    if (node === undefined) {
      node = {
        id: id.text,
        at: { line: id.line, column: id.column },
        attrs: new Map(scope.nodeDefaults),
      };
      this.nodes.set(id.text, node);
    }
    mentioned?.add(id.text);
    return { ids: [id.text], single: node };
  }

  /** One or more `[ ... ]` lists (`required`: at least one). */
  private attrLists(required: boolean): Map<string, DotValue> {
    const out = new Map<string, DotValue>();
    if (required && !this.isPunct(this.peek(), "[")) {
      const t = this.peek();
      throw fail(t, "'['", `unexpected ${this.describe(t)}`);
    }
    while (this.isPunct(this.peek(), "[")) {
      this.next();
      while (!this.isPunct(this.peek(), "]")) {
        const key = this.id("an attribute name or ']'");
        this.expect("=");
        const value = this.id("an attribute value");
        out.set(key.text, { text: value.text, at: { line: value.line, column: value.column } });
        if (this.isPunct(this.peek(), ",") || this.isPunct(this.peek(), ";")) this.next();
      }
      this.next();
    }
    return out;
  }
}

interface Operand {
  readonly ids: readonly string[];
  /** The node, when the operand is a single node id (a node statement's target). */
  readonly single?: NodeRecord;
}

/**
 * Parses a DOT text into its nodes and edges.
 *
 * @example
 * ```ts
 * parseDot('digraph { a -> b [label="x"] }');
 * // right({ directed: true, nodes: [a, b], edges: [{ from: "a", to: "b", attrs: label=x }] … })
 * parseDot('digraph { a [label="x] }'); // left: line 1, column 18: unterminated string
 * ```
 */
export function parseDot(text: string): E.Either<ParseError, DotGraph> {
  try {
    return E.right(new Parser(new DotLexer(text)).graph());
  } catch (e) {
    if (e instanceof Fail) return E.left(e.error);
    throw e;
  }
}
