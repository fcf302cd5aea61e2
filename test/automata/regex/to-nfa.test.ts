import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbRegex, regexShape } from "../../../src/automata/arbitrary/regex.js";
import type { Nfa } from "../../../src/automata/nfa.js";
import type { Regex } from "../../../src/automata/regex/ast.js";
import { parseRegex } from "../../../src/automata/regex/parse.js";
import { regexToNfa, regexToNfaWithin } from "../../../src/automata/regex/to-nfa.js";
import { allWords, matches } from "./matcher.js";

const abc = unsafeAlphabet(["a", "b", "c"]);

function re(source: string): Regex {
  const r = parseRegex(source);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

/** Direct ε-NFA simulation (sets of states), independent of determinize. */
function nfaAccepts(n: Nfa, w: readonly number[]): boolean {
  const k = n.alphabet.symbols.length;
  const close = (set: Set<number>): Set<number> => {
    const stack = [...set];
    while (stack.length > 0) {
      const q = stack.pop() as number;
      for (let i = n.epsOffsets[q] as number; i < (n.epsOffsets[q + 1] as number); i++) {
        const t = n.epsTargets[i] as number;
        if (!set.has(t)) {
          set.add(t);
          stack.push(t);
        }
      }
    }
    return set;
  };
  let cur = close(
    new Set(Array.from({ length: n.initial.length }, (_, i) => n.initial[i] as number)),
  );
  for (const s of w) {
    const nxt = new Set<number>();
    for (const q of cur)
      for (let i = n.offsets[q * k + s] as number; i < (n.offsets[q * k + s + 1] as number); i++)
        nxt.add(n.targets[i] as number);
    cur = close(nxt);
  }
  return [...cur].some((q) => n.accepting[q] === 1);
}

/** Nodes of the tree with `{m,n}` expanded by copying (the size Thompson is linear in). */
function expandedNodes(r: Regex): number {
  switch (r.kind) {
    case "concat":
    case "union":
    case "intersection":
      return 1 + r.items.reduce((s, x) => s + expandedNodes(x), 0);
    case "repeat":
      // each copy, plus the ?/* wrapped around the optional ones
      return 1 + Math.max(r.max ?? r.min + 1, 1) * (expandedNodes(r.inner) + 1);
    case "complement":
    case "star":
    case "plus":
    case "optional":
      return 1 + expandedNodes(r.inner);
    default:
      return 1;
  }
}

const words = allWords(3, 6);

function agrees(r: Regex): void {
  const n = regexToNfa(r, abc);
  for (const w of words)
    expect(nfaAccepts(n, w), `${JSON.stringify(w)}`).toBe(
      matches(
        r,
        abc.symbols,
        w.map((s) => abc.symbols[s] as string),
      ),
    );
}

describe("regexToNfa (Thompson)", () => {
  it.each([
    "a",
    "()",
    "∅",
    ".",
    "[ab]",
    "[^a]",
    "[^]",
    "ab|c",
    "(ab)*",
    "a+b?",
    "a{2}",
    "a{0}",
    "(a|b){1,3}c",
    "a{2,}",
    "(a*b){0,2}",
    "(()|a)*",
  ])("%s accepts exactly the words the matcher accepts (up to length 6)", (source) => {
    agrees(re(source));
  });
  it("agrees with the brute-force matcher on generated regexes", () => {
    fc.assert(
      fc.property(arbRegex(["a", "b", "c"], { booleanOps: false, maxDepth: 3 }), (r) => {
        agrees(r);
      }),
      { numRuns: 60 },
    );
    fc.statistics(
      arbRegex(["a", "b", "c"], { booleanOps: false, maxDepth: 3 }),
      (r) => `depth ${regexShape(r).depth}`,
      { numRuns: 200 },
    );
  });
  it("is linear: one initial and one accepting state, at most 2 states per expanded node", () => {
    const sizes: number[] = [];
    fc.assert(
      fc.property(arbRegex(["a", "b", "c"], { booleanOps: false }), (r) => {
        const n = regexToNfa(r, abc);
        expect(n.initial.length).toBe(1);
        expect(
          Array.from({ length: n.states }, (_, q) => n.accepting[q]).filter((x) => x === 1),
        ).toHaveLength(1);
        expect(n.states).toBeLessThanOrEqual(2 * expandedNodes(r));
        sizes.push(n.states);
      }),
      { numRuns: 200 },
    );
    expect(Math.max(...sizes)).toBeGreaterThan(20);
    expect(regexToNfa(re("a{100}"), abc).states).toBe(200);
  });
  it("reports a budget error instead of expanding without bound", () => {
    const out = regexToNfaWithin(re("(a{1000}){1000}{1000}"), abc, { states: 10_000 });
    expect(E.isLeft(out) && out.left.kind).toBe("budget");
    expect(E.isLeft(out) && out.left.message).toContain("10000 states");
  });
  it("rejects & and ! and unknown literals", () => {
    expect(E.isLeft(regexToNfaWithin(re("a&b"), abc))).toBe(true);
    expect(E.isLeft(regexToNfaWithin(re("!a"), abc))).toBe(true);
    const unknown = regexToNfaWithin(re("ax"), abc);
    expect(E.isLeft(unknown) && unknown.left.message).toContain('"x" is not in the alphabet');
    expect(() => regexToNfa(re("!a"), abc)).toThrow(/without '&' and '!'/);
  });
});
