import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { canonicalize, dfaEquals, dfaHash } from "../../src/automata/canonical.js";
import { type Dfa, makeDfa, run, transitionTable, withMeta } from "../../src/automata/dfa.js";
import { reachable } from "../../src/automata/reach.js";
import { renumber } from "./support/renumber.js";

const a1 = unsafeAlphabet(["a"]);
const ab = unsafeAlphabet(["a", "b"]);
const arb = fc
  .constantFrom<Alphabet>(a1, ab, unsafeAlphabet(["a", "b", "c"]))
  .chain((sigma) => arbDfa(sigma, { minStates: 1, maxStates: 8 }));

/** States of d in BFS order from the start (symbols in order). */
function bfsOrder(d: Dfa): number[] {
  const k = d.alphabet.symbols.length;
  const order = [d.start];
  for (let h = 0; h < order.length; h++)
    for (let s = 0; s < k; s++) {
      const t = d.delta[(order[h] as number) * k + s] as number;
      if (!order.includes(t)) order.push(t);
    }
  return order;
}

/** Runs a property and checks that both "trims" and "keeps every state" cases were generated. */
function withCoverage(check: (d: Dfa) => boolean): void {
  const seen = { trims: 0, keeps: 0 };
  fc.assert(
    fc.property(arb, (d) => {
      if (reachable(d).includes(0)) seen.trims++;
      else seen.keeps++;
      return check(d);
    }),
    { numRuns: 200 },
  );
  expect(seen.trims).toBeGreaterThan(10);
  expect(seen.keeps).toBeGreaterThan(10);
}

describe("canonicalize", () => {
  it("numbers states breadth-first and drops unreachable ones", () => {
    // 0 -a-> 2 -a-> 1 -a-> 1, state 3 unreachable
    const d = makeDfa(a1, 4, 0, Int32Array.from([2, 1, 1, 0]), Uint8Array.from([0, 1, 0, 1]));
    const c = canonicalize(d);
    expect(transitionTable(c)).toEqual([[1], [2], [2]]);
    expect([...c.accepting.slice()]).toEqual([0, 0, 1]);
  });

  it("is the BFS renumbering: the i-th BFS state of d becomes state i", () => {
    withCoverage((d) => {
      const c = canonicalize(d);
      const order = bfsOrder(d);
      const k = d.alphabet.symbols.length;
      return (
        c.states === order.length &&
        order.every(
          (q, i) =>
            c.accepting[i] === d.accepting[q] &&
            [...Array(k).keys()].every(
              (s) => order[c.delta[i * k + s] as number] === run(d, [s], q),
            ),
        )
      );
    });
  });

  it("is idempotent", () => {
    withCoverage((d) => dfaEquals(canonicalize(canonicalize(d)), canonicalize(d)));
  });
});

describe("dfaEquals and dfaHash", () => {
  const d = makeDfa(ab, 2, 0, Int32Array.from([1, 0, 1, 1]), Uint8Array.from([0, 1]));

  it("ignore metadata and compare alphabet, start, table and acceptance", () => {
    expect(dfaEquals(d, withMeta(d, { name: "x" }))).toBe(true);
    expect(dfaHash(withMeta(d, { name: "x" }))).toBe(dfaHash(d));
    const flipped = makeDfa(ab, 2, 0, Int32Array.from([1, 0, 1, 1]), Uint8Array.from([1, 0]));
    const moved = makeDfa(ab, 2, 1, Int32Array.from([1, 0, 1, 1]), Uint8Array.from([0, 1]));
    const other = makeDfa(ab, 2, 0, Int32Array.from([1, 0, 1, 0]), Uint8Array.from([0, 1]));
    const renamed = makeDfa(
      unsafeAlphabet(["b", "a"]),
      2,
      0,
      d.delta.slice(),
      Uint8Array.from([0, 1]),
    );
    for (const e of [flipped, moved, other, renamed]) {
      expect(dfaEquals(d, e)).toBe(false);
      expect(dfaHash(d)).not.toBe(dfaHash(e));
    }
  });

  it("agree on renumbered copies, and equal DFAs hash equally", () => {
    const pair = arb.chain((x) =>
      fc.oneof(
        fc
          .shuffledSubarray([...Array(x.states).keys()], {
            minLength: x.states,
            maxLength: x.states,
          })
          .map((perm) => ({ x, y: renumber(x, perm), iso: true })),
        arb.map((y) => ({ x, y, iso: false })),
      ),
    );
    const seen = { iso: 0, other: 0, otherEqual: 0 };
    fc.assert(
      fc.property(pair, ({ x, y, iso }) => {
        const cx = canonicalize(x);
        const cy = canonicalize(y);
        const eq = dfaEquals(cx, cy);
        if (iso) seen.iso++;
        else if (eq) seen.otherEqual++;
        else seen.other++;
        return (!iso || eq) && (!eq || dfaHash(cx) === dfaHash(cy));
      }),
      { numRuns: 300 },
    );
    expect(seen.iso).toBeGreaterThan(50);
    expect(seen.other).toBeGreaterThan(50);
  });
});
