import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa, dfaFromTable, withMeta } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { fromDot, toDot } from "../../../src/automata/interop/dot.js";
import { fromJson } from "../../../src/automata/interop/json.js";
import { compareCodePoints } from "../../../src/automata/interop/labelled.js";
import { acceptedWords, leftOf, referenceText, rightOf, shape } from "./reference.js";

const ab = unsafeAlphabet(["a", "b"]);
const abStar = rightOf(
  dfaFromTable(
    ab,
    0,
    [0],
    [
      [1, 2],
      [2, 0],
      [2, 2],
    ],
  ),
);
const read = (text: string) => rightOf(fromDot(text));

/** Alphabets in code-point order, including symbols DOT must quote or escape. */
const sorted = [
  ab,
  unsafeAlphabet(["a", "b", "c"]),
  unsafeAlphabet(["hello", "world"]),
  unsafeAlphabet(['"', ",", "\\", "a,", "-", "{"].sort(compareCodePoints)),
];
const arbSorted = fc.constantFrom(...sorted).chain((s) => arbDfa(s, { maxStates: 7 }));
const hasSink = (d: Dfa) => toDot(d, { hideSink: true }) !== toDot(d);
const merges = (d: Dfa) => toDot(d).includes(", ");

describe("toDot", () => {
  it("draws doublecircle accepting states, a start arrow and merged labels", () => {
    expect(toDot(withMeta(abStar, { name: "(ab)*" }))).toBe(
      [
        'digraph "(ab)*" {',
        "  rankdir=LR;",
        "  node [shape=circle];",
        '  __start0 [shape=none, label="", width=0, height=0];',
        '  s0 [label="0", shape=doublecircle];',
        '  s1 [label="1"];',
        '  s2 [label="2"];',
        "  __start0 -> s0;",
        '  s0 -> s1 [label="a"];',
        '  s0 -> s2 [label="b"];',
        '  s1 -> s2 [label="a"];',
        '  s1 -> s0 [label="b"];',
        '  s2 -> s2 [label="a, b"];',
        "}",
        "",
      ].join("\n"),
    );
  });
  it("hides the rejecting sink on request, but never the start state", () => {
    const hidden = toDot(abStar, { hideSink: true, name: "g" });
    expect(hidden).not.toContain("s2");
    const empty = rightOf(dfaFromTable(ab, 0, [], [[0, 0]]));
    expect(toDot(empty, { hideSink: true })).toContain("s0 -> s0");
  });
});

describe("fromDot ∘ toDot", () => {
  it("is the identity (same numbering and arrays) over code-point-ordered alphabets", () => {
    fc.assert(
      fc.property(arbSorted, (d) => {
        const { meta: _, ...want } = shape(d);
        const { meta: __, ...got } = shape(read(toDot(d)));
        expect(got).toEqual(want);
      }),
      { numRuns: 200 },
    );
    fc.statistics(
      arbSorted,
      (d) => [
        `${d.states} states`,
        hasSink(d) ? "sink" : "no sink",
        merges(d) ? "merged labels" : "single labels",
      ],
      {
        numRuns: 200,
      },
    );
    const sample = fc.sample(arbSorted, { numRuns: 200, seed: 3 });
    expect(sample.filter(merges).length).toBeGreaterThan(50);
    expect(sample.filter((d) => d.states >= 4).length).toBeGreaterThan(50);
  });
  it("is the identity over any alphabet passed as an option", () => {
    const ba = unsafeAlphabet(["b", "a"]);
    fc.assert(
      fc.property(arbDfa(ba, { maxStates: 6 }), (d) => {
        expect(shape(rightOf(fromDot(toDot(d), { alphabet: ba })))).toEqual(shape(d));
      }),
      { numRuns: 100 },
    );
  });
  it("with a hidden sink gives an equivalent DFA (the sink comes back by completion)", () => {
    const withSink = arbSorted.filter(hasSink);
    fc.assert(
      fc.property(withSink, (d) => {
        const back = rightOf(fromDot(toDot(d, { hideSink: true }), { alphabet: d.alphabet }));
        expect(equivalent(back, d)).toEqual(O.none);
        expect(back.states).toBeLessThanOrEqual(d.states);
      }),
      { numRuns: 100 },
    );
    fc.statistics(withSink, (d) => `${d.states} states`, { numRuns: 100 });
  });
});

