import { describe, expect, it } from "vitest";
import { proofReportToMarkdown } from "../../src/proof/report-markdown.js";
import { runProofs, runProofsToEnd } from "../../src/proof/run.js";
import { fails, holds } from "./fixtures.js";

describe("proofReportToMarkdown", () => {
  const report = runProofsToEnd([holds, fails], { mode: "fast", seed: 42 });
  const md = proofReportToMarkdown(report);

  it("opens with the verdict and a summary table, one row per proof", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe("# Proof report");
    expect(lines[2]).toContain("Verdict: **fail** (mode fast, seed 42");
    expect(lines).toContain("| T1 | Runs compose | pass | 3/3 | 188 |");
    expect(lines).toContain("| T2 | Wrong claims | fail | 1/5 | 13 |");
    expect(md.indexOf("| T1 | Runs compose")).toBeLessThan(md.indexOf("## T1"));
  });

  it("gives each theorem its texts, properties, witnesses, statistics and failures", () => {
    expect(md).toContain("## T2: Wrong claims (fail)");
    expect(md).toContain(`**Statement.** ${holds.statement}`);
    expect(md).toContain(
      `| 1 | claim | run(d, uv) = run(d, v, run(d, u)) | pass | 60 | ${report.proofs[0]?.properties[0]?.seed} |`,
    );
    expect(md).toMatch(
      /\| #1 run\(d, uv\) = run\(d, v, run\(d, u\)\) \| \\\|uv\\\| \| \d+ \| \d+ \| \d+ \| 60 \|/u,
    );
    expect(md).toMatch(/\| #2 the \(ab\)\* table .* \| in \(ab\)\* \| 4 \| 3\.1% \|/u);
    expect(md).toContain("counterexample `case 2: b`, chunk 1/2");
    expect(md).toContain("building the property threw: no such automaton");
  });

  it("says when a report is partial", () => {
    const g = runProofs([holds], { mode: "fast", seed: 1 });
    const first = g.next();
    if (first.done === true) throw new Error("expected progress");
    expect(proofReportToMarkdown(first.value.partial)).toContain(
      "Partial: 0 of 5 units of work are in this report.",
    );
  });
});
