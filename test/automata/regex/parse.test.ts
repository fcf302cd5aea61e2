import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import {
  type Regex,
  reAny,
  reClass,
  reComplement,
  reConcat,
  reEmpty,
  reEpsilon,
  reIntersection,
  reOptional,
  rePlus,
  reRepeat,
  reStar,
  reSymbol,
  reUnion,
} from "../../../src/automata/regex/ast.js";
import { MAX_NESTING, parseRegex } from "../../../src/automata/regex/parse.js";

const a = reSymbol("a");
const b = reSymbol("b");
const c = reSymbol("c");

function ok(source: string): Regex {
  const r = parseRegex(source);
  if (E.isLeft(r)) throw new Error(`${source}: ${r.left.message}`);
  return r.right;
}

function err(source: string, alphabet?: ReturnType<typeof unsafeAlphabet>) {
  const r = parseRegex(source, alphabet);
  if (E.isRight(r)) throw new Error(`${source} parsed`);
  return r.left;
}

describe("parseRegex: constructs", () => {
  it("reads atoms", () => {
    expect(ok("a")).toEqual(a);
    expect(ok(".")).toEqual(reAny());
    expect(ok("()")).toEqual(reEpsilon());
    expect(ok("( )")).toEqual(reEpsilon());
    expect(ok("ε")).toEqual(reEpsilon());
    expect(ok("∅")).toEqual(reEmpty());
    expect(ok("[]")).toEqual(reEmpty());
    expect(ok("[abc]")).toEqual(reClass(["a", "b", "c"]));
    expect(ok("[^a]")).toEqual(reClass(["a"], true));
    expect(ok("[<hi><yo>]")).toEqual(reClass(["hi", "yo"]));
    expect(ok("[aba]")).toEqual(reClass(["a", "b"]));
  });
  it("reads tokens and escapes", () => {
    expect(ok("<hello>")).toEqual(reSymbol("hello"));
    expect(ok("<a>")).toEqual(a);
    expect(ok("\\.")).toEqual(reSymbol("."));
    expect(ok("\\*\\(")).toEqual(reConcat(reSymbol("*"), reSymbol("(")));
    expect(ok("<a\\>b>")).toEqual(reSymbol("a>b"));
    expect(ok("[\\]\\^]")).toEqual(reClass(["]", "^"]));
    expect(ok("[.]")).toEqual(reClass(["."]));
  });
  it("ignores whitespace between atoms", () => {
    expect(ok("<user> (<hi>|<hello>)")).toEqual(
      reConcat(reSymbol("user"), reUnion(reSymbol("hi"), reSymbol("hello"))),
    );
    expect(ok(" a  b ")).toEqual(reConcat(a, b));
    expect(ok("a *")).toEqual(reStar(a));
    expect(ok("a{ 2 , 3 }")).toEqual(reRepeat(a, 2, 3));
  });
  it("reads postfix operators, stacked", () => {
    expect(ok("a*")).toEqual(reStar(a));
    expect(ok("a+")).toEqual(rePlus(a));
    expect(ok("a?")).toEqual(reOptional(a));
    expect(ok("a**")).toEqual(reStar(reStar(a)));
    expect(ok("a+?")).toEqual(reOptional(rePlus(a)));
    expect(ok("a{3}")).toEqual(reRepeat(a, 3, 3));
    expect(ok("a{2,}")).toEqual(reRepeat(a, 2, null));
    expect(ok("a{2,5}")).toEqual(reRepeat(a, 2, 5));
    expect(ok("a{0,0}*")).toEqual(reStar(reRepeat(a, 0, 0)));
  });
  it("follows the precedence | < & < concatenation < ! < postfix", () => {
    expect(ok("a|b&c")).toEqual(reUnion(a, reIntersection(b, c)));
    expect(ok("a&b|c")).toEqual(reUnion(reIntersection(a, b), c));
    expect(ok("ab&c")).toEqual(reIntersection(reConcat(a, b), c));
    expect(ok("!ab")).toEqual(reConcat(reComplement(a), b));
    expect(ok("!a*")).toEqual(reComplement(reStar(a)));
    expect(ok("!!a")).toEqual(reComplement(reComplement(a)));
    expect(ok("ab*")).toEqual(reConcat(a, reStar(b)));
    expect(ok("(ab)*")).toEqual(reStar(reConcat(a, b)));
    expect(ok("!(a|b)")).toEqual(reComplement(reUnion(a, b)));
  });
  it("flattens associative operators into the canonical n-ary shape", () => {
    expect(ok("a|b|c")).toEqual(reUnion(a, b, c));
    expect(ok("(a|b)|c")).toEqual(reUnion(a, b, c));
    expect(ok("a(bc)")).toEqual(reConcat(a, b, c));
    expect(ok("a&(b&c)")).toEqual(reIntersection(a, b, c));
    expect(ok("((a))")).toEqual(a);
  });
  it("checks literals against a given alphabet", () => {
    const chat = unsafeAlphabet(["user", "hi", "."]);
    expect(E.isRight(parseRegex("<user> <hi> \\.", chat))).toBe(true);
    expect(E.isRight(parseRegex(".*[^<hi>]", chat))).toBe(true);
  });
  it("accepts nesting up to MAX_NESTING", () => {
    const deep = `${"(".repeat(MAX_NESTING)}a${")".repeat(MAX_NESTING)}`;
    expect(ok(deep)).toEqual(a);
    expect(E.isRight(parseRegex(`${"!".repeat(MAX_NESTING - 1)}a`))).toBe(true);
  });
});

