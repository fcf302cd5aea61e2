import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { DotLexer, type Token } from "../../../src/automata/interop/dot-lex.js";
import { type DotGraph, MAX_DEPTH, parseDot } from "../../../src/automata/interop/dot-parse.js";
import { referenceText } from "./reference.js";

/** Every token of a text, eof included. */
const tokenize = (text: string): Token[] => {
  const lexer = new DotLexer(text);
  const out = [lexer.next()];
  while (out.at(-1)?.kind !== "eof") out.push(lexer.next());
  return out;
};
const graph = (text: string): DotGraph => {
  const r = parseDot(text);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
};
const attr = (g: DotGraph, id: string, key: string) =>
  g.nodes.find((n) => n.id === id)?.attrs.get(key)?.text;
const error = (text: string) => {
  const r = parseDot(text);
  if (E.isRight(r)) throw new Error("expected a parse error");
  return r.left;
};

describe("the DOT tokenizer", () => {
  it("reads bare, numeral, quoted and HTML ids and the punctuation", () => {
    expect(
      tokenize('a1 -2.5 .5 "x \\"y\\" \\\\" <b<i>c</i>> -> -- {}[]=;,:').map((t) => t.text),
    ).toEqual([
      "a1",
      "-2.5",
      ".5",
      'x "y" \\',
      "b<i>c</i>",
      "->",
      "--",
      "{",
      "}",
      "[",
      "]",
      "=",
      ";",
      ",",
      ":",
      "",
    ]);
  });
  it("joins quoted strings with + and line continuations", () => {
    expect(tokenize('"ab" + "cd" "e\\\nf" "g\\\r\nh"').map((t) => t.text)).toEqual([
      "abcd",
      "ef",
      "gh",
      "",
    ]);
  });
  it("skips //, # and /* */ comments and counts lines across LF, CRLF and CR", () => {
    const t = tokenize("// one\r\n# two\n/* three\r\nfour */ x\ry");
    expect(t.map((x) => [x.text, x.line, x.column])).toEqual([
      ["x", 4, 9],
      ["y", 5, 1],
      ["", 5, 2],
    ]);
  });
  it("reads non-ASCII bare ids (ε, λ, emoji)", () => {
    expect(tokenize("ε λ 😀x").map((t) => t.text)).toEqual(["ε", "λ", "😀x", ""]);
  });
});

describe("the DOT grammar", () => {
  it("numbers nodes in order of first appearance, edges creating nodes too", () => {
    const g = graph("digraph { b; a -> c; c -> b; d }");
    expect(g.nodes.map((n) => n.id)).toEqual(["b", "a", "c", "d"]);
    expect(g.edges.map((e) => `${e.from}>${e.to}`)).toEqual(["a>c", "c>b"]);
  });
  it("applies node and edge defaults to what comes after, inside their scope", () => {
    const g = graph(
      "digraph { node [shape=box]; a; { node [shape=point] edge [label=x] b -> c } d; a -> d; node [shape=egg]; a }",
    );
    expect(["a", "b", "c", "d"].map((id) => attr(g, id, "shape"))).toEqual([
      "box",
      "point",
      "point",
      "box",
    ]);
    expect(g.edges.map((e) => e.attrs.get("label")?.text)).toEqual(["x", undefined]);
  });
  it("expands edge chains and subgraph ends, with the chain's attributes on every edge", () => {
    const g = graph('digraph { a -> b -> c [label="x"]; a -> { d e } -> f }');
    expect(g.edges.map((e) => `${e.from}>${e.to}:${e.attrs.get("label")?.text ?? "-"}`)).toEqual([
      "a>b:x",
      "b>c:x",
      "a>d:-",
      "a>e:-",
      "d>f:-",
      "e>f:-",
    ]);
  });
  it("reads attribute lists separated by commas, semicolons or spaces, several in a row", () => {
    const g = graph('digraph { a [x=1, y=2; z=3 w="4"][v=5] }');
    expect(["x", "y", "z", "w", "v"].map((k) => attr(g, "a", k))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
  });
  it("reads strict graphs, names, case-insensitive keywords, ports and graph attributes", () => {
    const g = graph('STRICT DiGraph "my graph" { rankdir=LR; graph [size="3"]; a:n -> b:p:s }');
    expect([g.strict, g.directed, g.name]).toEqual([true, true, "my graph"]);
    expect(g.edges.map((e) => `${e.from}>${e.to}`)).toEqual(["a>b"]);
  });
  it("positions edges at their operator", () => {
    const g = graph("digraph {\n  a\n    -> b\n}");
    expect(g.edges[0]?.at).toEqual({ line: 3, column: 5 });
  });
  it("reads every fixture's graph", () => {
    const g = graph(referenceText("interop/learnlib/variants/ab-star-minimal.windows-crlf.dot"));
    expect(g.nodes.map((n) => n.id)).toEqual(["s0", "s1", "s2", "__start0"]);
    expect(g.edges).toHaveLength(7);
  });
});

describe("DOT parse errors are positioned", () => {
  const cases: [string, string, number, number, string][] = [
    ["unterminated string", 'digraph {\n  a [label="x]\n}', 2, 12, 'a closing "'],
    ["unterminated comment", "digraph { /* a", 1, 11, "'*/'"],
    ["unterminated HTML id", "digraph { a [label=<b<c> }", 1, 20, "a closing '>'"],
    ["stray character", "digraph { a @ b }", 1, 13, "an id"],
    ["missing brace", "digraph { a -> b", 1, 17, "'}'"],
    ["undirected edge in a digraph", "digraph { a -- b }", 1, 13, "'->'"],
    ["missing =", "digraph { a [label] }", 1, 19, "'='"],
    ["text after the graph", "digraph { } x", 1, 13, "end of input"],
    ["no header", "{ a }", 1, 1, "'digraph' or 'graph'"],
    ["keyword as a node id", "digraph { a -> node }", 1, 16, "a node id"],
  ];
  for (const [what, text, line, column, expected] of cases)
    it(what, () => {
      const e = error(text);
      expect([e.line, e.column]).toEqual([line, column]);
      expect(e.expected).toContain(expected);
      expect(e.message).toMatch(new RegExp(`^line ${line}, column ${column}: `));
    });
  it("refuses subgraphs nested deeper than the limit instead of overflowing the stack", () => {
    const deep = `digraph { ${"{".repeat(MAX_DEPTH + 5)} }`;
    expect(error(deep).message).toContain(`deeper than ${MAX_DEPTH}`);
  });
  it("fuzzed input never throws", () => {
    const fixture = referenceText("interop/aalpy/ab-star-minimal.dot");
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'digraph{}[]=;,:->"<>/*#\n ab') }),
      fc
        .tuple(fc.nat(fixture.length), fc.nat(fixture.length), fc.string({ maxLength: 3 }))
        .map(([i, j, s]) => fixture.slice(0, Math.min(i, j)) + s + fixture.slice(Math.max(i, j))),
    );
    fc.assert(
      fc.property(texts, (t) => {
        const r = parseDot(t);
        expect(E.isLeft(r) || E.isRight(r)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.statistics(texts, (t) => (E.isRight(parseDot(t)) ? "parsed" : "error"), { numRuns: 1000 });
  });
});
