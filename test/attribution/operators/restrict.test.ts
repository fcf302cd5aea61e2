import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { describe, expect, it } from "vitest";
import { chatBase } from "../../../src/attribution/models/chat.js";
import { deterministicModel } from "../../../src/attribution/models/model.js";
import { filterBy, forbid, restrictTo } from "../../../src/attribution/operators/restrict.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { accepts } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { ZERO } from "../../../src/automata/pdfa/exact.js";
import { exactProbability } from "../../../src/automata/pdfa/mixture.js";
import { intersect } from "../../../src/automata/product.js";
import type { Word } from "../../../src/automata/word.js";
import { AB, ok } from "../../automata/pdfa-fixtures.js";
import { arbDeterministic, arbProbabilistic, arbWords, has, WORDS } from "./helpers.js";

describe("restrictTo, forbid, filterBy on deterministic models", () => {
  it("restrictTo(M, F) accepts exactly L(M) ∩ F, a sublanguage of L(M)", () => {
    const arb = fc.tuple(arbDeterministic, arbWords);
    fc.assert(
      fc.property(arb, ([m, f]) => {
        const r = ok(restrictTo(m, f));
        for (const w of WORDS) expect(accepts(r.dfa, w)).toBe(accepts(m.dfa, w) && has(f, w));
        expect(isSubset(r.dfa, m.dfa)).toBe(true);
        expect(r.provenance).toMatchObject({ operator: "restrict", base: "base" });
      }),
      { numRuns: 100 },
    );
    fc.statistics(arb, ([m, f]) => `${f.filter((w) => accepts(m.dfa, w)).length} of F kept`, {
      numRuns: 100,
    });
  });

  it("forbid(M, W) accepts exactly L(M) ∖ W", () => {
    fc.assert(
      fc.property(arbDeterministic, arbWords, (m, banned) => {
        const r = ok(forbid(m, banned));
        for (const w of WORDS) expect(accepts(r.dfa, w)).toBe(accepts(m.dfa, w) && !has(banned, w));
      }),
      { numRuns: 100 },
    );
  });

  it("filterBy(M, R) is equivalent to the product L(M) ∩ L(R)", () => {
    fc.assert(
      fc.property(arbDeterministic, arbDfa(AB, { maxStates: 3 }), (m, r) => {
        const f = ok(filterBy(m, r));
        expect(equivalent(f.dfa, intersect(m.dfa, r))._tag).toBe("None");
      }),
      { numRuns: 100 },
    );
  });

  it("the chat fine-tunes: restricting to its first n words gives exactly those n words", () => {
    const chat = ok(deterministicModel("chat", chatBase()));
    const first: Word[] = [];
    for (const w of enumerate(chat.dfa)) {
      if (first.length === 5) break;
      first.push(w);
    }
    const r = ok(restrictTo(chat, first, { name: "chat-5" }));
    expect(r.name).toBe("chat-5");
    expect([...enumerate(r.dfa)]).toEqual(first);
  });

  it("refuses words over another alphabet", () => {
    const m = ok(deterministicModel("m", chatBase()));
    expect(E.isLeft(restrictTo(m, [[99]]))).toBe(true);
    expect(E.isLeft(forbid(m, [[-1]]))).toBe(true);
  });
});

describe("restrictTo and forbid on probabilistic models condition the distribution", () => {
  it("restrictTo(M, F): q(w) = p(w) / p(F) on F (p(F) summed exactly over F), else 0", () => {
    const arb = fc.tuple(arbProbabilistic, arbWords);
    fc.assert(
      fc.property(arb, ([m, f]) => {
        const d = m.distribution as NonNullable<typeof m.distribution>;
        const distinct = f.filter((w, i) => !has(f.slice(0, i), w));
        const mass = distinct.reduce((s, w) => s.add(exactProbability(d, w) as Fraction), ZERO);
        const r = restrictTo(m, f);
        if (mass.equals(0)) {
          expect(E.isLeft(r)).toBe(true);
          return;
        }
        const q = ok(r).distribution as NonNullable<typeof m.distribution>;
        for (const w of WORDS) {
          const expected = has(f, w) ? (exactProbability(d, w) as Fraction).div(mass) : ZERO;
          expect((exactProbability(q, w) as Fraction).equals(expected)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
    fc.statistics(
      arb,
      ([m, f]) => (E.isLeft(restrictTo(m, f)) ? "F has probability 0" : "conditioned on F"),
      { numRuns: 100 },
    );
  });

  it("forbid(M, W): q(w) = p(w) / (1 − p(W)) off W", () => {
    fc.assert(
      fc.property(arbProbabilistic, arbWords, (m, banned) => {
        const d = m.distribution as NonNullable<typeof m.distribution>;
        const distinct = banned.filter((w, i) => !has(banned.slice(0, i), w));
        const mass = distinct.reduce((s, w) => s.add(exactProbability(d, w) as Fraction), ZERO);
        const r = forbid(m, banned);
        if (mass.equals(1)) {
          expect(E.isLeft(r)).toBe(true);
          return;
        }
        const q = ok(r).distribution as NonNullable<typeof m.distribution>;
        for (const w of WORDS) {
          const expected = has(banned, w)
            ? ZERO
            : (exactProbability(d, w) as Fraction).div(mass.neg().add(1));
          expect((exactProbability(q, w) as Fraction).equals(expected)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
