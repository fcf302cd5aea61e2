import { describe, expect, it } from "vitest";
import { scenarios } from "../../../src/attribution/scenarios/registry.js";
import type { Report } from "../../../src/attribution/scenarios/types.js";
import { collectParam } from "../../../src/cli/commands/run.js";
import { cli } from "../helpers.js";

describe("limitlab scenarios", () => {
  it("lists every registered scenario with its horizon and parameters", async () => {
    const r = await cli(["scenarios", "--json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; params: Record<string, { default: number }> }[];
    expect(list.map((s) => s.id)).toEqual(scenarios().map((s) => s.id));
    const text = await cli(["scenarios"]);
    for (const s of scenarios()) expect(text.out).toContain(`${s.id} `);
    expect(text.out).toMatch(/--param \w+=/u);
  });
});

describe("limitlab run", () => {
  it("prints a scenario's report with its verdict and checks", async () => {
    const r = await cli(["run", "R4a", "--json"]);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report).toMatchObject({ version: 1, id: "R4a", seed: 42, verdict: "shown" });
    const text = await cli(["run", "R4a", "--seed", "7"]);
    expect(text.out).toMatch(/^R4a: .*\nseed 7, fast, horizon \d+\n\nverdict: shown \(/u);
    expect(text.out).toContain("  ✓ ");
  });

  it("passes scenario parameters and names unknown ones", async () => {
    const r = await cli(["run", "P8-cost", "--param", "tokens=2000", "--json"]);
    expect((JSON.parse(r.out) as Report).options.params.tokens).toBe(2000);
    const bad = await cli(["run", "P8-cost", "--param", "bogus=1"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^limitlab: P8-cost has no parameter "bogus"; its parameters: /u);
    expect((await cli(["run", "nope"])).err).toMatch(
      /^limitlab: unknown scenario "nope"; known: /u,
    );
    expect(() => collectParam("tokens", {})).toThrow('--param takes name=value, not "tokens"');
    expect(collectParam("a=1e3", { b: 2 })).toEqual({ a: 1000, b: 2 });
  });

  it("stops between phases on Ctrl-C and says how far it got", async () => {
    const r = await cli(["run", "P7-growth", "--json"], { interruptAt: 600 });
    expect(r.code).toBe(130);
    expect(JSON.parse(r.out)).toMatchObject({
      id: "P7-growth",
      partial: true,
      reason: "interrupted",
    });
    expect(r.err).toMatch(/limitlab: interrupted: P7-growth after \d+ phases\n$/u);
  });
});
