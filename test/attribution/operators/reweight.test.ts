import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { describe, expect, it } from "vitest";
import { reweightModel } from "../../../src/attribution/operators/reweight.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { accepts } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { exactProbability } from "../../../src/automata/pdfa/mixture.js";
import { AB, ok } from "../../automata/pdfa-fixtures.js";
import { arbDeterministic, arbProbabilistic, WORDS } from "./helpers.js";

describe("reweightModel", () => {
  it("scales inside words by 2 relative to outside words and keeps the support", () => {
    const arb = fc.tuple(arbProbabilistic, arbDfa(AB, { maxStates: 3 }));
    fc.assert(
      fc.property(arb, ([m, filter]) => {
        const r = ok(reweightModel(m, filter, { inside: "2" }));
        const p = m.distribution as NonNullable<typeof m.distribution>;
        const q = r.distribution as typeof p;
        let c: Fraction | undefined;
        for (const w of WORDS) {
          const pw = exactProbability(p, w) as Fraction;
          if (pw.equals(0)) continue;
          const k = (exactProbability(q, w) as Fraction).div(pw).div(accepts(filter, w) ? 2 : 1);
          if (c === undefined) c = k;
          else expect(k.equals(c)).toBe(true);
        }
        expect(equivalent(r.dfa, m.dfa)._tag).toBe("None");
      }),
      { numRuns: 100 },
    );
    fc.statistics(
      arb,
      ([m, f]) =>
        WORDS.some((w) => accepts(f, w) && accepts(m.dfa, w))
          ? "filter meets the support"
          : "filter misses it",
      { numRuns: 100 },
    );
  });

  it("a deterministic model has no weights to change", () => {
    fc.assert(
      fc.property(arbDeterministic, arbDfa(AB, { maxStates: 2 }), (m, f) =>
        E.isLeft(reweightModel(m, f, { inside: 2 })),
      ),
      { numRuns: 10 },
    );
  });
});
