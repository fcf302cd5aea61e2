import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { compile } from "../../../src/automata/compile.js";
import { accepts } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import {
  addModel,
  classRegex,
  compileModel,
  explorerClass,
} from "../../../src/cli/explorer/class-model.js";
import { explorerScenarios } from "../../../src/cli/explorer/scenario.js";
import { member } from "../../../src/identification/family/family.js";
import { AB, abScenario, right } from "./helpers.js";

describe("the explorer's class", () => {
  const scenario = abScenario();
  const plain = explorerClass(scenario);

  it("is the scenario's own family until the user adds a model", () => {
    expect(plain.family).toBe(scenario.family());
    expect(plain.models).toEqual([]);
  });

  it("puts user models first and shifts the scenario's members, keeping the base", () => {
    const m = right(compileModel(plain, "a*", "model"));
    const c = addModel(plain, m);
    expect(c.family.size).toBe(Number.POSITIVE_INFINITY);
    expect(c.family.layout).toBe("custom");
    expect(c.family.base).toBe(scenario.family().base);
    expect(c.family.at(0).name).toBe("your model 1");
    expect(dfaEquals(member(c.family, 0), right(compile("a*", AB)))).toBe(true);
    for (let i = 0; i < 5; i++)
      expect(dfaEquals(member(c.family, i + 1), member(scenario.family(), i))).toBe(true);
    expect(classRegex(c, 0)).toBe("a*");
    expect(c.family.at(0).provenance).toEqual({ operator: "given", detail: "a*" });
  });

  it("a fine-tune is the base intersected with the regex", () => {
    const ft = right(compileModel(plain, "(ab){2,}", "fine-tune"));
    const base = scenario.family().base;
    if (base === undefined) throw new Error("EX-FT has a base");
    expect(isSubset(ft.dfa, base)).toBe(true);
    expect(accepts(ft.dfa, [0, 1, 0, 1])).toBe(true);
    expect(accepts(ft.dfa, [0, 1])).toBe(false);
    expect(classRegex(addModel(plain, ft), 0)).toBe("base ∩ ((ab){2,})");
  });

  it("bad regexes are Lefts a person can act on, with the column of a parse error", () => {
    const open = compileModel(plain, "a(b", "model");
    expect(E.isLeft(open) && open.left.kind === "parse" && open.left.column).toBe(2);
    const foreign = compileModel(plain, "abc", "model");
    expect(E.isLeft(foreign) && foreign.left.message).toMatch(/"c" is not in the alphabet/u);
    const empty = compileModel(plain, "  ", "model");
    expect(E.isLeft(empty) && empty.left.message).toBe("regex: type a regex first");
  });

  it("compiles chat regexes over the default scenario's tokens", () => {
    const p4 = explorerClass(explorerScenarios()[0] ?? abScenario());
    const m = compileModel(p4, "<user> <hi> <bot> <hi> <user> <bye> <bot> <bye>", "model");
    expect(E.isRight(m) && m.right.dfa.states).toBe(10);
    expect(classRegex(p4, 0)).toMatch(/^<user> \(<hi>\|<hello>\)/u);
    expect(classRegex(p4, 1)).toBeUndefined();
  });
});
