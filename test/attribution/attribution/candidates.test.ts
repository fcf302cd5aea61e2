import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { ambiguityCurve } from "../../../src/attribution/attribution/ambiguity.js";
import { candidatesByEnumeration } from "../../../src/attribution/attribution/brute-force.js";
import { candidates } from "../../../src/attribution/attribution/candidates.js";
import type { CandidateModel } from "../../../src/attribution/attribution/classes.js";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { complement } from "../../../src/automata/complement.js";
import { accepts } from "../../../src/automata/dfa.js";
import type { Word } from "../../../src/automata/word.js";
import { exGold, exZoo } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { take } from "../../../src/identification/presentation/presentation.js";
import { randomText } from "../../../src/identification/presentation/text.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

const ab = unsafeAlphabet(["a", "b"]);
const arbWord = fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 5 });
const arbZoo: fc.Arbitrary<CandidateModel[]> = fc
  .array(arbDfa(ab, { maxStates: 3 }), { minLength: 1, maxLength: 6 })
  .chain((ds) =>
    // repeat some models under another name, so language classes have several members
    fc
      .subarray(ds)
      .map((again) => [
        ...ds.map((dfa, i) => ({ name: `m${i}`, dfa })),
        ...again.map((dfa, i) => ({ name: `copy${i}`, dfa })),
      ]),
  );

/** exGold's first members: a* and {a^k : k ≤ n} for n < 6. */
const goldPrefix: CandidateModel[] = Array.from({ length: 7 }, (_, i) => ({
  name: exGold().at(i).name,
  dfa: member(exGold(), i),
}));

const sorted = (groups: readonly (readonly number[])[]) =>
  groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));

describe("candidates (THEORY.md P1): {M : S ⊆ L(M)} up to language equality", () => {
  it("agrees with brute-force enumeration of Σ^{≤ℓ} on random zoos and samples", () => {
    const arb = fc.record({ zoo: arbZoo, sample: fc.array(arbWord, { maxLength: 4 }) });
    fc.assert(
      fc.property(arb, ({ zoo, sample }) => {
        const c = right(candidates(zoo, sample));
        const brute = right(candidatesByEnumeration(zoo, sample));
        expect(brute.complete).toBe(true);
        expect(sorted(c.classes.map((x) => x.members))).toEqual(sorted(brute.groups));
        expect(c.certain).toBe(brute.groups.length === 1);
        // every excluded model rejects its word and accepts every earlier sample word
        for (const x of c.excluded) {
          const d = (zoo[x.model] as CandidateModel).dfa;
          expect(accepts(d, x.word)).toBe(false);
          for (const w of sample.slice(0, x.position)) expect(accepts(d, w)).toBe(true);
        }
        const kept = c.classes.reduce((n, x) => n + x.members.length, 0);
        expect(kept + c.excluded.length).toBe(zoo.length);
      }),
      { numRuns: 100 },
    );
    fc.statistics(
      arb,
      ({ zoo, sample }) => {
        const c = right(candidates(zoo, sample));
        const classes = c.classes.length;
        return classes === 0 ? "no candidate" : classes === 1 ? "certain" : "ambiguous";
      },
      { numRuns: 100 },
    );
  });

  it("always keeps the true model, and only shrinks as its outputs accumulate", () => {
    const arb = fc.record({
      zoo: arbZoo,
      pick: fc.nat(),
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
    });
    const nonEmpty = arb.filter(({ zoo, pick }) => {
      const d = (zoo[pick % zoo.length] as CandidateModel).dfa;
      return Array.from(d.accepting).includes(1);
    });
    fc.assert(
      fc.property(nonEmpty, ({ zoo, pick, seed }) => {
        const t = pick % zoo.length;
        const text = take(randomText((zoo[t] as CandidateModel).dfa, seed), 12).filter(
          (d): d is Word => d !== "#",
        );
        let before = Number.POSITIVE_INFINITY;
        for (let n = 0; n <= text.length; n++) {
          const c = right(candidates(zoo, text.slice(0, n)));
          expect(c.classes.some((x) => x.members.includes(t))).toBe(true);
          expect(c.classes.length).toBeLessThanOrEqual(before);
          before = c.classes.length;
        }
      }),
      { numRuns: 60 },
    );
    fc.statistics(nonEmpty, ({ zoo }) => `${zoo.length > 3 ? "> 3" : "≤ 3"} models`, {
      numRuns: 60,
    });
  });

  it("names the separating word of two remaining classes, and reads families", () => {
    const c = right(candidates(goldPrefix, [[0]]));
    // a*, {ε, a}, … , {a^k : k ≤ 5} all contain a; {ε} does not
    expect(c.classes.map((x) => x.names[0])).toEqual([
      "a*",
      "{a^k : k <= 1}",
      "{a^k : k <= 2}",
      "{a^k : k <= 3}",
      "{a^k : k <= 4}",
      "{a^k : k <= 5}",
    ]);
    expect(c.separatingWord).toBe("aa"); // in a*, not in {ε, a}
    expect(c.excluded.map((x) => [x.name, x.text])).toEqual([["{a^k : k <= 0}", "a"]]);
    const zoo = right(exZoo(3, { members: 8, states: 4 }));
    const s = right(candidates(zoo, []));
    expect(s.classes.length).toBe(8);
    expect(s.certain).toBe(false);
  });

  it("is Left on an empty or infinite zoo, mixed alphabets and foreign symbols", () => {
    expect(E.isLeft(candidates([], []))).toBe(true);
    expect(E.isLeft(candidates(exGold(), []))).toBe(true);
    const mixed = candidates(
      [
        { name: "x", dfa: complement(finiteLanguage(ab, [])) },
        { name: "y", dfa: complement(finiteLanguage(exGold().alphabet, [])) },
      ],
      [],
    );
    expect(E.isLeft(mixed) && mixed.left.kind).toBe("alphabet-mismatch");
    const foreign = candidates(goldPrefix, [[0], [1]]);
    expect(E.isLeft(foreign) && foreign.left.message).toMatch(/sample\[1\]/);
  });
});

