/**
 * The Basis's choices against brute force: the separator a frontier node is asked along
 * (the witness of the first neighbouring candidate pairs whose known outputs split the
 * candidates most evenly, the shortest on ties), the consistency check (a shortest tree node
 * whose known output a hypothesis gets wrong), and the hypothesis (basis nodes as states,
 * each frontier node sent to its candidate). L# learns the right DFA with poorer choices too,
 * so only checks like these tell them apart.
 */
import { describe, expect, it } from "vitest";
import { accepts, type Dfa, makeDfa } from "../../../../src/automata/dfa.js";
import type { Word } from "../../../../src/automata/word.js";
import { Basis } from "../../../../src/identification/query/lsharp/basis.js";
import { referenceTarget } from "../reference.js";

/** A basis over `target` after every word up to length `depth` is recorded and promoted. */
function filledBasis(target: Dfa, depth: number): Basis {
  const s = new Basis(target.alphabet, 1);
  const t = s.tree;
  const k = target.alphabet.symbols.length;
  const record = (x: number) => {
    if ((t.output[x] as number) < 0) s.record(x, accepts(target, t.word(x)) ? 1 : 0);
  };
  const settle = () => {
    for (let iso = s.isolated.values().next(); !iso.done; iso = s.isolated.values().next())
      s.promote(iso.value);
  };
  record(0);
  let level = [0];
  for (let d = 0; d < depth; d++) {
    const next: number[] = [];
    for (const x of level)
      for (let a = 0; a < k; a++) {
        const c = t.extend(x, a);
        record(c);
        settle();
        next.push(c);
      }
    level = next;
  }
  return s;
}

/** min(#0, #1) of the known outputs at b·σ over the nodes b. */
function split(s: Basis, nodes: readonly number[], sigma: Word): number {
  let zeros = 0;
  let ones = 0;
  for (const b of nodes) {
    const z = s.tree.find(b, sigma);
    if (z >= 0 && s.tree.output[z] === 0) zeros++;
    if (z >= 0 && s.tree.output[z] === 1) ones++;
  }
  return Math.min(zeros, ones);
}

describe("Basis choices", () => {
  const target = referenceTarget(50, 2);
  const s = filledBasis(target, 9);

  it("fills a basis big enough for the separator's pool of 8 pairs", () => {
    expect(s.nodes.length).toBeGreaterThan(10);
  });

  it("separates along a witness of a neighbouring pair with the most even split, shortest on ties", () => {
    for (let m = 2; m <= 11; m++)
      for (let from = 0; from + m <= s.nodes.length; from++) {
        const c = s.nodes.slice(from, from + m);
        const pool = [];
        for (let i = 0; i + 1 < c.length && i < 8; i++)
          pool.push(s.tree.witness(c[i] as number, c[i + 1] as number) as Word);
        const sigma = s.separator(c);
        expect(pool).toContainEqual(sigma);
        if (m === 2) continue;
        const best = Math.max(...pool.map((w) => split(s, c, w)));
        expect(split(s, c, sigma)).toBe(best);
        const shortest = Math.min(
          ...pool.filter((w) => split(s, c, w) === best).map((w) => w.length),
        );
        expect(sigma.length).toBe(shortest);
      }
  });

  it("gives a witness of two basis nodes in either order, and the same one again", () => {
    for (const p of s.nodes.slice(0, 8))
      for (const q of s.nodes.slice(0, 8)) {
        if (p === q) continue;
        const w = s.witness(p, q);
        expect(w).toEqual(s.tree.witness(p, q));
        expect(s.witness(q, p)).toEqual(w);
      }
  });

  it("finds a shortest tree node a hypothesis gets wrong, and none for the target", () => {
    expect(s.inconsistency(target)).toBe(-1);
    for (let q = 0; q < target.states; q++) {
      const accepting = Uint8Array.from(target.accepting);
      accepting[q] = 1 - (accepting[q] as number);
      expectShortestWrong(
        s,
        makeDfa(
          target.alphabet,
          target.states,
          target.start,
          Int32Array.from(target.delta),
          accepting,
        ),
      );
    }
  });

  it("builds the hypothesis from basis nodes, sending a frontier node to its one candidate or to the choice", () => {
    const chosen: number[][] = [];
    const h = s.hypothesis((f, list) => {
      expect(list).toEqual(s.candidatesOf(f));
      chosen.push([...list]);
      return list[list.length - 1] as number;
    });
    expect(chosen.length).toBeGreaterThan(0);
    expect(h.states).toBe(s.nodes.length);
    const k = target.alphabet.symbols.length;
    for (const [i, b] of s.nodes.entries()) {
      expect(h.accepting[i]).toBe(accepts(target, s.tree.word(b)) ? 1 : 0);
      for (let a = 0; a < k; a++) {
        const c = s.tree.child[b * k + a] as number;
        const list = s.isBasis(c) ? [c] : s.candidatesOf(c);
        expect(s.nodes[h.delta[i * k + a] as number]).toBe(list[list.length - 1]);
      }
    }
    for (const list of chosen) expect(list.length).toBeGreaterThan(1);
    expectShortestWrong(s, h);
  });
});

/** `s.inconsistency(h)` is a shortest node with a known output h gets wrong, or −1 for none. */
function expectShortestWrong(s: Basis, h: Dfa): void {
  const t = s.tree;
  const wrong = Array.from({ length: t.size }, (_, x) => x)
    .filter((x) => (t.output[x] as number) >= 0 && t.output[x] !== (accepts(h, t.word(x)) ? 1 : 0))
    .sort((x, y) => (t.depth[x] as number) - (t.depth[y] as number));
  const bad = s.inconsistency(h);
  if (wrong.length === 0) expect(bad).toBe(-1);
  else {
    expect(wrong).toContain(bad);
    expect(t.depth[bad]).toBe(t.depth[wrong[0] as number]);
  }
}