describe("fromDot reads DOT as people and tools write it", () => {
  it("comments, CRLF, no semicolons, mixed attribute separators", () => {
    const d = read(
      '/* head */ digraph G { // c\r\n# hash\r\n node [shape = circle; fontsize=10]\r\n __start0 [shape=none label=""]\r\n __start0 -> q0\r\n q0 -> q1 [label=a] [color=red]\r\n q1 -> q0 [label="b"]\r\n q1 [shape="doublecircle"]\r\n}\r\n',
    );
    expect(acceptedWords(d, 4)).toEqual(["a", "aba"]);
  });
  it("node defaults decide acceptance; states keep the file's order", () => {
    const d = read(
      "digraph { node [shape=doublecircle]; q1; q2; node [shape=circle]; q0; __start0 -> q0; q0 -> q1 [label=a]; q0 -> q2 [label=b]; q1 -> q0 [label=a]; q2 -> q2 [label=a]; q1 -> q1 [label=b]; q2 -> q0 [label=b] }",
    );
    expect([d.states, d.start, Array.from(d.accepting)]).toEqual([3, 2, [1, 1, 0]]);
  });
  it("a start marker drawn as a point, quoted ids with escapes, HTML and joined labels", () => {
    const d = read(
      'digraph { start [shape=point]; start -> "q \\"0\\""; "q \\"0\\"" -> q1 [label=<x>]; q1 -> q2 [label="y" + "z"]; q2 [shape=doublecircle] }',
    );
    expect(d.alphabet.symbols).toEqual(["x", "yz"]);
    expect(acceptedWords(d, 3)).toEqual(["x yz"]);
  });
  it("merged labels, as toDot writes them, and ports", () => {
    const d = read(
      'digraph { __start0 -> s0; s0:e -> s0:w [label="a, b"]; s0 [shape=doublecircle] }',
    );
    expect(d.states).toBe(1);
    expect(acceptedWords(d, 2)).toEqual(["", "a", "b", "aa", "ab", "ba", "bb"]);
  });
  it("orders symbols by code point without a given alphabet", () => {
    const d = read('digraph { __start0 -> s; s -> s [label="é, b, 😀, A"] }');
    expect(d.alphabet.symbols).toEqual(["A", "b", "é", "😀"]);
  });
  it("determinises ε-edges, several start arrows and several targets within the budget", () => {
    const nfa = read(
      'digraph { __start0 -> p; __start1 -> r; p -> q [label=ε]; q -> f [label=a]; p -> p [label=a]; p -> g [label=a]; g -> f [label=b]; r -> f [label=""]; f [shape=doublecircle] }',
    );
    for (const w of [[], [0], [0, 0], [0, 1], [0, 0, 1]]) expect(accepts(nfa, w)).toBe(true);
    expect(accepts(nfa, [1])).toBe(false);
  });
  it("completes a partial automaton with a sink after its states", () => {
    const d = read("digraph { __start0 -> s0; s0 -> s1 [label=a]; s1 [shape=doublecircle] }");
    expect(shape(d)).toMatchObject({ states: 3, delta: [1, 2, 2] });
  });
  it("detects a redirected edge in a fixture", () => {
    const text = referenceText("interop/aalpy/random-minimal-n50-k2-seed42.dot");
    const target = rightOf(
      fromJson(referenceText("query-targets/random-minimal-n50-k2-seed42.json")),
    );
    expect(equivalent(read(text), target)).toEqual(O.none);
    const broken = text.replace('s0 -> s32 [label="a"]', 's0 -> s31 [label="a"]');
    expect(broken).not.toBe(text);
    expect(O.isSome(equivalent(read(broken), target))).toBe(true);
  });
});

