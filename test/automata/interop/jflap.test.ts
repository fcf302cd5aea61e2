import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { accepts } from "../../../src/automata/dfa.js";
import { fromJflap, toJflap } from "../../../src/automata/interop/jflap.js";
import { compareCodePoints } from "../../../src/automata/interop/labelled.js";
import { acceptedWords, leftOf, referenceText, rightOf, shape } from "./reference.js";

const fixture = (name: string) => referenceText(`interop/jflap/${name}`);
const read = (text: string) => rightOf(fromJflap(text));
const credit = (text: string) =>
  text.replace("<!--Created with JFLAP 7.1.-->", "<!--Created with LimitLab.-->");

const state = (id: number, extra = "") =>
  `<state id="${id}" name="q${id}"><x>0.0</x><y>0.0</y>${extra}</state>`;
const move = (from: number, to: number, read?: string) =>
  `<transition><from>${from}</from><to>${to}</to>${read === undefined ? "" : read === "" ? "<read/>" : `<read>${read}</read>`}</transition>`;
const jff = (body: string) =>
  `<?xml version="1.0"?><structure><type>fa</type><automaton>${body}</automaton></structure>`;

const sorted = [
  unsafeAlphabet(["a", "b"]),
  unsafeAlphabet(["a", "b", "c"]),
  unsafeAlphabet(["hello", "world"]),
  unsafeAlphabet(["&", "a&b", "'", '"', "[0-9]"].sort(compareCodePoints)),
];
const arbSorted = fc.constantFrom(...sorted).chain((s) => arbDfa(s, { maxStates: 12 }));

describe("toJflap", () => {
  it("writes JFLAP 7's own layout: the fixtures come back byte for byte", () => {
    for (const name of [
      "ab-star-minimal.jff",
      "random-minimal-n50-k2-seed42.jff",
      "random-minimal-n50-k3-seed42.jff",
    ]) {
      const text = fixture(name);
      expect(toJflap(read(text))).toBe(credit(text));
    }
  });
});

describe("fromJflap ∘ toJflap", () => {
  it("is the identity over code-point-ordered alphabets (one row and grid layouts)", () => {
    fc.assert(
      fc.property(arbSorted, (d) => {
        const { meta: _, ...want } = shape(d);
        const { meta: __, ...got } = shape(read(toJflap(d)));
        expect(got).toEqual(want);
      }),
      { numRuns: 150 },
    );
    fc.statistics(
      arbSorted,
      (d) => [`${d.states < 10 ? "row" : "grid"}`, `k=${d.alphabet.symbols.length}`],
      {
        numRuns: 150,
      },
    );
    const sample = fc.sample(arbSorted, { numRuns: 150, seed: 5 });
    expect(sample.filter((d) => d.states >= 10).length).toBeGreaterThan(20);
  });
  it("is the identity over any alphabet passed as an option", () => {
    const cba = unsafeAlphabet(["c", "b", "a"]);
    fc.assert(
      fc.property(arbDfa(cba, { maxStates: 6 }), (d) => {
        expect(shape(rightOf(fromJflap(toJflap(d), { alphabet: cba })))).toEqual(shape(d));
      }),
      { numRuns: 100 },
    );
  });
});

describe("fromJflap reads what JFLAP writes", () => {
  it("does not depend on the order of the transitions", () => {
    const text = fixture("ab-star-minimal.jff");
    const blocks = text.match(/\t\t<transition>[\s\S]*?<\/transition>\n/gu) ?? [];
    expect(blocks).toHaveLength(6);
    const head = text.slice(0, text.indexOf(blocks[0] as string));
    const tail = text.slice(text.lastIndexOf(blocks[5] as string) + (blocks[5] as string).length);
    const want = shape(read(text));
    const orders = fc.shuffledSubarray(blocks, { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(orders, (order) => {
        expect(shape(read(head + order.join("") + tail))).toEqual(want);
      }),
      { numRuns: 50 },
    );
    fc.statistics(orders, (o) => (o.join("") === blocks.join("") ? "file order" : "shuffled"), {
      numRuns: 50,
    });
  });
  it("the JFLAP 4 layout: no <automaton>, <name> as an element", () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?><!--Created with JFLAP 4.0b14.--><structure mode="Default mode"><type>fa</type>' +
      '<state id="0"><x>10.0</x><y>10.0</y><name>q0</name><initial/></state><state id="1"><name>q1</name><final/></state>' +
      "<transition><from>0</from><to>1</to><read>a</read></transition><transition><from>1</from><to>0</to><read>b</read></transition></structure>";
    expect(acceptedWords(read(text), 3)).toEqual(["a", "aba"]);
  });
  it("λ as <read/> or a missing <read>; multi-character labels are tokens", () => {
    const d = read(
      jff(
        state(0, "<initial/>") +
          state(1) +
          state(2, "<final/>") +
          move(0, 1) +
          move(1, 2, "hello") +
          move(2, 2, "") +
          move(2, 0, "wor&amp;ld"),
      ),
    );
    expect(d.alphabet.symbols).toEqual(["hello", "wor&ld"]);
    expect(acceptedWords(d, 3)).toEqual(["hello", "hello wor&ld hello"]);
  });
  it("states are numbered in file order, whatever their ids", () => {
    const d = read(
      jff(state(7, "<final/>") + state(3, "<initial/>") + move(3, 7, "a") + move(7, 3, "b")),
    );
    expect([d.start, Array.from(d.accepting), d.states]).toEqual([1, [1, 0, 0], 3]);
  });
  it("Windows files (&#13; and CRLF) read like the originals", () => {
    for (const name of ["ab-star-minimal", "a-or-ab-epsilon-nfa"])
      expect(shape(read(fixture(`variants/${name}.windows.jff`)))).toEqual(
        shape(read(fixture(`${name}.jff`))),
      );
  });
  it("several initial states make an NFA, determinised within the budget", () => {
    const two = jff(state(0, "<initial/>") + state(1, "<initial/><final/>") + move(0, 1, "a"));
    const d = read(two);
    expect([accepts(d, []), accepts(d, [0]), accepts(d, [0, 0])]).toEqual([true, true, false]);
    expect(
      leftOf(fromJflap(fixture("a-or-ab-epsilon-nfa.jff"), { budget: { states: 2 } })).kind,
    ).toBe("budget");
  });
});

