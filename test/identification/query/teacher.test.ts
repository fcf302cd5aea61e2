import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { accepts } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { minimize } from "../../../src/automata/minimize.js";
import { lstar } from "../../../src/identification/query/lstar/lstar.js";
import { blackBoxTeacher, teacher } from "../../../src/identification/query/teacher.js";
import { bruteForceCounterexample, rightOf } from "./reference.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

describe("teacher(dfa), the exact MAT", () => {
  it("in the runs model, reports the label after every letter, ε first", () => {
    fc.assert(
      fc.property(
        arbDfa(abc, { maxStates: 5 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 8 }),
        (target, w) => {
          const t = teacher(target, { answers: "runs" });
          expect(teacher(target).trace).toBeUndefined();
          expect(t.trace?.(w)).toEqual(
            Array.from({ length: w.length + 1 }, (_, i) => accepts(target, w.slice(0, i))),
          );
        },
      ),
    );
  });
  it("answers membership by running the DFA and equivalence with the shortest, then shortlex-least counterexample", () => {
    let differing = 0;
    fc.assert(
      fc.property(arbDfa(abc, { maxStates: 5 }), arbDfa(abc, { maxStates: 5 }), (target, h) => {
        const t = teacher(target);
        const c = t.equivalence?.(h, () => {
          throw new Error("the exact oracle asks no membership queries");
        });
        expect(c).toEqual(bruteForceCounterexample(h, target));
        if (c !== undefined && O.isSome(c)) {
          differing++;
          expect(t.membership(c.value)).toBe(accepts(target, c.value));
          expect(t.membership(c.value)).not.toBe(accepts(h, c.value));
        }
      }),
      { numRuns: 200, seed: 42 },
    );
    expect(differing).toBeGreaterThan(100);
    expect(
      teacher(minimize(rightOf(lstar(blackBoxTeacher(() => true, ab))).dfa)).counterexamples,
    ).toBe("shortest");
  });
});

describe("blackBoxTeacher", () => {
  it("learns a predicate that is not a DFA: words whose length is divisible by 3", () => {
    const r = rightOf(lstar(blackBoxTeacher((w) => w.length % 3 === 0, ab)));
    expect(r.dfa.states).toBe(3);
    expect(r.stats.oracleQueries).toBeGreaterThan(0);
    expect(r.stats.membershipQueries).toBeGreaterThan(0);
  });
  it("learns every target with at most |H| + depth states exactly (W-method to depth n)", () => {
    const sizes = new Set<number>();
    fc.assert(
      fc.property(arbDfa(ab, { maxStates: 5 }), (d) => {
        const target = minimize(d);
        sizes.add(target.states);
        const t = blackBoxTeacher((w) => accepts(target, w), ab, {
          randomWords: false,
          wMethod: { depth: target.states },
        });
        const r = rightOf(lstar(t));
        expect(equivalent(r.dfa, target)).toEqual(O.none);
        expect(r.stats.oracleQueries).toBeGreaterThan(0);
      }),
      { numRuns: 60, seed: 42 },
    );
    expect(sizes.size).toBeGreaterThanOrEqual(4);
  });
  it("declares that its counterexamples need not be shortest", () => {
    expect(blackBoxTeacher(() => true, ab).counterexamples).toBe("any");
  });
});
