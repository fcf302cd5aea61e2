import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { dfaFromTable, withMeta } from "../../../src/automata/dfa.js";
import { fromJson, toJson } from "../../../src/automata/interop/json.js";
import { locateJsonFault } from "../../../src/automata/interop/json-locate.js";
import { leftOf, referenceFiles, referenceText, rightOf, shape } from "./reference.js";

const ab = unsafeAlphabet(["a", "b"]);
const abStar = rightOf(
  dfaFromTable(
    ab,
    0,
    [0],
    [
      [1, 2],
      [2, 0],
      [2, 2],
    ],
  ),
);
const good = {
  format: "limitlab/dfa",
  version: 1,
  alphabet: ["a", "b"],
  start: 0,
  accepting: [0],
  transitions: [
    [1, 2],
    [2, 0],
    [2, 2],
  ],
};
const withField = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });

/** Metadata: JSON values under keys that are not the format's own. */
const arbMeta = fc.dictionary(
  fc
    .string()
    .filter(
      (k) => !["format", "version", "alphabet", "start", "accepting", "transitions"].includes(k),
    ),
  fc.jsonValue(),
  { minKeys: 1, maxKeys: 4 },
);
const alphabets = [ab, unsafeAlphabet(["b", "a", "c"]), unsafeAlphabet(["hello", "world"])];
const arbDfaWithMeta = fc
  .constantFrom(...alphabets)
  .chain((sigma) =>
    fc.tuple(arbDfa(sigma, { maxStates: 8 }), fc.option(arbMeta, { nil: undefined })),
  )
  .map(([d, meta]) => (meta === undefined ? d : withMeta(d, meta)));

describe("toJson", () => {
  it("writes the format's keys in order, then the metadata", () => {
    expect(toJson(withMeta(abStar, { name: "(ab)*", note: [1] }))).toBe(
      '{"format":"limitlab/dfa","version":1,"alphabet":["a","b"],"start":0,"accepting":[0],' +
        '"transitions":[[1,2],[2,0],[2,2]],"name":"(ab)*","note":[1]}',
    );
  });
  it("never lets metadata overwrite a format field", () => {
    const text = toJson(withMeta(abStar, { start: 2, version: 9, name: "x" }));
    expect(shape(rightOf(fromJson(text)))).toEqual(shape(withMeta(abStar, { name: "x" })));
  });
  it("keeps a __proto__ metadata key as plain data (no prototype pollution)", () => {
    const text = `${toJson(abStar).slice(0, -1)},"__proto__":{"polluted":true}}`;
    const d = rightOf(fromJson(text));
    expect(Object.keys(d.meta ?? {})).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(toJson(d)).toBe(text);
  });
  it("rewrites every query target byte for byte (toJson ∘ fromJson is the identity)", () => {
    const files = referenceFiles("query-targets");
    expect(files.length).toBe(12);
    for (const f of files) {
      const text = referenceText(`query-targets/${f}`);
      const d = rightOf(fromJson(text));
      expect(d.meta?.name).toMatch(/^aalpy-random-minimal-n\d+-k\d-seed42$/);
      expect(toJson(d)).toBe(text);
    }
  });
});

describe("fromJson ∘ toJson", () => {
  it("gives back the same DFA: alphabet, arrays, start and metadata", () => {
    fc.assert(
      fc.property(arbDfaWithMeta, (d) => {
        expect(shape(rightOf(fromJson(toJson(d))))).toEqual(shape(d));
      }),
      { numRuns: 200 },
    );
    fc.statistics(
      arbDfaWithMeta,
      (d) => `${d.states} states, k=${d.alphabet.symbols.length}, ${d.meta ? "meta" : "no meta"}`,
      { numRuns: 200 },
    );
    const sample = fc.sample(arbDfaWithMeta, { numRuns: 200, seed: 7 });
    expect(sample.filter((d) => d.meta !== undefined).length).toBeGreaterThan(50);
    expect(sample.filter((d) => d.states >= 5).length).toBeGreaterThan(50);
  });
});

