import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { describe, expect, it } from "vitest";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { accepts } from "../../src/automata/dfa.js";
import { equivalent } from "../../src/automata/equivalence.js";
import { arbPdfa } from "../../src/automata/pdfa/arbitrary.js";
import {
  componentsOf,
  exactProbability,
  mixture,
  probability,
  supportDfa,
} from "../../src/automata/pdfa/mixture.js";
import { condition, reweight } from "../../src/automata/pdfa/reweight.js";
import { type Pdfa, pdfaExactProbability, pdfaSupport } from "../../src/automata/pdfa.js";
import { intersect } from "../../src/automata/product.js";
import { allWords } from "./brute-force.js";
import { AB, expectValid, geometric, ok, only } from "./pdfa-fixtures.js";

const WORDS = allWords(2, 6);

describe("condition", () => {
  it("q(w) = p(w)/p(L) on L and 0 elsewhere: one constant ratio, exactly", () => {
    const arb = fc.tuple(arbPdfa(AB), arbDfa(AB, { maxStates: 3 }));
    let done = 0;
    fc.assert(
      fc.property(arb, ([p, l]) => {
        const r = condition(p, l);
        const kept = WORDS.filter((w) => accepts(l, w) && probability(p, w) > 0);
        if (E.isLeft(r)) {
          // only when L keeps no word of positive probability at all
          expect(kept).toEqual([]);
          expect(r.left.kind).toBe("invalid-input");
          return;
        }
        const q = r.right as Pdfa;
        expectValid(q);
        done++;
        let ratio: Fraction | undefined;
        for (const w of WORDS) {
          const qw = pdfaExactProbability(q, w) as Fraction;
          const pw = pdfaExactProbability(p, w) as Fraction;
          if (!accepts(l, w) || pw.equals(0)) {
            expect(qw.equals(0)).toBe(true);
            continue;
          }
          const k = qw.div(pw);
          if (ratio === undefined) ratio = k;
          else expect(k.equals(ratio)).toBe(true);
        }
        // the support is supp p ∩ L
        expect(equivalent(pdfaSupport(q), intersect(pdfaSupport(p), l))._tag).toBe("None");
      }),
      { numRuns: 100 },
    );
    expect(done).toBeGreaterThan(20);
    fc.statistics(arb, ([p, l]) => (E.isLeft(condition(p, l)) ? "nothing kept" : "conditioned"), {
      numRuns: 100,
    });
  });

  it("conditions a* on {ε, a}: p(ε) = 2/3, p(a) = 1/3", () => {
    const g = geometric(1, 2);
    // {ε, a} as the support of a mixture of two point masses
    const l = supportDfa(
      ok(
        mixture([
          { weight: "1/2", pdfa: only([]) },
          { weight: "1/2", pdfa: only([0]) },
        ]),
      ),
    );
    const q = ok(condition(g, l)) as Pdfa;
    expect(pdfaExactProbability(q, [])?.toFraction()).toBe("2/3");
    expect(pdfaExactProbability(q, [0])?.toFraction()).toBe("1/3");
  });

  it("conditions each component of a mixture and rescales the weights by their masses", () => {
    const m = ok(
      mixture([
        { weight: "1/2", pdfa: geometric(1, 2) },
        { weight: "1/2", pdfa: only([1]) },
      ]),
    );
    const l = supportDfa(
      ok(
        mixture([
          { weight: "1/2", pdfa: only([]) },
          { weight: "1/2", pdfa: only([1]) },
        ]),
      ),
    );
    const q = ok(condition(m, l));
    // mass of L: 1/2 · p_1(ε) + 1/2 · p_2(b) = 1/4 + 1/2 = 3/4
    expect(exactProbability(q, [])?.toFraction()).toBe("1/3");
    expect(exactProbability(q, [1])?.toFraction()).toBe("2/3");
    expect(componentsOf(q).length).toBe(2);
  });
});

describe("reweight", () => {
  it("multiplies words inside by `inside` and outside by `outside`, then renormalises", () => {
    const arb = fc.tuple(arbPdfa(AB), arbDfa(AB, { maxStates: 3 }));
    fc.assert(
      fc.property(arb, ([p, l]) => {
        const q = ok(reweight(p, l, { inside: "3", outside: "1/2" })) as Pdfa;
        expectValid(q);
        let c: Fraction | undefined;
        for (const w of WORDS) {
          const pw = pdfaExactProbability(p, w) as Fraction;
          const qw = pdfaExactProbability(q, w) as Fraction;
          if (pw.equals(0)) {
            expect(qw.equals(0)).toBe(true);
            continue;
          }
          const k = qw.div(pw).div(accepts(l, w) ? 3 : "1/2");
          if (c === undefined) c = k;
          else expect(k.equals(c)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("float factors give a float PDFA with the same law", () => {
    const p = geometric(1, 3);
    const l = pdfaSupport(only([0]));
    const q = ok(reweight(p, l, { inside: 2 })) as Pdfa;
    expect(q.exact).toBeUndefined();
    // p(a) = 2/9 doubled, the rest as is: Z = 1 + 2/9
    expect(probability(q, [0])).toBeCloseTo(4 / 9 / (11 / 9), 12);
  });

  it("refuses negative factors and an empty result", () => {
    const p = geometric(1, 2);
    const l = pdfaSupport(only([1]));
    expect(E.isLeft(reweight(p, l, { inside: -1 }))).toBe(true);
    const r = reweight(p, l, { outside: 0 });
    expect(E.isLeft(r) && r.left.message).toMatch(/empty/u);
  });
});
