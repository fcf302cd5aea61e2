import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { complement } from "../../../src/automata/complement.js";
import { dfaFromTable, stateCount } from "../../../src/automata/dfa.js";
import {
  exCofin,
  exFinLayers,
  exGold,
  exLen,
  UNARY,
} from "../../../src/identification/family/examples.js";
import {
  finiteFamily,
  hasMember,
  indexedFamily,
  indexOf,
} from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { relations } from "../../../src/identification/family/relations.js";
import { pow, right } from "../helpers.js";

const ab = unsafeAlphabet(["a", "b"]);
const aStar = () => complement(finiteLanguage(UNARY, []));
const one = (n: number) => finiteLanguage(UNARY, [pow(n)]);

function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return "no throw";
}

describe("the Family contract in detail", () => {
  it("finiteFamily names, describes and lays out members by default, or as told", () => {
    const f = right(finiteFamily([{ dfa: one(1) }, { dfa: aStar(), name: "a*" }]));
    expect(f.description).toBe("a finite family of 2 languages");
    expect(f.layout).toBe("finite");
    expect([f.at(0).name, f.at(1).name]).toEqual(["L0", "a*"]);
    expect(f.at(0).provenance).toEqual({ operator: "given" });
    expect("base" in f || "capacity" in f).toBe(false);
    const g = right(
      finiteFamily([{ dfa: one(2), provenance: { operator: "random", detail: "seed 1" } }], {
        description: "mine",
        layout: "custom",
      }),
    );
    expect([g.description, g.layout, g.size]).toEqual(["mine", "custom", 1]);
    expect(g.at(0).provenance).toEqual({ operator: "random", detail: "seed 1" });
  });

  it("dedupe keeps the first of equal languages and lists every later name in its provenance", () => {
    const f = right(
      finiteFamily(
        [
          { dfa: one(1), name: "x", provenance: { operator: "given", detail: "first" } },
          { dfa: one(2), name: "other" },
          { dfa: one(1), name: "y" },
          { dfa: one(1), name: "z" },
        ],
        { dedupe: true },
      ),
    );
    expect(f.size).toBe(2);
    expect(f.description).toBe("a finite family of 2 languages");
    expect(f.at(0)).toMatchObject({ name: "x", provenance: { detail: "first; also y; also z" } });
    expect(f.at(1).name).toBe("other");
    // without dedupe every entry stays, equal languages included
    const all = right(finiteFamily([{ dfa: one(1) }, { dfa: one(1) }, { dfa: one(1) }]));
    expect(all.size).toBe(3);
    expect(all.at(2).name).toBe("L2");
  });

  it("indexedFamily takes sizes 1..∞ only, and names the index and family it refuses", () => {
    const spec = {
      alphabet: UNARY,
      description: "{a^n}",
      layout: "custom" as const,
      member: (n: number) => ({ dfa: one(n) }),
    };
    for (const size of [0, -1, 2.5, Number.NaN, Number.NEGATIVE_INFINITY])
      expect(thrown(() => indexedFamily({ ...spec, size }))).toBe(
        `size: must be a positive integer or Infinity, got ${String(size)}`,
      );
    const f = indexedFamily({ ...spec, size: 2, base: aStar(), capacity: 3 });
    expect([f.size, f.capacity, f.base === undefined]).toEqual([2, 3, false]);
    expect(f.at(1).name).toBe("L1");
    expect(thrown(() => f.at(2))).toBe("index: 2 is not an index of {a^n} (size 2)");
    expect(thrown(() => f.at(-1))).toBe("index: -1 is not an index of {a^n} (size 2)");
    const other = indexedFamily({
      ...spec,
      size: 1,
      member: () => ({ dfa: finiteLanguage(ab, []) }),
    });
    expect(thrown(() => other.at(0))).toMatch(/alphabets differ/u);
  });

  it("members are minimised on the way in", () => {
    // a*: two equivalent accepting states
    const big = right(dfaFromTable(UNARY, 0, [0, 1], [[1], [0]]));
    const f = indexedFamily({
      alphabet: UNARY,
      size: 1,
      description: "a*",
      layout: "custom",
      member: () => ({ dfa: big }),
    });
    expect(stateCount(big)).toBe(2);
    expect(stateCount(f.at(0).dfa)).toBe(1);
  });

  it("hasMember is exactly the integers 0..size-1", () => {
    const f = right(finiteFamily([{ dfa: one(0) }, { dfa: one(1) }]));
    expect(
      [-1, 0, 1, 2, 0.5, Number.NaN, Number.POSITIVE_INFINITY].map((i) => hasMember(f, i)),
    ).toEqual([false, true, true, false, false, false, false]);
    expect(hasMember(exGold(), 2 ** 40)).toBe(true);
    expect(hasMember(exGold(), 2 ** 60)).toBe(false);
  });

  it("indexOf remembers what it scanned, but never answers beyond the budget asked", () => {
    const gold = exGold();
    const twoWords = finiteLanguage(UNARY, [pow(0), pow(1)]);
    expect(indexOf(gold, twoWords)).toEqual(O.some(2));
    // scanned 0..2 already: a* (index 0) and {ε} (index 1) are found from the index
    expect(indexOf(gold, aStar())).toEqual(O.some(0));
    expect(indexOf(gold, finiteLanguage(UNARY, [pow(0)]))).toEqual(O.some(1));
    expect(indexOf(gold, twoWords, { members: 2 })).toEqual(O.none);
    // the scan resumes after index 2 and finds a later member
    const four = finiteLanguage(UNARY, [0, 1, 2, 3].map(pow));
    expect(indexOf(gold, four)).toEqual(O.some(4));
    const len = exLen();
    const far = finiteLanguage(
      UNARY,
      Array.from({ length: 40 }, (_, k) => pow(k)),
    );
    expect(indexOf(len, far, { members: 100 })).toEqual(O.some(39));
    expect(indexOf(len, far, { members: 39 })).toEqual(O.none);
    expect(indexOf(len, far, { members: 40 })).toEqual(O.some(39));
    // a finite family is searched whole whatever the budget
    const fin = right(finiteFamily([{ dfa: one(0) }, { dfa: one(3) }]));
    expect(indexOf(fin, one(3), { members: 10 ** 6 })).toEqual(O.some(1));
    expect(indexOf(fin, one(4))).toEqual(O.none);
  });

  it("relations answer inclusion questions with shortest witnesses, memoised per family", () => {
    const r = relations(exCofin());
    expect(relations(exCofin())).not.toBe(r);
    const c = exCofin();
    expect(relations(c)).toBe(relations(c));
    expect(r.witness(0, 3)).toEqual(O.some(pow(2)));
    expect(r.witness(3, 0)).toEqual(O.none);
    expect(r.witness(2, 2)).toEqual(O.none);
    expect([r.subset(3, 0), r.subset(0, 3), r.proper(3, 0), r.proper(3, 3)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([r.same(2, 2), r.same(2, 3)]).toEqual([true, false]);
    const fl = relations(exFinLayers(2));
    expect(fl.witness(3, 1)).toEqual(O.some(pow(1))); // {ε, a} ∖ {ε}
    expect(E.isRight(finiteFamily([{ dfa: aStar() }]))).toBe(true);
  });
});
