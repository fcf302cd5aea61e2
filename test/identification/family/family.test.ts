import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { complement } from "../../../src/automata/complement.js";
import { accepts, stateCount } from "../../../src/automata/dfa.js";
import { LimitLabException } from "../../../src/automata/support/errors.js";
import { exFinLayers, exGold, exLen, UNARY } from "../../../src/identification/family/examples.js";
import {
  finiteFamily,
  hasMember,
  indexedFamily,
  indexOf,
  member,
} from "../../../src/identification/family/family.js";
import { finiteLanguage, wordsUpTo } from "../../../src/identification/family/finite-language.js";
import { pow, right } from "../helpers.js";

const ab = unsafeAlphabet(["a", "b"]);

describe("finiteLanguage and wordsUpTo", () => {
  it("build minimal DFAs of word lists", () => {
    const d = finiteLanguage(ab, [[0], [0, 1], [0]]);
    expect(accepts(d, [0, 1])).toBe(true);
    expect(accepts(d, [1])).toBe(false);
    expect(stateCount(d)).toBe(4);
    expect(stateCount(finiteLanguage(ab, []))).toBe(1);
    expect(() => finiteLanguage(ab, [[2]])).toThrow(/symbol index 2/);
  });
  it("Σ^≤n has n + 2 states", () => {
    const d = wordsUpTo(ab, 3);
    expect(stateCount(d)).toBe(5);
    expect(accepts(d, [1, 1, 1])).toBe(true);
    expect(accepts(d, [1, 1, 1, 0])).toBe(false);
    expect(() => wordsUpTo(ab, -1)).toThrow(/non-negative/);
  });
});

describe("finiteFamily", () => {
  const aStar = complement(finiteLanguage(UNARY, []));
  it("rejects an empty list and mixed alphabets", () => {
    const empty = finiteFamily([]);
    expect(E.isLeft(empty) && empty.left.message).toMatch(/at least one member/);
    const mixed = finiteFamily([{ dfa: aStar }, { dfa: finiteLanguage(ab, [[1]]) }]);
    expect(E.isLeft(mixed) && mixed.left.kind).toBe("alphabet-mismatch");
    expect(E.isLeft(mixed) && mixed.left.message).toMatch(/members\[1\]/);
  });
  it("minimises members and deduplicates up to language equality on request", () => {
    const twice = finiteLanguage(UNARY, [pow(1)]);
    const f = right(
      finiteFamily([{ dfa: twice, name: "x" }, { dfa: aStar }, { dfa: twice, name: "y" }]),
    );
    expect(f.size).toBe(3);
    const d = right(
      finiteFamily([{ dfa: twice, name: "x" }, { dfa: aStar }, { dfa: twice, name: "y" }], {
        dedupe: true,
      }),
    );
    expect(d.size).toBe(2);
    expect(d.at(0).provenance.detail).toBe("also y");
    expect(d.layout).toBe("finite");
  });
});

describe("indexedFamily and member", () => {
  it("computes each member once and checks the index", () => {
    let calls = 0;
    const f = indexedFamily({
      alphabet: UNARY,
      size: Number.POSITIVE_INFINITY,
      description: "{a^2n}",
      layout: "custom",
      member: (n) => {
        calls++;
        return { dfa: finiteLanguage(UNARY, [pow(2 * n)]) };
      },
    });
    expect(accepts(member(f, 3), pow(6))).toBe(true);
    member(f, 3);
    expect(calls).toBe(1);
    expect(hasMember(f, 1.5)).toBe(false);
    expect(() => member(f, 1.5)).toThrow(LimitLabException);
    expect(() =>
      indexedFamily({
        alphabet: UNARY,
        size: 0,
        description: "",
        layout: "custom",
        member: () => ({ dfa: aStar() }),
      }),
    ).toThrow(/positive integer/);
  });
  function aStar() {
    return complement(finiteLanguage(UNARY, []));
  }
});

describe("indexOf", () => {
  it("finds the least index with a language, within a budget", () => {
    expect(indexOf(exGold(), finiteLanguage(UNARY, [pow(0), pow(1)]))).toEqual(O.some(2));
    expect(indexOf(exGold(), complement(finiteLanguage(UNARY, [])))).toEqual(O.some(0));
    expect(indexOf(exLen(), complement(finiteLanguage(UNARY, [])), { members: 50 })).toEqual(
      O.none,
    );
    const far = finiteLanguage(
      UNARY,
      Array.from({ length: 40 }, (_, k) => pow(k)),
    );
    expect(indexOf(exLen(), far, { members: 20 })).toEqual(O.none);
    expect(indexOf(exLen(), far, { members: 100 })).toEqual(O.some(39));
    expect(indexOf(exFinLayers(2), finiteLanguage(UNARY, [pow(1), pow(3)]))).toEqual(O.some(9));
  });
  it("throws on another alphabet", () => {
    expect(() => indexOf(exGold(), finiteLanguage(ab, []))).toThrow(/alphabets differ/);
  });
});
