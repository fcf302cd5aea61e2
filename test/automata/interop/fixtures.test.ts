/**
 * Every interop fixture in shared/reference/interop (AALpy and AutomataLib/LearnLib DOT,
 * JFLAP .jff, with their variants) imports and has the language facts of expected.json; the
 * n50 files match their JSON targets state for state.
 */
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { transitionTable } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { fromDot } from "../../../src/automata/interop/dot.js";
import { fromJflap } from "../../../src/automata/interop/jflap.js";
import { fromJson } from "../../../src/automata/interop/json.js";
import { minimize } from "../../../src/automata/minimize.js";
import {
  acceptedWords,
  countsByLength,
  expectedFixtures,
  referenceFiles,
  referenceText,
  rightOf,
  shape,
} from "./reference.js";

const read = (file: string) => {
  const text = referenceText(`interop/${file}`);
  return rightOf(file.endsWith(".jff") ? fromJflap(text) : fromDot(text));
};

const fixtures = Object.entries(expectedFixtures());

describe("interop fixtures", () => {
  it("cover every fixture file in the folder", () => {
    const listed = new Set(fixtures.flatMap(([, f]) => f.files));
    const present = ["aalpy", "learnlib", "jflap"].flatMap((tool) => [
      ...referenceFiles(`interop/${tool}`)
        .filter((f) => f.endsWith(".dot") || f.endsWith(".jff"))
        .map((f) => `${tool}/${f}`),
      ...referenceFiles(`interop/${tool}/variants`).map((f) => `${tool}/variants/${f}`),
    ]);
    expect(present.length).toBe(20);
    expect(new Set(present)).toEqual(listed);
  });

  for (const [name, facts] of fixtures)
    describe(name, () => {
      for (const file of facts.files)
        it(`${file} has the expected language`, () => {
          const d = read(file);
          expect(d.alphabet.symbols).toEqual(facts.alphabet);
          expect(acceptedWords(d, 3)).toEqual(facts.acceptedWordsUpToLength3);
          expect(countsByLength(d, 8)).toEqual(facts.acceptedCountByLength0to8);
          expect(minimize(d).states).toBe(facts.minimalCompleteDfaStates);
        });
      it("files and variants are equivalent to the first file", () => {
        const [first, ...rest] = facts.files.map(read);
        expect(first).toBeDefined();
        for (const d of rest) if (first !== undefined) expect(equivalent(first, d)).toEqual(O.none);
      });
    });

  for (const name of ["random-minimal-n50-k2-seed42", "random-minimal-n50-k3-seed42"])
    it(`${name}: every file is the JSON target state for state`, () => {
      const target = rightOf(fromJson(referenceText(`query-targets/${name}.json`)));
      const { meta: _, ...want } = shape(target);
      for (const file of expectedFixtures()[name]?.files ?? []) {
        const { meta: __, ...got } = shape(read(file));
        expect(got).toEqual(want);
      }
      expect(transitionTable(target).length).toBe(50);
    });

  it("a partial DFA gets one sink after its states; the ε-NFA is determinised", () => {
    for (const file of [
      "aalpy/a-or-ab-partial.dot",
      "learnlib/a-or-ab-partial.dot",
      "jflap/a-or-ab-partial.jff",
    ]) {
      const d = read(file);
      expect(transitionTable(d)).toEqual([
        [1, 3],
        [3, 2],
        [3, 3],
        [3, 3],
      ]);
      expect(Array.from(d.accepting)).toEqual([0, 1, 1, 0]);
    }
    expect(read("jflap/a-or-ab-epsilon-nfa.jff").states).toBe(4);
  });
});
