import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { equivalent } from "../../../../src/automata/equivalence.js";
import { linearForward } from "../../../../src/identification/query/counterexample.js";
import { kearnsVazirani, kvLearner } from "../../../../src/identification/query/kv/kv.js";
import { teacher } from "../../../../src/identification/query/teacher.js";
import { referenceTarget, rightOf } from "../reference.js";
import { traceLearner } from "../trace.js";

describe("kearnsVazirani", () => {
  it("learns the n = 200 reference targets exactly with at most n equivalence queries", () => {
    for (const k of [2, 5]) {
      const target = referenceTarget(200, k);
      const r = rightOf(kearnsVazirani(teacher(target)));
      expect(equivalent(r.dfa, target)).toEqual(O.none);
      expect(r.stats.equivalenceQueries).toBeLessThanOrEqual(200);
    }
  });
  it("grows the hypothesis at every counterexample", () => {
    const target = referenceTarget(50, 3);
    for (const counterexamples of [undefined, linearForward]) {
      const t = traceLearner(
        kvLearner(target.alphabet, counterexamples === undefined ? {} : { counterexamples }),
        target,
      );
      expect(t.result?.states).toBe(50);
      for (let i = 1; i < t.hypotheses.length; i++)
        expect(t.hypotheses[i] as number).toBeGreaterThan(t.hypotheses[i - 1] as number);
    }
  });
});
