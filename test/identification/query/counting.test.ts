import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { accepts, makeDfa } from "../../../src/automata/dfa.js";
import type { Word } from "../../../src/automata/word.js";
import { countingTeacher } from "../../../src/identification/query/counting.js";
import { singletonDfa } from "../../../src/identification/query/password.js";
import { blackBoxTeacher, teacher } from "../../../src/identification/query/teacher.js";

const ab = unsafeAlphabet(["a", "b"]);
const rejectAll = makeDfa(ab, 1, 0, new Int32Array(2), new Uint8Array(1));

describe("countingTeacher", () => {
  it("counts distinct words that reach the target, their symbols, and cache hits apart", () => {
    const reached: Word[] = [];
    const c = countingTeacher(
      blackBoxTeacher((w) => {
        reached.push(w);
        return w.length === 2;
      }, ab),
    );
    expect(c.membership([0, 1])).toBe(true);
    expect(c.membership([0, 1])).toBe(true);
    expect(c.membership([0])).toBe(false);
    expect(c.membership([])).toBe(false);
    expect(reached).toEqual([[0, 1], [0], []]);
    expect(c.stats()).toMatchObject({ membershipQueries: 3, symbols: 3, cacheHits: 1 });
  });
  it("counts an oracle's words apart, shares the cache with them, and caches counterexamples", () => {
    const target = singletonDfa(ab, [1, 1, 0]);
    let calls = 0;
    const c = countingTeacher(
      blackBoxTeacher(
        (w) => {
          calls++;
          return accepts(target, w);
        },
        ab,
        { randomWords: false, wMethod: { depth: 3 } },
      ),
    );
    const cex = c.equivalence(rejectAll);
    expect(cex).toEqual(O.some([1, 1, 0]));
    const s = c.stats();
    expect(s.equivalenceQueries).toBe(1);
    expect(s.oracleQueries).toBe(calls);
    expect(s.oracleSymbols).toBeGreaterThan(s.oracleQueries);
    expect(s.membershipQueries).toBe(0);
    expect(s.longestCounterexample).toBe(3);
    expect(c.known([1, 1, 0])).toBe(true);
    expect(c.membership([1, 1, 0])).toBe(true);
    expect(c.stats()).toMatchObject({ membershipQueries: 0, cacheHits: 1 });
    expect(calls).toBe(s.oracleQueries);
  });
  it("stores the label a counterexample implies even from an exact oracle that asks nothing", () => {
    const c = countingTeacher(teacher(singletonDfa(ab, [0])));
    expect(c.equivalence(rejectAll)).toEqual(O.some([0]));
    expect(c.known([0])).toBe(true);
    expect(c.membership([0])).toBe(true);
    expect(c.stats()).toMatchObject({ membershipQueries: 0, cacheHits: 1, oracleQueries: 0 });
  });
  it("says when the teacher answers membership only", () => {
    const c = countingTeacher({ alphabet: ab, membership: () => false, counterexamples: "any" });
    expect(c.equivalence(rejectAll)).toBeUndefined();
    expect(c.stats().equivalenceQueries).toBe(0);
  });
});
