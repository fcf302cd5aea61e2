import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { proofs } from "../../../proofs/index.js";
import { reportPaths } from "../../../src/cli/commands/prove.js";
import { workUnits } from "../../../src/proof/shard.js";
import type { ProofReport } from "../../../src/proof/types.js";
import { cli, startSubprocess, subprocess, tempDir } from "../helpers.js";

const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as ProofReport;
// two proof files keep the runs short: P5 (quick units) and C11 (one long exhaustive chunk)
const only = ["P5", "C11"];
const units = workUnits(proofs.filter((p) => only.includes(p.id))).length;
const quick = ["--fast", "--quiet", "--proof", only.join(",")];

describe("limitlab prove", () => {
  const dir = tempDir();
  const whole = join(dir, "whole.json");

  it("runs every proof and writes the JSON and Markdown reports", async () => {
    const r = await cli(["prove", ...quick, "--jobs", "1", "--out", whole]);
    expect(r.code, r.err).toBe(0);
    const report = read(whole);
    expect(report).toMatchObject({
      version: 1,
      seed: 42,
      mode: "fast",
      runs: null,
      partial: false,
    });
    expect(report.verdict).toBe("pass");
    expect(report.totals.unitsDone).toBe(units);
    expect(report.proofs.map((p) => p.id)).toEqual(only);
    expect(readFileSync(join(dir, "whole.md"), "utf8")).toMatch(
      /^# Proof report\n\nVerdict: \*\*pass\*\*/u,
    );
    expect(r.out).toContain("Verdict: pass");
    expect(r.out).toContain(`Written: ${whole}, ${join(dir, "whole.md")}`);
    expect(r.err).toBe("");
  });

  it("runs shards that --merge joins into the report of the whole run", async () => {
    const parts = [1, 2].map((i) => join(dir, `part${i}.json`));
    for (const [k, out] of parts.entries()) {
      const r = await cli(["prove", ...quick, "--shard", `${k + 1}/2`, "--out", out]);
      expect(r.code, r.err).toBe(0);
      const shard = read(out);
      expect(shard.partial).toBe(true);
      expect(shard.verdict).toBe("pending");
      expect(shard.shard).toEqual({ index: k + 1, count: 2 });
    }
    const merged = join(dir, "merged.json");
    const r = await cli(["prove", "--merge", ...parts, "--out", merged]);
    expect(r.code, r.err).toBe(0);
    expect(read(merged)).toEqual(read(whole));
    const missing = await cli(["prove", "--merge", parts[0] as string]);
    expect(missing).toMatchObject({ code: 1, out: "" });
    expect(missing.err).toBe("limitlab: --merge: missing shards: 2/2\n");
    const scored = join(dir, "scored.json");
    const mutation = "bench/results/mutation.json";
    const m = await cli(["prove", "--merge", ...parts, "--mutation", mutation, "--out", scored]);
    expect(m.code, m.err).toBe(0);
    expect(read(scored).mutation?.source).toBe(mutation);
    expect(read(scored).proofs).toEqual(read(whole).proofs);
    expect(readFileSync(join(dir, "scored.md"), "utf8")).toContain("## Mutation score");
  });

  it("writes the report so far, marked partial, and exits 130 on Ctrl-C", async () => {
    const out = join(dir, "stopped.json");
    const r = await cli(["prove", ...quick, "--jobs", "1", "--out", out], { interruptAt: 1000 });
    expect(r.code).toBe(130);
    const report = read(out);
    expect(report.partial).toBe(true);
    expect(report.totals.unitsDone).toBeGreaterThan(0);
    expect(report.totals.unitsDone).toBeLessThan(units);
    expect(r.err).toBe(
      `limitlab: interrupted: partial report (${report.totals.unitsDone} units) written to ${out} and ${join(dir, "stopped.md")}\n`,
    );
  });

  it("names the flag, variable or file at fault in one line", async () => {
    expect((await cli(["prove", "--proof", "P5,X9"])).err).toMatch(
      /^limitlab: --proof: no proof file "X9" \(known: .*P5.*\)\n$/u,
    );
    const bad = await cli(["prove", "--shard", "3/2"]);
    expect(bad).toEqual({
      code: 1,
      out: "",
      err: "limitlab: --shard: shard index 3 is not in 1..2\n",
    });
    expect((await cli(["prove", "--runs", "0"])).err).toBe(
      'limitlab: --runs takes a whole number ≥ 1, not "0"\n',
    );
    const gone = join(dir, "gone.json");
    expect((await cli(["prove", "--merge", gone])).err).toBe(
      `limitlab: cannot read ${gone}: no such file\n`,
    );
    expect((await cli(["prove", "--merge", gone, "--fast"])).code).toBe(2);
    expect((await cli(["prove", "--mutation", "package.json"])).err).toBe(
      'limitlab: --mutation package.json: topic: must be "mutation"\n',
    );
    const saved = process.env.LIMITLAB_SEED;
    process.env.LIMITLAB_SEED = "-1";
    try {
      expect((await cli(["prove", "--fast"])).err).toBe(
        'limitlab: LIMITLAB_SEED: --seed takes a whole number in 0..4294967295, not "-1"\n',
      );
    } finally {
      if (saved === undefined) delete process.env.LIMITLAB_SEED;
      else process.env.LIMITLAB_SEED = saved;
    }
  });

  it("puts shard reports beside the default report", () => {
    expect(reportPaths(undefined)).toEqual({
      json: "reports/proof-report.json",
      md: "reports/proof-report.md",
    });
    expect(reportPaths(undefined, { index: 2, count: 4 }).json).toBe(
      "reports/proof-report.shard-2-of-4.json",
    );
    expect(reportPaths("x/y.json", { index: 2, count: 4 })).toEqual({
      json: "x/y.json",
      md: "x/y.md",
    });
  });

  it("as a subprocess, --jobs 2 runs two shard processes and merges them", () => {
    const out = join(dir, "jobs.json");
    const r = subprocess(["prove", ...quick, "--jobs", "2", "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(read(out)).toEqual(read(whole));
    expect(existsSync(join(dir, "jobs.shard-1-of-2.json"))).toBe(false);
  });

  it("as a subprocess, SIGINT writes the partial report and exits 130", async () => {
    const out = join(dir, "signalled.json");
    const child = startSubprocess([
      "prove",
      "--fast",
      "--proof",
      only.join(","),
      "--jobs",
      "1",
      "--progress-lines",
      "--out",
      out,
    ]);
    let stderr = "";
    const lines = createInterface({ input: child.stderr });
    lines.on("line", (line) => {
      stderr += `${line}\n`;
      if (line === `@progress 3 ${units}` && child.pid !== undefined)
        process.kill(-child.pid, "SIGINT");
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code, stderr).toBe(130);
    const report = read(out);
    expect(report.partial).toBe(true);
    expect(report.totals.unitsDone).toBeGreaterThanOrEqual(3);
    expect(report.totals.unitsDone).toBeLessThan(units);
    expect(stderr).toMatch(/limitlab: interrupted: partial report \(\d+ units\) written to/u);
  });
});
