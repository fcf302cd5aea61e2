import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { lineageAttribution } from "../../../src/attribution/attribution/lineage.js";
import { deterministicModel, type Model } from "../../../src/attribution/models/model.js";
import { makeZoo, type Zoo } from "../../../src/attribution/zoo/zoo.js";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { compile } from "../../../src/automata/compile.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};
const ab = unsafeAlphabet(["a", "b"]);
const model = (name: string, source: string, base?: string): Model =>
  right(
    deterministicModel(
      name,
      right(compile(source, ab)),
      base === undefined ? { operator: "base" } : { operator: "add-dataset", base },
    ),
  );

// A = a*; A1 = A plus the dataset b*; A11 = A1 plus (ab)*; A2 = A restricted to {ε, a}; B = b+a
const zoo: Zoo = right(
  makeZoo([
    model("A", "a*"),
    model("A1", "a*|b*", "A"),
    model("A11", "a*|b*|(ab)*", "A1"),
    model("A2", "a?", "A"),
    model("B", "b+a"),
  ]),
);

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
    expect(base.levels[1]?.nodes).toEqual(["A", "A1", "A2"]);
    expect(base.answer).toEqual({ level: 0, node: "A" });
    expect(right(lineageAttribution(zoo, [[0, 1]])).answer).toEqual({ level: 2, node: "A11" });
  });

  it("answers nothing when even the base is ambiguous or no model fits", () => {
    const none = right(lineageAttribution(zoo, []));
    expect(none.levels[0]?.nodes).toEqual(["A", "B"]);
    expect(none.answer).toBeNull();
    const nobody = right(lineageAttribution(zoo, [[1, 1, 0, 0]]));
    expect(nobody.models).toEqual([]);
    expect(nobody.answer).toBeNull();
  });

  it("is Left on a foreign symbol", () => {
    expect(E.isLeft(lineageAttribution(zoo, [[2]]))).toBe(true);
  });
});
