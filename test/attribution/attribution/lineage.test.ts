import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type LineageModel,
  lineageAttribution,
  lineageModels,
} from "../../../src/attribution/attribution/lineage.js";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { compile } from "../../../src/automata/compile.js";
import type { Dfa } from "../../../src/automata/dfa.js";
import { exGold, exZoo, UNARY } from "../../../src/identification/family/examples.js";
import { finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};
const ab = unsafeAlphabet(["a", "b"]);
const re = (source: string): Dfa => right(compile(source, ab));

// A = a*; A1 = A plus the dataset b*; A11 = A1 plus (ab)*; A2 = A restricted to {ε, a}; B = b+a
const zoo: LineageModel[] = [
  { name: "A", dfa: re("a*") },
  { name: "A1", dfa: re("a*|b*"), parent: "A" },
  { name: "A11", dfa: re("a*|b*|(ab)*"), parent: "A1" },
  { name: "A2", dfa: re("a?"), parent: "A" },
  { name: "B", dfa: re("b+a") },
];

describe("lineageAttribution: the coarsest question the provenance tree still answers", () => {
  it("names the deepest level with one candidate node", () => {
    const fineTune = right(lineageAttribution(zoo, [[1]]));
    expect(fineTune.models).toEqual(["A1", "A11"]);
    expect(fineTune.levels).toEqual([
      { level: 0, nodes: ["A"] },
      { level: 1, nodes: ["A1"] },
      { level: 2, nodes: ["A1", "A11"] },
    ]);
    expect(fineTune.answer).toEqual({ level: 1, node: "A1" });
    const base = right(lineageAttribution(zoo, [[0]]));
    expect(base.models).toEqual(["A", "A1", "A11", "A2"]);
    expect(base.answer).toEqual({ level: 0, node: "A" });
    const exact = right(lineageAttribution(zoo, [[0, 1]]));
    expect(exact.answer).toEqual({ level: 2, node: "A11" });
  });

  it("answers nothing when even the base is ambiguous or no model fits", () => {
    const none = right(lineageAttribution(zoo, []));
    expect(none.levels[0]?.nodes).toEqual(["A", "B"]);
    expect(none.answer).toBeNull();
    const nobody = right(lineageAttribution(zoo, [[1, 1, 0, 0]]));
    expect(nobody.models).toEqual([]);
    expect(nobody.answer).toBeNull();
  });

  it("groups fine-tunes under a base outside the zoo, and reads a family's provenance", () => {
    const ft = right(
      finiteFamily(
        Array.from({ length: 4 }, (_, i) => ({
          dfa: finiteLanguage(
            UNARY,
            Array.from({ length: i + 1 }, (_, n) => new Array<number>(n).fill(0)),
          ),
          name: `first ${i + 1}`,
          provenance: { operator: "restrict", base: "a*" },
        })),
      ),
    );
    const models = right(lineageModels(ft));
    expect(models.every((m) => m.parent === "a*")).toBe(true);
    const r = right(lineageAttribution(models, [[0]]));
    expect(r.levels[0]?.nodes).toEqual(["a*"]);
    expect(r.answer).toEqual({ level: 0, node: "a*" });
    expect(E.isLeft(lineageModels(exGold()))).toBe(true);
    expect(
      right(lineageModels(right(exZoo(1, { members: 3 })))).every((m) => m.parent === undefined),
    ).toBe(true);
  });

  it("is Left on parent cycles and repeated names", () => {
    const cycle = lineageAttribution(
      [
        { name: "x", dfa: re("a"), parent: "y" },
        { name: "y", dfa: re("b"), parent: "x" },
      ],
      [],
    );
    expect(E.isLeft(cycle) && cycle.left.message).toMatch(/cycle/);
    expect(E.isLeft(lineageAttribution([zoo[0] as LineageModel, zoo[0] as LineageModel], []))).toBe(
      true,
    );
  });
});
