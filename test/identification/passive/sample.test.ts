import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { wordToPlain } from "../../../src/automata/word.js";
import { parseSample, sampleFromRecords } from "../../../src/identification/passive/sample.js";
import { Tally } from "../../automata/brute-force.js";
import { right } from "../helpers.js";
import { referenceSample } from "./reference.js";
import { arbWord } from "./reversible.js";

const ab = unsafeAlphabet(["a", "b"]);

function leftOf<A>(e: E.Either<{ kind: string; message: string; line?: number }, A>) {
  if (E.isRight(e)) throw new Error("expected a Left");
  return e.left;
}

describe("parseSample", () => {
  it("reads the reference samples: 3416 words (1752 positive) and 2000 (1093 positive, 1399 distinct)", () => {
    const complete = referenceSample("complete");
    expect(complete.alphabet.symbols).toEqual(["a", "b"]);
    expect(complete.data.length).toBe(3416);
    expect(complete.data.filter((x) => x.label).length).toBe(1752);
    expect(complete.data.slice(0, 3)).toEqual([
      { word: [0], label: false },
      { word: [1], label: false },
      { word: [], label: true },
    ]);
    const random = referenceSample("random");
    expect(random.data.length).toBe(2000);
    expect(random.data.filter((x) => x.label).length).toBe(1093);
    expect(new Set(random.data.map((x) => x.word.join(""))).size).toBe(1399);
    expect(Math.max(...random.data.map((x) => x.word.length))).toBe(20);
  });

  it("round-trips samples written as JSON Lines (blank lines and CRLF allowed)", () => {
    const kinds = new Tally();
    fc.assert(
      fc.property(
        fc.array(fc.record({ word: arbWord(2, 6), label: fc.boolean() }), { maxLength: 12 }),
        fc.boolean(),
        (data, crlf) => {
          const lines = data.map((x) =>
            JSON.stringify({ word: wordToPlain(ab, x.word), label: x.label }),
          );
          const text = `${lines.join(crlf ? "\r\n" : "\n")}\n\n`;
          expect(right(parseSample(text, ab)).data).toEqual(data);
          kinds.add(data.some((x) => x.word.length === 0) ? "with ε" : "without ε");
        },
      ),
      { numRuns: 100 },
    );
    expect(kinds.count("with ε")).toBeGreaterThan(5);
    expect(kinds.count("without ε")).toBeGreaterThan(5);
  });

  it("infers the alphabet in code-point order and accepts words as index arrays given an alphabet", () => {
    const s = right(parseSample('{"word": "cab", "label": true}\n{"word": "", "label": false}'));
    expect(s.alphabet.symbols).toEqual(["a", "b", "c"]);
    expect(s.data[0]?.word).toEqual([2, 0, 1]);
    const t = right(
      parseSample('{"word": [1, 0], "label": true, "note": "extra fields are ignored"}', ab),
    );
    expect(t.data).toEqual([{ word: [1, 0], label: true }]);
  });

  it("names the line (and the column of malformed JSON) of the first bad line", () => {
    const json = leftOf(parseSample('{"word": "ab", "label": true}\n{"word": "a" "label": 1}', ab));
    expect(json).toMatchObject({ kind: "parse", line: 2, column: 14 });
    const label = leftOf(parseSample('\n{"word": "ab", "label": "yes"}', ab));
    expect(label).toMatchObject({ kind: "parse", line: 2 });
    expect(label.message).toMatch(/label/);
    const symbol = leftOf(
      parseSample('{"word": "ab", "label": true}\n{"word": "ax", "label": true}', ab),
    );
    expect(symbol).toMatchObject({ kind: "parse", line: 2 });
    expect(symbol.message).toMatch(/"x"/);
    expect(leftOf(parseSample('{"word": 3, "label": true}', ab)).message).toMatch(/word/);
    expect(leftOf(parseSample("[1]", ab)).message).toMatch(/object/);
    expect(leftOf(parseSample('{"word": [0], "label": true}')).message).toMatch(
      /explicit alphabet/,
    );
    expect(leftOf(parseSample('{"word": "", "label": true}')).kind).toBe("invalid-input");
  });
});

describe("sampleFromRecords", () => {
  it("reads string and index-array words and names the first bad record", () => {
    expect(
      right(
        sampleFromRecords(
          [
            { word: "ab", label: true },
            { word: [1], label: false },
          ],
          ab,
        ),
      ),
    ).toEqual([
      { word: [0, 1], label: true },
      { word: [1], label: false },
    ]);
    const bad = leftOf(
      sampleFromRecords(
        [
          { word: "a", label: true },
          { word: [2], label: true },
        ],
        ab,
      ),
    );
    expect(bad.kind).toBe("invalid-input");
    expect(bad.message).toMatch(/^sample\[1\]/);
  });
});
