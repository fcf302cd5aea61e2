/**
 * The benches' inputs, built outside every timing. All randomness is seeded: the seeded random
 * DFA is src/automata/random/dfa.ts (the generator shared with the C++ peer), and the other
 * choices draw from the project's one generator (src/automata/support/rng.ts).
 *
 * @module
 */
import { type Alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";
import { type Dfa, makeDfa } from "../../src/automata/dfa.js";
import { buildNfa, type Nfa, type NfaEdge } from "../../src/automata/nfa.js";
import { randomDfa } from "../../src/automata/random/dfa.js";
import { nextInt, type Rng, rng } from "../../src/automata/support/rng.js";

/** The first k letters a, b, c, … as an alphabet. */
export function letters(k: number): Alphabet {
  return unsafeAlphabet([..."abcdefghijklmnopqrstuvwxyz"].slice(0, k));
}

/** The seeded random complete DFA of issue 3 (seed 42 unless told). */
export function seededDfa(n: number, k: number, seed = 42): Dfa {
  return randomDfa(n, letters(k), seed);
}

/** A fresh copy of `d` with its own arrays (a value no earlier call can have seen). */
export function copyDfa(d: Dfa): Dfa {
  return makeDfa(d.alphabet, d.states, d.start, d.delta.slice(), d.accepting.slice());
}

/**
 * The Moore-hard chain: the minimal DFA of {a^(n−1)} over {a, b}, states 0..n−1 along a
 * chain, a sink n (n + 1 states in all). Moore's refinement needs n rounds on it.
 */
export function chainDfa(n: number): Dfa {
  const delta = new Int32Array(2 * (n + 1)).fill(n);
  for (let q = 0; q < n; q++) delta[2 * q] = q + 1;
  const accepting = new Uint8Array(n + 1);
  accepting[n - 1] = 1;
  return makeDfa(letters(2), n + 1, 0, delta, accepting);
}

/** A seeded permutation of 0..n−1 (Fisher–Yates). */
export function permutation(n: number, g0: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  let g = g0;
  for (let i = n - 1; i > 0; i--) {
    const [j, g2] = nextInt(g, i + 1);
    g = g2;
    const t = p[i] as number;
    p[i] = p[j] as number;
    p[j] = t;
  }
  return p;
}

/**
 * A copy of `d` accepting the same language with every state split into two equivalent twins
 * (each edge goes to a seeded choice of its target's twins) and the 2n states renumbered by a
 * seeded permutation.
 */
export function twinnedCopy(d: Dfa, seed = 7): Dfa {
  const k = d.alphabet.symbols.length;
  const n2 = 2 * d.states;
  const perm = permutation(n2, rng(seed));
  let g = rng(seed + 1);
  const pick = (): number => {
    const [b, g2] = nextInt(g, 2);
    g = g2;
    return b;
  };
  const delta = new Int32Array(n2 * k);
  const accepting = new Uint8Array(n2);
  for (let q = 0; q < n2; q++) {
    const from = perm[q] as number;
    const orig = q >> 1;
    accepting[from] = d.accepting[orig] as number;
    for (let s = 0; s < k; s++) {
      const twin = 2 * (d.delta[orig * k + s] as number) + pick();
      delta[from * k + s] = perm[twin] as number;
    }
  }
  return makeDfa(d.alphabet, n2, perm[2 * d.start + pick()] as number, delta, accepting);
}

/**
 * The NFA of (a|b)*a(a|b){m}: state 0 loops on a and b and moves to 1 on a; states 1..m move
 * to the next on a and b; state m + 1 accepts. Its minimal DFA has 2^(m+1) states.
 */
export function suffixNfa(m: number): Nfa {
  const edges: NfaEdge[] = [
    { from: 0, symbol: 0, to: 0 },
    { from: 0, symbol: 1, to: 0 },
    { from: 0, symbol: 0, to: 1 },
  ];
  for (let q = 1; q <= m; q++)
    edges.push({ from: q, symbol: 0, to: q + 1 }, { from: q, symbol: 1, to: q + 1 });
  return buildNfa(letters(2), m + 2, [0], [m + 1], edges);
}
