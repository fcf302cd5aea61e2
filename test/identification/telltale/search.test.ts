import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import { wordKey } from "../../../src/automata/word.js";
import { exGold, exLen, exPassword, exZoo } from "../../../src/identification/family/examples.js";
import { finiteFamily, member } from "../../../src/identification/family/family.js";
import {
  searchTellTale,
  tellTale,
  tellTales,
} from "../../../src/identification/telltale/search.js";
import { Classes, pow, right } from "../helpers.js";

const ab = unsafeAlphabet(["a", "b"]);

/** All words over {a, b} up to length 8, in shortlex order. */
const WORDS: number[][] = (() => {
  const out: number[][] = [[]];
  for (let i = 0; out[i] !== undefined && (out[i] as number[]).length < 8; i++)
    for (const s of [0, 1]) out.push([...(out[i] as number[]), s]);
  return out;
})();

/** Brute force over words up to length 8: exact for DFAs of at most 3 states (products ≤ 9). */
function bruteTellTale(ds: readonly Dfa[], i: number): string[] {
  const inL = (d: Dfa) => WORDS.filter((w) => accepts(d, w)).map(wordKey);
  const li = new Set(inL(ds[i] as Dfa));
  const out = new Set<string>();
  for (const [j, dj] of ds.entries()) {
    if (j === i) continue;
    const lj = new Set(inL(dj));
    if (![...lj].every((w) => li.has(w)) || lj.size === li.size) continue;
    const first = WORDS.find((w) => li.has(wordKey(w)) && !lj.has(wordKey(w)));
    if (first !== undefined) out.add(wordKey(first));
  }
  return [...out];
}

describe("canonical tell-tales", () => {
  it("agree with brute force on small finite families", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.array(arbDfa(ab, { maxStates: 3 }), { minLength: 2, maxLength: 6 }), (ds) => {
        const f = right(finiteFamily(ds.map((dfa) => ({ dfa }))));
        for (let i = 0; i < ds.length; i++) {
          const t = tellTale(f, i);
          classes.note("non-empty tell-tale", t.words.length > 0);
          classes.note("two or more words", t.words.length >= 2);
          expect(t.exact).toBe(true);
          expect(t.words.map(wordKey).sort()).toEqual(bruteTellTale(ds, i).sort());
        }
      }),
      { numRuns: 80 },
    );
    expect(classes.count("non-empty tell-tale")).toBeGreaterThan(20);
    expect(classes.count("two or more words")).toBeGreaterThan(3);
  });
  it("EX-LEN: T_n = {a, ..., a^n}, a tell-tale for every member", () => {
    expect(tellTale(exLen(), 0).words).toEqual([]);
    expect(tellTale(exLen(), 3).words).toEqual([pow(1), pow(2), pow(3)]);
    for (const n of [0, 5, 8]) {
      const s = right(searchTellTale(exLen(), n, { members: 30, length: 8 }));
      expect(s.kind).toBe("candidate");
    }
    // L_12's tell-tale needs a^12: no set of words of length ≤ 8 is one (a true bounded claim)
    expect(right(searchTellTale(exLen(), 12, { members: 30, length: 8 })).kind).toBe("absent");
  });
  it("tellTales covers a finite family exactly and bounds an unbounded one", () => {
    const zoo = right(exZoo(5, { members: 15, states: 4 }));
    const all = right(tellTales(zoo));
    expect(all.length).toBe(15);
    expect(all.every((t) => t.exact && t.members === 15)).toBe(true);
    const len = right(tellTales(exLen()));
    expect(len.length).toBe(32);
    expect(len.every((t) => !t.exact)).toBe(true);
    const big = tellTales(exPassword(13));
    expect(E.isLeft(big) && big.left.kind).toBe("budget");
    expect(E.isLeft(tellTales(exLen(), { members: 0 }))).toBe(true);
  });
  it("a* in EX-GOLD: a candidate within few members, certified absent within more", () => {
    expect(tellTale(exGold(), 0, { members: 5 }).words).toEqual([1, 2, 3, 4].map(pow));
    const s = right(searchTellTale(exGold(), 0, { members: 40, length: 12 }));
    expect(s.kind).toBe("absent");
    expect(s.kind === "absent" && s.absence.witnesses.map((w) => w.member)).toEqual(
      Array.from({ length: 13 }, (_, l) => l + 1),
    );
    const few = right(searchTellTale(exGold(), 0, { members: 5, length: 12 }));
    expect(few.kind).toBe("candidate");
    expect(E.isLeft(searchTellTale(exGold(), -1))).toBe(true);
    expect(member(exGold(), 0).states).toBe(1);
  });
});
