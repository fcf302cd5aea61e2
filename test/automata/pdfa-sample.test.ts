import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { accepts } from "../../src/automata/dfa.js";
import { arbPdfa } from "../../src/automata/pdfa/arbitrary.js";
import { empiricalPdfa, frequencyTree } from "../../src/automata/pdfa/empirical.js";
import {
  exactProbability,
  isExact,
  logLikelihood,
  mixture,
  probability,
  sampleLogLikelihood,
  supportDfa,
} from "../../src/automata/pdfa/mixture.js";
import { drawOutput, sampleOutputs } from "../../src/automata/pdfa/sample.js";
import { pdfaProbability } from "../../src/automata/pdfa.js";
import { rng } from "../../src/automata/support/rng.js";
import { wordKey } from "../../src/automata/word.js";
import { allWords } from "./brute-force.js";
import { AB, expectValid, geometric, ok, only } from "./pdfa-fixtures.js";

function frequencies(words: readonly (readonly number[])[]): Map<string, number> {
  const f = new Map<string, number>();
  for (const w of words) f.set(wordKey(w), (f.get(wordKey(w)) ?? 0) + 1);
  return f;
}

/** Every word of probability ≥ 1% has an empirical frequency within 6 standard errors. */
function expectFrequenciesMatch(
  prob: (w: readonly number[]) => number,
  words: readonly (readonly number[])[],
  maxLength: number,
): number {
  const n = words.length;
  const f = frequencies(words);
  let checked = 0;
  for (const w of allWords(2, maxLength)) {
    const p = prob(w);
    if (p < 0.01) continue;
    checked++;
    const observed = (f.get(wordKey(w)) ?? 0) / n;
    expect(Math.abs(observed - p)).toBeLessThanOrEqual(6 * Math.sqrt((p * (1 - p)) / n) + 1e-3);
  }
  return checked;
}

describe("sampling", () => {
  it("is reproducible: the same seed gives the same words, another seed others", () => {
    const p = geometric(1, 2);
    const a = ok(sampleOutputs(p, 200, 42));
    expect(new Set(a.map(wordKey)).size).toBeGreaterThan(3);
    expect(ok(sampleOutputs(p, 200, 42))).toEqual(a);
    expect(ok(sampleOutputs(p, 200, 43))).not.toEqual(a);
  });

  it("draws only words of positive probability, at their frequencies (geometric, exact law)", () => {
    const g = geometric(1, 3);
    const words = ok(sampleOutputs(g, 20_000, 1));
    expect(words.every((w) => pdfaProbability(g, w) > 0)).toBe(true);
    expect(expectFrequenciesMatch((w) => pdfaProbability(g, w), words, 10)).toBeGreaterThan(5);
  });

  it("empirical frequencies match the probabilities of random PDFAs", () => {
    const arb = arbPdfa(AB, { maxStates: 3 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 2 ** 31 }), (p, seed) => {
        const words = ok(sampleOutputs(p, 4000, seed));
        for (const w of words) expect(pdfaProbability(p, w)).toBeGreaterThan(0);
        expectFrequenciesMatch((w) => pdfaProbability(p, w), words, 6);
      }),
      { numRuns: 20 },
    );
    fc.statistics(arb, (p) => `${p.states} states, ${p.targets.length} edges`, { numRuns: 20 });
  });

  it("stops a word at the length budget with a budget error", () => {
    const slow = geometric(1, 1000);
    const r = sampleOutputs(slow, 50, 3, { maxLength: 10 });
    expect(E.isLeft(r) && r.left.kind === "budget" && r.left.budget).toBe("symbols");
    expect(E.isLeft(sampleOutputs(slow, -1, 3))).toBe(true);
  });

  it("drawOutput threads the generator", () => {
    const p = geometric(1, 2);
    const [w1, g1] = ok(drawOutput(p, rng(9)));
    const [w2] = ok(drawOutput(p, g1));
    expect(ok(sampleOutputs(p, 2, 9))).toEqual([w1, w2]);
  });
});

describe("mixtures", () => {
  const onlyA = only([0]);
  const onlyB = only([1]);

  it("weights must be probabilities summing to 1, over one alphabet", () => {
    expect(E.isLeft(mixture([]))).toBe(true);
    expect(E.isLeft(mixture([{ weight: 0.7, pdfa: onlyA }]))).toBe(true);
    expect(E.isLeft(mixture([{ weight: "1/2", pdfa: onlyA }]))).toBe(true);
    expect(
      E.isRight(
        mixture([
          { weight: 0.3, pdfa: onlyA },
          { weight: 0.7, pdfa: onlyB },
        ]),
      ),
    ).toBe(true);
  });

  it("probability, exact probability and log-likelihood are the weighted sums", () => {
    const m = ok(
      mixture([
        { weight: "1/4", pdfa: onlyA },
        { weight: "3/4", pdfa: geometric(1, 2) },
      ]),
    );
    expect(isExact(m)).toBe(true);
    // a: 1/4 · 1 + 3/4 · 1/4
    expect(exactProbability(m, [0])?.toFraction()).toBe("7/16");
    expect(probability(m, [0])).toBeCloseTo(7 / 16, 15);
    expect(logLikelihood(m, [0])).toBeCloseTo(Math.log(7 / 16), 12);
    expect(logLikelihood(m, [1])).toBe(Number.NEGATIVE_INFINITY);
    expect(sampleLogLikelihood(m, [[0], []])).toBeCloseTo(Math.log(7 / 16) + Math.log(3 / 8), 12);
  });

  it("the support is the union of the components' supports", () => {
    const m = ok(
      mixture([
        { weight: "1/2", pdfa: onlyB },
        { weight: "1/2", pdfa: geometric(1, 2) },
      ]),
    );
    const s = supportDfa(m);
    for (const w of allWords(2, 6)) expect(accepts(s, w)).toBe(probability(m, w) > 0);
  });

  it("samples components at their weights", () => {
    const m = ok(
      mixture([
        { weight: 0.3, pdfa: onlyA },
        { weight: 0.7, pdfa: onlyB },
      ]),
    );
    const words = ok(sampleOutputs(m, 10_000, 11));
    expect(expectFrequenciesMatch((w) => probability(m, w), words, 1)).toBe(2);
  });
});

describe("empirical distributions", () => {
  it("numbers prefix-tree nodes in shortlex order with their counts", () => {
    const t = ok(frequencyTree(AB, [[1], [0, 1], [0], [0]]));
    expect(t.nodes).toBe(4); // ε, a, b, ab
    expect([...t.arrivals]).toEqual([4, 3, 1, 1]);
    expect([...t.ends]).toEqual([0, 2, 1, 1]);
    expect([...t.childNode]).toEqual([1, 2, 3]);
    expect(E.isLeft(frequencyTree(AB, [[0, 5]]))).toBe(true);
  });

  it("gives each word its relative frequency, exactly", () => {
    const sample = [[0], [0], [1, 1], [], [0]];
    const e = ok(empiricalPdfa(AB, sample, { exact: true }));
    expectValid(e);
    expect(pdfaProbability(e, [0])).toBeCloseTo(3 / 5, 15);
    expect(exactProbability(e, [1, 1])?.toFraction()).toBe("1/5");
    expect(pdfaProbability(e, [1])).toBe(0);
    expect(E.isLeft(empiricalPdfa(AB, []))).toBe(true);
  });
});
