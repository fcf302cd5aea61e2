import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { arbRegex, regexShape } from "../../../src/automata/arbitrary/regex.js";
import { parseRegex } from "../../../src/automata/regex/parse.js";
import { printRegex } from "../../../src/automata/regex/print.js";

function reprint(source: string): string {
  const r = parseRegex(source);
  if (E.isLeft(r)) throw new Error(`${source}: ${r.left.message}`);
  return printRegex(r.right);
}

describe("printRegex", () => {
  it("uses the fewest parentheses the precedence needs", () => {
    expect(reprint("((a)(b))*")).toBe("(ab)*");
    expect(reprint("(a|(b&c))")).toBe("a|b&c");
    expect(reprint("(a|b)&c")).toBe("(a|b)&c");
    expect(reprint("(ab)&c")).toBe("ab&c");
    expect(reprint("(a&b)c")).toBe("(a&b)c");
    expect(reprint("(!a)b")).toBe("!ab");
    expect(reprint("!(ab)")).toBe("!(ab)");
    expect(reprint("!(a*)")).toBe("!a*");
    expect(reprint("(!a)*")).toBe("(!a)*");
    expect(reprint("((a*)*)")).toBe("a**");
    expect(reprint("a{2}{3,}{0,1}")).toBe("a{2}{3,}{0,1}");
  });
  it("prints the special atoms", () => {
    expect(reprint("[]")).toBe("∅");
    expect(reprint("ε")).toBe("()");
    expect(reprint("()*")).toBe("()*");
    expect(reprint("[^]")).toBe("[^]");
    expect(reprint(".")).toBe(".");
  });
  it("escapes metacharacters and brackets tokens, spacing token concatenations", () => {
    expect(reprint("\\.\\*")).toBe("\\.\\*");
    expect(reprint("[\\]\\^.]")).toBe("[\\]\\^.]");
    expect(reprint("<user>(<hi>|<hello>)\\.")).toBe("<user> (<hi>|<hello>) \\.");
    expect(reprint("<a\\>b>")).toBe("<a\\>b>");
    expect(reprint("[<hi><yo>]")).toBe("[<hi><yo>]");
  });
  it("round-trips: parseRegex(printRegex(r)) equals r structurally", () => {
    // names that stress the printer: metacharacters, a space, brackets, tokens
    const names = ["a", "b", ".", "*", "(", "]", "^", "\\", " ", "ε", "∅", "hi", "a>b", "<x"];
    fc.assert(
      fc.property(arbRegex(names, { maxDepth: 4 }), (r) => {
        expect(parseRegex(printRegex(r))).toEqual(E.right(r));
      }),
      { numRuns: 300 },
    );
    fc.statistics(arbRegex(names, { maxDepth: 4 }), (r) => `depth ${regexShape(r).depth}`, {
      numRuns: 300,
    });
    fc.statistics(
      arbRegex(names, { maxDepth: 4 }),
      (r) => regexShape(r).operators.map((o) => `uses ${o}`),
      { numRuns: 300 },
    );
    const shapes = fc.sample(arbRegex(names, { maxDepth: 4 }), { numRuns: 300, seed: 1 });
    const used = new Set(shapes.flatMap((r) => regexShape(r).operators));
    expect([...used].sort()).toEqual(
      [
        "complement",
        "concat",
        "intersection",
        "optional",
        "plus",
        "repeat",
        "star",
        "union",
      ].sort(),
    );
    expect(shapes.filter((r) => regexShape(r).depth >= 3).length).toBeGreaterThan(30);
  });
});
