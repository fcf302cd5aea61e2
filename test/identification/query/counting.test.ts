import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
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
  it("with a teacher that runs its target: one query per run, prefixes cached, extensions continue the run", () => {
    const target = singletonDfa(ab, [0, 1, 1]);
    const c = countingTeacher(teacher(target, { answers: "runs" }));
    expect(c.membership([0, 1])).toBe(false);
    expect(c.stats()).toMatchObject({ membershipQueries: 1, symbols: 2, cacheHits: 0 });
    expect(c.known([])).toBe(true);
    expect(c.known([0])).toBe(true);
    expect(c.membership([0])).toBe(false);
    expect(c.stats()).toMatchObject({ membershipQueries: 1, cacheHits: 1 });
    // [0, 1] was the last run, and a cache hit did not reset it: [0, 1, 1] continues it.
    expect(c.known([0, 1, 1])).toBe(false);
    expect(c.free([0, 1, 1])).toBe(true);
    expect(c.free([1])).toBe(false);
    expect(c.membership([0, 1, 1])).toBe(true);
    expect(c.stats()).toMatchObject({ membershipQueries: 1, symbols: 3 });
    // [1] does not extend [0, 1, 1]: a new run.
    expect(c.membership([1])).toBe(false);
    expect(c.stats()).toMatchObject({ membershipQueries: 2, symbols: 4 });
    // An equivalence query resets the system: [1, 0] starts a run of its own.
    expect(c.equivalence(rejectAll)).toEqual(O.some([0, 1, 1]));
    expect(c.membership([1, 0])).toBe(false);
    expect(c.stats()).toMatchObject({ membershipQueries: 3, symbols: 6, equivalenceQueries: 1 });
  });
  it("runs and single words answer alike; runs never reach the target more often", () => {
    let shorter = 0;
    fc.assert(
      fc.property(
        arbDfa(ab, { maxStates: 4 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 6 }), { maxLength: 30 }),
        (target, words) => {
          const runs = countingTeacher(teacher(target, { answers: "runs" }));
          const single = countingTeacher(teacher(target));
          for (const w of words) {
            expect(runs.membership(w)).toBe(accepts(target, w));
            expect(single.membership(w)).toBe(accepts(target, w));
          }
          const r = runs.stats();
          const s = single.stats();
          // A continued run counts as neither a new query nor a cache hit.
          expect(r.membershipQueries + r.cacheHits).toBeLessThanOrEqual(
            s.membershipQueries + s.cacheHits,
          );
          expect(r.membershipQueries).toBeLessThanOrEqual(s.membershipQueries);
          if (r.membershipQueries < s.membershipQueries) shorter++;
        },
      ),
      { numRuns: 100 },
    );
    expect(shorter).toBeGreaterThan(50);
  });
});
