import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { dfaEquals } from "../../src/automata/canonical.js";
import { type Dfa, dfaFromTable, makeDfa, transitionTable } from "../../src/automata/dfa.js";
import { minimize } from "../../src/automata/minimize.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import { reachable } from "../../src/automata/reach.js";
import { renumber } from "./support/renumber.js";

const alphabets = [["a"], ["a", "b"], ["a", "b", "c"]].map((s) => unsafeAlphabet(s));
const ab = alphabets[1] as Alphabet;

/** DFAs over 1–3 letters, up to 9 states. */
const arbSmall = fc
  .constantFrom(...alphabets)
  .chain((sigma) => arbDfa(sigma, { minStates: 1, maxStates: 9 }));

/** Naive Moore refinement on the reachable part: the class of each state (-1 if unreachable). */
function mooreClasses(d: Dfa): Int32Array {
  const k = d.alphabet.symbols.length;
  const seen = reachable(d);
  let cls = Int32Array.from(d.accepting);
  let count = 0;
  for (;;) {
    const ids = new Map<string, number>();
    const next = new Int32Array(d.states).fill(-1);
    for (let q = 0; q < d.states; q++) {
      if (seen[q] === 0) continue;
      const sig = [cls[q]];
      for (let a = 0; a < k; a++) sig.push(cls[d.delta[q * k + a] as number]);
      const key = sig.join(",");
      if (!ids.has(key)) ids.set(key, ids.size);
      next[q] = ids.get(key) as number;
    }
    cls = next;
    if (ids.size === count) return cls;
    count = ids.size;
  }
}

function classCount(cls: Int32Array): number {
  return new Set([...cls].filter((c) => c >= 0)).size;
}

/** Do a and b agree on every word of length at most `len` (each word visited)? */
function agreeUpTo(a: Dfa, b: Dfa, len: number): boolean {
  const k = a.alphabet.symbols.length;
  const go = (p: number, q: number, depth: number): boolean => {
    if (a.accepting[p] !== b.accepting[q]) return false;
    if (depth === len) return true;
    for (let s = 0; s < k; s++)
      if (!go(a.delta[p * k + s] as number, b.delta[q * k + s] as number, depth + 1)) return false;
    return true;
  };
  return go(a.start, b.start, 0);
}

/** Every state q becomes twins 2q and 2q+1; each edge goes to the twin chosen by `pick`. */
function twin(d: Dfa, pick: (i: number) => number): Dfa {
  const k = d.alphabet.symbols.length;
  const delta = new Int32Array(2 * d.states * k);
  const acc = new Uint8Array(2 * d.states);
  for (let q = 0; q < 2 * d.states; q++) {
    acc[q] = d.accepting[q >> 1] as number;
    for (let a = 0; a < k; a++)
      delta[q * k + a] = 2 * (d.delta[(q >> 1) * k + a] as number) + pick(q * k + a);
  }
  return makeDfa(d.alphabet, 2 * d.states, 2 * d.start + pick(-1), delta, acc);
}

/** Runs a property and checks that every listed class of inputs was generated. */
function assertCovering<T>(
  arb: fc.Arbitrary<T>,
  classify: (t: T) => string,
  expected: readonly string[],
  check: (t: T) => boolean,
  numRuns = 300,
): void {
  const seen = new Map<string, number>();
  fc.assert(
    fc.property(arb, (t) => {
      const c = classify(t);
      seen.set(c, (seen.get(c) ?? 0) + 1);
      return check(t);
    }),
    { numRuns },
  );
  for (const c of expected) expect(seen.get(c) ?? 0, `class "${c}" generated`).toBeGreaterThan(2);
}

const shape = (d: Dfa): string => {
  const m = minimize(d).states;
  const r = reachable(d).reduce((s, x) => s + x, 0);
  if (r < d.states) return "has unreachable states";
  return m < r ? "merges states" : "already minimal";
};
const shapes = ["has unreachable states", "merges states", "already minimal"];

