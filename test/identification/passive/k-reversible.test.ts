import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { ab, smallWorld } from "../../../proofs/support/small-world.js";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { accepts, type Dfa, stateCount } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import type { Word } from "../../../src/automata/word.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { kReversible } from "../../../src/identification/passive/k-reversible.js";
import { zeroReversible } from "../../../src/identification/passive/zero-reversible.js";
import { Tally } from "../../automata/brute-force.js";
import { right } from "../helpers.js";
import { arbSample, arbWord, isKReversibleDfa } from "./reversible.js";

const abc = unsafeAlphabet(["a", "b", "c"]);
const minimalWorld = smallWorld(3).map((l) => l.minimal);

function kri(sample: readonly Word[], k: number, sigma = ab): Dfa {
  return right(kReversible(sample, sigma, k));
}

describe("kReversible", () => {
  it("returns a k-reversible language containing the sample", () => {
    const tally = new Tally();
    fc.assert(
      fc.property(arbSample(2, 6, 5), fc.integer({ min: 0, max: 3 }), (sample, k) => {
        const d = kri(sample, k);
        expect(sample.every((w) => accepts(d, w))).toBe(true);
        expect(isKReversibleDfa(d, k)).toBe(true);
        const finite = dfaEquals(d, finiteLanguage(ab, sample));
        tally.add(finite ? "the sample itself" : "a proper generalisation");
        tally.add(`k = ${k}`);
      }),
      { numRuns: 150 },
    );
    expect(tally.count("the sample itself")).toBeGreaterThan(10);
    expect(tally.count("a proper generalisation")).toBeGreaterThan(10);
    for (let k = 0; k <= 3; k++) expect(tally.count(`k = ${k}`)).toBeGreaterThan(10);
  });

  it("returns the smallest k-reversible language containing the sample (brute force over the small world, k = 1 and 2)", () => {
    const tally = new Tally();
    for (const k of [1, 2]) {
      const world = minimalWorld.filter((d) => isKReversibleDfa(d, k));
      fc.assert(
        fc.property(arbSample(2, 5, 4), (sample) => {
          const d = kri(sample, k);
          const above = world.filter((l) => sample.every((w) => accepts(l, w)));
          for (const l of above) expect(isSubset(d, l)).toBe(true);
          tally.add(
            above.some((l) => isSubset(l, d)) ? "guess in the small world" : "guess larger",
          );
        }),
        { numRuns: 60 },
      );
    }
    expect(tally.count("guess in the small world")).toBeGreaterThan(5);
    expect(tally.count("guess larger")).toBeGreaterThan(5);
  });

  it("with k = 0 accepts what ZR accepts", () => {
    fc.assert(
      fc.property(arbSample(3, 6, 5), (sample) => {
        expect(dfaEquals(kri(sample, 0, abc), zeroReversible(sample, abc))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("learns every finite language whose words have length at most m, for k ≥ m", () => {
    const sizes = new Tally();
    fc.assert(
      fc.property(
        fc.array(arbWord(3, 4), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 1 }),
        (sample, extra) => {
          const m = Math.max(...sample.map((w) => w.length));
          expect(dfaEquals(kri(sample, m + extra, abc), finiteLanguage(abc, sample))).toBe(true);
          sizes.add(`m = ${m}`);
        },
      ),
      { numRuns: 100 },
    );
    for (const m of [2, 3, 4]) expect(sizes.count(`m = ${m}`)).toBeGreaterThan(3);
  });

  it("guesses shrink as k grows: L(k + 1) ⊆ L(k)", () => {
    const strict = new Tally();
    fc.assert(
      fc.property(arbSample(2, 6, 6), fc.integer({ min: 0, max: 2 }), (sample, k) => {
        const lower = kri(sample, k);
        const higher = kri(sample, k + 1);
        expect(isSubset(higher, lower)).toBe(true);
        strict.add(isSubset(lower, higher) ? "equal" : "strictly smaller");
      }),
      { numRuns: 100 },
    );
    expect(strict.count("strictly smaller")).toBeGreaterThan(5);
    expect(strict.count("equal")).toBeGreaterThan(5);
  });

  it("generalises {ab, aab} to a*b for k = 0 and to a+b for k = 1", () => {
    const s = [
      [0, 1],
      [0, 0, 1],
    ];
    expect(accepts(kri(s, 0), [1])).toBe(true);
    const one = kri(s, 1);
    expect(accepts(one, [1])).toBe(false);
    expect(accepts(one, [0, 0, 0, 1])).toBe(true);
    expect(stateCount(one)).toBe(4);
  });

  it("returns Left for a bad k and when the leader budget runs out", () => {
    const bad = kReversible([[0]], ab, -1);
    expect(E.isLeft(bad) && bad.left.kind).toBe("invalid-input");
    const s = [
      [0, 1, 0, 1, 1],
      [1, 1, 0],
      [0, 0],
    ];
    const out = kReversible(s, ab, 2, { leaders: 3 });
    expect(E.isLeft(out) && out.left.kind === "budget" && out.left.budget).toBe("leaders");
    expect(E.isRight(kReversible(s, ab, 2))).toBe(true);
  });

  it("counts the leader budget exactly and says what ran out", () => {
    const s = [
      [0, 1, 0, 1, 1],
      [1, 1, 0],
      [0, 0],
    ];
    // this sample needs 9 leaders at the most: 9 is enough, 8 is not
    expect(E.isRight(kReversible(s, ab, 2, { leaders: 9 }))).toBe(true);
    const out = kReversible(s, ab, 2, { leaders: 8 });
    expect(E.isLeft(out) && out.left.message).toBe(
      "k-RI with k = 2: budget of 8 leaders exceeded (reached 9); raise the leaders budget",
    );
    const bad = kReversible([[0]], ab, 1.5);
    expect(E.isLeft(bad) && bad.left.message).toBe("k: 1.5 is not a non-negative integer");
  });
});
