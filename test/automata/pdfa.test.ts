import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { describe, expect, it } from "vitest";
import { accepts } from "../../src/automata/dfa.js";
import { arbPdfa } from "../../src/automata/pdfa/arbitrary.js";
import { pdfaFromEdges } from "../../src/automata/pdfa/build.js";
import { ONE, ZERO } from "../../src/automata/pdfa/exact.js";
import { randomPdfa } from "../../src/automata/pdfa/random.js";
import {
  edgeIndex,
  pdfaEdges,
  pdfaExactProbability,
  pdfaLogLikelihood,
  pdfaProbability,
  pdfaSupport,
} from "../../src/automata/pdfa.js";
import { allWords } from "./brute-force.js";
import { AB, expectValid, geometric, ok, tailBeyond } from "./pdfa-fixtures.js";

describe("pdfaFromEdges", () => {
  it("builds an exact PDFA from fraction strings and a float one from numbers", () => {
    const g = geometric(1, 2);
    expect(g.exact).toBeDefined();
    expect(pdfaExactProbability(g, [0, 0])?.toFraction()).toBe("1/8");
    const f = ok(
      pdfaFromEdges(AB, {
        states: 1,
        start: 0,
        stop: [0.5],
        edges: [{ from: 0, symbol: 0, to: 0, p: "1/2" }],
      }),
    );
    expect(f.exact).toBeUndefined();
    expect(pdfaProbability(f, [0, 0])).toBe(0.125);
  });

  it("drops edges of probability 0", () => {
    const p = ok(
      pdfaFromEdges(AB, {
        states: 1,
        start: 0,
        stop: ["1"],
        edges: [{ from: 0, symbol: 1, to: 0, p: "0" }],
      }),
    );
    expect(pdfaEdges(p)).toEqual([]);
  });

  it.each([
    [{ states: 0, start: 0, stop: [], edges: [] }, "states"],
    [{ states: 1, start: 1, stop: ["1"], edges: [] }, "start"],
    [{ states: 1, start: 0, stop: ["1", "0"], edges: [] }, "stop"],
    [{ states: 1, start: 0, stop: ["3/2"], edges: [] }, "stop[0]"],
    [{ states: 1, start: 0, stop: ["x"], edges: [] }, "stop[0]"],
    [{ states: 1, start: 0, stop: [-0.1], edges: [] }, "stop[0]"],
    [{ states: 1, start: 0, stop: ["1/2"], edges: [] }, "state 0"],
    [{ states: 1, start: 0, stop: [0.5], edges: [] }, "state 0"],
    [
      { states: 1, start: 0, stop: ["1/2"], edges: [{ from: 0, symbol: 2, to: 0, p: "1/2" }] },
      "edges[0].symbol",
    ],
    [
      { states: 1, start: 0, stop: ["1/2"], edges: [{ from: 0, symbol: 0, to: 3, p: "1/2" }] },
      "edges[0].to",
    ],
  ])("refuses a malformed spec, naming the field (%#)", (spec, field) => {
    const r = pdfaFromEdges(AB, spec);
    expect(E.isLeft(r) && r.left.kind === "invalid-input" && r.left.field).toBe(field);
  });

  it("refuses two edges on one symbol", () => {
    const r = pdfaFromEdges(AB, {
      states: 1,
      start: 0,
      stop: ["0"],
      edges: [
        { from: 0, symbol: 0, to: 0, p: "1/2" },
        { from: 0, symbol: 0, to: 0, p: "1/2" },
      ],
    });
    expect(E.isLeft(r) && r.left.message).toMatch(/two edges on symbol "a"/u);
  });

  it("refuses an inconsistent PDFA, naming a state that can never stop and a word to it", () => {
    // 0 -a-> 1, 1 loops on b forever
    const r = pdfaFromEdges(AB, {
      states: 2,
      start: 0,
      stop: ["1/2", "0"],
      edges: [
        { from: 0, symbol: 0, to: 1, p: "1/2" },
        { from: 1, symbol: 1, to: 1, p: "1" },
      ],
    });
    expect(E.isLeft(r) && r.left.message).toMatch(/state 1 \(reached by a\) can never stop/u);
  });

  it("accepts an unreachable state that never stops (only reachable states matter)", () => {
    const r = pdfaFromEdges(AB, {
      states: 2,
      start: 0,
      stop: ["1", "0"],
      edges: [{ from: 1, symbol: 1, to: 1, p: "1" }],
    });
    expect(E.isRight(r)).toBe(true);
  });
});

