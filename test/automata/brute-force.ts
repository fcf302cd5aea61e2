/**
 * Brute-force oracles for the automata tests: every word up to a length, direct NFA
 * simulation, and derived automata (renumbered twin copies) whose language is known.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../src/automata/alphabet.js";
import { type Dfa, makeDfa } from "../../src/automata/dfa.js";
import { type Nfa, type NfaEdge, nfaFromEdges } from "../../src/automata/nfa.js";
import { nextInt, rng } from "../../src/automata/support/rng.js";
import type { Word } from "../../src/automata/word.js";

/** Every word over k symbols of length 0..maxLength, in shortlex order. */
export function allWords(k: number, maxLength: number): Word[] {
  const out: Word[] = [[]];
  let layer: Word[] = [[]];
  for (let len = 1; len <= maxLength; len++) {
    const nextLayer: Word[] = [];
    for (const w of layer) for (let s = 0; s < k; s++) nextLayer.push([...w, s]);
    out.push(...nextLayer);
    layer = nextLayer;
  }
  return out;
}

function epsClose(n: Nfa, set: Set<number>): Set<number> {
  const stack = [...set];
  while (stack.length > 0) {
    const q = stack.pop() as number;
    for (let i = n.epsOffsets[q] as number; i < (n.epsOffsets[q + 1] as number); i++) {
      const t = n.epsTargets[i] as number;
      if (!set.has(t)) {
        set.add(t);
        stack.push(t);
      }
    }
  }
  return set;
}

/** Does the ε-NFA accept w? Simulated directly on sets of states. */
export function nfaAccepts(n: Nfa, w: Word): boolean {
  const k = n.alphabet.symbols.length;
  let cur = epsClose(n, new Set(n.initial as unknown as number[]));
  for (const s of w) {
    const nxt = new Set<number>();
    for (const q of cur)
      for (let i = n.offsets[q * k + s] as number; i < (n.offsets[q * k + s + 1] as number); i++)
        nxt.add(n.targets[i] as number);
    cur = epsClose(n, nxt);
  }
  return [...cur].some((q) => n.accepting[q] === 1);
}

/** Random ε-NFAs with 1..maxStates states (ε-moves on about a fifth of the edges). */
export function arbNfa(alphabet: Alphabet, maxStates = 5): fc.Arbitrary<Nfa> {
  const k = alphabet.symbols.length;
  return fc.integer({ min: 1, max: maxStates }).chain((n) => {
    const state = fc.integer({ min: 0, max: n - 1 });
    const edge = fc.record({
      from: state,
      symbol: fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 4, arbitrary: fc.integer({ min: 0, max: k - 1 }) },
      ),
      to: state,
    });
    return fc
      .tuple(
        fc.uniqueArray(state, { minLength: 1, maxLength: 2 }),
        fc.uniqueArray(state, { minLength: 1, maxLength: n }),
        fc.array(edge, { minLength: n, maxLength: 4 * n }),
      )
      .map(([initial, accepting, edges]) => {
        const r = nfaFromEdges(alphabet, n, initial, accepting, edges as NfaEdge[]);
        if (E.isLeft(r)) throw new Error(r.left.message);
        return r.right;
      });
  });
}

/**
 * The NFA of (a|b)*a(a|b){k} over {a, b}: state 0 loops and guesses the a, states 1..k+1
 * count the letters after it. Its DFA has 2^(k+1) states.
 */
export function kthFromEnd(alphabet: Alphabet, k: number): Nfa {
  const edges: NfaEdge[] = [
    { from: 0, symbol: 0, to: 0 },
    { from: 0, symbol: 1, to: 0 },
    { from: 0, symbol: 0, to: 1 },
  ];
  for (let i = 1; i <= k; i++)
    for (let s = 0; s < 2; s++) edges.push({ from: i, symbol: s, to: i + 1 });
  const r = nfaFromEdges(alphabet, k + 2, [0], [k + 1], edges);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

/**
 * The same language with 2n states: every state split into two equivalent twins, the twins
 * placed by a seeded permutation (the equivalence benchmark's construction).
 */
export function twinSplit(d: Dfa, seed: number): Dfa {
  const n = d.states;
  const k = d.alphabet.symbols.length;
  const perm = Int32Array.from({ length: 2 * n }, (_, i) => i);
  let g = rng(seed);
  for (let i = 2 * n - 1; i > 0; i--) {
    const [j, g2] = nextInt(g, i + 1);
    g = g2;
    const t = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = t;
  }
  const delta = new Int32Array(2 * n * k);
  const accepting = new Uint8Array(2 * n);
  for (let q = 0; q < n; q++)
    for (let twin = 0; twin < 2; twin++) {
      const me = perm[2 * q + twin] as number;
      accepting[me] = d.accepting[q] as number;
      for (let s = 0; s < k; s++) {
        const t = d.delta[q * k + s] as number;
        delta[me * k + s] = perm[2 * t + ((q + s + twin) & 1)] as number;
      }
    }
  return makeDfa(d.alphabet, 2 * n, perm[2 * d.start] as number, delta, accepting);
}

/** Counts labels of generated cases, so a test can show both sides of a property occurred. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }
  count(label: string): number {
    return this.counts.get(label) ?? 0;
  }
}
