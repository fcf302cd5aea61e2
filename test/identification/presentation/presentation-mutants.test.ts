/**
 * What presentations say about themselves (kind, description, finiteness), the given texts and
 * informants, `take` at 0, and the seeded shuffle pinned (issue 7: the mutants presentation.test
 * files let survive). The pinned stream is the documented contract "the same seed gives the
 * same text" made concrete: a change to the shuffle changes every seeded run of the proofs.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { exGold } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { fairShuffle } from "../../../src/identification/presentation/fair-random.js";
import {
  randomInformant,
  shortlexInformant,
  userInformant,
} from "../../../src/identification/presentation/informant.js";
import { take } from "../../../src/identification/presentation/presentation.js";
import {
  randomText,
  repeatEach,
  shortlexText,
  userText,
  withPauses,
} from "../../../src/identification/presentation/text.js";
import { pow, right } from "../helpers.js";

const aStar = member(exGold(), 0);
const meta = (p: { kind: string; description: string; finite: boolean }) => ({
  kind: p.kind,
  description: p.description,
  finite: p.finite,
});

describe("presentations describe themselves", () => {
  it("texts: kind, description, infinite", () => {
    expect(meta(shortlexText(aStar))).toEqual({
      kind: "text",
      description: "fair shortlex text for the target",
      finite: false,
    });
    expect(meta(randomText(aStar, 7, "a*"))).toEqual({
      kind: "text",
      description: "random-fair text (seed 7) for a*",
      finite: false,
    });
    expect(meta(randomText(aStar)).description).toBe("random-fair text (seed 42) for the target");
    const base = shortlexText(aStar, "a*");
    expect(meta(repeatEach(base, 2))).toEqual({
      kind: "text",
      description: "fair shortlex text for a*, each datum 2 times",
      finite: false,
    });
    expect(meta(withPauses(base, 3))).toEqual({
      kind: "text",
      description: "fair shortlex text for a*, a pause every 3 data",
      finite: false,
    });
  });
  it("informants: kind, description, infinite", () => {
    expect(meta(shortlexInformant(aStar))).toEqual({
      kind: "informant",
      description: "shortlex informant for the target",
      finite: false,
    });
    expect(meta(randomInformant(aStar, 5, "a*"))).toEqual({
      kind: "informant",
      description: "random-fair informant (seed 5) for a*",
      finite: false,
    });
    expect(meta(randomInformant(aStar)).description).toBe(
      "random-fair informant (seed 42) for the target",
    );
  });
  it("given texts and informants are finite copies, checked", () => {
    const data = [pow(1), "#" as const, pow(0)];
    const t = right(userText(aStar.alphabet, data));
    expect(meta(t)).toEqual({ kind: "text", description: "a given text", finite: true });
    data.pop();
    expect([...t]).toEqual([pow(1), "#", pow(0)]);
    const labelled = [
      { word: pow(2), label: true },
      { word: [], label: false },
    ];
    const i = right(userInformant(aStar.alphabet, labelled, "two words"));
    expect(meta(i)).toEqual({ kind: "informant", description: "two words", finite: true });
    expect(meta(right(userInformant(aStar.alphabet, []))).description).toBe("a given informant");
    labelled.pop();
    expect([...i]).toEqual([
      { word: pow(2), label: true },
      { word: [], label: false },
    ]);
    expect([...i]).toHaveLength(2);
    expect(E.isLeft(userInformant(aStar.alphabet, [{ word: [1], label: true }]))).toBe(true);
  });
});

describe("take and the seeded shuffle", () => {
  it("take of 0 or fewer data is empty", () => {
    expect(take(shortlexText(aStar), 0)).toEqual([]);
    expect(take(shortlexText(aStar), -2)).toEqual([]);
    expect(take(shortlexText(aStar), 1)).toEqual([pow(0)]);
  });
  it("the shuffle of 0..14 with seed 42 is pinned", () => {
    const g = fairShuffle(() => [...Array(15).keys()][Symbol.iterator](), 42, -1);
    const out = Array.from({ length: 30 }, () => g.next().value);
    // blocks of 2, 4, 8, 16: 1, 2, 4, 8 fresh items each, padded with repeats and shuffled
    expect(out).toEqual([
      0, 0, 1, 0, 2, 2, 6, 4, 3, 5, 5, 4, 3, 1, 9, 7, 13, 8, 8, 12, 11, 12, 11, 9, 1, 8, 10, 6, 14,
      8,
    ]);
  });
});
