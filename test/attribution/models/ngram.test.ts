import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { encodeText, type NgramModel, trainNgram } from "../../../src/attribution/models/ngram.js";
import { buildVocabulary, UNKNOWN_WORD } from "../../../src/attribution/models/vocabulary.js";
import { isUniversal } from "../../../src/automata/decide.js";
import { accepts } from "../../../src/automata/dfa.js";
import { sampleOutputs } from "../../../src/automata/pdfa/sample.js";
import {
  pdfaExactProbability,
  pdfaLogLikelihood,
  pdfaProbability,
} from "../../../src/automata/pdfa.js";
import type { Word } from "../../../src/automata/word.js";
import { allWords } from "../../automata/brute-force.js";
import { expectValid, ok } from "../../automata/pdfa-fixtures.js";

const washington = readFileSync("data/sotu/1790-washington.txt", "utf8");
const moby = readFileSync("data/moby-dick/chapter-1.txt", "utf8");

function train(text: string, options: Parameters<typeof trainNgram>[1]): NgramModel {
  return ok(trainNgram(text, options));
}

describe("n-gram models trained on data/", () => {
  it.each([
    ["word", 1],
    ["word", 2],
    ["word", 3],
    ["char", 2],
    ["char", 3],
  ] as const)(
    "unsmoothed %s %i-gram: a valid PDFA whose support contains every training sentence",
    (unit, order) => {
      const m = train(washington, { unit, order });
      expectValid(m.distribution);
      const sentences = encodeText(m, washington);
      expect(sentences.length).toBeGreaterThan(30);
      for (const w of sentences) {
        expect(accepts(m.dfa, w)).toBe(true);
        expect(pdfaLogLikelihood(m.distribution, w)).toBeGreaterThan(Number.NEGATIVE_INFINITY);
      }
      if (order > 1) expect(isUniversal(m.dfa)).toBe(false);
    },
  );

  it("Witten–Bell smoothing: a valid PDFA with support Σ* that still prefers its training text", () => {
    const m = train(moby, { unit: "word", order: 2, smoothing: "witten-bell", vocabulary: 300 });
    expectValid(m.distribution);
    expect(isUniversal(m.dfa)).toBe(true);
    const plain = train(moby, { unit: "word", order: 2, vocabulary: 300 });
    const own = encodeText(m, moby);
    const other = encodeText(m, washington);
    const mean = (ws: Word[]) =>
      ws.reduce((s, w) => s + pdfaLogLikelihood(m.distribution, w) / (w.length + 1), 0) / ws.length;
    // per-token log-likelihood is higher on the training text than on another author's
    expect(mean(own)).toBeGreaterThan(mean(other));
    // another author's sentences are mostly outside the unsmoothed support
    const outside = other.filter((w) => !accepts(plain.dfa, w)).length;
    expect(outside / other.length).toBeGreaterThan(0.9);
  });

  it("samples of a trained model are in its support", () => {
    const m = train(moby, { unit: "char", order: 3 });
    for (const w of ok(sampleOutputs(m.distribution, 200, 7))) expect(accepts(m.dfa, w)).toBe(true);
  });
});

describe("n-gram probabilities on a tiny corpus", () => {
  const corpus = "A b. A c. B.";
  // outputs: [a, b, .], [a, c, .], [b, .]; vocabulary in code-point order: . a b c ⟨unk⟩

  it("maximum likelihood: P(a b .) = P(a|^) P(b|a) P(.|b) P($|.) = 2/3 · 1/2 · 1 · 1", () => {
    const m = train(corpus, { order: 2, exact: true });
    expect(m.alphabet.symbols).toEqual([".", "a", "b", "c", UNKNOWN_WORD]);
    const [w] = encodeText(m, "A b.");
    expect(pdfaExactProbability(m.distribution, w as Word)?.toFraction()).toBe("1/3");
    expect(pdfaProbability(m.distribution, encodeText(m, "B.")[0] as Word)).toBeCloseTo(1 / 3, 15);
    expect(pdfaProbability(m.distribution, encodeText(m, "A.")[0] as Word)).toBe(0);
  });

  it("the unsmoothed support is exactly the outputs whose bigrams (with start and end) all occur", () => {
    const m = train(corpus, { order: 2 });
    const sentences = encodeText(m, corpus);
    const start = -1;
    const end = -2;
    const seen = new Set<string>();
    for (const s of sentences) {
      const padded = [start, ...s, end];
      for (let i = 0; i + 1 < padded.length; i++) seen.add(`${padded[i]},${padded[i + 1]}`);
    }
    let inside = 0;
    for (const w of allWords(m.alphabet.symbols.length, 5)) {
      const padded = [start, ...w, end];
      let all = true;
      for (let i = 0; i + 1 < padded.length; i++) all &&= seen.has(`${padded[i]},${padded[i + 1]}`);
      if (all) inside++;
      expect(accepts(m.dfa, w)).toBe(all);
    }
    expect(inside).toBe(3); // a b ., a c ., b . (a . and b b . never occur)
  });

  it("Witten–Bell on a unigram: P(t) = (c(t) + T/(V+1)) / (N + T)", () => {
    // outcomes: 8 tokens and 3 ends, N = 11; T = 5 distinct outcomes (., a, b, c, end)
    const m = train(corpus, { order: 1, smoothing: "witten-bell", exact: true });
    const p = m.distribution;
    const v1 = m.alphabet.symbols.length + 1; // 6 outcomes
    const expected = (c: number) => (c + 5 / v1) / (11 + 5);
    expect(p.stop[0]).toBeCloseTo(expected(3), 15);
    expect(p.probs[1]).toBeCloseTo(expected(2), 15); // a
    expect(p.probs[4]).toBeCloseTo(expected(0), 15); // ⟨unk⟩
    expect(p.exact?.stop[0]?.toFraction()).toBe("23/96");
    expectValid(p);
  });

  it("the vocabulary cap keeps the top V tokens and maps the rest to ⟨unk⟩", () => {
    const m = train(corpus, { order: 2, vocabulary: 2 });
    expect(m.alphabet.symbols).toEqual([".", "a", UNKNOWN_WORD]);
    expect(encodeText(m, "A c.")).toEqual([[1, 2, 0]]);
    const v = ok(buildVocabulary([["x", "y"], ["y"]], 1, "char"));
    expect(v.alphabet.symbols).toEqual(["y", "¤"]);
  });

  it("refuses an empty corpus, order 0 and an empty vocabulary", () => {
    expect(E.isLeft(trainNgram("  ", {}))).toBe(true);
    expect(E.isLeft(trainNgram(corpus, { order: 0 }))).toBe(true);
    expect(E.isLeft(trainNgram(corpus, { vocabulary: 0 }))).toBe(true);
  });
});
