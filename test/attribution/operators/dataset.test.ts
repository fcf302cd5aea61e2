import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { describe, expect, it } from "vitest";
import { addDataset, datasetMixtures } from "../../../src/attribution/operators/dataset.js";
import { accepts } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { ratio } from "../../../src/automata/pdfa/exact.js";
import { exactProbability } from "../../../src/automata/pdfa/mixture.js";
import type { Word } from "../../../src/automata/word.js";
import { ok } from "../../automata/pdfa-fixtures.js";
import { arbDeterministic, arbProbabilistic, arbWords, has, WORDS } from "./helpers.js";

function frequency(words: readonly Word[], w: Word): Fraction {
  return ratio(words.filter((x) => has([x], w)).length, words.length);
}

describe("addDataset", () => {
  it("deterministic: L(M) ∪ D, a superlanguage of L(M)", () => {
    fc.assert(
      fc.property(arbDeterministic, arbWords, (m, d) => {
        const r = ok(addDataset(m, d));
        for (const w of WORDS) expect(accepts(r.dfa, w)).toBe(accepts(m.dfa, w) || has(d, w));
        expect(isSubset(m.dfa, r.dfa)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("probabilistic: (1 − λ) p + λ · (frequency in D), exactly", () => {
    const arb = fc.tuple(arbProbabilistic, arbWords, fc.constantFrom("1/2", "1/5", "3/4"));
    fc.assert(
      fc.property(arb, ([m, d, lambda]) => {
        const p = m.distribution as NonNullable<typeof m.distribution>;
        const q = ok(addDataset(m, d, { weight: lambda })).distribution as typeof p;
        const l = ratio(Number(lambda.split("/")[0]), Number(lambda.split("/")[1]));
        for (const w of WORDS) {
          const expected = l
            .neg()
            .add(1)
            .mul(exactProbability(p, w) as Fraction)
            .add(l.mul(frequency(d, w)));
          expect((exactProbability(q, w) as Fraction).equals(expected)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
    fc.statistics(arb, ([, d]) => `${d.length} dataset words`, { numRuns: 60 });
  });

  it("refuses an empty dataset", () => {
    fc.assert(
      fc.property(arbDeterministic, (m) => E.isLeft(addDataset(m, []))),
      { numRuns: 5 },
    );
  });
});

describe("datasetMixtures", () => {
  const datasets = [
    { name: "d1", words: [[0]] },
    { name: "d2", words: [[1]] },
    { name: "d3", words: [[0, 0]] },
    { name: "d4", words: [[1, 1, 1]] },
  ];

  it("builds Σ_{i≤k} C(D, i) fine-tunes, each the union of the base with its datasets", () => {
    fc.assert(
      fc.property(arbDeterministic, fc.integer({ min: 1, max: 4 }), (m, k) => {
        const ms = ok(datasetMixtures(m, datasets, k));
        const binom = [0, 4, 6, 4, 1];
        expect(ms.length).toBe(binom.slice(1, k + 1).reduce((a, b) => a + b, 0));
        expect(new Set(ms.map((x) => x.name)).size).toBe(ms.length);
        for (const x of ms) {
          const names = (x.provenance.detail ?? "").replace(/[{}]/gu, "").split(", ");
          const words = datasets.filter((d) => names.includes(d.name)).flatMap((d) => d.words);
          for (const w of WORDS) expect(accepts(x.dfa, w)).toBe(accepts(m.dfa, w) || has(words, w));
        }
      }),
      { numRuns: 20 },
    );
  });

  it("probabilistic mixtures give the base and each chosen dataset equal weight", () => {
    fc.assert(
      fc.property(arbProbabilistic, (m) => {
        const p = m.distribution as NonNullable<typeof m.distribution>;
        const [pair] = ok(datasetMixtures(m, datasets.slice(0, 2), 2)).slice(2);
        const q = (pair as typeof m).distribution as typeof p;
        const third = ratio(1, 3);
        for (const w of WORDS) {
          const extra = has([[0]], w) || has([[1]], w) ? third : ratio(0, 1);
          const expected = third.mul(exactProbability(p, w) as Fraction).add(extra);
          expect((exactProbability(q, w) as Fraction).equals(expected)).toBe(true);
        }
      }),
      { numRuns: 20 },
    );
  });

  it("has a model budget and refuses k < 1 and empty datasets", () => {
    fc.assert(
      fc.property(arbDeterministic, (m) => {
        const r = datasetMixtures(m, datasets, 4, { models: 10 });
        expect(E.isLeft(r) && r.left.kind).toBe("budget");
        expect(E.isLeft(datasetMixtures(m, datasets, 0))).toBe(true);
        expect(E.isLeft(datasetMixtures(m, [{ name: "e", words: [] }], 1))).toBe(true);
      }),
      { numRuns: 3 },
    );
  });
});
