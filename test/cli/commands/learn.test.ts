import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { compile } from "../../../src/automata/compile.js";
import { toDot } from "../../../src/automata/interop/dot.js";
import type { LearnReport } from "../../../src/cli/commands/learn.js";
import { cli, tempDir } from "../helpers.js";

const json = (out: string) => JSON.parse(out) as LearnReport;
const run = (r: LearnReport, name: string) => r.runs.find((x) => x.learner === name);
const dir = tempDir();
const fixture = "test/cli/fixtures/longest-word-learner.mjs";

describe("limitlab learn", () => {
  it("prints each learner's trace on a text: mind changes, convergence, correctness", async () => {
    const r = await cli(["learn", "--family", "len", "--target", "3", "--steps", "20", "--json"]);
    expect(r.code, r.err).toBe(0);
    const report = json(r.out);
    expect(report).toMatchObject({
      steps: 20,
      target: { index: 3 },
      family: { size: null, layout: "custom" },
    });
    expect(report.data.slice(0, 5)).toEqual(["ε", "a", "aa", "aaa", "ε"]);
    expect(run(report, "enumeration")).toMatchObject({
      convergence: 4,
      final: 3,
      correct: true,
      correctFrom: 4,
    });
    expect(report.runs.length).toBeGreaterThan(3);
    expect(report.runs.every((x) => x.hypotheses.length === 20)).toBe(true);
  });

  it("shows Gold's theorem on EX-GOLD: the tell-tale learner keeps changing its mind on a*", async () => {
    const r = await cli([
      "learn",
      "--family",
      "EX-GOLD",
      "--learner",
      "enumeration,tell-tale",
      "--steps",
      "30",
      "--json",
    ]);
    const report = json(r.out);
    expect(report.runs.map((x) => x.learner)).toEqual(["enumeration", "tell-tale"]);
    expect(run(report, "tell-tale")).toMatchObject({ correct: false });
    expect(run(report, "tell-tale")?.mindChanges).toBeGreaterThanOrEqual(20);
    const text = await cli([
      "learn",
      "--family",
      "gold",
      "--learner",
      "tell-tale",
      "--steps",
      "30",
    ]);
    expect(text.out).toMatch(/\ntell-tale +\d+ +\d+ +30 \(\{a\^k : k <= 29\}\) +no +–\n/u);
  });

  it("runs informant learners on an informant", async () => {
    const r = await cli([
      "learn",
      "--family",
      "gold",
      "--target",
      "4",
      "--informant",
      "shortlex",
      "--steps",
      "12",
      "--json",
    ]);
    const report = json(r.out);
    expect(report.presentation.kind).toBe("informant");
    expect(report.data.slice(0, 6)).toEqual(["+ε", "+a", "+aa", "+aaa", "-aaaa", "-aaaaa"]);
    expect(run(report, "enumeration-informant")).toMatchObject({ correct: true });
  });

  it("loads a learner from a user module", async () => {
    const r = await cli([
      "learn",
      "--family",
      "len",
      "--target",
      "5",
      "--learner",
      fixture,
      "--text",
      "random-fair",
      "--seed",
      "3",
      "--steps",
      "60",
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    expect(run(json(r.out), "longest word")).toMatchObject({ final: 5, correct: true });
    const missing = await cli(["learn", "--family", "len", "--learner", join(dir, "none.mjs")]);
    expect(missing.err).toMatch(/^limitlab: --learner .*none\.mjs: cannot load the module/u);
    const notALearner = join(dir, "bad.mjs");
    writeFileSync(notALearner, "export default () => ({ name: 'x', init: 0 });\n");
    expect(
      (await cli(["learn", "--family", "len", "--learner", "test/cli/fixtures/broken-learner.mjs"]))
        .err,
    ).toBe("limitlab: --learner broken threw: no step today\n");
    expect((await cli(["learn", "--family", "len", "--learner", notALearner])).err).toMatch(
      /^limitlab: --learner .*bad\.mjs: .*step/u,
    );
  });

  it("reads a family file with regexes and automaton files, relative to it", async () => {
    const ab = unsafeAlphabet(["a", "b"]);
    const bStar = compile("b*", ab);
    if (bStar._tag === "Left") throw new Error(bStar.left.message);
    writeFileSync(join(dir, "bstar.dot"), toDot(bStar.right));
    const file = join(dir, "family.json");
    writeFileSync(
      file,
      JSON.stringify({
        description: "three models",
        members: [
          { name: "no-a", file: "bstar.dot" },
          { name: "all", regex: "(a|b)*", provenance: { operator: "base" } },
          { name: "short", regex: "a|b|ab", provenance: { operator: "restrict", base: "all" } },
        ],
      }),
    );
    const r = await cli([
      "learn",
      "--family",
      file,
      "--target",
      "0",
      "--learner",
      "enumeration",
      "--steps",
      "10",
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    const report = json(r.out);
    expect(report.family).toEqual({ description: "three models", size: 3, layout: "finite" });
    expect(report.target).toEqual({ index: 0, name: "no-a" });
    // the least consistent index: b* before its superset (a|b)*
    expect(run(report, "enumeration")).toMatchObject({ final: 0, correct: true });
  });

  it("names the family file, the member and the field of a mistake", async () => {
    const file = join(dir, "bad-family.json");
    writeFileSync(file, JSON.stringify([{ name: "x", regex: "a*" }, { name: "y" }]));
    expect((await cli(["learn", "--family", file])).err).toBe(
      `limitlab: ${file}: members[1]: needs "regex" or "file" (one of them)\n`,
    );
    writeFileSync(file, '[{"name": "x", "regex": "a(" }]');
    expect((await cli(["learn", "--family", file])).err).toMatch(
      new RegExp(
        `^limitlab: ${file.replaceAll("/", "\\/")}: members\\[0\\]: regex: column 3: `,
        "u",
      ),
    );
    writeFileSync(file, '[{"name": "x",\n "regex" "a" }]');
    expect((await cli(["learn", "--family", file])).err).toMatch(
      /: line 2, column 10: invalid JSON/u,
    );
  });

  it("takes a text from a file, and warns when it leaves the target", async () => {
    const file = join(dir, "text.txt");
    writeFileSync(file, "a\n#\n\naaaaaa\n");
    const r = await cli([
      "learn",
      "--family",
      "len",
      "--target",
      "2",
      "--text",
      file,
      "--learner",
      "enumeration",
      "--json",
    ]);
    const report = json(r.out);
    expect(report.data).toEqual(["a", "#", "ε", "aaaaaa"]);
    expect(report.violation).toBe("step 4 shows aaaaaa, not in {a^k : k <= 2}");
    writeFileSync(file, "a\nab\n");
    expect((await cli(["learn", "--family", "len", "--text", file])).err).toBe(
      `limitlab: ${file}:2: word: symbol "b" at position 2 is not in the alphabet {a}\n`,
    );
  });

  it("writes the trace as CSV and the mind changes as SVG", async () => {
    const svg = join(dir, "changes.svg");
    const r = await cli([
      "learn",
      "--family",
      "gold",
      "--learner",
      "enumeration,tell-tale",
      "--steps",
      "5",
      "--csv",
      "--svg",
      svg,
    ]);
    expect(r.out.split("\n")).toEqual([
      "step,datum,enumeration,tell-tale",
      "1,ε,0,1",
      "2,a,0,2",
      "3,aa,0,3",
      "4,aaa,0,4",
      "5,aaaa,0,5",
      "",
    ]);
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg [^>]*>[\s\S]*<polyline[\s\S]*<\/svg>\n$/u);
  });

  it("refuses what cannot run, in one line", async () => {
    expect((await cli(["learn", "--family", "nope"])).err).toMatch(
      /^limitlab: --family: unknown family "nope" \(known: len, gold/u,
    );
    expect((await cli(["learn", "--family", "ft"])).err).toBe(
      "limitlab: --family ft needs --base <regex>\n",
    );
    expect((await cli(["learn", "--family", "len", "--base", "a"])).err).toBe(
      "limitlab: --base is for --family ft, not len\n",
    );
    expect(
      (await cli(["learn", "--family", "gold", "--learner", "enumeration-informant"])).err,
    ).toBe(
      "limitlab: --learner: enumeration-informant is an informant learner and needs an informant, not fair shortlex text for a*\n",
    );
    expect((await cli(["learn", "--family", "gold", "--learner", "psychic"])).err).toMatch(
      /^limitlab: --learner: unknown learner "psychic" \(known: all, enumeration, /u,
    );
    expect((await cli(["learn"])).code).toBe(2);
  });
});
