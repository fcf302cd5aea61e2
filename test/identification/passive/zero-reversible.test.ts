import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ab, smallWorld } from "../../../proofs/support/small-world.js";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { accepts, stateCount, transitionTable } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { minimize } from "../../../src/automata/minimize.js";
import { LimitLabException } from "../../../src/automata/support/errors.js";
import { zeroReversible } from "../../../src/identification/passive/zero-reversible.js";
import { Tally } from "../../automata/brute-force.js";
import { arbSample, isKReversibleDfa } from "./reversible.js";

/** The zero-reversible languages with minimal DFAs of at most 3 states over {a, b}. */
const world = smallWorld(3)
  .map((l) => l.minimal)
  .filter((d) => isKReversibleDfa(d, 0));

describe("zeroReversible", () => {
  it("the small world holds zero-reversible languages of every size up to 3 states", () => {
    const sizes = new Tally();
    for (const d of world) sizes.add(String(d.states));
    expect([sizes.count("1"), sizes.count("2"), sizes.count("3")].every((c) => c > 0)).toBe(true);
    expect(world.length).toBeGreaterThan(10);
    expect(world.length).toBeLessThan(1054);
  });

  it("returns the smallest zero-reversible language containing the sample (brute force over the small world)", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arbSample(2, 5, 4), (sample) => {
        const z = zeroReversible(sample, ab);
        expect(sample.every((w) => accepts(z, w))).toBe(true);
        expect(isKReversibleDfa(z, 0)).toBe(true);
        const above = world.filter((l) => sample.every((w) => accepts(l, w)));
        for (const l of above) expect(isSubset(z, l)).toBe(true);
        const inWorld = above.some((l) => isSubset(l, z));
        expect(inWorld).toBe(stateCount(z) <= 3);
        tally.add(inWorld ? "guess in the small world" : "guess larger than 3 states");
        tally.add(above.length > 1 ? "several candidates" : "at most one candidate");
      }),
      { numRuns: 150 },
    );
    expect(tally.count("guess in the small world")).toBeGreaterThan(10);
    expect(tally.count("guess larger than 3 states")).toBeGreaterThan(10);
    expect(tally.count("several candidates")).toBeGreaterThan(10);
  });

  it("returns a minimal, canonically numbered DFA", () => {
    fc.assert(
      fc.property(arbSample(3, 6, 5), (sample) => {
        const z = zeroReversible(sample, unsafeAlphabet(["a", "b", "c"]));
        expect(dfaEquals(z, minimize(z))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("generalises {a, aa} to a* and keeps {ab} as it is", () => {
    const a = unsafeAlphabet(["a"]);
    expect(transitionTable(zeroReversible([[0], [0, 0]], a))).toEqual([[0]]);
    const one = zeroReversible([[0, 1]], ab);
    expect(stateCount(one)).toBe(4);
    expect(accepts(one, [0, 1])).toBe(true);
    expect(accepts(one, [0, 1, 0, 1])).toBe(false);
    // {ab, aab}: the two b-predecessors merge, then ε with a: a*b
    const astarB = zeroReversible(
      [
        [0, 1],
        [0, 0, 1],
      ],
      ab,
    );
    expect(accepts(astarB, [1])).toBe(true);
    expect(accepts(astarB, [0, 0, 0, 0, 1])).toBe(true);
    expect(accepts(astarB, [1, 0])).toBe(false);
  });

  it("gives the empty language on the empty sample and {ε} on the sample of the empty word", () => {
    expect(stateCount(zeroReversible([], ab))).toBe(1);
    expect(accepts(zeroReversible([], ab), [])).toBe(false);
    const eps = zeroReversible([[], []], ab);
    expect(accepts(eps, [])).toBe(true);
    expect(accepts(eps, [0])).toBe(false);
  });

  it("throws invalid-input on a symbol index outside the alphabet", () => {
    expect(() => zeroReversible([[0], [2]], ab)).toThrow(LimitLabException);
    expect(() => zeroReversible([[0], [2]], ab)).toThrow(/sample\[1\]/);
  });
});
