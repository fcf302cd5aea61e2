import { describe, expect, it } from "vitest";
import type { BruteForceCost } from "../../../src/attribution/cost.js";
import { candidatesFlag } from "../../../src/cli/commands/cost.js";
import type { GrowthReport } from "../../../src/cli/commands/growth.js";
import { cli } from "../helpers.js";

describe("limitlab growth", () => {
  it("derives the rates from the calibration and tabulates N_j exactly while it fits", async () => {
    const r = await cli(["growth", "--years", "1", "--step", "0.5", "--json"]);
    expect(r.code, r.err).toBe(0);
    const g = JSON.parse(r.out) as GrowthReport;
    expect(g.growth.modelDoublingYears).toBeCloseTo(0.824, 3);
    expect(g.growth.datasetDoublingYears).toBeCloseTo(1.273, 3);
    expect(g.reconstruction).toMatch(/reconstruction/u);
    expect(g.curves.map((c) => c.j)).toEqual([1, 2, 3, null]);
    // N_1 = M · (1 + D) at time 0: 100 · 1001
    expect(g.curves[0]?.points[0]?.count.exact).toBe("100100");
    expect(g.curves[3]?.points[0]?.count.log2).toBeCloseTo(1000 + Math.log2(100), 6);
    expect(g.curves[0]?.points.map((p) => p.years)).toEqual([0, 0.5, 1]);
  });

  it("takes every parameter as a flag and names the one at fault", async () => {
    const r = await cli([
      "growth",
      "--t1",
      "0.6",
      "--tk",
      "0.4",
      "--k",
      "2",
      "--models",
      "50",
      "--datasets",
      "5000",
      "--fine-tunes",
      "1,inf",
      "--json",
    ]);
    const g = JSON.parse(r.out) as GrowthReport;
    expect(g.parameters).toEqual({ t1: 0.6, tk: 0.4, k: 2, models: 50, datasets: 5000 });
    expect(g.reconstruction).toBeNull();
    expect(g.curves.map((c) => c.j)).toEqual([1, null]);
    expect((await cli(["growth", "--tk", "0.6"])).err).toMatch(
      /^limitlab: --tk: T_3 = 0\.6 is not shorter than T_1 = 0\.5/u,
    );
    expect((await cli(["growth", "--k", "1"])).err).toBe(
      "limitlab: --k: must be a finite number greater than 1, got 1\n",
    );
    const csv = await cli([
      "growth",
      "--years",
      "0.5",
      "--step",
      "0.5",
      "--fine-tunes",
      "1",
      "--csv",
    ]);
    expect(csv.out.split("\n")[0]).toBe("years,models,datasets,log2 N_1");
  });
});

describe("limitlab cost", () => {
  const p = [
    "--outputs",
    "1e9",
    "--user-contexts",
    "100",
    "--parameters",
    "7e10",
    "--tokens",
    "1000",
    "--sustained-flops",
    "1e18",
  ];

  it("multiplies the workload and divides by the sustained FLOP/s", async () => {
    const r = await cli(["cost", "--candidates", "100100", ...p, "--json"]);
    expect(r.code, r.err).toBe(0);
    const c = JSON.parse(r.out) as BruteForceCost;
    expect(c.flopsPerEvaluation).toBe(1.4e14);
    expect(c.log10Flops).toBeCloseTo(Math.log10(100100 * 1e9 * 100 * 1.4e14), 9);
    expect(c.years).toBeCloseTo((100100 * 1e9 * 100 * 1.4e14) / 1e18 / (365.25 * 86400), 3);
    const text = await cli(["cost", "--candidates", "100100", ...p]);
    expect(text.out).toMatch(/\ntime +4\.44e4 years \(Julian\)\n/u);
  });

  it("takes exact candidate counts beyond floating range", async () => {
    const huge = `1${"0".repeat(400)}`;
    expect(candidatesFlag(huge)).toBe(10n ** 400n);
    const c = JSON.parse(
      (await cli(["cost", "--candidates", huge, ...p, "--json"])).out,
    ) as BruteForceCost;
    expect(c.log10Evaluations).toBeCloseTo(400 + 9 + 2, 6);
    expect(c.params.candidates).toBe(huge);
  });

  it("has no defaults: a missing or bad parameter is one line", async () => {
    expect((await cli(["cost", "--candidates", "5"])).err).toBe(
      "limitlab: required option '--outputs <n>' not specified (see limitlab cost --help)\n",
    );
    expect((await cli(["cost", "--candidates", "0", ...p])).err).toBe(
      "limitlab: --candidates takes a number > 0, not 0\n",
    );
    expect((await cli(["cost", "--candidates", "5", ...p.slice(0, -1), "-1"])).err).toBe(
      'limitlab: --sustained-flops takes a number > 0, not "-1"\n',
    );
  });
});
