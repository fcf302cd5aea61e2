import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { compile } from "../../../src/automata/compile.js";
import { accepts } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { toDot } from "../../../src/automata/interop/dot.js";
import { toJflap } from "../../../src/automata/interop/jflap.js";
import { toJson } from "../../../src/automata/interop/json.js";
import { parseError } from "../../../src/automata/support/errors.js";
import {
  automatonFormat,
  caretDetail,
  compileRegex,
  readAutomaton,
  readLanguage,
  readSample,
  readText,
  textLines,
} from "../../../src/cli/support/files.js";
import { tempDir } from "../helpers.js";

const ab = unsafeAlphabet(["a", "b"]);
const abStar = () => {
  const d = compile("(ab)*", ab);
  if (E.isLeft(d)) throw new Error(d.left.message);
  return d.right;
};

describe("automaton files", () => {
  it("are read by extension, in all three formats, to the same language", () => {
    const dir = tempDir();
    const d = abStar();
    for (const [name, text] of [
      ["t.json", toJson(d)],
      ["t.dot", toDot(d)],
      ["t.gv", toDot(d)],
      ["t.jff", toJflap(d)],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const read = readAutomaton(path, { alphabet: ab });
      expect(equivalent(read, d)._tag, name).toBe("None");
      expect(readLanguage(path).alphabet.symbols).toEqual(["a", "b"]);
    }
    expect(automatonFormat("(ab)*")).toBeUndefined();
    expect(automatonFormat("X.JFF")).toBe("jff");
  });

  it("fail with one line naming the file and the place", () => {
    const dir = tempDir();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"format": "limitlab/dfa", "version": 1,\n "states": -1}');
    expect(() => readAutomaton(bad)).toThrow(new RegExp(`^${bad.replaceAll("/", "\\/")}: `, "u"));
    expect(() => readAutomaton(join(dir, "none.dot"))).toThrow(
      /cannot read .*none\.dot: no such file/u,
    );
    expect(() => readText(dir)).toThrow(/it is a folder/u);
    const other = join(dir, "other.json");
    writeFileSync(other, toJson(abStar()));
    expect(() => readAutomaton(other, { alphabet: unsafeAlphabet(["a", "b", "c"]) })).toThrow(
      "its alphabet {a, b} is not the one asked for {a, b, c}",
    );
  });
});

describe("regexes", () => {
  it("compile, or fail with the regex and a caret under the column", () => {
    expect(accepts(compileRegex("(ab)*", { alphabet: ab }), [0, 1])).toBe(true);
    try {
      compileRegex("a(b|c", {}, "--base");
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/^--base: column 2: /u);
      expect((e as { detail: string }).detail).toBe("  a(b|c\n   ^\n");
    }
    expect(caretDetail("x", parseError(1, "y", "z"))).toBe("  x\n  ^\n");
    expect(caretDetail("x", { kind: "invalid-input", message: "m" })).toBe("");
  });
});

describe("sample files", () => {
  it("hold one word per line; an empty line is ε; a final newline adds nothing", () => {
    expect(textLines("ab\r\n\nba\n")).toEqual(["ab", "", "ba"]);
    expect(textLines("")).toEqual([]);
    const dir = tempDir();
    const path = join(dir, "s.txt");
    writeFileSync(path, "ab\n\nb a\n");
    expect(readSample(path, ab)).toEqual([[0, 1], [], [1, 0]]);
    const chat = unsafeAlphabet(["hi", "there"]);
    writeFileSync(path, "hi there\nthere  hi\n");
    expect(readSample(path, chat)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("name the line of a bad word", () => {
    const dir = tempDir();
    const path = join(dir, "s.txt");
    writeFileSync(path, "ab\nabc\n");
    expect(() => readSample(path, ab)).toThrow(
      `${path}:2: word: symbol "c" at position 3 is not in the alphabet {a, b}`,
    );
  });
});
