import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { toDot } from "../../../src/automata/interop/dot.js";
import { fromJson, toJson } from "../../../src/automata/interop/json.js";
import { minimize } from "../../../src/automata/minimize.js";
import { randomMinimalTarget } from "../../../src/identification/query/random-target.js";
import { rightOf } from "./reference.js";

describe("randomMinimalTarget", () => {
  it("has exactly n states, is minimal and canonical, and depends only on (n, k, seed)", () => {
    const ks = new Set<number>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(),
        (n, k, seed) => {
          ks.add(k);
          const d = rightOf(randomMinimalTarget(n, k, seed));
          expect(d.states).toBe(n);
          expect(d.alphabet.symbols).toHaveLength(k);
          expect(dfaEquals(minimize(d), d)).toBe(true);
          expect(dfaEquals(rightOf(randomMinimalTarget(n, k, seed)), d)).toBe(true);
        },
      ),
      { numRuns: 60, seed: 42 },
    );
    expect(ks.size).toBe(5);
  });
  it("exports to JSON and DOT, and JSON reads back to the same automaton", () => {
    const d = rightOf(randomMinimalTarget(30, 3, 9));
    const back = rightOf(fromJson(toJson(d)));
    expect(dfaEquals(back, d)).toBe(true);
    expect(back.meta).toMatchObject({ name: "random-minimal-n30-k3-seed9", seed: 9 });
    expect(toDot(d)).toContain("digraph");
  });
  it("rejects a bad size or alphabet, and says when the attempts run out", () => {
    expect(E.isLeft(randomMinimalTarget(0, 2))).toBe(true);
    expect(E.isLeft(randomMinimalTarget(10, 0))).toBe(true);
    expect(E.isLeft(randomMinimalTarget(10, 27))).toBe(true);
    const r = randomMinimalTarget(500, 2, 42, { attempts: 1 });
    expect(E.isLeft(r) && r.left.kind).toBe("budget");
  });
});