describe("ambiguityCurve: candidates against sample size", () => {
  it("matches the candidate set of every prefix, on every presentation", () => {
    const curve = right(ambiguityCurve(goldPrefix, 0, { horizon: 15, presentations: 4, seed: 5 }));
    expect(curve.classes).toBe(7);
    expect(curve.points[0]).toEqual({ size: 0, mean: 7, min: 7, max: 7, certain: 0 });
    for (const [i, s] of curve.seeds.entries()) {
      const data = take(randomText(member(exGold(), 0), s), 15);
      for (let n = 0; n <= 15; n++) {
        const words = data.slice(0, n).filter((d): d is Word => d !== "#");
        const count = right(candidates(goldPrefix, words)).classes.length;
        const p = curve.points[n];
        expect(count).toBeGreaterThanOrEqual(p?.min ?? 0);
        expect(count).toBeLessThanOrEqual(p?.max ?? 0);
        if (count === 1) expect(curve.certainAt[i]).toBeLessThanOrEqual(n);
      }
    }
    // a* is certain once a word of length ≥ 6 appears, by step 4·6 + 2 of a random-fair text
    expect(curve.certainAt.every((t) => t !== null && t <= 26)).toBe(true);
  });

  it("never becomes certain for a model whose language lies inside others (the superset problem)", () => {
    const curve = right(ambiguityCurve(goldPrefix, 3, { horizon: 30, presentations: 3 }));
    expect(curve.targetName).toBe("{a^k : k <= 2}");
    // {ε, a, aa} stays inside a*, {a^k : k ≤ 3}, {a^k : k ≤ 4}, {a^k : k ≤ 5}
    expect(curve.points.at(-1)).toMatchObject({ min: 5, max: 5, certain: 0 });
    expect(curve.certainAt).toEqual([null, null, null]);
  });

  it("is Left on a bad target, horizon, or a text for another language", () => {
    expect(E.isLeft(ambiguityCurve(goldPrefix, 7))).toBe(true);
    expect(E.isLeft(ambiguityCurve(goldPrefix, 0, { horizon: 0 }))).toBe(true);
    const wrong = ambiguityCurve(goldPrefix, 1, { text: () => [[0], [0, 0]] });
    expect(E.isLeft(wrong) && wrong.left.kind === "invalid-input" && wrong.left.field).toBe("text");
  });
});
