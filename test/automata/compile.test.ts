import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import {
  CHAT_REGEX,
  CHAT_RTRIVIAL_REGEX,
  chatAlphabet,
} from "../../src/attribution/models/chat.js";
import { type Alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbRegex, regexShape } from "../../src/automata/arbitrary/regex.js";
import { dfaEquals } from "../../src/automata/canonical.js";
import { compile } from "../../src/automata/compile.js";
import { accepts, type Dfa, stateCount } from "../../src/automata/dfa.js";
import { equivalent } from "../../src/automata/equivalence.js";
import { minimize } from "../../src/automata/minimize.js";
import {
  type Regex,
  reComplement,
  reIntersection,
  reSymbol,
  reUnion,
} from "../../src/automata/regex/ast.js";
import { parseRegex } from "../../src/automata/regex/parse.js";
import { parseWord } from "../../src/automata/word.js";
import { allWords, matches } from "./regex/matcher.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);
const chat = chatAlphabet();
const CHAT = CHAT_REGEX;
const CHAT_R_TRIVIAL = CHAT_RTRIVIAL_REGEX;

function ok(source: string | Regex, sigma?: Alphabet, states?: number): Dfa {
  const d = compile(source, sigma, states === undefined ? undefined : { states });
  if (E.isLeft(d)) throw new Error(`${JSON.stringify(source)}: ${d.left.message}`);
  return d.right;
}

