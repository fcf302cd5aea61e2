/**
 * The observation tree against a plain model: random words put into a tree (past its first
 * growth at 1024 nodes) keep child, parent, letter, depth, `word` and `find` consistent with
 * a map from words to nodes; `witness` is the shortlex-least shortest suffix on which two
 * nodes have known, different outputs, found by enumerating suffixes, and `apart` says
 * whether one exists, also when its search stack must grow.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ObservationTree } from "../../../../src/identification/query/lsharp/observation-tree.js";

/** Every word over k letters up to length `max`, shortest first, then letter by letter. */
function* shortlex(k: number, max: number): Generator<number[]> {
  let level: number[][] = [[]];
  for (let n = 0; n <= max; n++) {
    yield* level;
    level = level.flatMap((w) => Array.from({ length: k }, (_, a) => [...w, a]));
  }
}

/** The first suffix in shortlex order on which p and q have known, different outputs. */
function bruteWitness(t: ObservationTree, p: number, q: number, max: number): number[] | undefined {
  for (const s of shortlex(t.k, max)) {
    const x = t.find(p, s);
    const y = t.find(q, s);
    if (x < 0 || y < 0) continue;
    const ox = t.output[x] as number;
    const oy = t.output[y] as number;
    if (ox >= 0 && oy >= 0 && ox !== oy) return s;
  }
  return undefined;
}

describe("ObservationTree", () => {
  it("keeps its arrays consistent with a map from words to nodes, across growth", () => {
    const t = new ObservationTree(3);
    const model = new Map<string, number>([["", 0]]);
    let seed = 7;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    for (let i = 0; i < 600; i++) {
      const w = Array.from({ length: 1 + (next() % 16) }, () => next() % 3);
      const x = t.ensure(0, w);
      for (let j = 1; j <= w.length; j++) {
        const key = w.slice(0, j).join("");
        const node = model.get(key) ?? model.size;
        model.set(key, node);
      }
      expect(x).toBe(model.get(w.join("")));
    }
    expect(t.size).toBe(model.size);
    expect(t.size).toBeGreaterThan(2048);
    for (const [key, x] of model) {
      const w = [...key].map(Number);
      expect(t.word(x)).toEqual(w);
      expect(t.depth[x]).toBe(w.length);
      expect(t.find(0, w)).toBe(x);
      expect(t.output[x]).toBe(-1);
      if (x > 0) {
        expect(t.via[x]).toBe(w[w.length - 1]);
        expect(t.parent[x]).toBe(model.get(key.slice(0, -1)));
      }
      for (let a = 0; a < 3; a++) expect(t.child[x * 3 + a]).toBe(model.get(key + a) ?? -1);
    }
    expect(t.find(0, [0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(-1);
    expect(t.find(t.size - 1, [2, 2, 2, 2, 2, 2, 2, 2])).toBe(-1);
    expect(t.extend(0, 1)).toBe(model.get("1"));
    expect(t.size).toBe(model.size);
  });

  it("finds the shortlex-least shortest witness, and none exactly when not apart", () => {
    let apart = 0;
    let notApart = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.array(fc.nat(2), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.array(fc.nat(2), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (k, words, outputs, i, j) => {
          const t = new ObservationTree(k);
          for (const w of words)
            t.ensure(
              0,
              w.map((a) => a % k),
            );
          for (let x = 0; x < t.size; x++)
            t.output[x] = (outputs[x % outputs.length] as number) - 1;
          const p = i % t.size;
          const q = j % t.size;
          const want = bruteWitness(t, p, q, 5);
          expect(t.witness(p, q)).toEqual(want);
          expect(t.apart(p, q)).toBe(want !== undefined);
          if (want === undefined) notApart++;
          else apart++;
        },
      ),
      { numRuns: 300 },
    );
    expect(apart).toBeGreaterThan(50);
    expect(notApart).toBeGreaterThan(50);
  });

  it("tells nodes apart through the last of many children (its search stack grows)", () => {
    const k = 200;
    const t = new ObservationTree(k);
    const p = t.extend(0, 0);
    const q = t.extend(0, 1);
    for (let a = 0; a < k; a++) {
      t.output[t.extend(p, a)] = 0;
      t.output[t.extend(q, a)] = a === k - 1 ? 1 : 0;
    }
    expect(t.apart(p, q)).toBe(true);
    expect(t.witness(p, q)).toEqual([k - 1]);
    const r = t.extend(0, 2);
    for (let a = 0; a < k; a++) t.output[t.extend(r, a)] = 0;
    expect(t.apart(p, r)).toBe(false);
    expect(t.witness(p, r)).toBeUndefined();
  });
});
