import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { alergia, alergiaModel } from "../../../src/attribution/learn/alergia.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { pdfaFromEdges } from "../../../src/automata/pdfa/build.js";
import { l2Distance } from "../../../src/automata/pdfa/l2.js";
import { sampleOutputs } from "../../../src/automata/pdfa/sample.js";
import { type Pdfa, pdfaSupport } from "../../../src/automata/pdfa.js";
import { AB, expectValid, ok } from "../../automata/pdfa-fixtures.js";

/** Small targets with clearly different states. */
const targets: readonly [string, Pdfa][] = [
  [
    "two states: (a b* a)-ish",
    ok(
      pdfaFromEdges(AB, {
        states: 2,
        start: 0,
        stop: ["1/2", "1/5"],
        edges: [
          { from: 0, symbol: 0, to: 1, p: "1/2" },
          { from: 1, symbol: 1, to: 1, p: "1/2" },
          { from: 1, symbol: 0, to: 0, p: "3/10" },
        ],
      }),
    ),
  ],
  [
    "three states in a ring",
    ok(
      pdfaFromEdges(AB, {
        states: 3,
        start: 0,
        stop: ["3/5", "0", "1/10"],
        edges: [
          { from: 0, symbol: 0, to: 1, p: "2/5" },
          { from: 1, symbol: 1, to: 2, p: "1/2" },
          { from: 1, symbol: 0, to: 0, p: "1/2" },
          { from: 2, symbol: 0, to: 0, p: "9/10" },
        ],
      }),
    ),
  ],
];

describe("ALERGIA", () => {
  it.each(targets)("recovers the structure of %s from 5000 seeded samples", (_, target) => {
    const sample = ok(sampleOutputs(target, 5000, 42));
    const learned = ok(alergia(AB, sample, { exact: true }));
    expectValid(learned);
    expect(learned.states).toBe(target.states);
    expect(equivalent(pdfaSupport(learned), pdfaSupport(target))._tag).toBe("None");
    expect(ok(l2Distance(learned, target)).distance).toBeLessThan(0.02);
  });

  it("gets closer to the target as the sample grows", () => {
    for (const [, target] of targets) {
      const at = (n: number, seed: number) =>
        ok(l2Distance(ok(alergia(AB, ok(sampleOutputs(target, n, seed)))), target)).distance;
      const small = [1, 2, 3].map((s) => at(50, s)).reduce((a, b) => a + b, 0);
      const large = [1, 2, 3].map((s) => at(5000, s)).reduce((a, b) => a + b, 0);
      expect(large).toBeLessThan(small);
    }
  });

  it("with a tiny α it merges everything it can; with α near 1 it keeps the tree apart more", () => {
    const [, target] = targets[1] as [string, Pdfa];
    const sample = ok(sampleOutputs(target, 300, 5));
    const few = ok(alergia(AB, sample, { alpha: 1e-12 })).states;
    const many = ok(alergia(AB, sample, { alpha: 0.99 })).states;
    expect(few).toBeLessThanOrEqual(many);
  });

  it("makes a zoo model, and refuses empty samples, bad α and a spent step budget", () => {
    const [, target] = targets[0] as [string, Pdfa];
    const sample = ok(sampleOutputs(target, 500, 3));
    const m = ok(alergiaModel("logs", AB, sample));
    expect(m.provenance.operator).toBe("alergia");
    expect(E.isLeft(alergia(AB, []))).toBe(true);
    expect(E.isLeft(alergia(AB, sample, { alpha: 0 }))).toBe(true);
    const r = alergia(AB, sample, { steps: 3 });
    expect(E.isLeft(r) && r.left.kind).toBe("budget");
  });
});