function tree(source: string): Regex {
  const r = parseRegex(source);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

const wordsAbc = allWords(3, 6);
const wordsAb = allWords(2, 6);

/** compile(r) accepts exactly the words the brute-force matcher accepts (up to length 6). */
function agreesWithMatcher(r: Regex, sigma: Alphabet, words: readonly number[][]): void {
  const d = ok(r, sigma);
  for (const w of words) {
    const names = w.map((s) => sigma.symbols[s] as string);
    expect(accepts(d, w), names.join("")).toBe(matches(r, sigma.symbols, names));
  }
}

describe("compile: every construct against the brute-force matcher", () => {
  it.each([
    "a",
    "()",
    "∅",
    "[]",
    ".",
    "[ab]",
    "[^a]",
    "[^]",
    "ab",
    "a|bc",
    "(ab)*",
    "a+",
    "(ab)?c",
    "a{2}",
    "a{0}",
    "(a|b){2,}",
    "(a|bc){1,3}",
    "a**",
    "a+?",
    "a&b",
    "(a|b)*&.*b.*&.*a.*",
    "!a",
    "!()",
    "!∅",
    "!(a*)b",
    "(!a)*",
    "(a&!b)+",
    "(!(a*))?c",
    "(!a){2,3}",
    "(.*c.*&!(.*a.*)){1,}",
    "!(a|b)c!c",
    "[^c]*&!(.*ab.*)",
  ])("%s", (source) => {
    agreesWithMatcher(tree(source), abc, wordsAbc);
  });

  it("agrees with the matcher on generated regexes with & and !", () => {
    const gen = arbRegex(["a", "b"], { maxDepth: 3, maxRepeat: 2 });
    fc.assert(
      fc.property(gen, (r) => {
        agreesWithMatcher(r, ab, wordsAb);
      }),
      { numRuns: 80 },
    );
    fc.statistics(gen, (r) => `depth ${regexShape(r).depth}`, { numRuns: 200 });
    fc.statistics(gen, (r) => regexShape(r).operators.map((o) => `uses ${o}`), { numRuns: 200 });
  });
});

describe("compile: minimal and canonical", () => {
  it("knows the sizes of (ab)*, a*b* and the chat languages", () => {
    expect(stateCount(ok("(ab)*"))).toBe(3);
    expect(stateCount(ok("a*b*"))).toBe(3);
    expect(stateCount(ok("∅", ab))).toBe(1);
    expect(stateCount(ok(".*", ab))).toBe(1);
    const base = ok(CHAT, chat);
    expect(stateCount(base)).toBe(14);
    expect(stateCount(ok(CHAT_R_TRIVIAL, chat))).toBe(17);
    const first = parseWord(chat, "user hi bot hi user thanks bot bye");
    expect(E.isRight(first) && accepts(base, first.right)).toBe(true);
  });

  it("returns a minimal DFA, identical for equal languages", () => {
    expect(dfaEquals(ok("(a|b)*", ab), ok("(a*b*)*", ab))).toBe(true);
    expect(dfaEquals(ok("!(!a|!b)", ab), ok("a&b", ab))).toBe(true);
    expect(dfaEquals(ok("!(a*)&b*", ab), ok("b+", ab))).toBe(true);
    const gen = arbRegex(["a", "b"], { maxDepth: 3, maxRepeat: 2 });
    fc.assert(
      fc.property(gen, (r) => {
        const d = ok(r, ab);
        expect(stateCount(minimize(d))).toBe(stateCount(d));
        expect(dfaEquals(minimize(d), d)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("satisfies De Morgan up to identical DFAs", () => {
    const gen = fc.tuple(
      arbRegex(["a", "b"], { maxDepth: 2 }),
      arbRegex(["a", "b"], { maxDepth: 2 }),
    );
    const sizes: number[] = [];
    fc.assert(
      fc.property(gen, ([x, y]) => {
        const left = ok(reComplement(reUnion(x, y)), ab);
        const right = ok(reIntersection(reComplement(x), reComplement(y)), ab);
        expect(equivalent(left, right)).toEqual(O.none);
        expect(dfaEquals(left, right)).toBe(true);
        sizes.push(stateCount(left));
      }),
      { numRuns: 60 },
    );
    expect(Math.max(...sizes)).toBeGreaterThan(3);
  });
});

describe("compile: alphabets", () => {
  it("reads ., [^…] and ! over the regex's literals when no alphabet is given", () => {
    const aDot = ok("a.");
    expect(aDot.alphabet.symbols).toEqual(["a"]);
    expect(accepts(aDot, [0, 0])).toBe(true);
    const notA = ok("[^a]b");
    expect(notA.alphabet.symbols).toEqual(["a", "b"]);
    expect(accepts(notA, [1, 1])).toBe(true);
    expect(accepts(notA, [0, 1])).toBe(false);
    expect(ok("<hi> <bye>").alphabet.tokens).toBe(true);
  });

  it("compiles a tree as well as its source", () => {
    expect(dfaEquals(ok(tree("(ab|c)*"), abc), ok("(ab|c)*", abc))).toBe(true);
    expect(dfaEquals(ok(reSymbol("b"), ab), ok("b", ab))).toBe(true);
  });
});

describe("compile: errors", () => {
  it("never throws on fuzzed source: a DFA or an error value", () => {
    const source = fc.string({
      unit: fc.oneof(
        { arbitrary: fc.constantFrom("a", "b"), weight: 3 },
        fc.constantFrom(..."()[]{}|&!*+?.^,0123"),
      ),
      maxLength: 16,
    });
    const kinds: Record<string, number> = {};
    fc.assert(
      fc.property(source, (s) => {
        const d = compile(s, ab, { states: 2000 });
        const key = E.isRight(d) ? "compiled" : d.left.kind;
        kinds[key] = (kinds[key] ?? 0) + 1;
        if (E.isRight(d)) expect(dfaEquals(minimize(d.right), d.right)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(kinds.compiled ?? 0).toBeGreaterThan(20);
    expect(kinds.parse ?? 0).toBeGreaterThan(20);
  });
  it("passes positioned parse errors through", () => {
    const e = compile("ab(x", ab);
    expect(E.isLeft(e) && e.left.kind === "parse" && e.left.column).toBe(4);
    const missing = compile("abx", ab);
    expect(E.isLeft(missing) && missing.left.kind === "parse" && missing.left.column).toBe(3);
  });
  it("rejects a tree with a literal outside the alphabet, and a regex without literals", () => {
    const e = compile(tree("a|z"), ab);
    expect(E.isLeft(e) && e.left.kind).toBe("invalid-input");
    expect(E.isLeft(e) && e.left.message).toContain('"z"');
    const none = compile(".*");
    expect(E.isLeft(none) && none.left.message).toContain("give an alphabet");
  });
  it("returns a budget error instead of blowing up", () => {
    const subset = compile("(a|b)*a(a|b){20}", ab, { states: 1000 });
    expect(E.isLeft(subset) && subset.left.kind).toBe("budget");
    const repeat = compile("(!a){1000000}", ab, { states: 10_000 });
    expect(E.isLeft(repeat) && repeat.left.kind === "budget" && repeat.left.limit).toBe(10_000);
    const expand = compile("((a{1000}){1000}){1000}", ab);
    expect(E.isLeft(expand) && expand.left.kind).toBe("budget");
    expect(stateCount(ok("(a|b)*a(a|b){4}", ab, 1000))).toBe(32);
  });
});