describe("fromJson errors name the field", () => {
  const cases: [string, string, string][] = [
    ["wrong format", withField({ format: "dfa" }), "format"],
    ["wrong version", withField({ version: 2 }), "version"],
    ["bad symbol", withField({ alphabet: ["a", "b", "a b"] }), "alphabet[2]"],
    ["duplicate symbol", withField({ alphabet: ["a", "a"] }), "alphabet[1]"],
    ["non-string symbol", withField({ alphabet: ["a", 3] }), "alphabet[1]"],
    [
      "missing transition",
      withField({
        transitions: [
          [1, 2],
          [2, 0],
          [2, -1],
        ],
      }),
      "transitions[2][1]",
    ],
    [
      "null transition",
      withField({
        transitions: [
          [1, 2],
          [null, 0],
          [2, 2],
        ],
      }),
      "transitions[1][0]",
    ],
    [
      "state out of range",
      withField({
        transitions: [
          [1, 2],
          [2, 0],
          [2, 3],
        ],
      }),
      "transitions[2][1]",
    ],
    ["short row", withField({ transitions: [[1, 2], [2], [2, 2]] }), "transitions[1]"],
    ["no states", withField({ transitions: [] }), "transitions"],
    ["bad start", withField({ start: 3 }), "start"],
    ["fractional start", withField({ start: 0.5 }), "start"],
    ["bad accepting", withField({ accepting: [0, 7] }), "accepting[1]"],
    ["accepting not a list", withField({ accepting: 0 }), "accepting"],
  ];
  for (const [what, text, field] of cases)
    it(what, () => {
      const e = leftOf(fromJson(text));
      expect(e.kind).toBe("invalid-input");
      expect(e.kind === "invalid-input" && e.field).toBe(field);
      expect(e.message.startsWith(`${field}: `)).toBe(true);
    });
  it("a missing key is named", () => {
    const { start: _, ...rest } = good;
    const e = leftOf(fromJson(JSON.stringify(rest)));
    expect(e.message).toBe('start: missing key "start"');
  });
  it("points the user at complete for partial automata", () => {
    expect(
      leftOf(
        fromJson(
          withField({
            transitions: [
              [1, -1],
              [2, 0],
              [2, 2],
            ],
          }),
        ),
      ).message,
    ).toContain("complete");
  });
  it("a JSON value that is not an object", () => {
    expect(leftOf(fromJson("[1, 2]")).message).toContain("expected a JSON object");
  });
});

describe("malformed JSON gives a parse error with its line and column", () => {
  const cases: [string, string, number, number, string][] = [
    ["truncated inside a key", toJson(abStar).slice(0, 60), 1, 59, 'a closing "'],
    ["truncated after a row", toJson(abStar).slice(0, 111), 1, 112, "a JSON value"],
    ["truncated, pretty", JSON.stringify(good, null, 2).slice(0, 40), 3, 3, 'a closing "'],
    ["missing value", '{\n  "format": ,\n}', 2, 13, "a JSON value"],
    ["trailing comma", '{"a": 1,}', 1, 9, "a double-quoted property name"],
    ["missing colon", '{"a" 1}', 1, 6, "':'"],
    ["unterminated string", '{"a": "xyz', 1, 7, 'a closing "'],
    ["bad escape", '{"a": "\\q"}', 1, 8, "one of"],
    ["bad literal", "[tru]", 1, 2, "a JSON value"],
    ["text after the value", "{} x", 1, 4, "end of input"],
    ["empty input", "", 1, 1, "a JSON value"],
    ["CRLF line breaks", '{\r\n"a":\r\n}', 3, 1, "a JSON value"],
  ];
  for (const [what, text, line, column, expected] of cases)
    it(what, () => {
      const e = leftOf(fromJson(text));
      expect(e.kind).toBe("parse");
      if (e.kind === "parse") {
        expect([e.line, e.column]).toEqual([line, column]);
        expect(e.expected).toContain(expected);
        expect(e.message).toMatch(new RegExp(`^line ${line}, column ${column}: invalid JSON`));
      }
    });
  it("the scanner agrees with JSON.parse on what is valid", () => {
    const texts = fc.oneof(
      fc.json(),
      fc
        .json()
        .chain((t) =>
          fc
            .tuple(fc.nat(t.length), fc.string({ maxLength: 2 }))
            .map(([i, s]) => t.slice(0, i) + s + t.slice(i + 1)),
        ),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (t) => {
        let valid = true;
        try {
          JSON.parse(t);
        } catch {
          valid = false;
        }
        expect(locateJsonFault(t) === undefined).toBe(valid);
      }),
      { numRuns: 1000 },
    );
    fc.statistics(
      texts,
      (t) => (E.isRight(E.tryCatch(() => JSON.parse(t), String)) ? "valid" : "invalid"),
      {
        numRuns: 1000,
      },
    );
  });
  it("deep nesting is scanned without recursion", () => {
    expect(locateJsonFault("[".repeat(200_000))?.offset).toBe(200_000);
  });
});

describe("fuzzed input", () => {
  it("never throws: fromJson returns Left or Right", () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.nat(200).map((i) => toJson(abStar).slice(0, i)),
      fc
        .tuple(fc.nat(140), fc.string({ maxLength: 3 }))
        .map(([i, s]) => toJson(abStar).slice(0, i) + s + toJson(abStar).slice(i)),
    );
    fc.assert(
      fc.property(texts, (t) => {
        const r = fromJson(t);
        expect(E.isLeft(r) || E.isRight(r)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.statistics(
      texts,
      (t) => (E.isRight(fromJson(t)) ? "read" : `error: ${leftOf(fromJson(t)).kind}`),
      {
        numRuns: 1000,
      },
    );
  });
});