describe("word probabilities", () => {
  it("the probabilities of all words up to length n plus the mass still running sum to 1", () => {
    const arb = fc.tuple(arbPdfa(AB, { maxStates: 4 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(arb, ([p, n]) => {
        const words = allWords(2, n);
        let exact = ZERO;
        let float = 0;
        for (const w of words) {
          exact = exact.add(pdfaExactProbability(p, w) as Fraction);
          float += pdfaProbability(p, w);
        }
        const tail = tailBeyond(p, n);
        expect(float + tail).toBeCloseTo(1, 12);
        // exactly: the mass within length n is 1 - tail, and it is ≤ 1
        expect(exact.compare(ONE)).toBeLessThanOrEqual(0);
        expect(exact.valueOf()).toBeCloseTo(float, 12);
      }),
      { numRuns: 100 },
    );
    fc.statistics(
      arb,
      ([p, n]) => {
        const tail = tailBeyond(p, n);
        return tail > 0.5 ? "tail > 1/2" : tail > 0 ? "0 < tail ≤ 1/2" : "no tail";
      },
      { numRuns: 100 },
    );
  });

  it("consistent PDFAs lose their running mass: the tail beyond length 200 is small", () => {
    fc.assert(
      fc.property(arbPdfa(AB, { maxStates: 4 }), (p) => {
        expect(tailBeyond(p, 200)).toBeLessThan(1e-3);
      }),
      { numRuns: 100 },
    );
  });

  it("log-likelihood is the log of the product of the probabilities along the word", () => {
    const arb = fc.tuple(
      arbPdfa(AB, { maxStates: 4 }),
      fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 8 }),
    );
    fc.assert(
      fc.property(arb, ([p, w]) => {
        // direct product over the edge list, independent of edgeIndex's binary search
        const edges = pdfaEdges(p);
        let q = p.start;
        let pr = 1;
        for (const s of w) {
          const e = edges.find((x) => x.from === q && x.symbol === s);
          pr *= e === undefined ? 0 : e.p;
          q = e === undefined ? q : e.to;
        }
        pr *= pr === 0 ? 0 : (p.stop[q] as number);
        const ll = pdfaLogLikelihood(p, w);
        if (pr === 0) expect(ll).toBe(Number.NEGATIVE_INFINITY);
        else expect(ll).toBeCloseTo(Math.log(pr), 10);
        expect(pdfaProbability(p, w)).toBeCloseTo(pr, 14);
        expect(pdfaExactProbability(p, w)?.valueOf()).toBeCloseTo(pr, 14);
      }),
      { numRuns: 200 },
    );
    fc.statistics(arb, ([p, w]) => (pdfaProbability(p, w) > 0 ? "in the support" : "outside"), {
      numRuns: 200,
    });
  });

  it("a long word's log-likelihood does not underflow", () => {
    const g = geometric(1, 2);
    const w = new Array<number>(5000).fill(0);
    expect(pdfaProbability(g, w)).toBe(0);
    expect(pdfaLogLikelihood(g, w)).toBeCloseTo(5001 * Math.log(0.5), 6);
  });

  it("edgeIndex finds exactly the edges present", () => {
    const p = randomPdfa(30, AB, 7);
    const edges = pdfaEdges(p);
    for (let q = 0; q < p.states; q++)
      for (let s = 0; s < 2; s++) {
        const i = edgeIndex(p, q, s);
        const e = edges.find((x) => x.from === q && x.symbol === s);
        expect(i < 0).toBe(e === undefined);
        if (e !== undefined) expect(p.targets[i]).toBe(e.to);
      }
  });
});

describe("pdfaSupport", () => {
  it("accepts exactly the words of positive probability (all words up to length 6)", () => {
    const words = allWords(2, 6);
    const arb = arbPdfa(AB, { maxStates: 4 });
    fc.assert(
      fc.property(arb, (p) => {
        const s = pdfaSupport(p);
        for (const w of words) expect(accepts(s, w)).toBe(pdfaProbability(p, w) > 0);
      }),
      { numRuns: 100 },
    );
    fc.statistics(
      arb,
      (p) => {
        const inside = words.filter((w) => pdfaProbability(p, w) > 0).length;
        return inside === 1 ? "one word" : inside < 20 ? "sparse" : "dense";
      },
      { numRuns: 100 },
    );
  });
});

describe("random PDFAs", () => {
  it("are valid, reproducible from the seed, and exact on request", () => {
    const a = randomPdfa(40, AB, 3, { exact: true });
    const b = randomPdfa(40, AB, 3, { exact: true });
    expectValid(a);
    expect(pdfaEdges(a)).toEqual(pdfaEdges(b));
    expect(pdfaEdges(randomPdfa(40, AB, 4))).not.toEqual(pdfaEdges(a));
    expect(randomPdfa(40, AB, 3).exact).toBeUndefined();
  });

  it("arbitrary PDFAs satisfy every invariant", () => {
    fc.assert(
      fc.property(arbPdfa(AB), (p) => expectValid(p)),
      { numRuns: 100 },
    );
  });
});
