import { describe, expect, it } from "vitest";
import { jsonOutline } from "../../../src/cli/views/json-outline.js";

describe("jsonOutline", () => {
  it("shows objects as key lines and lists of records as tables of their scalar fields", () => {
    const v = {
      length: 200,
      runs: [
        { learner: "enumeration", mindChanges: 0, certificate: { version: 1 } },
        { learner: "tell-tale", mindChanges: 63 },
      ],
      seeds: [1, 2, 3],
    };
    expect(jsonOutline(v, "  ")).toEqual([
      "  length: 200",
      "  runs:",
      "    learner      mindChanges",
      "    enumeration  0",
      "    tell-tale    63",
      "    (also certificate: --json for all)",
      "  seeds: 1, 2, 3",
    ]);
  });
  it("cuts long lists, long lines and deep values, saying where the rest is", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ i, word: "x".repeat(i) }));
    const out = jsonOutline({ many, deep: { a: { b: { c: { d: [1] } } } } }, "", {
      rows: 3,
      width: 40,
    });
    expect(out).toContain("  … 9 more (--json for all)");
    expect(out.every((l) => l.length <= 40)).toBe(true);
    expect(out[out.length - 1]).toBe('        {"d":[1]}');
    expect(jsonOutline([0.1234567891, null, true])).toEqual(["0.123457, null, true"]);
    expect(jsonOutline([])).toEqual(["(none)"]);
  });
  it("narrows the widest column, not the others, to fit the width", () => {
    const rows = [{ name: "a".repeat(60), n: 1, ok: true }];
    const [head, row] = jsonOutline(rows, "", { width: 30 });
    expect(row).toMatch(/^a+… {2}1 {2}true$/u);
    expect(row?.length).toBe(30);
    expect(head).toMatch(/^name +n {2}ok$/u);
  });
});
