import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { exLen, exZoo } from "../../../src/identification/family/examples.js";
import {
  angluinCondition,
  misstatedCondition,
} from "../../../src/identification/telltale/angluin-condition.js";
import { tellTales } from "../../../src/identification/telltale/search.js";
import { Classes, pow, right } from "../helpers.js";

describe("Angluin's Condition 1 (P3)", () => {
  it("regression: on EX-LEN the correct condition holds and the misstated one fails", () => {
    const sets = right(tellTales(exLen(), { members: 30 }));
    const correct = angluinCondition(exLen(), sets);
    expect(correct.holds).toBe(true);
    expect(correct).toMatchObject({ sets: 30, members: 30 });
    const wrong = misstatedCondition(exLen(), sets);
    expect(wrong.holds).toBe(false);
    expect(wrong.failure).toEqual(O.some({ i: 0, j: 1, reason: "not-equal" }));
    // the failure is not an artefact of T_0 = ∅: every T_n lies in L_(n+1) ≠ L_n
    expect(
      misstatedCondition(
        exLen(),
        sets.slice(5).map((t) => t.words),
      ).holds,
    ).toBe(false);
  });
  it("rejects sets that are not tell-tales", () => {
    const len = exLen();
    const tooSmall = [[], [], [pow(2)]]; // T_1 = ∅ lies in L_0 ⊊ L_1
    expect(angluinCondition(len, tooSmall).failure).toEqual(
      O.some({ i: 1, j: 0, reason: "proper-subset" }),
    );
    const outside = [[pow(3)]];
    expect(angluinCondition(len, outside).failure).toEqual(
      O.some({ i: 0, j: 0, reason: "not-a-subset", word: pow(3) }),
    );
  });
  it("holds for the canonical tell-tales of every random zoo", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
        const zoo = right(exZoo(seed, { members: 10, states: 4 }));
        const sets = right(tellTales(zoo));
        expect(angluinCondition(zoo, sets).holds).toBe(true);
        classes.note("misstated fails", !misstatedCondition(zoo, sets).holds);
      }),
      { numRuns: 30 },
    );
    expect(classes.count("misstated fails")).toBeGreaterThan(5);
  });
});
