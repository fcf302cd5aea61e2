import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { Regex } from "../../../src/automata/regex/ast.js";
import { regexAlphabet, regexSymbols } from "../../../src/automata/regex/literals.js";
import { parseRegex } from "../../../src/automata/regex/parse.js";

function re(source: string): Regex {
  const r = parseRegex(source);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

describe("regexSymbols and regexAlphabet", () => {
  it("collect symbols and class members once each, in code-point order", () => {
    expect(regexSymbols(re("(b|a)*[ca]!b"))).toEqual(["a", "b", "c"]);
    expect(regexSymbols(re("[^z]y{2}"))).toEqual(["y", "z"]);
    // code points, not UTF-16 units: U+FF61 comes before U+1F600
    expect(regexSymbols(re("😀｡"))).toEqual(["｡", "😀"]);
  });
  it("make a token alphabet when a literal is longer than one character", () => {
    const a = regexAlphabet(re("<hi> <bye> \\."));
    expect(E.isRight(a) && a.right.symbols).toEqual([".", "bye", "hi"]);
    expect(E.isRight(a) && a.right.tokens).toBe(true);
    const b = regexAlphabet(re("ab*"));
    expect(E.isRight(b) && b.right.tokens).toBe(false);
  });
  it("fail when there are no literals or a literal is not a valid symbol", () => {
    const none = regexAlphabet(re(".*|∅"));
    expect(E.isLeft(none) && none.left.message).toContain("give an alphabet");
    expect(E.isLeft(regexAlphabet(re("a\\#")))).toBe(true);
  });
});
