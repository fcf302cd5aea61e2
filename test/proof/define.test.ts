import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineProof, exhaustive, isExhaustive } from "../../src/proof/define.js";
import { runProperty } from "../../src/proof/run.js";
import type { ProofFile } from "../../src/proof/types.js";
import { holds } from "./fixtures.js";

const base: ProofFile = { ...holds, properties: holds.properties };

describe("defineProof", () => {
  it("returns a well-formed proof as it is", () => {
    expect(defineProof(base)).toBe(base);
    expect(base.properties.map(isExhaustive)).toEqual([false, true, true]);
  });

  it("throws on malformed proofs, naming the field", () => {
    expect(() => defineProof({ ...base, shadow: " " })).toThrow("proof T1.shadow: must not be");
    const claimsOnly = base.properties.filter((p) => p.role === "claim");
    expect(() => defineProof({ ...base, properties: claimsOnly })).toThrow(/one control/u);
    const twice = [...base.properties, base.properties[0] as ProofFile["properties"][number]];
    expect(() => defineProof({ ...base, properties: twice })).toThrow(/duplicate property name/u);
    const badChunks = exhaustive({
      name: "zero chunks",
      role: "claim",
      chunks: 0,
      cases: () => [1],
      check: (n) => n === 1,
    });
    expect(() => defineProof({ ...base, properties: [...base.properties, badChunks] })).toThrow(
      "proof T1.properties[3]: chunks must be a positive integer, got 0",
    );
    const badRuns = {
      ...base.properties[0],
      runs: { fast: 0, deep: 10 },
    } as ProofFile["properties"][number];
    expect(() =>
      defineProof({ ...base, properties: [badRuns, ...base.properties.slice(1)] }),
    ).toThrow(/runs must be positive integers/u);
  });
});

describe("the proof context", () => {
  it("drops the records of runs skipped by fc.pre, counts the skips, and a label once per run", () => {
    const proof = defineProof({
      ...base,
      properties: [
        {
          name: "odd numbers are odd",
          role: "claim",
          runs: { fast: 50, deep: 50 },
          build: (ctx) =>
            fc.property(fc.integer({ min: 0, max: 99 }), (n) => {
              ctx.classify("seen");
              ctx.classify("seen");
              fc.pre(n % 2 === 1);
              ctx.classify(n < 50 ? "small" : "large");
              return n % 2 === 1;
            }),
        },
        base.properties[2] as ProofFile["properties"][number],
      ],
    });
    const r = runProperty(proof, 0, { mode: "fast", seed: 5 });
    expect(r.verdict).toBe("pass");
    expect(r.runs).toBe(50);
    expect(r.skips).toBeGreaterThan(0);
    expect(r.classes.seen).toBe(50);
    expect((r.classes.small ?? 0) + (r.classes.large ?? 0)).toBe(50);
  });

  it("refuses records made outside a run", () => {
    const proof = defineProof({
      ...base,
      properties: [
        {
          name: "records while building",
          role: "claim",
          build: (ctx) => {
            ctx.witness("too early", 1);
            return fc.property(fc.boolean(), () => true);
          },
        },
        base.properties[2] as ProofFile["properties"][number],
      ],
    });
    const r = runProperty(proof, 0, { mode: "fast", seed: 5 });
    expect(r.verdict).toBe("fail");
    expect(r.failure?.error).toContain("ctx.witness was called outside a property run");
  });
});
