/**
 * The seeded random complete DFA used by the benchmarks and the reference tools.
 *
 * Generator (shared with shared/reference/limit/hopcroft.cpp, so figures compare across
 * tools): xorshift32 from the seed; for each state i = 0..n-1, one draw decides acceptance
 * (value < 0.5), then one draw per symbol gives the target `floor(value × n)`; start state 0;
 * nothing is trimmed.
 *
 * @module
 */
import type { Alphabet } from "../alphabet.js";
import { type Dfa, makeDfa } from "../dfa.js";
import { rng, xorshift32 } from "../support/rng.js";

/**
 * A seeded random complete DFA with `n` states over `alphabet`.
 *
 * Cost: O(n·k) time and memory.
 *
 * @example
 * ```ts
 * const d = randomDfa(100_000, unsafeAlphabet(["a", "b"]), 42);
 * d.states; // 100000
 * ```
 */
export function randomDfa(n: number, alphabet: Alphabet, seed = 42): Dfa {
  const k = alphabet.symbols.length;
  const delta = new Int32Array(n * k);
  const accepting = new Uint8Array(n);
  let x = rng(seed).state;
  for (let i = 0; i < n; i++) {
    x = xorshift32(x);
    accepting[i] = x / 4294967296 < 0.5 ? 1 : 0;
    for (let s = 0; s < k; s++) {
      x = xorshift32(x);
      delta[i * k + s] = Math.floor((x / 4294967296) * n);
    }
  }
  return makeDfa(alphabet, n, 0, delta, accepting);
}
