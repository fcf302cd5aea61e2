import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  csvText,
  integerFlag,
  jsonText,
  realFlag,
  seedFlag,
} from "../../../src/cli/support/common-flags.js";

describe("number flags", () => {
  it("accept whole numbers in range and name the flag otherwise", () => {
    expect(integerFlag("--steps", 1)("20")).toBe(20);
    expect(() => integerFlag("--steps", 1)("0")).toThrow(
      '--steps takes a whole number ≥ 1, not "0"',
    );
    expect(() => integerFlag("--steps")("2.5")).toThrow("--steps");
    expect(() => integerFlag("--steps")("")).toThrow("--steps");
    expect(seedFlag("4294967295")).toBe(4294967295);
    expect(() => seedFlag("4294967296")).toThrow(
      '--seed takes a whole number in 0..4294967295, not "4294967296"',
    );
    expect(realFlag("--rate", 0)("1.5")).toBe(1.5);
    expect(() => realFlag("--rate", 0)("0")).toThrow('--rate takes a number > 0, not "0"');
    expect(() => realFlag("--rate")("Infinity")).toThrow("--rate");
  });

  it("integerFlag reads back every whole number it prints", () => {
    const numbers = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 2 ** 40 }));
    const lines: string[] = [];
    fc.statistics(numbers, (n) => (n < 10 ? "one digit" : n < 1e6 ? "up to a million" : "larger"), {
      numRuns: 100,
      logger: (l) => lines.push(l),
    });
    expect(lines.join("\n")).toMatch(/one digit[\s\S]*larger|larger[\s\S]*one digit/u);
    fc.assert(
      fc.property(numbers, (n) => integerFlag("--n")(String(n)) === n),
      { numRuns: 100 },
    );
  });
});

describe("output formats", () => {
  it("CSV quotes the cells that need it", () => {
    expect(
      csvText([
        ["step", "guess"],
        [1, "a,b"],
        [2, 'say "hi"'],
        [3, null],
      ]),
    ).toBe('step,guess\n1,"a,b"\n2,"say ""hi"""\n3,\n');
  });

  it("JSON prints bigints as decimal strings", () => {
    expect(jsonText({ n: 12345678901234567890n })).toBe('{\n  "n": "12345678901234567890"\n}\n');
  });
});
