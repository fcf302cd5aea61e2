import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chatBase, chatRTrivial } from "../../src/attribution/models/chat.js";
import { inClass, restrictToClass } from "../../src/attribution/restrict.js";
import { randomZoo } from "../../src/attribution/zoo/random.js";
import { zooModels } from "../../src/attribution/zoo/zoo.js";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { isRTrivial } from "../../src/automata/classify/r-trivial.js";
import { isStarFree } from "../../src/automata/classify/star-free.js";
import { compile } from "../../src/automata/compile.js";
import type { Dfa } from "../../src/automata/dfa.js";
import { ok } from "../automata/pdfa-fixtures.js";

const ab = unsafeAlphabet(["a", "b"]);
const lang = (r: string): Dfa => ok(compile(r, ab));

describe("transformer-expressivity restriction (P5)", () => {
  const cases = [
    { name: "finite", dfa: lang("a|ab|bba"), starFree: true, rTrivial: true },
    { name: "Σ*", dfa: lang("(a|b)*"), starFree: true, rTrivial: true },
    { name: "(aa)*", dfa: lang("(aa)*"), starFree: false, rTrivial: false },
    { name: "(ab)*", dfa: lang("(ab)*"), starFree: true, rTrivial: false },
    { name: "a*b*", dfa: lang("a*b*"), starFree: true, rTrivial: true },
  ];

  it("pins the facts of THEORY.md P5", () => {
    for (const c of cases) {
      expect(ok(inClass(c.dfa, "star-free"))).toBe(c.starFree);
      expect(ok(inClass(c.dfa, "r-trivial"))).toBe(c.rTrivial);
    }
    expect(ok(inClass(chatBase(), "star-free"))).toBe(true);
    expect(ok(inClass(chatBase(), "r-trivial"))).toBe(false);
    expect(ok(inClass(chatRTrivial(), "r-trivial"))).toBe(true);
  });

  it("splits a class in order and names the reason of every exclusion", () => {
    const sf = restrictToClass(cases, "star-free");
    expect(sf.inside.map((m) => m.name)).toEqual(["finite", "Σ*", "(ab)*", "a*b*"]);
    expect(sf.outside.map((x) => x.model.name)).toEqual(["(aa)*"]);
    expect(sf.outside[0]?.reason).toMatch(/non-trivial group/u);
    const rt = restrictToClass(cases, "r-trivial");
    expect(rt.outside.map((x) => x.model.name)).toEqual(["(aa)*", "(ab)*"]);
    expect(rt.outside[0]?.reason).toMatch(/partially ordered/u);
  });

  it("a monoid budget leaves members undecided instead of failing", () => {
    const r = restrictToClass([{ name: "chat", dfa: chatBase() }], "star-free", { states: 10 });
    expect(r.undecided.map((x) => x.model.name)).toEqual(["chat"]);
    expect(r.undecided[0]?.reason).toMatch(/budget/u);
  });

  it("agrees with isStarFree and isRTrivial on random zoos, and the parts partition the zoo", () => {
    const arb = fc.integer({ min: 0, max: 2 ** 31 });
    fc.assert(
      fc.property(arb, (seed) => {
        const models = zooModels(ok(randomZoo(seed, { fineTunes: 6 })));
        for (const cls of ["star-free", "r-trivial"] as const) {
          const r = restrictToClass(models, cls);
          expect(r.inside.length + r.outside.length + r.undecided.length).toBe(models.length);
          for (const m of r.inside)
            expect(cls === "star-free" ? ok(isStarFree(m.dfa)) : isRTrivial(m.dfa)).toBe(true);
          for (const x of r.outside)
            expect(
              cls === "star-free" ? ok(isStarFree(x.model.dfa)) : isRTrivial(x.model.dfa),
            ).toBe(false);
        }
      }),
      { numRuns: 20 },
    );
    fc.statistics(
      arb,
      (seed) =>
        `${restrictToClass(zooModels(ok(randomZoo(seed, { fineTunes: 6 }))), "r-trivial").outside.length > 0 ? "some" : "no"} members outside R-trivial`,
      { numRuns: 20 },
    );
  });
});
