import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import type { LstarReport } from "../../../src/cli/commands/lstar.js";
import { parseAnswer, wireWord } from "../../../src/cli/support/command-membership.js";
import { cli, tempDir } from "../helpers.js";

const json = (out: string) => JSON.parse(out) as LstarReport;

const dir = tempDir();
const model = join(dir, "model.mjs");
// the language of words without "aa", answered line by line
writeFileSync(
  model,
  'import { createInterface } from "node:readline";\n' +
    'createInterface({ input: process.stdin }).on("line", (w) => console.log(w.includes("aa") ? "0" : "true"));\n',
);
const node = JSON.stringify(process.execPath);

describe("limitlab lstar", () => {
  it("learns a regex exactly with each algorithm, within Angluin's bound for L*", async () => {
    for (const algorithm of ["lstar", "kearns-vazirani", "lsharp"]) {
      const r = await cli(["lstar", "(a|b)*a(a|b){2}", "--algorithm", algorithm, "--json"]);
      expect(r.code, r.err).toBe(0);
      const report = json(r.out);
      expect(report).toMatchObject({ algorithm, teacher: "exact", correct: true, partial: false });
      expect(report.learned?.stateCount).toBe(8);
      expect(report.stats?.equivalenceQueries).toBeGreaterThan(0);
      if (algorithm === "lstar")
        expect(report.stats?.membershipQueries).toBeLessThanOrEqual(report.lstarBound as number);
      else expect(report.lstarBound).toBeNull();
    }
  });

  it("prints the learned DFA's properties and the counts as text", async () => {
    const r = await cli(["lstar", "(ab)*", "--processor", "angluin"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^L\* \(angluin\) against \(ab\)\*, exact teacher\n\n/u);
    expect(r.out).toMatch(/\nstates +3 \(minimal complete DFA/u);
    expect(r.out).toMatch(/\nmembership queries +\d+ \(/u);
    expect(r.out).toMatch(/\ncorrect +yes/u);
  });

  it("learns in the runs model with fewer queries, and refuses runs without a target to run", async () => {
    const target = "(a|b)*a(a|b){3}";
    const words = json((await cli(["lstar", target, "--algorithm", "lsharp", "--json"])).out);
    const r = await cli(["lstar", target, "--algorithm", "lsharp", "--queries", "runs", "--json"]);
    expect(r.code, r.err).toBe(0);
    const runs = json(r.out);
    expect(runs).toMatchObject({ queries: "runs", correct: true });
    expect(words.queries).toBe("words");
    expect(runs.stats?.membershipQueries).toBeLessThan(words.stats?.membershipQueries as number);
    const bad = await cli(["lstar", "(ab)*", "--queries", "runs", "--black-box"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("--queries runs needs a target");
    expect((await cli(["lstar", "(ab)*", "--queries", "bits"])).err).toContain(
      "known: words, runs",
    );
  });

  it("tests equivalence on a black box with counted oracle queries", async () => {
    const r = await cli(["lstar", "(ab)*", "--black-box", "--json"]);
    const report = json(r.out);
    expect(report).toMatchObject({ teacher: "black-box", correct: true });
    expect(report.stats?.oracleQueries).toBeGreaterThan(0);
  });

  it("queries a command line by line and learns its language", async () => {
    const r = await cli(["lstar", "--alphabet", "ab", "--command", `${node} ${model}`, "--json"]);
    expect(r.code, r.err).toBe(0);
    const report = json(r.out);
    expect(report).toMatchObject({ teacher: "black-box", correct: null, target: null });
    expect(report.learned?.stateCount).toBe(3);
    expect(report.learned?.counts.slice(0, 5)).toEqual(["1", "2", "3", "5", "8"]);
  });

  it("names the word asked when the command answers badly, dies or is silent", async () => {
    const bad = await cli(["lstar", "--alphabet", "ab", "--command", "echo 1; echo maybe"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      'limitlab: --command "echo 1; echo maybe" answered "maybe" when asked a (expected 1, 0, true or false)\n',
    );
    const dead = await cli(["lstar", "--alphabet", "ab", "--command", "exit 3"]);
    expect(dead.err).toBe('limitlab: --command "exit 3" exited with code 3 before answering ε\n');
    const silent = await cli([
      "lstar",
      "--alphabet",
      "ab",
      "--command",
      "read w; sleep 5",
      "--timeout",
      "1",
    ]);
    expect(silent.err).toBe(
      'limitlab: --command "read w; sleep 5" did not answer within 1 s when asked ε\n',
    );
  });

  it("writes the counts so far, marked partial, on Ctrl-C", async () => {
    const r = await cli(["lstar", "(a|b)*a(a|b){5}", "--json"], { interruptAt: 500 });
    expect(r.code).toBe(130);
    const report = json(r.out);
    expect(report).toMatchObject({ partial: true, reason: "interrupted", learned: null });
    expect(report.stats?.equivalenceQueries).toBeGreaterThan(0);
    expect(r.err).toMatch(/\nlimitlab: interrupted: after \d+ equivalence queries\n$/u);
  });

  it("refuses impossible combinations in one line", async () => {
    expect((await cli(["lstar"])).err).toBe(
      "limitlab: give a target (regex or automaton file) or --command\n",
    );
    expect((await cli(["lstar", "a", "--command", "cat"])).err).toBe(
      "limitlab: give a target or --command, not both\n",
    );
    expect((await cli(["lstar", "--command", "cat"])).err).toBe(
      "limitlab: --command needs --alphabet or --tokens\n",
    );
    expect((await cli(["lstar", "a", "--algorithm", "kv"])).err).toBe(
      'limitlab: --algorithm: unknown algorithm "kv" (known: lstar, kearns-vazirani, lsharp)\n',
    );
    expect((await cli(["lstar", "a", "--algorithm", "lsharp", "--processor", "angluin"])).err).toBe(
      "limitlab: --processor angluin works with lstar only (lsharp takes a breakpoint search)\n",
    );
    expect((await cli(["lstar", "a", "--budget", "2"])).err).toMatch(
      /^limitlab: L\*: .*budget of 2/u,
    );
  });
});

describe("the command protocol", () => {
  it("sends words as characters or space-separated tokens and reads 1/0/true/false", () => {
    expect(wireWord(unsafeAlphabet(["a", "b"]), [0, 1, 1])).toBe("abb");
    expect(wireWord(unsafeAlphabet(["hi", "bye"]), [0, 1])).toBe("hi bye");
    expect(wireWord(unsafeAlphabet(["a"]), [])).toBe("");
    expect([" 1", "TRUE", "0 ", "false"].map(parseAnswer)).toEqual([true, true, false, false]);
    expect(parseAnswer("yes")).toBeUndefined();
    expect(parseAnswer("")).toBeUndefined();
  });
});
