/**
 * Seeded random minimal DFA targets for query learning, exportable (`toJson`, `toDot`) so
 * other tools can learn the same ones.
 *
 * Method: attempt i draws the seeded random complete DFA of issue 3 (`randomDfa`, xorshift32)
 * with m_i states from `deriveSeed(seed, i)` and minimises it (Hopcroft; the unreachable part
 * goes, equivalent states merge). The first attempt whose minimal DFA has exactly n states
 * (sink included) is the target; otherwise the next attempt corrects the draw size by the
 * miss, m_{i+1} = max(1, m_i + n − size_i), since a random DFA loses a share of its states
 * to unreachability (about a fifth over two letters). The result is canonically numbered
 * (BFS from the start, symbols in order), so the same (n, k, seed) gives the same arrays on
 * every machine. Symbols are the first k letters a, b, c, ….
 *
 * These are not AALpy's targets: shared/reference/query-targets holds those (read them with
 * `fromJson`).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { unsafeAlphabet } from "../../automata/alphabet.js";
import { type Dfa, withMeta } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { randomDfa } from "../../automata/random/dfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed, type Seed } from "../../automata/support/rng.js";

/** Options of {@link randomMinimalTarget}. */
export interface RandomTargetOptions {
  /** The most random DFAs drawn before giving up. @defaultValue 10000 */
  readonly attempts?: number;
}

/**
 * A seeded random minimal complete DFA with exactly n states over k letters (see the module
 * doc for the method). Metadata records the name, seed and attempt.
 *
 * Returns `left` when n < 1, k is not in 1..26, or no attempt hit n states (kind `budget`).
 * Cost: O(m·k log m) per attempt; a handful of attempts is typical.
 *
 * @example
 * ```ts
 * const d = randomMinimalTarget(50, 2, 7); // right(Dfa with 50 states)
 * toJson(d.right); // the target, for other tools
 * ```
 */
export function randomMinimalTarget(
  n: number,
  k: number,
  seed: Seed = 42,
  options: RandomTargetOptions = {},
): E.Either<LimitLabError, Dfa> {
  if (!Number.isInteger(n) || n < 1)
    return E.left(invalidInput(`n = ${n} is not a positive integer`, "n"));
  if (!Number.isInteger(k) || k < 1 || k > 26)
    return E.left(invalidInput(`k = ${k} is not an integer in 1..26`, "k"));
  const alphabet = unsafeAlphabet(Array.from({ length: k }, (_, i) => String.fromCharCode(97 + i)));
  const attempts = options.attempts ?? 10_000;
  let m = n;
  for (let i = 0; i < attempts; i++) {
    const d = minimize(randomDfa(m, alphabet, deriveSeed(seed, i)));
    if (d.states === n)
      return E.right(
        withMeta(d, { name: `random-minimal-n${n}-k${k}-seed${seed}`, seed, attempt: i, drawn: m }),
      );
    m = Math.max(1, m + n - d.states);
  }
  return E.left(
    budgetError("attempts", attempts, attempts, `random minimal target (n = ${n}, k = ${k})`),
  );
}
