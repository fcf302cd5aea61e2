import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { accepts } from "../../../src/automata/dfa.js";
import { type Word, wordKey } from "../../../src/automata/word.js";
import { verifyThickness } from "../../../src/identification/certificate/verify-bounded.js";
import {
  exCofin,
  exFinLayers,
  exGold,
  exLen,
  exThick,
  exZoo,
} from "../../../src/identification/family/examples.js";
import { indexedFamily, member } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import {
  finiteThickness,
  thicknessSteps,
} from "../../../src/identification/structure/thickness.js";
import { Classes, pow, right } from "../helpers.js";
import { re } from "../regex.js";

/** Every word of Σ^≤ℓ by brute force: all words of the universal language, in shortlex order. */
function shortWordsBrute(symbols: string[], length: number): Word[] {
  const sigma = unsafeAlphabet(symbols);
  const out: Word[] = [];
  for (const w of enumerate(re(`(${symbols.join("|")})*`, sigma))) {
    if (w.length > length) break;
    out.push(w);
  }
  return out;
}

describe("finiteThickness: the pins", () => {
  it("{a^n b*} is thin: each word in at most one member, none in the second half", () => {
    const c = right(finiteThickness(exThick(), { length: 4, members: 12 }));
    expect(c.verdict).toBe("thin");
    expect(c.maxCount).toBe(1);
    expect(c.exact).toBe(false);
    expect(c.words).toBe(31);
    // aab lies in a^2 b* only
    expect(c.entries.find((e) => wordKey(e.word) === "0.0.1")?.members).toEqual([2]);
    expect(verifyThickness(exThick(), c)).toBe(true);
  });

  it("{a^n b*} is thin whenever the window is more than twice the length", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10 }), (l, extra) => {
        const c = right(finiteThickness(exThick(), { length: l, members: 2 * l + 2 + extra }));
        classes.note(`length ${l}`);
        classes.note(
          "some word in no member",
          c.entries.some((e) => e.members.length === 0),
        );
        return c.verdict === "thin" && c.maxCount === 1 && verifyThickness(exThick(), c);
      }),
      { numRuns: 30, seed: 4003 },
    );
    expect(classes.count("length 0")).toBeGreaterThan(0);
    expect(classes.count("length 5")).toBeGreaterThan(0);
    expect(classes.count("some word in no member")).toBeGreaterThan(0);
  });

  it("EX-GOLD is thick: ε and a lie in a* and every later member", () => {
    const c = right(finiteThickness(exGold(), { length: 3, members: 10 }));
    expect(c.verdict).toBe("thick");
    expect(c.witness).toEqual({ word: [], tailCount: 5, tailSize: 5 });
    const a = c.entries.find((e) => wordKey(e.word) === "0");
    expect(a?.members).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(c.maxCount).toBe(10);
  });

  it("EX-LEN, EX-COFIN and EX-FIN-LAYERS are thick too (identifiable or not)", () => {
    for (const f of [exLen(), exCofin(), exFinLayers()]) {
      const c = right(finiteThickness(f, { length: 3, members: 30 }));
      expect(c.verdict).toBe("thick");
      expect(c.witness?.tailCount).toBeGreaterThan(0);
    }
  });

  it("a finite family searched whole is exactly thin", () => {
    const zoo = right(exZoo(5, { members: 8, states: 4 }));
    const c = right(finiteThickness(zoo, { length: 3, members: 100 }));
    expect(c.members).toBe(8);
    expect(c.exact).toBe(true);
    expect(c.verdict).toBe("thin");
    expect(c.witness).toBeUndefined();
  });
});

describe("finiteThickness: the table", () => {
  it("lists every short word with exactly the members that accept it (brute force)", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 4 }), (seed, l) => {
        const zoo = right(exZoo(seed, { members: 6, states: 3 }));
        const c = right(finiteThickness(zoo, { length: l, members: 6 }));
        const words = shortWordsBrute(["a", "b"], l);
        expect(c.entries.map((e) => e.word)).toEqual(words);
        for (const [u, w] of words.entries()) {
          const expected = [0, 1, 2, 3, 4, 5].filter((i) => accepts(member(zoo, i), w));
          expect(c.entries[u]?.members).toEqual(expected);
        }
        const counts = c.entries.map((e) => e.members.length);
        expect(c.maxCount).toBe(Math.max(...counts));
        classes.note("a word in every member", c.maxCount === 6);
        classes.note("a word in 2 to 5 members", c.maxCount >= 2 && c.maxCount < 6);
      }),
      { numRuns: 25, seed: 4004 },
    );
    expect(classes.count("a word in 2 to 5 members")).toBeGreaterThan(3);
  });

  it("counts a language once: repeated members are listed as duplicates", () => {
    const a = unsafeAlphabet(["a"]);
    const family = indexedFamily({
      alphabet: a,
      size: Number.POSITIVE_INFINITY,
      description: "a*, then {a} forever",
      layout: "custom",
      member: (i) => ({ dfa: i === 0 ? re("a*", a) : finiteLanguage(a, [pow(1)]) }),
    });
    const c = right(finiteThickness(family, { length: 2, members: 6 }));
    expect(c.duplicates).toEqual([2, 3, 4, 5].map((m) => ({ member: m, of: 1 })));
    expect(c.maxCount).toBe(2);
    expect(c.verdict).toBe("thin");
    expect(verifyThickness(family, c)).toBe(true);
  });
});

describe("finiteThickness: bounds and progress", () => {
  it("refuses bad bounds and too many words", () => {
    const bad = finiteThickness(exThick(), { members: 0 });
    expect(E.isLeft(bad) && bad.left.kind).toBe("invalid-input");
    const many = finiteThickness(exThick(), { length: 20, words: 1000 });
    expect(E.isLeft(many) && many.left.kind).toBe("budget");
  });

  it("yields once per member, then returns the certificate", () => {
    const steps = thicknessSteps(exThick(), { length: 2, members: 5 });
    const done: number[] = [];
    let r = steps.next();
    for (; r.done !== true; r = steps.next()) {
      expect(r.value.total).toBe(5);
      done.push(r.value.done);
    }
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(E.isRight(r.value)).toBe(true);
  });
});
