import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";
import { accepts, dfaFromTable, transitionTable } from "../../src/automata/dfa.js";
import { isPrefix, parseWord, wordToString } from "../../src/automata/word.js";

const ab = unsafeAlphabet(["a", "b"]);

describe("alphabet", () => {
  it("rejects duplicates, empty and reserved symbols", () => {
    expect(E.isLeft(alphabet(["a", "a"]))).toBe(true);
    expect(E.isLeft(alphabet([""]))).toBe(true);
    expect(E.isLeft(alphabet(["<x>"]))).toBe(true);
    expect(E.isLeft(alphabet(["a b"]))).toBe(true);
    expect(E.isLeft(alphabet([]))).toBe(true);
  });
  it("marks token alphabets", () => {
    expect(unsafeAlphabet(["hello", "world"]).tokens).toBe(true);
    expect(ab.tokens).toBe(false);
  });
});

describe("words", () => {
  it("print as strings, tokens and ε", () => {
    expect(wordToString(ab, [0, 1, 1])).toBe("abb");
    expect(wordToString(unsafeAlphabet(["hi", "bye"]), [0, 1])).toBe("hi bye");
    expect(wordToString(ab, [])).toBe("ε");
  });
  it("know their prefixes", () => {
    expect(isPrefix([], [])).toBe(true);
    expect(isPrefix([0], [0, 1])).toBe(true);
    expect(isPrefix([0, 1], [0, 1])).toBe(true);
    expect(isPrefix([1], [0, 1])).toBe(false);
    expect(isPrefix([0, 1, 0], [0, 1])).toBe(false);
  });
  it("parse back and name a bad symbol", () => {
    expect(parseWord(ab, "abba")).toEqual(E.right([0, 1, 1, 0]));
    const bad = parseWord(ab, "abx");
    expect(E.isLeft(bad) && bad.left.message).toContain('"x" at position 3');
  });
});

describe("dfaFromTable", () => {
  it("builds (ab)* and runs it", () => {
    const d = dfaFromTable(
      ab,
      0,
      [0],
      [
        [1, 2],
        [2, 0],
        [2, 2],
      ],
    );
    expect(E.isRight(d)).toBe(true);
    if (E.isRight(d)) {
      expect(accepts(d.right, [0, 1, 0, 1])).toBe(true);
      expect(accepts(d.right, [0, 1, 0])).toBe(false);
      expect(transitionTable(d.right)).toEqual([
        [1, 2],
        [2, 0],
        [2, 2],
      ]);
    }
  });
  it("names the field of a missing transition", () => {
    const d = dfaFromTable(
      ab,
      0,
      [0],
      [
        [1, -1],
        [0, 0],
      ],
    );
    expect(E.isLeft(d) && d.left.message).toContain("transitions[0][1]");
  });
});
