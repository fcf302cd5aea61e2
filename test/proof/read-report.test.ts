import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { mergeReports } from "../../src/proof/merge.js";
import { proofReportFromJson } from "../../src/proof/read-report.js";
import { runProofsToEnd } from "../../src/proof/run.js";
import { fails, holds } from "./fixtures.js";

const options = { mode: "fast", seed: 11 } as const;
const report = runProofsToEnd([holds, fails], options);

function leftOf(json: string): string {
  const r = proofReportFromJson(json);
  return E.isLeft(r) ? r.left.message : "right";
}

function edit(f: (r: Record<string, unknown>) => void): string {
  const copy = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
  f(copy);
  return JSON.stringify(copy);
}

describe("proofReportFromJson", () => {
  it("reads back what a run wrote, and shards read back merge into the whole", () => {
    expect(proofReportFromJson(JSON.stringify(report))).toEqual(E.right(report));
    const shards = [1, 2, 3].map((index) =>
      runProofsToEnd([holds, fails], { ...options, shard: { index, count: 3 } }),
    );
    const read = shards.map((s) => proofReportFromJson(JSON.stringify(s)));
    expect(read.every(E.isRight)).toBe(true);
    const merged = mergeReports(read.flatMap((r) => (E.isRight(r) ? [r.right] : [])));
    expect(merged).toEqual(E.right(report));
  });

  it("names the field of a malformed report", () => {
    expect(leftOf("{")).toContain("not JSON");
    expect(leftOf("[]")).toBe("report: must be an object");
    expect(leftOf(edit((r) => Object.assign(r, { version: 2 })))).toBe("version: must be one of 1");
    expect(leftOf(edit((r) => Object.assign(r, { mode: "slow" })))).toContain(
      "mode: must be one of",
    );
    expect(
      leftOf(
        edit((r) => {
          const p = (r.proofs as { properties: { results: { runs: unknown }[] }[] }[])[0];
          const c = p?.properties[1]?.results[0];
          if (c !== undefined) c.runs = -1;
        }),
      ),
    ).toBe("proofs[0].properties[1].results[0].runs: must be a non-negative integer, got -1");
    expect(
      leftOf(
        edit((r) => {
          const p = (r.proofs as { properties: { results: { chunk: unknown }[] }[] }[])[0];
          const c = p?.properties[1]?.results[0];
          if (c !== undefined) c.chunk = 3;
        }),
      ),
    ).toContain("must be below the property's 3 chunks");
  });
});
