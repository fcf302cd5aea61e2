import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datumAt, prefixOf } from "../../../src/cli/explorer/prefix.js";
import { presentation, take } from "../../../src/identification/presentation/presentation.js";
import { AB } from "./helpers.js";

const naturals = presentation(AB, "text", "0, 1, 2, …", false, function* () {
  for (let i = 0; ; i++) yield i;
});

describe("prefix of a presentation", () => {
  it("the datum at i is the i-th datum of the presentation, whatever the order of reads", () => {
    const grew = { count: 0 };
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 30 }), (reads) => {
        let p = prefixOf(naturals);
        for (const i of reads) {
          const before = p.data.length;
          const [d, next] = datumAt(p, i);
          expect(d).toBe(i);
          expect(next.data.length).toBeGreaterThan(i);
          if (next.data.length > before) grew.count++;
          p = next;
        }
      }),
      { numRuns: 100 },
    );
    // measured over repeated runs: 136..150 reads grew the prefix
    expect(grew.count).toBeGreaterThan(100);
  });

  it("grows by doubling, so n sequential reads re-read O(n) data in all", () => {
    let p = prefixOf(naturals);
    const lengths = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      p = datumAt(p, i)[1];
      lengths.add(p.data.length);
    }
    expect([...lengths]).toEqual([64, 130, 262, 526, 1054]);
  });

  it("a finite source ends: past its end the datum is undefined and the prefix says so", () => {
    const three = presentation(AB, "text", "three", true, () =>
      take(naturals, 3)[Symbol.iterator](),
    );
    const [d, p] = datumAt(prefixOf(three), 5);
    expect(d).toBeUndefined();
    expect(p.ended).toBe(true);
    expect(p.data).toEqual([0, 1, 2]);
    expect(datumAt(p, 1)[0]).toBe(1);
  });
});
