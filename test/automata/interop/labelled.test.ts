import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { accepts } from "../../../src/automata/dfa.js";
import {
  compareCodePoints,
  type LabelledAutomaton,
  labelledToDfa,
} from "../../../src/automata/interop/labelled.js";
import { invalidInput } from "../../../src/automata/support/errors.js";
import { allWords } from "../brute-force.js";
import { leftOf, rightOf, shape } from "./reference.js";

const at = (i: number, message: string) => invalidInput(message, `edges[${i}]`);
const toDfa = (a: LabelledAutomaton, options = {}) => labelledToDfa(a, options, at);

/** Direct simulation of the labelled automaton on a word of symbol names. */
function simulate(a: LabelledAutomaton, word: readonly string[]): boolean {
  const close = (set: Set<number>) => {
    for (const q of set)
      for (const e of a.edges) if (e.from === q && e.label === null) set.add(e.to);
    return set;
  };
  let cur = close(new Set(a.initial));
  for (const s of word) {
    const next = new Set<number>();
    for (const e of a.edges) if (cur.has(e.from) && e.label === s) next.add(e.to);
    cur = close(next);
  }
  return [...cur].some((q) => a.accepting.includes(q));
}

const arbLabelled = (symbols: readonly string[]): fc.Arbitrary<LabelledAutomaton> =>
  fc.integer({ min: 1, max: 5 }).chain((n) => {
    const q = fc.integer({ min: 0, max: n - 1 });
    const edge = fc.record({
      from: q,
      to: q,
      label: fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 5, arbitrary: fc.constantFrom(...symbols) },
      ),
    });
    return fc.record({
      states: fc.constant(n),
      initial: fc.uniqueArray(q, { minLength: 1, maxLength: 2 }),
      accepting: fc.uniqueArray(q, { maxLength: n }),
      edges: fc.array(edge, { maxLength: 3 * n }),
    });
  });

describe("compareCodePoints", () => {
  it("orders by code point, not by UTF-16 unit", () => {
    expect(["b", "a", "😀", "\uffff", "ab"].sort(compareCodePoints)).toEqual([
      "a",
      "ab",
      "b",
      "\uffff",
      "😀",
    ]);
    expect("😀" < "\uffff").toBe(true); // what plain < would say
  });
});

describe("labelledToDfa", () => {
  it("accepts what the labelled automaton accepts (all words up to length 6)", () => {
    const symbols = ["a", "b"];
    const sigma = unsafeAlphabet(symbols);
    const kind = (a: LabelledAutomaton) =>
      a.initial.length === 1 &&
      a.edges.every((e) => e.label !== null) &&
      new Set(a.edges.map((e) => `${e.from} ${e.label}`)).size === a.edges.length
        ? "deterministic"
        : "nondeterministic";
    fc.assert(
      fc.property(arbLabelled(symbols), (a) => {
        const d = rightOf(toDfa(a, { alphabet: sigma }));
        for (const w of allWords(2, 6))
          expect(accepts(d, w)).toBe(
            simulate(
              a,
              w.map((s) => symbols[s] as string),
            ),
          );
        if (kind(a) === "deterministic") expect(d.states - a.states).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
    fc.statistics(arbLabelled(symbols), kind, { numRuns: 200 });
  });
  it("keeps the numbering of a deterministic automaton and adds one sink when partial", () => {
    const d = rightOf(
      toDfa({ states: 2, initial: [1], accepting: [0], edges: [{ from: 1, to: 0, label: "x" }] }),
    );
    expect(shape(d)).toMatchObject({ symbols: ["x"], states: 3, start: 1, delta: [2, 0, 2] });
  });
  it("needs a label or an alphabet, an initial state and a budget large enough", () => {
    const bare = { states: 1, initial: [0], accepting: [], edges: [] };
    expect(leftOf(toDfa(bare)).message).toContain("alphabet is unknown");
    expect(rightOf(toDfa(bare, { alphabet: unsafeAlphabet(["a"]) })).states).toBe(2);
    expect(
      leftOf(toDfa({ ...bare, initial: [] }, { alphabet: unsafeAlphabet(["a"]) })).message,
    ).toContain("no initial state");
    expect(leftOf(toDfa({ ...bare, states: 3 }, { budget: { states: 2 } })).kind).toBe("budget");
  });
  it("names the edge whose label is not a symbol", () => {
    const bad = {
      states: 1,
      initial: [0],
      accepting: [],
      edges: [
        { from: 0, to: 0, label: "a" },
        { from: 0, to: 0, label: "<b>" },
      ],
    };
    expect(leftOf(toDfa(bad))).toMatchObject({ field: "edges[1]" });
    expect(leftOf(toDfa(bad, { alphabet: unsafeAlphabet(["a"]) }))).toMatchObject({
      field: "edges[1]",
    });
  });
});
