import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  mutationScoreFromJson,
  mutationScoreFromRecord,
  withMutationScore,
} from "../../src/proof/mutation.js";
import { proofReportFromJson } from "../../src/proof/read-report.js";
import { proofReportToMarkdown } from "../../src/proof/report-markdown.js";
import { runProofsToEnd } from "../../src/proof/run.js";
import { holds } from "./fixtures.js";

const summary = {
  version: 1,
  topic: "mutation",
  machine: { date: "2026-12-01T20:48:58.305Z", cores: 2 },
  command: "npx tsx bench/mutation-summary.ts --write",
  rows: [
    {
      folder: "src/identification/adversary",
      files: 2,
      mutants: 1378,
      killed: 1335,
      survived: 11,
      timeout: 31,
      noCoverage: 1,
      errors: 0,
      score: "99.1",
    },
    {
      folder: "src/empty",
      files: 1,
      mutants: 0,
      killed: 0,
      survived: 0,
      timeout: 0,
      noCoverage: 0,
      errors: 0,
      score: null,
    },
  ],
  notes: ["Reproduce: npm run mutation."],
};

function leftOf(value: unknown): string {
  const r = mutationScoreFromJson(JSON.stringify(value), "m.json");
  return E.isLeft(r) ? r.left.message : "right";
}

describe("mutationScoreFromJson", () => {
  it("reads the bench summary: source as given, date from the machine, scores as numbers", () => {
    const r = mutationScoreFromJson(JSON.stringify(summary), "bench/results/mutation.json");
    expect(r).toEqual(
      E.right({
        source: "bench/results/mutation.json",
        date: "2026-12-01T20:48:58.305Z",
        command: summary.command,
        rows: [
          { ...summary.rows[0], score: 99.1 },
          { ...summary.rows[1], score: null },
        ],
        notes: summary.notes,
      }),
    );
  });

  it("reads the committed summary of this repository", () => {
    const text = readFileSync(
      new URL("../../bench/results/mutation.json", import.meta.url),
      "utf8",
    );
    const r = mutationScoreFromJson(text, "bench/results/mutation.json");
    expect(
      E.isRight(r) && r.right.rows.some((row) => row.folder === "total src/identification"),
    ).toBe(true);
  });

  it("names the field of anything else", () => {
    expect(E.isLeft(mutationScoreFromJson("{", "m.json"))).toBe(true);
    expect(leftOf([])).toBe("summary: must be an object");
    expect(leftOf({ ...summary, topic: "query" })).toBe('topic: must be "mutation"');
    expect(leftOf({ ...summary, machine: { date: "yesterday" } })).toBe(
      "machine.date: must be a date",
    );
    expect(leftOf({ ...summary, command: 3 })).toBe("command: must be a string");
    expect(leftOf({ ...summary, rows: {} })).toBe("rows: must be an array");
    expect(leftOf({ ...summary, notes: [1] })).toBe("notes: must be an array of strings");
    const row = summary.rows[0];
    expect(leftOf({ ...summary, rows: [5] })).toBe("rows[0]: must be an object");
    expect(leftOf({ ...summary, rows: [{ ...row, folder: 1 }] })).toBe(
      "rows[0].folder: must be a string",
    );
    expect(leftOf({ ...summary, rows: [row, { ...row, killed: -1 }] })).toBe(
      "rows[1].killed: must be a non-negative integer, got -1",
    );
    for (const score of ["", "101", "high", -1])
      expect(leftOf({ ...summary, rows: [{ ...row, score }] })).toBe(
        "rows[0].score: must be a percentage (0–100) or null",
      );
  });
});

describe("a proof report with a mutation score", () => {
  const score = mutationScoreFromJson(JSON.stringify(summary), "bench/results/mutation.json");
  if (E.isLeft(score)) throw new Error(score.left.message);
  const report = withMutationScore(runProofsToEnd([holds], { mode: "fast", seed: 3 }), score.right);

  it("keeps the proof results and reads back from JSON with the score", () => {
    const plain = runProofsToEnd([holds], { mode: "fast", seed: 3 });
    expect({ ...report, mutation: undefined }).toEqual({ ...plain, mutation: undefined });
    expect(proofReportFromJson(JSON.stringify(report))).toEqual(E.right(report));
    expect(mutationScoreFromRecord(JSON.parse(JSON.stringify(score.right)))).toEqual(score);
    const broken = { ...report, mutation: { ...score.right, date: 7 } };
    const r = proofReportFromJson(JSON.stringify(broken));
    expect(E.isLeft(r) && r.left.message).toBe("mutation: date: must be a date");
    expect(E.isLeft(mutationScoreFromRecord(null))).toBe(true);
    expect(E.isLeft(mutationScoreFromRecord({ ...score.right, source: 1 }))).toBe(true);
  });

  it("shows the score as a section after the summary table, saying it was not re-run", () => {
    const md = proofReportToMarkdown(report);
    expect(md).toContain(
      "Recorded, not re-run by this proof run: Stryker's mutation score from `bench/results/mutation.json` (measured 2026-12-01, `npx tsx bench/mutation-summary.ts --write`).",
    );
    expect(md).toContain(
      "| src/identification/adversary | 2 | 1,378 | 1,335 | 11 | 31 | 1 | 0 | 99.1 |",
    );
    expect(md).toContain("| src/empty | 1 | 0 | 0 | 0 | 0 | 0 | 0 | – |");
    expect(md).toContain("- Reproduce: npm run mutation.");
    expect(md.indexOf("## Mutation score")).toBeLessThan(md.indexOf("## T1"));
    const plain = runProofsToEnd([holds], { mode: "fast", seed: 3 });
    expect(proofReportToMarkdown(plain)).not.toContain("Mutation");
  });
});
