import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { chatBase } from "../../../src/attribution/models/chat.js";
import { deterministicModel, probabilisticModel } from "../../../src/attribution/models/model.js";
import { restrictTo } from "../../../src/attribution/operators/restrict.js";
import { watermark } from "../../../src/attribution/operators/watermark.js";
import { randomZoo } from "../../../src/attribution/zoo/random.js";
import {
  ancestorAt,
  children,
  lineage,
  makeZoo,
  type Zoo,
  zooFamily,
  zooModels,
} from "../../../src/attribution/zoo/zoo.js";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { componentsOf } from "../../../src/automata/pdfa/mixture.js";
import type { Word } from "../../../src/automata/word.js";
import { expectValid, geometric, ok } from "../../automata/pdfa-fixtures.js";

describe("zoos", () => {
  const chat = ok(deterministicModel("chat", chatBase()));

  it("finds parents by provenance and answers lineage questions", () => {
    const words: Word[] = [];
    for (const w of enumerate(chat.dfa)) {
      if (words.length === 2) break;
      words.push(w);
    }
    const r = ok(restrictTo(chat, words));
    const wm = ok(watermark(r, [[1, 9, 9]]));
    const other = ok(watermark(chat, [[0, 9, 9]], { name: "chat/mark2" }));
    const zoo = ok(makeZoo([chat, r, wm, other]));
    expect(zoo.entries.map((e) => e.parent)).toEqual([undefined, 0, 1, 0]);
    expect(zoo.entries.map((e) => e.depth)).toEqual([0, 1, 2, 1]);
    expect(lineage(zoo, 2)).toEqual([0, 1, 2]);
    expect(ancestorAt(zoo, 2, 0)).toBe(0);
    expect(ancestorAt(zoo, 2, 1)).toBe(1);
    expect(ancestorAt(zoo, 1, 5)).toBe(1);
    expect(children(zoo, 0)).toEqual([1, 3]);
    expect(zooModels(zoo).map((m) => m.name)).toEqual([
      "chat",
      "chat/restrict",
      "chat/restrict/watermark",
      "chat/mark2",
    ]);
    const fam = ok(zooFamily(zoo));
    expect(fam.size).toBe(4);
    expect(fam.at(2).provenance.watermark).toBe("bot help help");
  });

  it("refuses duplicate names, models over another alphabet and empty zoos", () => {
    expect(E.isLeft(makeZoo([]))).toBe(true);
    expect(E.isLeft(makeZoo([chat, chat]))).toBe(true);
    const other = ok(probabilisticModel("geometric", geometric(1, 2)));
    const r = makeZoo([chat, other]);
    expect(E.isLeft(r) && r.left.kind).toBe("alphabet-mismatch");
  });
});

/** Checks each fine-tune's language against its parent's, by its operator. */
function checkTree(zoo: Zoo): string[] {
  const ops: string[] = [];
  for (const [i, e] of zoo.entries.entries()) {
    if (e.parent === undefined) {
      expect(e.model.provenance.operator).toBe("base");
      continue;
    }
    expect(e.parent).toBeLessThan(i);
    const parent = (zoo.entries[e.parent] as Zoo["entries"][number]).model;
    const op = e.model.provenance.operator;
    ops.push(op);
    expect(e.model.provenance.base).toBe(parent.name);
    if (["restrict", "forbid", "filter", "strip-watermark"].includes(op))
      expect(isSubset(e.model.dfa, parent.dfa)).toBe(true);
    else if (["add-dataset", "watermark"].includes(op))
      expect(isSubset(parent.dfa, e.model.dfa)).toBe(true);
    else if (op === "reweight") expect(equivalent(e.model.dfa, parent.dfa)._tag).toBe("None");
    else expect.fail(`unknown operator ${op}`);
    if (e.model.distribution !== undefined)
      for (const c of componentsOf(e.model.distribution)) expectValid(c.pdfa);
  }
  return ops;
}

describe("randomZoo", () => {
  it("is reproducible from its seed and differs across seeds", () => {
    const a = ok(randomZoo(7, { fineTunes: 6 }));
    const b = ok(randomZoo(7, { fineTunes: 6 }));
    expect(a.entries.map((e) => e.model.name)).toEqual(b.entries.map((e) => e.model.name));
    for (const [i, e] of a.entries.entries())
      expect(dfaEquals(e.model.dfa, (b.entries[i] as Zoo["entries"][number]).model.dfa)).toBe(true);
    const c = ok(randomZoo(8, { fineTunes: 6 }));
    expect(
      c.entries.some(
        (e, i) => !dfaEquals(e.model.dfa, (a.entries[i] as Zoo["entries"][number]).model.dfa),
      ),
    ).toBe(true);
  });

  it("every fine-tune relates to its parent as its operator says (deterministic zoos)", () => {
    const arb = fc.integer({ min: 0, max: 2 ** 31 });
    fc.assert(
      fc.property(arb, (seed) => {
        const zoo = ok(randomZoo(seed, { bases: 2, fineTunes: 8 }));
        expect(zoo.entries.length).toBe(10);
        checkTree(zoo);
      }),
      { numRuns: 25 },
    );
    fc.statistics(
      arb,
      (seed) => {
        const ops = new Set(checkTree(ok(randomZoo(seed, { bases: 2, fineTunes: 8 }))));
        return `${ops.size} distinct operators`;
      },
      { numRuns: 10 },
    );
  });

  it("probabilistic zoos hold valid distributions and use reweighting too", () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) {
      const zoo = ok(randomZoo(seed, { kind: "probabilistic", bases: 2, fineTunes: 6, states: 3 }));
      expect(zoo.entries.every((e) => e.model.kind === "probabilistic")).toBe(true);
      for (const op of checkTree(zoo)) seen.add(op);
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });

  it("refuses bad sizes", () => {
    expect(E.isLeft(randomZoo(1, { bases: 0 }))).toBe(true);
    expect(E.isLeft(randomZoo(1, { fineTunes: -1 }))).toBe(true);
    expect(E.isLeft(randomZoo(1, { operators: ["reweight"] }))).toBe(true);
  });
});
