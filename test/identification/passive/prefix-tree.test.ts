import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { compareShortlex, type Word, wordKey } from "../../../src/automata/word.js";
import {
  labelledPrefixTree,
  NEGATIVE,
  POSITIVE,
  type PrefixTree,
  prefixTree,
} from "../../../src/identification/passive/prefix-tree.js";
import { Tally } from "../../automata/brute-force.js";
import { right } from "../helpers.js";
import { arbSample, arbWord } from "./reversible.js";

const abc = unsafeAlphabet(["a", "b", "c"]);

/** The word each node spells, by following parents. */
function spelled(t: PrefixTree): Word[] {
  const out: Word[] = [[]];
  for (let q = 1; q < t.nodes; q++)
    out.push([...(out[t.parent[q] as number] as Word), t.symbol[q] as number]);
  return out;
}

describe("prefixTree", () => {
  it("has one node per distinct prefix, numbered in shortlex order, with consistent edges", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arbSample(3, 8, 6), (sample) => {
        const t = prefixTree(abc, sample);
        const words = spelled(t);
        const prefixes = new Set(
          sample.flatMap((w) => w.map((_, i) => wordKey(w.slice(0, i + 1)))),
        );
        prefixes.add("");
        expect(t.nodes).toBe(prefixes.size);
        expect(new Set(words.map(wordKey))).toEqual(prefixes);
        for (let q = 1; q < t.nodes; q++) {
          expect(compareShortlex(words[q - 1] as Word, words[q] as Word)).toBeLessThan(0);
          expect(t.child[(t.parent[q] as number) * 3 + (t.symbol[q] as number)]).toBe(q);
        }
        const members = new Set(sample.map(wordKey));
        for (let q = 0; q < t.nodes; q++)
          expect(t.label[q]).toBe(members.has(wordKey(words[q] as Word)) ? POSITIVE : 0);
        tally.add(t.nodes > 10 ? "more than 10 nodes" : "at most 10 nodes");
      }),
      { numRuns: 100 },
    );
    expect(tally.count("more than 10 nodes")).toBeGreaterThan(10);
    expect(tally.count("at most 10 nodes")).toBeGreaterThan(10);
  });

  it("labels a labelled sample's words and rejects contradictions", () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbWord(3, 5), { selector: wordKey, maxLength: 10 }), (ws) => {
        const data = ws.map((word, i) => ({ word, label: i % 2 === 0 }));
        const t = right(labelledPrefixTree(abc, data));
        const words = spelled(t).map(wordKey);
        for (const [i, w] of ws.entries())
          expect(t.label[words.indexOf(wordKey(w))]).toBe(i % 2 === 0 ? POSITIVE : NEGATIVE);
      }),
      { numRuns: 100 },
    );
    const clash = labelledPrefixTree(abc, [
      { word: [2], label: false },
      { word: [2], label: true },
    ]);
    expect(E.isLeft(clash) && clash.left.message).toMatch(/sample\[1\].*"c".*sample\[0\]/);
  });

  it("says which label each position gave, and takes a word repeated with one label", () => {
    const clash = labelledPrefixTree(abc, [
      { word: [0, 1], label: true },
      { word: [2], label: true },
      { word: [0, 1], label: false },
    ]);
    expect(E.isLeft(clash) && clash.left.message).toBe(
      'sample[2]: the word "ab" is labelled false here and true at sample[0]: the sample contradicts itself',
    );
    const again = right(
      labelledPrefixTree(abc, [
        { word: [1], label: false },
        { word: [1], label: false },
        { word: [], label: true },
      ]),
    );
    expect([again.nodes, again.label[0], again.label[1]]).toEqual([2, POSITIVE, NEGATIVE]);
    for (const bad of [-1, 1.5, 3])
      expect(E.isLeft(labelledPrefixTree(abc, [{ word: [0, bad], label: true }]))).toBe(true);
  });

  it("throws on a symbol index outside the alphabet, naming the word", () => {
    expect(() => prefixTree(abc, [[0], [1, 3]])).toThrow(/sample\[1\]/);
    expect(() => prefixTree(abc, [[0.5]])).toThrow(/sample\[0\]/);
  });
});
