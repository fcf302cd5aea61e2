import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accepts } from "../../../src/automata/dfa.js";
import {
  candidateList,
  initialCandidates,
  narrowCandidates,
} from "../../../src/cli/explorer/candidates.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { member } from "../../../src/identification/family/family.js";
import { abScenario } from "./helpers.js";

const family = abScenario().family();
const word = fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 6 });
const datum: fc.Arbitrary<TextDatum> = fc.oneof(
  { weight: 1, arbitrary: fc.constant("#" as const) },
  { weight: 3, arbitrary: fc.constantFrom([], [0, 1], [0, 1, 0, 1], [0, 1, 0, 1, 0, 1]) },
  { weight: 1, arbitrary: word },
);

describe("the candidate set of a run", () => {
  it("holds exactly the members of the window that accept every word shown (brute force)", () => {
    const sizes = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(datum, { maxLength: 12 }), (data) => {
        let c = initialCandidates(family, 16);
        for (const d of data) c = narrowCandidates(family, c, d);
        const words = data.filter((d) => d !== "#");
        const expected = Array.from({ length: 16 }, (_, i) => i).filter((i) =>
          words.every((w) => accepts(member(family, i), w)),
        );
        expect(candidateList(c, 16)).toEqual(expected);
        expect(c.count).toBe(expected.length);
        const kind = c.count === 0 ? "none" : c.count === 16 ? "all" : "some";
        sizes.set(kind, (sizes.get(kind) ?? 0) + 1);
      }),
      { numRuns: 100 },
    );
    // measured over repeated runs: some 28..43, none 41..52 of 100 cases
    expect(sizes.get("some") ?? 0).toBeGreaterThan(15);
    expect(sizes.get("none") ?? 0).toBeGreaterThan(20);
  });

  it("a pause refutes nothing and keeps the same value", () => {
    const c = initialCandidates(family, 16);
    expect(narrowCandidates(family, c, "#")).toBe(c);
  });

  it("knows when an unbounded family has members beyond its window", () => {
    expect(initialCandidates(family, 16).beyond).toBe(true);
    expect(initialCandidates(family, 16).count).toBe(16);
  });
});