describe("fromJflap errors", () => {
  it("refuses a DOCTYPE (billion laughs) at its position, before parsing", () => {
    const lol = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<structure>&lol2;</structure>`;
    const e = leftOf(fromJflap(lol));
    expect(e.kind === "parse" && [e.line, e.column]).toEqual([2, 1]);
    expect(e.message).toContain("DOCTYPE");
    expect(leftOf(fromJflap('<structure><!ENTITY x "y"></structure>')).message).toContain("ENTITY");
  });
  it("malformed XML names the line and column", () => {
    const e = leftOf(
      fromJflap('<structure>\n<type>fa</type>\n<state id="0"></stat>\n</structure>'),
    );
    expect(e.kind === "parse" && e.line).toBe(3);
    expect(e.message).toMatch(/^line 3, column \d+: .*stat/);
  });
  it("an unknown state in a transition, at the transition", () => {
    const e = leftOf(
      fromJflap(`<structure>\n${state(0, "<initial/>")}\n  ${move(0, 7, "a")}</structure>`),
    );
    expect(e.message).toMatch(/^line 3, column 3: <to>7<\/to> names no state/);
  });
  it("bad states, reads, types and alphabets", () => {
    expect(leftOf(fromJflap(jff(state(0) + state(0))))).toMatchObject({ kind: "parse" });
    expect(leftOf(fromJflap(jff(state(0) + state(0)))).message).toContain("duplicate state id 0");
    expect(leftOf(fromJflap(jff('<state id="x"/>'))).message).toContain("numeric id");
    expect(
      leftOf(
        fromJflap(
          jff(
            `${state(0, "<initial/>")}<transition><from>0</from><to>0</to><read>a</read><read>b</read></transition>`,
          ),
        ),
      ).message,
    ).toContain("<read>");
    expect(leftOf(fromJflap("<structure><type>pda</type></structure>")).message).toContain(
      'type "pda"',
    );
    expect(leftOf(fromJflap(jff(state(0) + move(0, 0, "a")))).message).toContain(
      "no initial state",
    );
    expect(
      leftOf(
        fromJflap(jff(state(0, "<initial/>") + move(0, 0, "c")), {
          alphabet: unsafeAlphabet(["a"]),
        }),
      ).message,
    ).toMatch(/^line 1, column \d+: symbol "c" is not in the alphabet \{a\}/);
    expect(leftOf(fromJflap(jff(state(0, "<initial/>") + move(0, 0, "a#")))).message).toContain(
      "reserved",
    );
    expect(leftOf(fromJflap("<other/>")).message).toContain("<structure>");
  });
  it("fuzzed input never throws", () => {
    const text = fixture("a-or-ab-partial.jff");
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'<>/="&#;!?- structatenoidfrmx01') }),
      fc.nat(text.length).map((i) => text.slice(0, i)),
      fc
        .tuple(
          fc.nat(text.length),
          fc.string({ unit: fc.constantFrom(...'<>/"&;01ab'), maxLength: 3 }),
        )
        .map(([i, s]) => text.slice(0, i) + s + text.slice(i + 1)),
    );
    fc.assert(
      fc.property(texts, (t) => {
        const r = fromJflap(t);
        expect(E.isLeft(r) || E.isRight(r)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.statistics(
      texts,
      (t) => (E.isRight(fromJflap(t)) ? "read" : `error: ${leftOf(fromJflap(t)).kind}`),
      {
        numRuns: 1000,
      },
    );
  });
});
