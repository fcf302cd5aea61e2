/**
 * Equivalence of DFAs: Hopcroft–Karp to decide, a shortlex BFS to explain.
 *
 * Law: `equivalent(a, b)` is none ⇔ L(a) = L(b); otherwise it is the shortest, then
 * shortlex-least, word of the symmetric difference.
 *
 * Deciding uses Hopcroft and Karp's union-find over the disjoint union of the two state
 * sets (1971): merge the starts, and whenever a merged pair's successors lie in different
 * classes, merge them too; the languages are equal iff no class mixes accepting and
 * rejecting states. At most n + m − 1 merges, so O((n + m)·k·α(n + m)) time and O(n + m)
 * memory. Only when the answer is "different" does a BFS over the product (on the fly,
 * symbols in order) find the least witness, stopping at the first pair that disagrees.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { assertSameAlphabet } from "./alphabet.js";
import type { Dfa } from "./dfa.js";
import { productView, XOR } from "./product.js";
import { shortestMarked } from "./witness.js";
import type { Word } from "./word.js";

function find(parent: Int32Array, x: number): number {
  let v = x;
  while (parent[v] !== v) {
    const up = parent[parent[v] as number] as number;
    parent[v] = up;
    v = up;
  }
  return v;
}

/** Hopcroft–Karp: do the two (same-alphabet) DFAs accept the same language? */
function sameLanguage(a: Dfa, b: Dfa): boolean {
  const n = a.states;
  const total = n + b.states;
  const k = a.alphabet.symbols.length;
  if (a.accepting[a.start] !== b.accepting[b.start]) return false;
  const parent = new Int32Array(total);
  const rank = new Uint8Array(total);
  for (let i = 0; i < total; i++) parent[i] = i;
  const left = new Int32Array(total);
  const right = new Int32Array(total);
  let top = 0;
  parent[n + b.start] = a.start;
  left[top] = a.start;
  right[top++] = b.start;
  while (top > 0) {
    top--;
    const p = left[top] as number;
    const q = right[top] as number;
    for (let s = 0; s < k; s++) {
      const pt = a.delta[p * k + s] as number;
      const qt = b.delta[q * k + s] as number;
      const x = find(parent, pt);
      const y = find(parent, n + qt);
      if (x === y) continue;
      if (a.accepting[pt] !== b.accepting[qt]) return false;
      const rx = rank[x] as number;
      const ry = rank[y] as number;
      if (rx < ry) parent[x] = y;
      else {
        parent[y] = x;
        if (rx === ry) rank[x] = rx + 1;
      }
      left[top] = pt;
      right[top++] = qt;
    }
  }
  return true;
}

/**
 * None when L(a) = L(b); otherwise the shortest, then shortlex-least, word accepted by
 * exactly one of them. Cost: near-linear O((n + m)·k·α) to decide; when they differ, plus
 * O(N·k) for the N ≤ n·m product pairs the witness BFS visits. Throws `alphabet-mismatch`
 * when the alphabets differ.
 *
 * @example
 * ```ts
 * equivalent(a, minimize(a)); // none
 * equivalent(aStar, abStar); // some([0]): "a"
 * ```
 */
export function equivalent(a: Dfa, b: Dfa): O.Option<Word> {
  assertSameAlphabet(a.alphabet, b.alphabet);
  if (sameLanguage(a, b)) return O.none;
  return shortestMarked(productView(a, b, XOR));
}
