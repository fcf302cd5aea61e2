import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordCache } from "../../../src/identification/query/cache.js";

describe("wordCache", () => {
  it("answers exactly the stored words, first answer winning, across growth", () => {
    const arbWord = fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(arbWord, fc.boolean()), { maxLength: 300 }), (entries) => {
        const cache = wordCache(3);
        const model = new Map<string, boolean>();
        for (const [w, b] of entries) {
          cache.store(w, b);
          if (!model.has(w.join("."))) model.set(w.join("."), b);
        }
        expect(cache.size()).toBe(model.size);
        for (const [w] of entries) expect(cache.lookup(w)).toBe(model.get(w.join(".")) ? 1 : 0);
        for (const [w] of entries)
          if (w.length > 0 && !model.has(w.slice(0, -1).join(".")))
            expect(cache.lookup(w.slice(0, -1))).toBe(-1);
      }),
      { numRuns: 100, seed: 42 },
    );
  });
  it("stores a word's prefixes with their labels as storing each prefix would", () => {
    const arbWord = fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 10 });
    let overlapping = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbWord, fc.array(fc.boolean(), { minLength: 11, maxLength: 11 })), {
          maxLength: 40,
        }),
        (entries) => {
          const traced = wordCache(2);
          const each = wordCache(2);
          for (const [w, labels] of entries) {
            if (traced.lookup(w.slice(0, 1)) >= 0) overlapping++;
            traced.storePrefixes(w, labels);
            for (let i = 0; i <= w.length; i++) each.store(w.slice(0, i), labels[i] as boolean);
          }
          expect(traced.size()).toBe(each.size());
          for (const [w] of entries)
            for (let i = 0; i <= w.length; i++)
              expect(traced.lookup(w.slice(0, i))).toBe(each.lookup(w.slice(0, i)));
        },
      ),
      { numRuns: 100, seed: 42 },
    );
    expect(overlapping).toBeGreaterThan(100);
  });
});
