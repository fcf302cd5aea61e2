import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa, makeDfa } from "../../src/automata/dfa.js";
import { leftQuotient, rightQuotient } from "../../src/automata/quotient.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import type { LimitLabException } from "../../src/automata/support/errors.js";
import { allWords, Tally } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);
const arbL = arbDfa(ab, { minStates: 2, maxStates: 4 });
/** K: a random DFA, or a single word of length 0..2 (so quotients are often non-trivial). */
const arbK: fc.Arbitrary<Dfa> = fc.oneof(
  arbDfa(ab, { maxStates: 3 }),
  fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 2 }).map((w) => {
    const n = w.length + 2; // chain 0..len, then the sink
    const sink = n - 1;
    const table = Array.from({ length: n }, (_, q) =>
      [0, 1].map((s) => (q < w.length && w[q] === s ? q + 1 : sink)),
    );
    return makeDfa(
      ab,
      n,
      0,
      Int32Array.from(table.flat()),
      Uint8Array.from(table, (_, q) => (q === w.length ? 1 : 0)),
    );
  }),
);

// A least u (or v) with the required property reaches a product pair first within n·m − 1
// letters, so searching the other word up to that length decides the quotient exactly.
describe("leftQuotient {v : ∃u ∈ K, uv ∈ L}", () => {
  it("agrees with a search over u on all v up to length 6", () => {
    const vs = allWords(2, 6);
    const tally = new Tally();
    fc.assert(
      fc.property(arbL, arbK, (l, k) => {
        const us = allWords(2, l.states * k.states - 1).filter((u) => accepts(k, u));
        const r = leftQuotient(l, k);
        if (E.isLeft(r)) return false;
        let accepted = 0;
        for (const v of vs) {
          const want = us.some((u) => accepts(l, [...u, ...v]));
          if (want) accepted++;
          expect(accepts(r.right, v)).toBe(want);
        }
        tally.add(accepted === 0 || accepted === vs.length ? "empty or full" : "mixed");
        return true;
      }),
      { numRuns: 100 },
    );
    expect(tally.count("mixed")).toBeGreaterThan(10);
  });

  it("returns a budget error when the DFA needs more states than allowed", () => {
    const l = randomDfa(30, ab, 3);
    const r = leftQuotient(l, l, { states: 1 });
    expect(E.isLeft(r) && r.left).toMatchObject({ kind: "budget", budget: "states" });
  });
});

describe("rightQuotient {u : ∃v ∈ K, uv ∈ L}", () => {
  it("agrees with a search over v on all u up to length 6, keeping l's transitions", () => {
    const us = allWords(2, 6);
    const tally = new Tally();
    fc.assert(
      fc.property(arbL, arbK, (l, k) => {
        const vs = allWords(2, l.states * k.states - 1).filter((v) => accepts(k, v));
        const r = rightQuotient(l, k);
        let accepted = 0;
        for (const u of us) {
          const want = vs.some((v) => accepts(l, [...u, ...v]));
          if (want) accepted++;
          expect(accepts(r, u)).toBe(want);
        }
        tally.add(accepted === 0 || accepted === us.length ? "empty or full" : "mixed");
        return r.delta === l.delta && r.states === l.states;
      }),
      { numRuns: 100 },
    );
    expect(tally.count("mixed")).toBeGreaterThan(10);
  });

  it("throws alphabet-mismatch for DFAs over different alphabets", () => {
    try {
      rightQuotient(randomDfa(2, ab), randomDfa(2, abc));
      expect.unreachable();
    } catch (e) {
      expect((e as LimitLabException).error.kind).toBe("alphabet-mismatch");
    }
  });
});
