import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { complement } from "../../src/automata/complement.js";
import { accepts, transitionTable } from "../../src/automata/dfa.js";
import { allWords, Tally } from "./brute-force.js";

const abc = unsafeAlphabet(["a", "b", "c"]);

describe("complement", () => {
  it("accepts exactly the words the DFA rejects (all words up to length 7 over {a, b, c})", () => {
    const words = allWords(3, 7);
    const tally = new Tally();
    fc.assert(
      fc.property(arbDfa(abc, { maxStates: 6 }), (d) => {
        const c = complement(d);
        let accepted = 0;
        for (const w of words) {
          if (accepts(d, w)) accepted++;
          if (accepts(c, w) === accepts(d, w)) return false;
        }
        tally.add(accepted === 0 || accepted === words.length ? "empty or full" : "mixed");
        return true;
      }),
      { numRuns: 60 },
    );
    expect(tally.count("mixed")).toBeGreaterThan(20);
  });

  it("keeps the states and transitions, and is an involution on the arrays", () => {
    fc.assert(
      fc.property(arbDfa(abc, { maxStates: 6 }), (d) => {
        const c = complement(d);
        const cc = complement(c);
        return (
          c.states === d.states &&
          c.start === d.start &&
          JSON.stringify(transitionTable(c)) === JSON.stringify(transitionTable(d)) &&
          cc.accepting.slice().every((x, q) => x === d.accepting[q])
        );
      }),
      { numRuns: 100 },
    );
  });
});
