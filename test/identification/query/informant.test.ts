import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { equivalent } from "../../../src/automata/equivalence.js";
import { exGold } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { informantBaseline, informantBound } from "../../../src/identification/query/informant.js";

describe("informantBaseline (enumeration with an informant, by membership queries)", () => {
  it("returns the target after exactly C1's bound of queries, having examined t + 1 candidates", () => {
    let far = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (t) => {
        const family = exGold();
        const r = informantBaseline(family, t);
        expect(E.isRight(r)).toBe(true);
        if (E.isLeft(r)) return;
        expect(equivalent(r.right.dfa, member(family, t))).toEqual(O.none);
        expect(r.right.data).toBe(informantBound(family, t).step);
        expect(r.right.stats.membershipQueries).toBe(r.right.data);
        expect(r.right.stats.equivalenceQueries).toBe(0);
        expect(r.right.candidates).toBe(t + 1);
        if (t >= 10) far++;
      }),
      { numRuns: 40 },
    );
    expect(far).toBeGreaterThan(10);
  });
  it("refuses an index outside the family and stops at a budget", () => {
    expect(informantBaseline(exGold(), -1)).toMatchObject({ _tag: "Left" });
    expect(informantBaseline(exGold(), 20, { membershipQueries: 5 })).toMatchObject({
      _tag: "Left",
      left: { kind: "budget" },
    });
  });
});
