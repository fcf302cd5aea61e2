import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breakpointSearches,
  counterexampleProcessors,
  resolveProcessor,
  rivestSchapire,
} from "../../../src/identification/query/counterexample.js";
import type { Answer, LearnerStep } from "../../../src/identification/query/learner.js";
import { ask } from "../../../src/identification/query/learner.js";

/** Runs a search over a table of α values; returns the index and the positions it asked. */
function runSearch(
  find: (typeof rivestSchapire)["find"],
  alpha: readonly boolean[],
): { index: number; asked: number[] } {
  const asked: number[] = [];
  const m = alpha.length - 1;
  const gen: LearnerStep<number> = find(m, alpha[0] as boolean, (i) => ask([i]));
  let r = gen.next();
  while (!r.done) {
    const q = r.value;
    if (q.kind !== "membership") throw new Error("a search asks membership only");
    const i = q.word[0] as number;
    asked.push(i);
    r = gen.next(alpha[i] as Answer);
  }
  return { index: r.value, asked };
}

const arbAlpha = fc
  .integer({ min: 0, max: 40 })
  .chain((len) => fc.array(fc.boolean(), { minLength: len, maxLength: len }))
  .map((inner) => [true, ...inner, false]);

describe("every breakpoint search", () => {
  for (const search of breakpointSearches)
    it(`${search.name} returns i with α(i) ≠ α(i+1), asking only 0 < i < m`, () => {
      let long = 0;
      fc.assert(
        fc.property(arbAlpha, (alpha) => {
          if (alpha.length > 20) long++;
          const { index, asked } = runSearch(search.find, alpha);
          expect(alpha[index]).not.toBe(alpha[index + 1]);
          for (const i of asked) expect(i > 0 && i < alpha.length - 1).toBe(true);
        }),
        { numRuns: 300, seed: 42 },
      );
      expect(long).toBeGreaterThan(100);
    });
  it("Rivest–Schapire asks at most ⌈log₂ m⌉ queries", () => {
    fc.assert(
      fc.property(arbAlpha, (alpha) => {
        const m = alpha.length - 1;
        expect(runSearch(rivestSchapire.find, alpha).asked.length).toBeLessThanOrEqual(
          Math.ceil(Math.log2(m)),
        );
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe("the catalogue", () => {
  it("resolves names and defaults to Rivest–Schapire", () => {
    expect(resolveProcessor(undefined)).toBe(rivestSchapire);
    expect(resolveProcessor("angluin").kind).toBe("prefixes");
    for (const [name, p] of Object.entries(counterexampleProcessors)) expect(p.name).toBe(name);
  });
});