describe("parseRegex: positioned errors", () => {
  const ab = unsafeAlphabet(["a", "b"]);
  const cases: [string, number, string, ReturnType<typeof unsafeAlphabet>?][] = [
    ["ab(x)", 4, "symbol of {a, b}", ab],
    ["a<hello>", 2, "symbol of {a, b}", ab],
    ["[ab\\.]", 4, "symbol of {a, b}", ab],
    ["a{3,2}", 2, "m <= n"],
    ["b(a|b", 2, "')'"],
    ["((a)", 1, "')'"],
    ["a[bc", 2, "']'"],
    ["a<hel", 2, "'>'"],
    ["*a", 1, "before it"],
    ["a|*", 3, "before it"],
    ["a|", 3, "after '|'"],
    ["a&", 3, "after '&'"],
    ["|a", 1, "before '|'"],
    ["a||b", 3, "before '|'"],
    ["!", 2, "after '!'"],
    ["a(!)", 4, "after '!'"],
    ["a<>", 2, "token name"],
    ["a)", 2, "end of the input"],
    ["ab]c", 3, "end of the input"],
    ["a}", 2, "end of the input"],
    ["a{", 3, "a number"],
    ["a{x}", 3, "a number"],
    ["a{2", 4, "',' or '}'"],
    ["a{2,3", 6, "'}'"],
    ["a\\", 2, "after '\\'"],
    ["(a b]", 5, "')'"],
    [`${"(".repeat(MAX_NESTING + 1)}a${")".repeat(MAX_NESTING + 1)}`, MAX_NESTING + 1, "nesting"],
    [`a${"*".repeat(MAX_NESTING)}`, MAX_NESTING + 1, "nesting"],
    ["a{99999999999999999999}", 3, "at most"],
    ["∅x🙂(a", 4, "')'"],
    ["a(", 3, "an expression"],
  ];
  it.each(cases)("%s fails at column %i", (source, column, expected, alphabet) => {
    const e = err(source, alphabet);
    expect(e.kind).toBe("parse");
    if (e.kind !== "parse") return;
    expect(e.column).toBe(column);
    expect(e.expected).toContain(expected);
    expect(e.message).toContain(`column ${column}`);
  });
  it("names the literal that is not in the alphabet", () => {
    expect(err("a<hello>", unsafeAlphabet(["a"])).message).toContain(
      '"hello" is not in the alphabet',
    );
  });
});

describe("parseRegex: fuzzing", () => {
  const meta = fc.constantFrom(..."()[]{}<>|&!*+?.\\^,0123 ab∅ε\t");
  const inputs: [string, fc.Arbitrary<string>][] = [
    ["ascii strings", fc.string()],
    ["unicode strings", fc.string({ unit: "binary" })],
    ["metacharacter strings", fc.string({ unit: meta, maxLength: 30 })],
  ];
  it.each(inputs)("never throws on %s, and a Left is a positioned parse error", (_, input) => {
    const outcomes: Record<string, number> = {};
    fc.assert(
      fc.property(input, (s) => {
        const r = parseRegex(s, unsafeAlphabet(["a", "b", "0", "1", "2", "3", "^", ","]));
        const key = E.isRight(r) ? "parsed" : "error";
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (E.isLeft(r)) {
          expect(r.left.kind).toBe("parse");
          if (r.left.kind === "parse") {
            expect(r.left.column).toBeGreaterThanOrEqual(1);
            expect(r.left.column).toBeLessThanOrEqual(Array.from(s).length + 1);
          }
        }
        // the alphabet only adds a check: where the checked parse succeeds, so does the loose one
        const loose = parseRegex(s);
        if (E.isRight(r)) expect(loose).toEqual(r);
      }),
      { numRuns: 300 },
    );
    expect(outcomes.error ?? 0).toBeGreaterThan(0);
  });
  it("parses a good share of metacharacter-heavy strings (the fuzz reaches deep code)", () => {
    const mixed = fc.string({
      unit: fc.oneof(
        { arbitrary: fc.constantFrom("a", "b"), weight: 3 },
        fc.constantFrom(..."()|&!*+?"),
      ),
      maxLength: 12,
    });
    fc.statistics(mixed, (s) => (E.isRight(parseRegex(s)) ? "parsed" : "error"), { numRuns: 300 });
    const parsed = fc
      .sample(mixed, { numRuns: 300, seed: 7 })
      .filter((s) => E.isRight(parseRegex(s))).length;
    expect(parsed).toBeGreaterThan(30);
  });
});
