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
});
