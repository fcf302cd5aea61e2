import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { exGold, UNARY } from "../../../src/identification/family/examples.js";
import { finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import {
  convergencePoint,
  correctFrom,
  finalCorrect,
  type Hypothesis,
  mindChangeSteps,
  traceOf,
} from "../../../src/identification/learner/trace.js";
import { Classes, pow, right } from "../helpers.js";

const hyp = fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { maxLength: 30 });

describe("mind changes", () => {
  it("count a switch between some guesses, ignoring none in between", () => {
    expect(mindChangeSteps([null, 1, null, 1, 2, 2, 1])).toEqual([5, 7]);
    expect(mindChangeSteps([null, null])).toEqual([]);
    expect(mindChangeSteps([3, null, 4])).toEqual([3]);
  });
  it("agree with the definition read literally", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(hyp, (hs) => {
        const literal: number[] = [];
        for (let t = 1; t <= hs.length; t++) {
          const g = hs[t - 1];
          if (g === null || g === undefined) continue;
          const earlier = hs.slice(0, t - 1).filter((x): x is number => x !== null);
          const last = earlier[earlier.length - 1];
          if (last !== undefined && last !== g) literal.push(t);
        }
        classes.note("no mind change", literal.length === 0);
        classes.note("three or more", literal.length >= 3);
        expect(mindChangeSteps(hs)).toEqual(literal);
      }),
      { numRuns: 100 },
    );
    expect(classes.count("no mind change")).toBeGreaterThan(0);
    expect(classes.count("three or more")).toBeGreaterThan(10);
  });
});

describe("convergence point", () => {
  it("is the first step from which the guess is one fixed some(h)", () => {
    expect(convergencePoint([1, 2, 2])).toEqual(O.some(2));
    expect(convergencePoint([1, 1, null])).toEqual(O.none);
    expect(convergencePoint([null, 2, null, 2])).toEqual(O.some(4));
    expect(convergencePoint([])).toEqual(O.none);
  });
  it("agrees with the definition read literally", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(hyp, (hs: Hypothesis[]) => {
        let literal: O.Option<number> = O.none;
        for (let t = 1; t <= hs.length; t++) {
          const h = hs[t - 1];
          if (h !== null && h !== undefined && hs.slice(t - 1).every((x) => x === h)) {
            literal = O.some(t);
            break;
          }
        }
        classes.note("converged", O.isSome(literal));
        classes.note("converged late", O.isSome(literal) && literal.value > 3);
        expect(convergencePoint(hs)).toEqual(literal);
      }),
      { numRuns: 100 },
    );
    expect(classes.count("converged")).toBeGreaterThan(20);
    expect(classes.count("converged late")).toBeGreaterThan(5);
  });
});

describe("correctness up to language equality", () => {
  it("accepts another index with the target's language", () => {
    const one = finiteLanguage(UNARY, [pow(1)]);
    const f = right(finiteFamily([{ dfa: one }, { dfa: finiteLanguage(UNARY, []) }, { dfa: one }]));
    const t = traceOf("x", [1, 0, 2, 0], null);
    expect(finalCorrect(t, f, one)).toBe(true);
    expect(correctFrom(t, f, one)).toEqual(O.some(2));
    expect(correctFrom(traceOf("x", [0, 1], null), f, one)).toEqual(O.none);
    expect(t.mindChanges).toBe(3);
    expect(finalCorrect(traceOf("x", [7], null), exGold(), one)).toBe(false);
  });
});
