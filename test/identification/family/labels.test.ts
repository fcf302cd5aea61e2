import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
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
import type { Family } from "../../../src/identification/family/family.js";
import { wordCount } from "../../../src/identification/family/finite-language.js";

/** What a person reads about a family: its description and its first members' labels. */
function labels(f: Family, n: number) {
  return {
    description: f.description,
    members: Array.from({ length: Math.min(n, f.size) }, (_, i) => {
      const m = f.at(i);
      return { name: m.name, provenance: m.provenance };
    }),
  };
}

const restrict = (base: string, detail: string) => ({ operator: "restrict", base, detail });

describe("the labels of the example families (what the explorer and the reports show)", () => {
  it("EX-LEN, EX-GOLD and EX-COFIN name each member by its language and say how it was made", () => {
    expect(labels(exLen(), 2)).toEqual({
      description: "EX-LEN: index n = {a^k : k <= n}",
      members: [
        { name: "{a^k : k <= 0}", provenance: restrict("a*", "words up to length 0") },
        { name: "{a^k : k <= 1}", provenance: restrict("a*", "words up to length 1") },
      ],
    });
    expect(labels(exGold(), 3)).toEqual({
      description: "EX-GOLD: index 0 = a*, index n + 1 = {a^k : k <= n}",
      members: [
        { name: "a*", provenance: { operator: "base" } },
        { name: "{a^k : k <= 0}", provenance: restrict("a*", "first 1 word") },
        { name: "{a^k : k <= 1}", provenance: restrict("a*", "first 2 words") },
      ],
    });
    expect(labels(exCofin(), 3)).toEqual({
      description: "EX-COFIN: index 0 = a*, index n + 1 = a* minus {a^n}",
      members: [
        { name: "a*", provenance: { operator: "base" } },
        {
          name: "a* minus {a^0}",
          provenance: { operator: "remove", base: "a*", detail: "forbid a^0" },
        },
        {
          name: "a* minus {a^1}",
          provenance: { operator: "remove", base: "a*", detail: "forbid a^1" },
        },
      ],
    });
  });

  it("EX-FT names its restrictions after the base, by default 'the base'", () => {
    const star = exGold().at(0).dfa;
    expect(labels(exFt(star, "a*"), 3)).toEqual({
      description:
        "EX-FT over a*: index 0 = the base, index n + 1 = its first n + 1 words in shortlex order",
      members: [
        { name: "a*", provenance: { operator: "base" } },
        { name: "a* restricted to its first 1 word", provenance: restrict("a*", "first 1 word") },
        { name: "a* restricted to its first 2 words", provenance: restrict("a*", "first 2 words") },
      ],
    });
    expect(exFt(star).description).toMatch(/^EX-FT over the base: /u);
    expect(exFt(star).at(1).name).toBe("the base restricted to its first 1 word");
  });

  it("EX-THICK, EX-PASSWORD and EX-FIN-LAYERS", () => {
    expect(labels(exThick(), 2)).toEqual({
      description: "EX-THICK: index n = a^n b*",
      members: [
        { name: "a^0 b*", provenance: { operator: "given", detail: "a^0 b*" } },
        { name: "a^1 b*", provenance: { operator: "given", detail: "a^1 b*" } },
      ],
    });
    expect(labels(exPassword(2), 9)).toEqual({
      description: "EX-PASSWORD(2): the singletons {w}, w in {0,1}^2, in shortlex order",
      members: ["00", "01", "10", "11"].map((w) => ({
        name: `{${w}}`,
        provenance: { operator: "given", watermark: w },
      })),
    });
    const subset = (detail: string) => ({ operator: "finite-subset", base: "a*", detail });
    expect(labels(exFinLayers(2), 4)).toEqual({
      description:
        "EX-FIN-LAYERS(2): index 0 = the empty set, then the non-empty subsets of a* with at most 2 words by longest word, size, sorted word list",
      members: [
        { name: "{}", provenance: subset("0 words") },
        { name: "{ε}", provenance: subset("1 word") },
        { name: "{a}", provenance: subset("1 word") },
        { name: "{ε, a}", provenance: subset("2 words") },
      ],
    });
  });

  it("EX-ZOO names members by structure and variant, with the seed in the provenance", () => {
    const zoo = exZoo(42);
    if (E.isLeft(zoo)) throw new Error(zoo.left.message);
    expect(labels(zoo.right, 2)).toEqual({
      description: "EX-ZOO(seed 42, 20 members, 6 states, {a, b})",
      members: [0, 1].map((v) => ({
        name: `zoo 0.${v}`,
        provenance: { operator: "random", detail: `seed 42, structure 0, variant ${v}, 6 states` },
      })),
    });
  });

  it("counts words in the singular for one", () => {
    expect([0, 1, 2].map(wordCount)).toEqual(["0 words", "1 word", "2 words"]);
  });
});
