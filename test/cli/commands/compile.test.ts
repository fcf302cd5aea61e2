import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { stateCount } from "../../../src/automata/dfa.js";
import { fromJson } from "../../../src/automata/interop/json.js";
import { cli, subprocess, tempDir } from "../helpers.js";

describe("limitlab compile", () => {
  it("--json prints one object with the properties and the version-1 automaton", async () => {
    const r = await cli(["compile", "a*b*", "--alphabet", "ab", "--json"]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out) as Record<string, unknown>;
    expect(o).toMatchObject({ stateCount: 3, finite: false, starFree: true, rTrivial: true });
    const dfa = fromJson(JSON.stringify(o.dfa));
    expect(E.isRight(dfa) && stateCount(dfa.right)).toBe(3);
    expect((o.dfa as { format: string; version: number }).version).toBe(1);
  });

  it("draws seeded random targets (random:N:K:SEED) and exports them for other tools", async () => {
    const dir = tempDir();
    const file = join(dir, "target.json");
    const r = await cli(["compile", "random:30:3:7", "--dfa", "--out", file]);
    expect(r.code, r.err).toBe(0);
    const target = fromJson(readFileSync(file, "utf8"));
    expect(E.isRight(target) && stateCount(target.right)).toBe(30);
    const again = await cli(["compile", "random:30:3:7", "--dfa"]);
    expect(again.out).toBe(readFileSync(file, "utf8"));
    const other = await cli(["compile", "random:30:3:8", "--dfa"]);
    expect(other.out).not.toBe(again.out);
    const read = await cli(["compile", file, "--json"]);
    expect(JSON.parse(read.out)).toMatchObject({ stateCount: 30 });
    expect((await cli(["compile", "random:30:3:7", "--dot"])).out).toMatch(/^digraph/u);
    expect((await cli(["compile", "random:30"])).err).toContain("random:N:K or random:N:K:SEED");
    expect((await cli(["compile", "random:0:2"])).err).toContain("not a positive integer");
  });

  it("a syntax error is one line, then the regex with a caret under the column", async () => {
    const r = await cli(["compile", "a(b|c"]);
    expect(r).toEqual({
      code: 1,
      out: "",
      err: "limitlab: regex: column 2: the group opened here is never closed (expected a closing ')')\n  a(b|c\n   ^\n",
    });
    const x = await cli(["compile", "abx", "--alphabet", "ab"]);
    expect(x.err.split("\n")).toEqual([
      'limitlab: regex: column 3: literal "x" is not in the alphabet (expected a symbol of {a, b})',
      "  abx",
      "    ^",
      "",
    ]);
  });

  it("a budget that runs out is one line", async () => {
    const r = await cli(["compile", "(a|b)*a(a|b){12}", "--budget", "100"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^limitlab: regex: .*budget of 100 states exceeded.*\n$/u);
  });

  it("writes --out and --svg atomically", async () => {
    const dir = tempDir();
    const r = await cli([
      "compile",
      "(ab)*",
      "--dot",
      "--out",
      join(dir, "ab.dot"),
      "--svg",
      join(dir, "ab.svg"),
    ]);
    expect(r).toEqual({ code: 0, out: "", err: "" });
    expect(readFileSync(join(dir, "ab.dot"), "utf8")).toMatch(/^digraph/u);
    expect(readFileSync(join(dir, "ab.svg"), "utf8")).toContain("<svg");
  });

  it("runs as a subprocess from source", () => {
    const r = subprocess(["compile", "(ab)*", "--alphabet", "ab"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^regex +\(ab\)\*\n/u);
    expect(r.out).toMatch(/\nstates +3 \(minimal complete DFA, sink included\)\n/u);
  });
});
