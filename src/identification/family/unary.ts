/**
 * The building blocks of the unary examples (EX-LEN, EX-GOLD, EX-COFIN, EX-FIN-LAYERS): the
 * alphabet {a}, the words a^n, the finite languages {a^0, …, a^n}, and Σ*.
 *
 * @module
 */
import { type Alphabet, unsafeAlphabet } from "../../automata/alphabet.js";
import { complement } from "../../automata/complement.js";
import type { Dfa } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";
import { finiteLanguage } from "./finite-language.js";

/**
 * The alphabet {a} of the unary examples.
 *
 * @example
 * ```ts
 * UNARY.symbols; // ["a"]
 * ```
 */
export const UNARY: Alphabet = unsafeAlphabet(["a"]);

/**
 * a^n as a word over {a}.
 *
 * @example
 * ```ts
 * unaryPower(3); // [0, 0, 0]
 * ```
 * @internal
 */
export function unaryPower(n: number): Word {
  return new Array<number>(n).fill(0);
}

/**
 * The minimal DFA of {a^0, …, a^n} (n + 2 states). Cost: O(n log n).
 *
 * @example
 * ```ts
 * stateCount(upTo(2)); // 4
 * ```
 * @internal
 */
export function upTo(n: number): Dfa {
  return finiteLanguage(
    UNARY,
    Array.from({ length: n + 1 }, (_, k) => unaryPower(k)),
  );
}

/**
 * Σ* over an alphabet (one accepting state).
 *
 * @example
 * ```ts
 * stateCount(universal(UNARY)); // 1
 * ```
 * @internal
 */
export function universal(a: Alphabet): Dfa {
  return complement(finiteLanguage(a, []));
}
