/**
 * The Basis invariants, checked against brute force after every step of a random L#-like
 * schedule (promotions, extensions, outputs of random words below any node): candidates
 * always include every basis node a frontier node is not apart from, exactly those for a
 * non-ambiguous node; isolated and ambiguous list the right nodes; basis nodes stay pairwise
 * apart.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accepts } from "../../../../src/automata/dfa.js";
import { Basis } from "../../../../src/identification/query/lsharp/basis.js";
import { randomMinimalTarget } from "../../../../src/identification/query/random-target.js";
import { rightOf } from "../reference.js";

function checkInvariants(s: Basis, guessUpTo: number): { frontier: number; stale: number } {
  const t = s.tree;
  for (let i = 0; i < s.nodes.length; i++)
    for (let j = i + 1; j < s.nodes.length; j++)
      expect(t.apart(s.nodes[i] as number, s.nodes[j] as number)).toBe(true);
  let frontier = 0;
  let stale = 0;
  for (let x = 0; x < t.size; x++) {
    if (!s.isFrontier(x)) continue;
    frontier++;
    const truth = s.nodes.filter((b) => !t.apart(x, b)).sort((a, b) => a - b);
    const have = [...s.candidatesOf(x)].sort((a, b) => a - b);
    expect(have).toEqual(expect.arrayContaining(truth));
    const ambiguous = have.length > Math.max(1, guessUpTo);
    expect(s.ambiguous.has(x)).toBe(ambiguous);
    expect(s.isolated.has(x)).toBe(have.length === 0);
    if (!ambiguous) expect(have).toEqual(truth);
    else if (have.length > truth.length) stale++;
  }
  return { frontier, stale };
}

describe("Basis", () => {
  it("keeps its candidates exact where it promises, a superset elsewhere, under a random schedule", () => {
    let staleSeen = 0;
    let promotions = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 24 }),
        fc.integer({ min: 2, max: 3 }),
        fc.nat(),
        fc.constantFrom(1, 2, 3),
        fc.array(
          fc.record({
            at: fc.nat(),
            word: fc.array(fc.nat(2), { maxLength: 5 }),
          }),
          { minLength: 20, maxLength: 80 },
        ),
        (n, k, seed, guessUpTo, steps) => {
          const target = rightOf(randomMinimalTarget(n, k, seed));
          const s = new Basis(target.alphabet, guessUpTo);
          const t = s.tree;
          const learn = (x: number) => {
            if ((t.output[x] as number) < 0) s.record(x, accepts(target, t.word(x)) ? 1 : 0);
          };
          learn(0);
          for (const step of steps) {
            const iso = s.isolated.values().next();
            if (!iso.done) {
              s.promote(iso.value);
              promotions++;
            } else {
              const c = s.unextended();
              if (c >= 0) {
                learn(c);
                if (!s.isFrontier(c)) s.register(c);
              } else {
                // Below a frontier node or a basis node, in turn: both kinds of update.
                const frontier = [...s.ambiguous];
                const from =
                  step.at % 2 === 0 && frontier.length > 0
                    ? (frontier[step.at % frontier.length] as number)
                    : (s.nodes[step.at % s.nodes.length] as number);
                const x = t.ensure(
                  from,
                  step.word.map((a) => a % k),
                );
                for (let y = x; y >= 0; y = t.parent[y] as number) learn(y);
                const amb = s.ambiguous.values().next();
                if (!amb.done && step.at % 3 === 0) s.refresh(amb.value);
              }
            }
            staleSeen += checkInvariants(s, guessUpTo).stale;
          }
        },
      ),
      { numRuns: 100 },
    );
    expect(promotions).toBeGreaterThan(100);
    expect(staleSeen).toBeGreaterThan(0);
  });
});
