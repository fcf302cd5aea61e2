import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { mergeReports } from "../../src/proof/merge.js";
import { runProofsToEnd } from "../../src/proof/run.js";
import { inShard, parseShard, workUnits } from "../../src/proof/shard.js";
import type { ProofOptions, ProofReport } from "../../src/proof/types.js";
import { fails, holds } from "./fixtures.js";

const proofs = [holds, fails];
const options = { mode: "fast", seed: 2024 } as const satisfies ProofOptions;
const whole = runProofsToEnd(proofs, options);

function shards(count: number, seed: number = options.seed): ProofReport[] {
  return Array.from({ length: count }, (_, i) =>
    runProofsToEnd(proofs, { ...options, seed, shard: { index: i + 1, count } }),
  );
}

function leftMessage(r: E.Either<{ message: string }, unknown>): string {
  return E.isLeft(r) ? r.left.message : "right";
}

describe("parseShard", () => {
  it("reads i/n and names what is wrong", () => {
    expect(parseShard(" 2 / 4 ")).toEqual(E.right({ index: 2, count: 4 }));
    expect(leftMessage(parseShard("0/4"))).toContain("not in 1..4");
    expect(leftMessage(parseShard("2/0"))).toContain("positive");
    expect(leftMessage(parseShard("two"))).toContain("expected i/n");
  });
});

describe("shards", () => {
  it("partition the units: each unit in exactly one shard, round-robin", () => {
    const sizes = { fewerShardsThanUnits: 0, moreShardsThanUnits: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 }), (units, n) => {
        sizes[n <= units ? "fewerShardsThanUnits" : "moreShardsThanUnits"]++;
        for (let u = 0; u < units; u++) {
          const owners = Array.from({ length: n }, (_, i) => i + 1).filter((index) =>
            inShard(u, { index, count: n }),
          );
          if (owners.length !== 1 || owners[0] !== (u % n) + 1) return false;
        }
        return true;
      }),
      { seed: 7, numRuns: 100 },
    );
    expect(sizes.fewerShardsThanUnits).toBeGreaterThan(10);
    expect(sizes.moreShardsThanUnits).toBeGreaterThan(0);
  });

  it("list the units of a run in a stable order, sweeps split into their chunks", () => {
    const units = workUnits(proofs);
    expect(units).toHaveLength(whole.totals.units);
    expect(units.map((u) => u.unit)).toEqual(units.map((_, i) => i));
    expect(units.filter((u) => u.proof === 0 && u.property === 1).map((u) => u.chunk)).toEqual([
      0, 1, 2,
    ]);
  });

  it("each carry only their own units", () => {
    const parts = shards(3);
    const done = parts.map((r) => r.totals.unitsDone);
    expect(done.reduce((a, b) => a + b, 0)).toBe(whole.totals.units);
    expect(parts.every((r) => r.partial && r.shard?.count === 3)).toBe(true);
  });
});

describe("mergeReports", () => {
  it("joins shards 1..n into the unsharded report, for n = 1..6", () => {
    for (let n = 1; n <= 6; n++) {
      const merged = mergeReports(shards(n));
      expect(merged).toEqual(E.right(whole));
      // JSON written by shards merges the same way (the CLI reads reports back from files)
      const fromJson = shards(n).map((r) => JSON.parse(JSON.stringify(r)) as ProofReport);
      expect(mergeReports(fromJson)).toEqual(E.right(whole));
      // and serialises to the very same text (key order included)
      const text = E.isRight(merged) ? JSON.stringify(merged.right) : "";
      expect(text).toBe(JSON.stringify(whole));
    }
    expect(whole.verdict).toBe("fail"); // the fixture's failures survive the merge
  });

  it("accepts the shards in any order", () => {
    expect(mergeReports(shards(4).reverse())).toEqual(E.right(whole));
  });

  it("refuses missing, repeated and foreign shards", () => {
    const four = shards(4);
    expect(leftMessage(mergeReports([]))).toContain("no reports");
    expect(leftMessage(mergeReports(four.slice(1)))).toContain("missing shards: 1/4");
    expect(leftMessage(mergeReports([...four, four[2] as ProofReport]))).toContain(
      "shard 3/4 appears more than once",
    );
    const other = shards(4, 99);
    expect(leftMessage(mergeReports([...four.slice(0, 3), other[3] as ProofReport]))).toContain(
      "seeds differ",
    );
    const deep = runProofsToEnd(proofs, {
      ...options,
      mode: "deep",
      shard: { index: 4, count: 4 },
    });
    expect(leftMessage(mergeReports([...four.slice(0, 3), deep]))).toContain("modes differ");
    const mixed = [...four.slice(0, 3), shards(5)[3] as ProofReport];
    expect(leftMessage(mergeReports(mixed))).toContain("shard counts differ");
    const elsewhere = runProofsToEnd([holds], { ...options, shard: { index: 4, count: 4 } });
    expect(leftMessage(mergeReports([...four.slice(0, 3), elsewhere]))).toContain(
      "different proof files",
    );
  });

  it("refuses an interrupted shard and overlapping units", () => {
    const two = shards(2);
    const first = two[0] as ProofReport;
    const cut: ProofReport = {
      ...first,
      proofs: first.proofs.map((f) => ({
        ...f,
        properties: f.properties.map((p) => ({ ...p, results: p.results.slice(0, 0) })),
      })),
    };
    expect(leftMessage(mergeReports([cut, two[1] as ProofReport]))).toContain("is in no report");
    const unsharded = { ...whole, shard: { index: 1, count: 2 } };
    expect(leftMessage(mergeReports([unsharded, two[1] as ProofReport]))).toContain(
      "in more than one report",
    );
  });
});