describe("fromDot errors", () => {
  it("an unterminated string names its line and column", () => {
    const e = leftOf(fromDot('digraph g {\n\ts0 -> s1 [label="a];\n}'));
    expect(e.kind === "parse" && [e.line, e.column]).toEqual([2, 18]);
    expect(e.message).toContain("unterminated string");
  });
  it("an edge without a label, at the edge", () => {
    const e = leftOf(fromDot("digraph {\n __start0 -> a\n a -> b\n}"));
    expect(e.message).toMatch(/^line 3, column 4: edge a -> b has no label/);
  });
  it("a label outside the given alphabet, at the label", () => {
    const e = leftOf(
      fromDot('digraph {\n __start0 -> a\n a -> a [label="c"]\n}', { alphabet: ab }),
    );
    expect(e.message).toMatch(
      /^line 3, column 16: edge a -> a: symbol "c" is not in the alphabet \{a, b\}/,
    );
  });
  it("a label that cannot be a symbol, at the label", () => {
    const e = leftOf(fromDot('digraph { __start0 -> a; a -> a [label="x y"] }'));
    expect(e.message).toMatch(/^line 1, column 40: .*whitespace/);
  });
  it("no start state, no states, an undirected graph, an edge into the marker", () => {
    expect(leftOf(fromDot("digraph { a -> a [label=x] }")).message).toContain("no start state");
    expect(leftOf(fromDot("digraph { }")).message).toContain("no states");
    expect(leftOf(fromDot("graph { __start0 -- a }")).message).toContain("digraph");
    expect(leftOf(fromDot("digraph { __start0 -> a; a -> __start0 }")).message).toContain(
      "start marker",
    );
  });
  it("a state budget: the file's states and the subset construction", () => {
    const chain = `digraph { __start0 -> q0; ${Array.from({ length: 6 }, (_, i) => `q${i} -> q${i + 1} [label=a]`).join("; ")} }`;
    expect(leftOf(fromDot(chain, { budget: { states: 5 } })).kind).toBe("budget");
    // (a|b)*a(a|b){8} as an NFA: its DFA has 2^9 states
    const k = 8;
    const edges = [
      'q0 -> q0 [label="a, b"]',
      "q0 -> q1 [label=a]",
      ...Array.from({ length: k }, (_, i) => `q${i + 1} -> q${i + 2} [label="a, b"]`),
    ];
    const nfa = `digraph { __start0 -> q0; ${edges.join("; ")}; q${k + 1} [shape=doublecircle] }`;
    expect(rightOf(fromDot(nfa)).states).toBe(2 ** (k + 1));
    const e = leftOf(fromDot(nfa, { budget: { states: 100 } }));
    expect(e.kind === "budget" && e.limit).toBe(100);
  });
  it("fuzzed input never throws", () => {
    const fixture = referenceText("interop/learnlib/ab-star-minimal.dot");
    const texts = fc.oneof(
      fc.string(),
      fc.nat(fixture.length).map((i) => fixture.slice(0, i)),
      fc
        .tuple(
          fc.nat(fixture.length),
          fc.string({ unit: fc.constantFrom(...'s0123->[]"=;label ε'), maxLength: 4 }),
        )
        .map(([i, s]) => fixture.slice(0, i) + s + fixture.slice(i + 1)),
    );
    fc.assert(
      fc.property(texts, (t) => {
        const r = fromDot(t);
        expect(E.isLeft(r) || E.isRight(r)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.statistics(
      texts,
      (t) => (E.isRight(fromDot(t)) ? "read" : `error: ${leftOf(fromDot(t)).kind}`),
      {
        numRuns: 1000,
      },
    );
  });
});
