/**
 * The Splitter's letter against brute force: on random observation trees with random known
 * outputs, `choose` returns the least letter with the greatest adaptive-distinguishing score
 * (module doc of splitter.ts), computed here by plain recursion over every letter at every
 * level, without its buffers, bounds or early exit; −1 when no letter splits the nodes
 * within the lookahead (3 letters, 2 for more than 32 nodes).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ObservationTree } from "../../../../src/identification/query/lsharp/observation-tree.js";
import { Splitter } from "../../../../src/identification/query/lsharp/splitter.js";

/** The score of `nodes` looking `depth` letters ahead, and the least letter that reaches it. */
function bruteBest(
  t: ObservationTree,
  nodes: readonly number[],
  depth: number,
): { score: number; letter: number } {
  let best = { score: 0, letter: -1 };
  for (let a = 0; a < t.k; a++) {
    const zeros: number[] = [];
    const ones: number[] = [];
    for (const x of nodes) {
      const c = t.child[x * t.k + a] as number;
      if (c >= 0 && t.output[c] === 0) zeros.push(c);
      if (c >= 0 && t.output[c] === 1) ones.push(c);
    }
    const u = zeros.length + ones.length;
    if (u === 0) continue;
    const deep = (part: number[]) =>
      depth > 1 && part.length > 1 ? bruteBest(t, part, depth - 1).score : 0;
    const score =
      (zeros.length * (ones.length + deep(zeros)) + ones.length * (zeros.length + deep(ones))) / u;
    if (score > best.score) best = { score, letter: a };
  }
  return best;
}

/** The letter `choose` should return: the lookahead is 3 letters up to 32 nodes, 2 beyond. */
function bruteChoice(t: ObservationTree, nodes: readonly number[]): number {
  return bruteBest(t, nodes, nodes.length > 32 ? 2 : 3).letter;
}

/** A tree over k letters holding the given words, each node's output known or not at random. */
function randomTree(
  k: number,
  words: readonly number[][],
  outputs: readonly number[],
): ObservationTree {
  const t = new ObservationTree(k);
  for (const w of words)
    t.ensure(
      0,
      w.map((a) => a % k),
    );
  for (let x = 0; x < t.size; x++) {
    const o = (outputs[x % outputs.length] as number) % 3;
    t.output[x] = o === 2 ? -1 : o;
  }
  return t;
}

describe("Splitter.choose", () => {
  it("returns the least letter of the greatest score, or −1 when none splits, on random trees", () => {
    let splits = 0;
    let none = 0;
    let large = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(fc.nat(3), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 60,
          size: "max",
        }),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 50 }),
        fc.array(fc.nat(), { minLength: 2, maxLength: 70, size: "max" }),
        (k, words, outputs, picks) => {
          const t = randomTree(k, words, outputs);
          const nodes = [...new Set(picks.map((p) => p % t.size))];
          if (nodes.length > 32) large++;
          const want = bruteChoice(t, nodes);
          const got = new Splitter(k).choose(t.child, t.output, nodes);
          expect(got).toBe(want);
          if (got < 0) none++;
          else splits++;
        },
      ),
      { numRuns: 300 },
    );
    expect(splits).toBeGreaterThan(50);
    expect(none).toBeGreaterThan(5);
    expect(large).toBeGreaterThan(0);
  });

  it("looks three letters ahead up to 32 nodes and two beyond", () => {
    // Every node's a-child and b-child are known and alike (all 0); only below a·a do outputs
    // differ, so a starts a split at depth 3 and nothing splits within two letters.
    for (const m of [32, 33]) {
      const t = new ObservationTree(2);
      const nodes: number[] = [];
      for (let i = 0; i < m; i++) {
        const x = t.ensure(0, [1, ...Array.from({ length: 6 }, (_, j) => (i >> j) & 1)]);
        nodes.push(x);
        for (const w of [[0], [1], [0, 0], [0, 0, 0]]) t.output[t.ensure(x, w)] = 0;
        t.output[t.ensure(x, [0, 0, 0])] = i % 2;
      }
      expect(new Splitter(2).choose(t.child, t.output, nodes)).toBe(m === 32 ? 0 : -1);
    }
  });

  it("keeps its scratch buffers across calls of different sizes", () => {
    const t = new ObservationTree(2);
    const nodes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const x = t.ensure(
        0,
        Array.from({ length: 6 }, (_, j) => (i >> j) & 1),
      );
      nodes.push(x);
    }
    for (const x of nodes) t.output[t.ensure(x, [1])] = (x % 3) % 2;
    const s = new Splitter(2);
    for (const m of [3, 40, 2, 17, 40])
      expect(s.choose(t.child, t.output, nodes.slice(0, m))).toBe(
        bruteChoice(t, nodes.slice(0, m)),
      );
  });
});
