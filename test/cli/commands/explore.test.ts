import { describe, expect, it } from "vitest";
import { scenarios } from "../../../src/attribution/scenarios/registry.js";
import { cli, subprocess } from "../helpers.js";

describe("limitlab explore without a terminal", () => {
  it("prints the P4-finetune report and exits 0 (the no-TTY path of npm start)", async () => {
    const r = await cli(["explore"]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("limitlab:");
    expect(r.out).toContain("Scenario P4-finetune");
    expect(r.out).toContain("verdict: shown (not-identifiable-from-text)");
    expect(r.out).toContain("14 states (minimal complete DFA), infinite: yes, star-free: yes");
    const sizes = r.out
      .split("\n")
      .filter((l) => /^\s+\d+\s+\d+\s+yes/u.test(l))
      .map((l) => Number(l.trim().split(/\s+/u)[1]));
    expect(sizes).toEqual([10, 10, 12, 10, 14, 12, 14, 10, 20, 18]);
  });

  it("--json prints the scenario's report, class facts included, as one JSON object", async () => {
    const r = await cli(["explore", "P4-finetune", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      verdict: string;
      witnesses: { facts: { base: { states: number }; fineTunes: unknown[] } };
    };
    expect(report.verdict).toBe("shown");
    expect(report.witnesses.facts.base.states).toBe(14);
    expect(report.witnesses.facts.fineTunes).toHaveLength(10);
  });

  it("an unknown scenario is one line naming the known ones (the registry's too), exit 1", async () => {
    const r = await cli(["explore", "nope"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const known = scenarios().map((s) => s.id);
    expect(r.err).toBe(
      `limitlab: unknown scenario "nope" (known: ${[...new Set(["P4-finetune", ...known])].join(", ")})\n`,
    );
  });

  it("a registered scenario prints its registry report (text or --json)", async () => {
    const text = await cli(["explore", "P7-growth"]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^P7-growth: .*\n.*\n\nverdict: shown \(not-applicable\)\n/u);
    const json = await cli(["explore", "P7-growth", "--json"]);
    expect(JSON.parse(json.out)).toMatchObject({ version: 1, id: "P7-growth", verdict: "shown" });
  });

  it("from a pipe, the real process prints the report and exits 0 instead of waiting", () => {
    const r = subprocess(["explore"], "");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Scenario P4-finetune");
    expect(r.out).not.toContain("\u001b[?1049h");
  });
});
