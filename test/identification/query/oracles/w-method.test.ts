import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../../src/automata/alphabet.js";
import { arbDfa } from "../../../../src/automata/arbitrary/dfa.js";
import { accepts, makeDfa, run } from "../../../../src/automata/dfa.js";
import { equivalent } from "../../../../src/automata/equivalence.js";
import { minimize } from "../../../../src/automata/minimize.js";
import type { Word } from "../../../../src/automata/word.js";
import {
  characterizingSet,
  stateCover,
  wMethodOracle,
} from "../../../../src/identification/query/oracles/w-method.js";

const ab = unsafeAlphabet(["a", "b"]);
const arbMinimal = arbDfa(ab, { maxStates: 6 }).map(minimize);

describe("stateCover", () => {
  it("gives one shortest access word per reachable state, ε first", () => {
    fc.assert(
      fc.property(arbMinimal, (d) => {
        const cover = stateCover(d);
        expect(cover[0]).toEqual([]);
        expect(new Set(cover.map((w) => run(d, w))).size).toBe(d.states);
        for (let i = 1; i < cover.length; i++)
          expect((cover[i] as number[]).length).toBeGreaterThanOrEqual(
            (cover[i - 1] as number[]).length,
          );
      }),
      { numRuns: 100, seed: 42 },
    );
  });
});

describe("characterizingSet", () => {
  it("tells every two states of a minimal DFA apart, with at most n − 1 words beyond ε", () => {
    let pairs = 0;
    fc.assert(
      fc.property(arbMinimal, (d) => {
        const w = characterizingSet(d);
        expect(w[0]).toEqual([]);
        expect(w.length).toBeLessThanOrEqual(Math.max(1, d.states));
        for (let p = 0; p < d.states; p++)
          for (let q = p + 1; q < d.states; q++) {
            pairs++;
            expect(w.some((x) => d.accepting[run(d, x, p)] !== d.accepting[run(d, x, q)])).toBe(
              true,
            );
          }
      }),
      { numRuns: 100, seed: 42 },
    );
    expect(pairs).toBeGreaterThan(100);
  });
});

describe("wMethodOracle", () => {
  it("finds a real counterexample whenever the target has at most |H| + depth states", () => {
    let found = 0;
    fc.assert(
      fc.property(arbMinimal, arbMinimal, (target, h) => {
        const depth = Math.max(0, target.states - h.states);
        const c = wMethodOracle({ depth })(h, (w) => accepts(target, w));
        if (O.isSome(equivalent(h, target))) {
          expect(O.isSome(c)).toBe(true);
          found++;
        } else expect(c).toEqual(O.none);
        if (O.isSome(c)) expect(accepts(h, c.value)).not.toBe(accepts(target, c.value));
      }),
      { numRuns: 150, seed: 42 },
    );
    expect(found).toBeGreaterThan(75);
  });
  it("stops after maxTests tests and then answers none", () => {
    const reject = makeDfa(ab, 1, 0, new Int32Array(2), new Uint8Array(1));
    const longWords = (w: Word): boolean => w.length >= 5;
    expect(O.isSome(wMethodOracle({ depth: 5 })(reject, longWords))).toBe(true);
    let asked = 0;
    const capped = wMethodOracle({ depth: 5, maxTests: 10 })(reject, (w) => {
      asked++;
      return longWords(w);
    });
    expect(capped).toEqual(O.none);
    expect(asked).toBe(10);
  });
});