describe("minimize", () => {
  it("minimises (ab)* with a duplicated sink to its canonical 3-state DFA", () => {
    const d = dfaFromTable(
      ab,
      0,
      [0],
      [
        [1, 2],
        [3, 0],
        [2, 2],
        [3, 3],
      ],
    );
    expect(d._tag).toBe("Right");
    if (d._tag === "Right")
      expect(transitionTable(minimize(d.right))).toEqual([
        [1, 2],
        [2, 0],
        [2, 2],
      ]);
  });

  it("gives one rejecting state for the empty language and one accepting for Σ*", () => {
    const empty = makeDfa(ab, 3, 1, Int32Array.from([1, 2, 2, 0, 0, 1]), new Uint8Array(3));
    const none = minimize(empty);
    expect(none).toMatchObject({ states: 1, start: 0 });
    expect([...none.delta.slice(), ...none.accepting.slice()]).toEqual([0, 0, 0]);
    const all = minimize(makeDfa(ab, 2, 0, Int32Array.from([1, 1, 0, 0]), Uint8Array.from([1, 1])));
    expect([...all.delta.slice(), ...all.accepting.slice()]).toEqual([0, 0, 1]);
  });

  it("preserves the language on all words up to length 8", () => {
    assertCovering(arbSmall, shape, shapes, (d) => agreeUpTo(d, minimize(d), 8));
  });

  it("is idempotent", () => {
    assertCovering(arbSmall, shape, shapes, (d) => dfaEquals(minimize(minimize(d)), minimize(d)));
  });

  it("is minimal: no two states equivalent, and as many as Moore's classes", () => {
    assertCovering(arbSmall, shape, shapes, (d) => {
      const m = minimize(d);
      return classCount(mooreClasses(m)) === m.states && m.states === classCount(mooreClasses(d));
    });
  });

  it("is canonical: a renumbered copy with twinned states minimises identically", () => {
    const arb = arbSmall.chain((d) =>
      fc.tuple(
        fc.constant(d),
        fc.shuffledSubarray([...Array(2 * d.states).keys()], {
          minLength: 2 * d.states,
          maxLength: 2 * d.states,
        }),
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 64, maxLength: 64 }),
      ),
    );
    assertCovering(
      arb,
      ([d]) => shape(d),
      shapes,
      ([d, perm, bits]) => {
        const copy = renumber(
          twin(d, (i) => bits[(i + 64) % 64] as number),
          perm,
        );
        return dfaEquals(minimize(copy), minimize(d));
      },
    );
  });

  it("agrees with Moore on larger seeded DFAs over 2 and 10 letters", () => {
    const ten = unsafeAlphabet([..."abcdefghij"]);
    for (const [n, sigma, seed] of [
      [3000, ab, 1],
      [3000, ab, 7],
      [800, ten, 42],
    ] as const) {
      const d = randomDfa(n, sigma, seed);
      const m = minimize(d);
      expect(m.states).toBe(classCount(mooreClasses(d)));
      expect(m.states).toBeLessThanOrEqual(n);
      expect(classCount(mooreClasses(m))).toBe(m.states);
    }
  });

  it("matches the C++ reference's class counts on the seeded benchmark DFAs", () => {
    expect(minimize(randomDfa(100_000, ab, 42)).states).toBe(79_846);
    expect(minimize(randomDfa(100_000, unsafeAlphabet([..."abcdefghij"]), 42)).states).toBe(99_996);
  });

  it("splits the Moore-hard chain a^(n-1) into n + 1 states", () => {
    const n = 500;
    const delta = new Int32Array(2 * (n + 1)).fill(n);
    for (let q = 0; q < n; q++) delta[2 * q] = q + 1;
    const acc = new Uint8Array(n + 1);
    acc[n - 1] = 1;
    const m = minimize(makeDfa(ab, n + 1, 0, delta, acc));
    expect(m.states).toBe(n + 1);
    expect(classCount(mooreClasses(m))).toBe(n + 1);
  });
});
