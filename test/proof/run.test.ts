import { describe, expect, it } from "vitest";
import { propertySeed, runProofs, runProofsToEnd, runProperty } from "../../src/proof/run.js";
import type { ProofProgress, ProofReport } from "../../src/proof/types.js";
import { fails, holds, wordsUpTo } from "./fixtures.js";

const fast = { mode: "fast", seed: 42 } as const;

function property(report: ProofReport, id: string, index: number) {
  const p = report.proofs.find((f) => f.id === id)?.properties[index];
  if (p === undefined) throw new Error(`no property ${id} #${index}`);
  return p;
}

describe("runProofs on a proof that holds", () => {
  const report = runProofsToEnd([holds], fast);

  it("passes every property with the runs it asked for", () => {
    expect(report.verdict).toBe("pass");
    expect(report.partial).toBe(false);
    const [random, sweep, control] = report.proofs[0]?.properties ?? [];
    expect(random?.runs).toBe(60);
    expect(random?.plannedRuns).toBe(60);
    expect(sweep?.runs).toBe(wordsUpTo(6).length);
    expect(sweep?.results.map((r) => r.chunk)).toEqual([0, 1, 2]);
    expect(control?.role).toBe("control");
    expect(report.totals).toMatchObject({ proofs: 1, properties: 3, passed: 3, units: 5 });
  });

  it("counts one classification and one witness per run", () => {
    const random = property(report, "T1", 0);
    const counted = Object.values(random.classes).reduce((a, b) => a + b, 0);
    expect(counted).toBe(random.runs);
    expect(random.witnesses.states?.count).toBe(random.runs);
    expect(random.witnesses.states?.min).toBeGreaterThanOrEqual(1);
    expect(random.witnesses.states?.max).toBeLessThanOrEqual(5);
    const sweep = property(report, "T1", 1);
    expect(sweep.witnesses.length).toMatchObject({ min: 0, max: 6, count: sweep.runs });
    expect(sweep.classes["in (ab)*"]).toBe(4); // ε, ab, abab, ababab
  });

  it("reproduces the report from the same seed, and changes it with another", () => {
    expect(runProofsToEnd([holds], fast)).toEqual(report);
    const other = runProofsToEnd([holds], { ...fast, seed: 43 });
    expect(property(other, "T1", 0).seed).not.toBe(property(report, "T1", 0).seed);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("gives a property the same seed and result alone as in a larger run", () => {
    const both = runProofsToEnd([fails, holds], fast);
    expect(property(both, "T1", 0)).toEqual(property(report, "T1", 0));
    expect(runProperty(holds, 0, fast)).toEqual(property(report, "T1", 0));
    expect(property(report, "T1", 0).seed).toBe(propertySeed(42, "T1", 0));
  });

  it("uses deep runs in deep mode and the override when given", () => {
    expect(runProperty(holds, 0, { mode: "deep", seed: 1 }).runs).toBe(200);
    expect(runProperty(holds, 0, { ...fast, runs: 7 }).runs).toBe(7);
    const r = runProofsToEnd([holds], { ...fast, runs: 7 });
    expect(r.runs).toBe(7);
  });
});

describe("runProofs on failing properties", () => {
  const report = runProofsToEnd([fails, holds], fast);

  it("records every failure without throwing", () => {
    expect(report.verdict).toBe("fail");
    expect(report.totals).toMatchObject({ failed: 4, passed: 4 });
    const verdicts = report.proofs[0]?.properties.map((p) => p.verdict);
    expect(verdicts).toEqual(["fail", "fail", "fail", "fail", "pass"]);
  });

  it("keeps fast-check's shrunk counterexample, path and seed", () => {
    const p = property(report, "T2", 0);
    expect(p.failure?.counterexample).toContain('"accepting":Uint8Array.from([0');
    expect(p.failure?.path).toMatch(/^\d+(:\d+)*$/u);
    expect(p.failure?.error).toContain("returning false");
    // shrinking runs leave no records: one classification per counted run
    const counted = Object.values(p.classes).reduce((a, b) => a + b, 0);
    expect(counted).toBe(p.runs);
  });

  it("fails a property whose cases miss a required class", () => {
    const p = property(report, "T2", 1);
    expect(p.results.every((r) => r.failure === null)).toBe(true);
    expect(p.failure?.chunk).toBeNull();
    expect(p.failure?.error).toContain('"length 3 accepted"');
    expect(p.runs).toBe(8);
  });

  it("stops each chunk of a sweep at its first failure and reports the first chunk's", () => {
    const p = property(report, "T2", 2);
    // cases ε a b aa ab ba bb; chunk 0 = ε b aa bb stops at b, chunk 1 = a ab ba stops at a
    expect(p.results.map((r) => r.runs)).toEqual([2, 1]);
    expect(p.failure?.counterexample).toBe("case 2: b");
    expect(p.results[1]?.failure?.counterexample).toBe("case 1: a");
  });

  it("records a property that throws while being built", () => {
    expect(property(report, "T2", 3).failure?.error).toContain("no such automaton");
  });
});

describe("runProofs as a generator", () => {
  it("yields before each unit with growing partial reports, then returns the report", () => {
    const g = runProofs([holds], fast);
    const seen: ProofProgress[] = [];
    let s = g.next();
    while (s.done !== true) {
      seen.push(s.value);
      s = g.next();
    }
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(seen.every((p) => p.total === 5 && p.partial.partial)).toBe(true);
    expect(seen.map((p) => p.partial.totals.unitsDone)).toEqual([0, 1, 2, 3, 4]);
    expect(seen[1]?.current).toBe(
      "T1 #2 the (ab)* table accepts exactly the words matching ^(ab)*$ (chunk 1/3)",
    );
    expect(seen[0]?.partial.verdict).toBe("pending");
    expect(s.value).toEqual(runProofsToEnd([holds], fast));
  });

  it("rejects bad options and duplicate ids as programming errors", () => {
    expect(() => runProofsToEnd([holds], { ...fast, seed: -1 })).toThrow(/seed/u);
    expect(() => runProofsToEnd([holds], { ...fast, runs: 0 })).toThrow(/runs/u);
    expect(() => runProofsToEnd([holds], { ...fast, shard: { index: 3, count: 2 } })).toThrow(
      /shard index 3/u,
    );
    expect(() => runProofsToEnd([holds, holds], fast)).toThrow(/duplicate proof id T1/u);
    expect(() => runProperty(holds, 9, fast)).toThrow(/no property 9/u);
  });
});
