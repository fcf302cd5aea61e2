import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { isFinite as finite } from "../../../src/automata/decide.js";
import { accepts } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { LimitLabException } from "../../../src/automata/support/errors.js";
import {
  exCofin,
  exFinLayers,
  exFt,
  exGold,
  exLen,
  exPassword,
  exThick,
  exZoo,
} from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { pow, right } from "../helpers.js";

function words(d: Parameters<typeof enumerate>[0], n = 50): number[][] {
  const out: number[][] = [];
  for (const w of enumerate(d)) {
    out.push([...w]);
    if (out.length >= n) break;
  }
  return out;
}

describe("EX-LEN, EX-GOLD, EX-COFIN", () => {
  it("follow their index layouts", () => {
    expect(words(member(exLen(), 3))).toEqual([pow(0), pow(1), pow(2), pow(3)]);
    const gold = exGold();
    expect(gold.layout).toBe("gold");
    expect(finite(member(gold, 0))).toBe(false);
    expect(words(member(gold, 1))).toEqual([pow(0)]);
    expect(words(member(gold, 4))).toEqual([pow(0), pow(1), pow(2), pow(3)]);
    const cofin = exCofin();
    expect(cofin.layout).toBe("cofin");
    expect(words(member(cofin, 3), 4)).toEqual([pow(0), pow(1), pow(3), pow(4)]);
    expect(words(member(cofin, 1), 2)).toEqual([pow(1), pow(2)]);
  });
  it("exFt(a*) has the languages of exGold()", () => {
    const gold = exGold();
    const ft = exFt(member(gold, 0), "a*");
    for (let i = 0; i < 30; i++) expect(dfaEquals(member(ft, i), member(gold, i))).toBe(true);
  });
  it("reject an index outside the family with a typed throw", () => {
    expect(() => member(exPassword(2), 4)).toThrow(LimitLabException);
    expect(() => member(exGold(), -1)).toThrow(/not an index/);
  });
});

describe("exFinLayers", () => {
  it("orders by longest word, then size, then sorted word list", () => {
    const f = exFinLayers(2);
    const sets = Array.from({ length: 11 }, (_, i) => words(member(f, i)).map((w) => w.length));
    expect(sets).toEqual([[], [0], [1], [0, 1], [2], [0, 2], [1, 2], [3], [0, 3], [1, 3], [2, 3]]);
    const f3 = exFinLayers(3);
    const sets3 = Array.from({ length: 9 }, (_, i) => words(member(f3, i)).map((w) => w.length));
    expect(sets3).toEqual([[], [0], [1], [0, 1], [2], [0, 2], [1, 2], [0, 1, 2], [3]]);
  });
  it("puts every set after all its subsets", () => {
    const f = exFinLayers(3);
    const seen: string[] = [];
    for (let i = 0; i < 120; i++) {
      const set = words(member(f, i)).map((w) => w.length);
      for (let mask = 0; mask < 1 << set.length; mask++) {
        const sub = set.filter((_, b) => (mask >> b) & 1).join(",");
        if (sub !== set.join(",")) expect(seen).toContain(sub);
      }
      expect(seen).not.toContain(set.join(","));
      seen.push(set.join(","));
    }
  });
  it("rejects a bad capacity", () => {
    expect(() => exFinLayers(-1)).toThrow(/non-negative integer/);
    expect(exFinLayers(0).size).toBe(1);
  });
});

describe("exThick, exPassword, exZoo", () => {
  it("exThick: index n = a^n b*", () => {
    const t = exThick();
    expect(accepts(member(t, 2), [0, 0, 1, 1, 1])).toBe(true);
    expect(accepts(member(t, 2), [0, 1])).toBe(false);
    expect(accepts(member(t, 0), [])).toBe(true);
  });
  it("exPassword: singletons in shortlex order", () => {
    const p = exPassword(3);
    expect(p.size).toBe(8);
    expect(words(member(p, 5))).toEqual([[1, 0, 1]]);
    expect(words(member(p, 0))).toEqual([[0, 0, 0]]);
    expect(() => exPassword(25)).toThrow(/0..24/);
  });
  it("exZoo: distinct, seeded, with proper inclusions", () => {
    const zoo = right(exZoo(7, { members: 30, states: 5 }));
    expect(zoo.size).toBe(30);
    const ds = Array.from({ length: 30 }, (_, i) => member(zoo, i));
    let nested = 0;
    for (let i = 0; i < 30; i++)
      for (let j = 0; j < 30; j++) {
        if (i < j) expect(dfaEquals(ds[i] as never, ds[j] as never)).toBe(false);
        if (i !== j && isSubset(ds[i] as never, ds[j] as never)) nested++;
      }
    expect(nested).toBeGreaterThan(10);
    const again = right(exZoo(7, { members: 30, states: 5 }));
    for (let i = 0; i < 30; i++) expect(dfaEquals(member(again, i), ds[i] as never)).toBe(true);
  });
  it("exZoo: says when it cannot find enough languages", () => {
    const r = exZoo(1, { members: 5, states: 1 });
    expect(E.isLeft(r) && r.left.message).toMatch(/found only 2 distinct languages/);
    expect(E.isLeft(exZoo(1, { members: 0 }))).toBe(true);
  });
});
