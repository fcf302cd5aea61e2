import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AttributeReport } from "../../../src/cli/commands/attribute.js";
import { cli, tempDir } from "../helpers.js";

const dir = tempDir();
const sample = join(dir, "outputs.txt");
writeFileSync(sample, "ab\nabab\n\nab\n");
const models = [
  "--model",
  "base=(a|b)*",
  "--model",
  "ft=(ab)*",
  "--model",
  "copy=(ab)*",
  "--model",
  "other=b*",
];

describe("limitlab attribute", () => {
  it("prints the candidate set up to language equality, with the evidence", async () => {
    const r = await cli(["attribute", ...models, "--sample", sample, "--json"]);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as AttributeReport;
    expect(report.classes).toBe(3);
    expect(report.candidates.classes.map((c) => c.names)).toEqual([["base"], ["ft", "copy"]]);
    expect(report.candidates.certain).toBe(false);
    expect(report.candidates.separatingWord).toBe("a");
    expect(report.candidates.excluded.map((x) => [x.name, x.position, x.text])).toEqual([
      ["other", 0, "ab"],
    ]);
    expect(report.curve.map((p) => p.candidates)).toEqual([3, 2, 2, 2, 2]);
  });

  it("draws the ambiguity curve of the sample and, with --target, of random-fair texts", async () => {
    const svg = join(dir, "ambiguity.svg");
    const r = await cli([
      "attribute",
      ...models,
      "--sample",
      sample,
      "--target",
      "base",
      "--horizon",
      "20",
      "--presentations",
      "4",
      "--svg",
      svg,
      "--json",
    ]);
    const report = JSON.parse(r.out) as AttributeReport;
    expect(report.targetCurve?.targetName).toBe("base");
    expect(report.targetCurve?.seeds).toHaveLength(4);
    expect(report.targetCurve?.points[0]?.mean).toBe(3);
    expect((readFileSync(svg, "utf8").match(/<polyline/gu) ?? []).length).toBe(2);
    const csv = await cli(["attribute", ...models, "--sample", sample, "--csv"]);
    expect(csv.out).toBe("outputs,candidates\n0,3\n1,2\n2,2\n3,2\n4,2\n");
  });

  it("reads token samples and automaton files", async () => {
    const tokens = join(dir, "chat.txt");
    writeFileSync(tokens, "hi bye\nhi there bye\n");
    const r = await cli([
      "attribute",
      "--model",
      "chat=<hi> <there>* <bye>",
      "--model",
      "short=<hi> <bye>",
      "--sample",
      tokens,
      "--json",
    ]);
    const report = JSON.parse(r.out) as AttributeReport;
    expect(report.alphabet).toEqual(["bye", "hi", "there"]);
    expect(report.candidates.certain).toBe(true);
    expect(report.candidates.excluded.map((x) => x.text)).toEqual(["hi there bye"]);
  });

  it("names the model, file or line at fault", async () => {
    expect((await cli(["attribute", "--model", "base", "--sample", sample])).err).toBe(
      'limitlab: --model takes name=regex or name=file, not "base"\n',
    );
    expect((await cli(["attribute", "--sample", sample])).err).toBe(
      "limitlab: give the candidates with --model name=regex (repeatable) or with --models family.json\n",
    );
    writeFileSync(join(dir, "bad.txt"), "ab\nabc\n");
    expect(
      (await cli(["attribute", "--model", "m=(a|b)*", "--sample", join(dir, "bad.txt")])).err,
    ).toBe(
      `limitlab: ${join(dir, "bad.txt")}:2: word: symbol "c" at position 3 is not in the alphabet {a, b}\n`,
    );
    expect((await cli(["attribute", "--model", "m=(a|b", "--sample", sample])).err).toMatch(
      /^limitlab: --model m: regex: column 1: /u,
    );
    expect((await cli(["attribute", ...models, "--sample", sample, "--target", "x"])).err).toBe(
      'limitlab: --target "x" is not a model (models: base, ft, copy, other)\n',
    );
  });
});
