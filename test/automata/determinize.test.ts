import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { determinize } from "../../src/automata/determinize.js";
import { accepts, type Dfa } from "../../src/automata/dfa.js";
import { type NfaEdge, nfaFromEdges } from "../../src/automata/nfa.js";
import { reachable } from "../../src/automata/reach.js";
import { allWords, arbNfa, kthFromEnd, nfaAccepts, Tally } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

function right<A>(e: E.Either<unknown, A>): A {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
}

/** True when the states are numbered in BFS order from the start (symbols in order). */
function inBfsOrder(d: Dfa): boolean {
  const k = d.alphabet.symbols.length;
  let next = 1;
  if (d.start !== 0) return false;
  for (let q = 0; q < d.states; q++)
    for (let s = 0; s < k; s++) {
      const t = d.delta[q * k + s] as number;
      if (t > next) return false;
      if (t === next) next++;
    }
  return next === d.states;
}

describe("determinize", () => {
  it("agrees with direct NFA simulation on every word up to length 8 over {a, b}", () => {
    const words = allWords(2, 8);
    const tally = new Tally();
    fc.assert(
      fc.property(arbNfa(ab, 6), (n) => {
        const d = right(determinize(n));
        tally.add(d.states === 1 ? "one state" : d.states <= 4 ? "2-4 states" : "5+ states");
        for (const w of words) expect(accepts(d, w)).toBe(nfaAccepts(n, w));
        return inBfsOrder(d);
      }),
      { numRuns: 100 },
    );
    expect(tally.count("2-4 states")).toBeGreaterThan(10);
    expect(tally.count("5+ states")).toBeGreaterThan(5);
  });

  it("agrees with direct NFA simulation up to length 6 over {a, b, c}", () => {
    const words = allWords(3, 6);
    const tally = new Tally();
    fc.assert(
      fc.property(arbNfa(abc, 5), (n) => {
        const d = right(determinize(n));
        tally.add(d.states === 1 ? "one state" : "several states");
        for (const w of words) expect(accepts(d, w)).toBe(nfaAccepts(n, w));
        return inBfsOrder(d) && reachable(d).every((f) => f === 1);
      }),
      { numRuns: 60 },
    );
    expect(tally.count("several states")).toBeGreaterThan(20);
  });

  it("builds all 2^(k+1) subsets of (a|b)*a(a|b){k} and recognises the language", () => {
    for (const k of [0, 3, 6]) {
      const n = kthFromEnd(ab, k);
      const d = right(determinize(n));
      expect(d.states).toBe(2 ** (k + 1));
      for (const w of allWords(2, k + 3)) expect(accepts(d, w)).toBe(nfaAccepts(n, w));
    }
    // large enough to grow every internal table several times
    const big = right(determinize(kthFromEnd(ab, 13)));
    expect(big.states).toBe(2 ** 14);
    expect(inBfsOrder(big)).toBe(true);
    const bs = Array.from({ length: 13 }, () => 1);
    expect(accepts(big, [1, 0, ...bs])).toBe(true);
    expect(accepts(big, [0, 1, ...bs])).toBe(false);
  });

  it("returns a budget error for (a|b)*a(a|b){12} with a budget of 100 states", () => {
    const r = determinize(kthFromEnd(ab, 12), { states: 100 });
    expect(E.isLeft(r)).toBe(true);
    if (E.isLeft(r)) {
      expect(r.left.kind).toBe("budget");
      expect(r.left).toMatchObject({ budget: "states", limit: 100, reached: 101 });
      expect(r.left.message).toContain("subset construction");
    }
    expect(E.isRight(determinize(kthFromEnd(ab, 5), { states: 64 }))).toBe(true);
  });

  it("adds the empty subset as a rejecting sink only when it is reachable", () => {
    // a* has no missing moves on a, but b leads nowhere
    const aStar = right(nfaFromEdges(ab, 1, [0], [0], [{ from: 0, symbol: 0, to: 0 }]));
    const d = right(determinize(aStar));
    expect(d.states).toBe(2);
    expect(accepts(d, [0, 0])).toBe(true);
    expect(accepts(d, [0, 1])).toBe(false);
    const none = right(nfaFromEdges(ab, 0, [], [], []));
    expect(right(determinize(none)).states).toBe(1);
  });

  it("follows ε-chains and ε-cycles", () => {
    // 0 -ε-> 1 -ε-> 2 -ε-> 0, 2 -a-> 3 (accepting), 3 -ε-> 0
    const n = right(
      nfaFromEdges(
        ab,
        4,
        [0],
        [3],
        [
          { from: 0, symbol: null, to: 1 },
          { from: 1, symbol: null, to: 2 },
          { from: 2, symbol: null, to: 0 },
          { from: 2, symbol: 0, to: 3 },
          { from: 3, symbol: null, to: 0 },
        ],
      ),
    );
    const d = right(determinize(n));
    for (const w of allWords(2, 6)) expect(accepts(d, w)).toBe(nfaAccepts(n, w));
  });
});

/** An ε-NFA of W (or W* when `loop`): one chain per word, entered by ε from state 0. */
function chainsNfa(words: readonly (readonly number[])[], loop: boolean) {
  const edges: NfaEdge[] = [];
  const accepting: number[] = loop ? [0] : [];
  let next = 1;
  for (const w of words) {
    edges.push({ from: 0, symbol: null, to: next });
    for (const s of w) {
      edges.push({ from: next, symbol: s, to: next + 1 });
      next++;
    }
    if (loop) edges.push({ from: next, symbol: null, to: 0 });
    else accepting.push(next);
    next++;
  }
  return right(nfaFromEdges(ab, next, [0], accepting, edges));
}

describe("determinize on large NFAs (multi-word bitsets and sorted lists)", () => {
  const arbWords = (min: number, max: number) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 2, maxLength: 7 }), {
      minLength: min,
      maxLength: max,
    });
  it.each([
    ["bitsets of several words (33..256 important states)", 8, 30],
    ["sorted lists (more than 256 important states)", 60, 80],
  ] as const)("agrees with direct simulation with %s", (_name, min, max) => {
    const words = allWords(2, 8);
    const tally = new Tally();
    fc.assert(
      fc.property(arbWords(min, max), fc.boolean(), (ws, loop) => {
        const n = chainsNfa(ws, loop);
        const important = ws.reduce((sum, w) => sum + w.length, 0) + (loop ? 1 : ws.length);
        tally.add(important > 256 ? "lists" : important > 32 ? "multi-word" : "one word");
        const d = right(determinize(n));
        for (const w of words) expect(accepts(d, w)).toBe(nfaAccepts(n, w));
        return inBfsOrder(d);
      }),
      { numRuns: 20 },
    );
    expect(tally.count(min > 30 ? "lists" : "multi-word")).toBeGreaterThan(10);
  });
});
