import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  charTokens,
  splitLines,
  splitSentences,
  symbolSafe,
  tokenizeCorpus,
  wordTokens,
} from "../../../src/attribution/data/corpus.js";
import { alphabet } from "../../../src/automata/alphabet.js";

describe("segments", () => {
  it("cuts sentences after . ! ? before a capital, a digit or a quote, and at blank lines", () => {
    expect(
      splitSentences("Call me Ishmael. Some years ago! Why? “Yes.” 1790 came.\n\nCHAPTER 2"),
    ).toEqual(["Call me Ishmael.", "Some years ago!", "Why?", "“Yes.”", "1790 came.", "CHAPTER 2"]);
    expect(splitSentences("a. b. c")).toEqual(["a. b. c"]);
    expect(splitSentences("  \n\n ")).toEqual([]);
  });

  it("lines are trimmed and blank lines dropped", () => {
    expect(splitLines("a  b\r\n\n  c \n")).toEqual(["a b", "c"]);
  });
});

describe("tokens", () => {
  it("words keep inner apostrophes and hyphens; punctuation marks are tokens", () => {
    expect(wordTokens("It's well-known—isn't it?")).toEqual([
      "it's",
      "well-known",
      "—",
      "isn't",
      "it",
      "?",
    ]);
    expect(wordTokens("ABC", false)).toEqual(["ABC"]);
  });

  it("characters: whitespace runs are one ␣", () => {
    expect(charTokens(" Hi \t you ")).toEqual(["h", "i", "␣", "y", "o", "u"]);
  });

  it("every token of any text is a valid alphabet symbol", () => {
    const arb = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom("#", "<", ">", "ε", " ", "\n", "a", "B", ".", "'"),
        maxLength: 20,
      }),
    );
    fc.assert(
      fc.property(arb, (text) => {
        for (const unit of ["word", "char"] as const) {
          const toks = tokenizeCorpus(text, { unit, segment: "sentences" }).flat();
          const distinct = [...new Set(toks)];
          if (distinct.length > 0) expect(alphabet(distinct)._tag).toBe("Right");
        }
      }),
      { numRuns: 200 },
    );
    fc.statistics(
      arb,
      (t) => (/[#<>ε]/u.test(t) ? "reserved characters" : t.trim() === "" ? "blank" : "plain"),
      {
        numRuns: 200,
      },
    );
    expect(symbolSafe("<#ε>")).toBe("‹♯ϵ›");
  });
});
