import { describe, expect, it } from "vitest";
import type { TelltaleReport } from "../../../src/cli/views/telltale.js";
import { cli } from "../helpers.js";

const json = (out: string) => JSON.parse(out) as TelltaleReport;

describe("limitlab telltale", () => {
  it("finds T_n = {a, …, a^n} on EX-LEN: Angluin's condition holds, the misstated one fails", async () => {
    const r = await cli(["telltale", "--family", "len", "--members", "6", "--json"]);
    expect(r.code, r.err).toBe(0);
    const report = json(r.out);
    expect(report.results.map((x) => x.words)).toEqual([
      [],
      ["a"],
      ["a", "aa"],
      ["a", "aa", "aaa"],
      ["a", "aa", "aaa", "aaaa"],
      ["a", "aa", "aaa", "aaaa", "aaaaa"],
    ]);
    expect(report.results[3]?.excluded).toEqual([
      { member: 0, word: "a" },
      { member: 1, word: "aa" },
      { member: 2, word: "aaa" },
    ]);
    expect(report.angluinCondition).toMatchObject({
      holds: true,
      sets: 6,
      members: 6,
      failure: null,
    });
    expect(report.misstatedCondition).toMatchObject({
      holds: false,
      failure: { i: 0, j: 1, reason: "not-equal" },
    });
  });

  it("certifies, within bounds, that a* has no tell-tale in EX-GOLD", async () => {
    const r = await cli([
      "telltale",
      "--family",
      "gold",
      "--member",
      "0",
      "--members",
      "12",
      "--length",
      "5",
      "--json",
    ]);
    const report = json(r.out);
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ member: 0, kind: "absent" });
    expect(report.results[0]?.absence.map((a) => a.length)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(report.angluinCondition).toBeNull();
    const text = await cli([
      "telltale",
      "--family",
      "gold",
      "--member",
      "0",
      "--members",
      "12",
      "--length",
      "5",
    ]);
    expect(text.out).toContain(
      "  0 a*: no tell-tale made of words of length ≤ 5: each L ∩ Σ^≤ℓ lies in a proper sub-member (ℓ=0: 1, ",
    );
  });

  it("prints the members done so far, marked partial, on Ctrl-C", async () => {
    const r = await cli(["telltale", "--family", "len", "--members", "30", "--json"], {
      interruptAt: 1500,
    });
    expect(r.code).toBe(130);
    const report = json(r.out);
    expect(report.partial).toBe(true);
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.results.length).toBeLessThan(30);
    expect(r.err).toMatch(/limitlab: interrupted: after \d+ of 30 members\n$/u);
  });

  it("names a bad member in one line", async () => {
    expect(
      (await cli(["telltale", "--family", "fin-layers", "--capacity", "1", "--member", "-1"])).err,
    ).toBe('limitlab: --member takes a whole number ≥ 0, not "-1"\n');
    expect((await cli(["telltale", "--family", "zoo", "--member", "20"])).err).toMatch(
      /^limitlab: --member 20 is not an index of EX-ZOO/u,
    );
  });
});
