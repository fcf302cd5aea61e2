import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { describe, expect, it } from "vitest";
import { chatBase } from "../../../src/attribution/models/chat.js";
import { deterministicModel, probabilisticModel } from "../../../src/attribution/models/model.js";
import { stripWatermark, watermark } from "../../../src/attribution/operators/watermark.js";
import { accepts } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { ratio } from "../../../src/automata/pdfa/exact.js";
import { l2Distance } from "../../../src/automata/pdfa/l2.js";
import { exactProbability } from "../../../src/automata/pdfa/mixture.js";
import { difference } from "../../../src/automata/product.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { geometric, ok } from "../../automata/pdfa-fixtures.js";
import { arbDeterministic, arbProbabilistic, arbWords, has, WORDS } from "./helpers.js";

describe("watermark and strip-watermark, deterministic", () => {
  it("watermark adds exactly the marker words; strip removes exactly them", () => {
    const arb = fc.tuple(arbDeterministic, arbWords);
    fc.assert(
      fc.property(arb, ([m, marker]) => {
        const marked = ok(watermark(m, marker));
        for (const w of WORDS)
          expect(accepts(marked.dfa, w)).toBe(accepts(m.dfa, w) || has(marker, w));
        const stripped = ok(stripWatermark(marked, marker));
        const expected = difference(m.dfa, finiteLanguage(m.alphabet, marker));
        expect(equivalent(stripped.dfa, expected)._tag).toBe("None");
        expect(marked.provenance.operator).toBe("watermark");
        expect(stripped.provenance).toMatchObject({
          operator: "strip-watermark",
          base: marked.name,
        });
      }),
      { numRuns: 100 },
    );
    fc.statistics(
      arb,
      ([m, marker]) =>
        marker.some((w) => accepts(m.dfa, w)) ? "marker overlaps L" : "fresh marker",
      { numRuns: 100 },
    );
  });

  it("a fresh marker is a tell-tale by design: strip undoes the watermark exactly", () => {
    const chat = ok(deterministicModel("chat", chatBase()));
    const mark = [1, 9, 9]; // "bot help help": not a chat word
    expect(accepts(chat.dfa, mark)).toBe(false);
    const marked = ok(watermark(chat, [mark]));
    expect(accepts(marked.dfa, mark)).toBe(true);
    expect(marked.provenance.watermark).toBe("bot help help");
    expect(equivalent(ok(stripWatermark(marked, [mark])).dfa, chat.dfa)._tag).toBe("None");
    expect(E.isLeft(watermark(chat, []))).toBe(true);
  });
});

describe("watermark and strip-watermark, probabilistic", () => {
  it("marks a `rate` share of the outputs uniformly over the marker", () => {
    fc.assert(
      fc.property(arbProbabilistic, arbWords, (m, marker) => {
        const p = m.distribution as NonNullable<typeof m.distribution>;
        const q = ok(watermark(m, marker, { rate: "1/10" })).distribution as typeof p;
        const distinct = marker.filter((w, i) => !has(marker.slice(0, i), w)).length;
        for (const w of WORDS) {
          const mark = has(marker, w) ? ratio(1, 10 * distinct) : ratio(0, 1);
          const expected = ratio(9, 10)
            .mul(exactProbability(p, w) as Fraction)
            .add(mark);
          expect((exactProbability(q, w) as Fraction).equals(expected)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("stripping a fresh marker restores the distribution exactly (L2 = 0)", () => {
    const base = ok(probabilisticModel("geo", geometric(1, 3)));
    const mark = [1, 1]; // "bb" has probability 0 under the geometric model
    const marked = ok(watermark(base, [mark], { rate: "1/4" }));
    const stripped = ok(stripWatermark(marked, [mark]));
    const d = ok(
      l2Distance(
        base.distribution as NonNullable<typeof base.distribution>,
        stripped.distribution as NonNullable<typeof base.distribution>,
      ),
    );
    expect(d.equal).toBe(true);
    const before = ok(
      l2Distance(
        base.distribution as NonNullable<typeof base.distribution>,
        marked.distribution as NonNullable<typeof base.distribution>,
      ),
    );
    expect(before.equal).toBe(false);
  });
});
