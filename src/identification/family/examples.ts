import { type Alphabet, unsafeAlphabet } from "../../automata/alphabet.js";
import { cardinality } from "../../automata/count/count.js";
import { type Dfa, makeDfa } from "../../automata/dfa.js";
import { difference } from "../../automata/product.js";
import { invalidInput, LimitLabException } from "../../automata/support/errors.js";
import { wordToString } from "../../automata/word.js";
import { type Family, indexedFamily } from "./family.js";
import { finiteLanguage, wordCount } from "./finite-language.js";
import { shortlexWords } from "./shortlex-words.js";
import { UNARY, unaryPower, universal, upTo } from "./unary.js";

/**
 * EX-LEN: index n = {a^k : k ≤ n}. Identifiable from text (each member has the tell-tale
 * {a, …, a^n}), yet of infinite elasticity.
 *
 * @example
 * ```ts
 * accepts(member(exLen(), 2), [0, 0]); // true
 * exLen().size; // Infinity
 * ```
 */
export function exLen(): Family {
  return indexedFamily({
    alphabet: UNARY,
    size: Number.POSITIVE_INFINITY,
    description: "EX-LEN: index n = {a^k : k <= n}",
    layout: "custom",
    member: (n) => ({
      dfa: upTo(n),
      name: `{a^k : k <= ${n}}`,
      provenance: { operator: "restrict", base: "a*", detail: `words up to length ${n}` },
    }),
  });
}

/**
 * EX-GOLD: index 0 = a*, index n + 1 = {a^k : k ≤ n}: an infinite language and all its
 * (initial) finite subsets, not identifiable from text (THEORY.md C2).
 *
 * @example
 * ```ts
 * isFinite(member(exGold(), 0)); // false
 * stateCount(member(exGold(), 3)); // 4: {ε, a, aa} and the sink
 * ```
 */
export function exGold(): Family {
  const star = universal(UNARY);
  return indexedFamily({
    alphabet: UNARY,
    size: Number.POSITIVE_INFINITY,
    description: "EX-GOLD: index 0 = a*, index n + 1 = {a^k : k <= n}",
    layout: "gold",
    base: star,
    member: (i) =>
      i === 0
        ? { dfa: star, name: "a*", provenance: { operator: "base" } }
        : {
            dfa: upTo(i - 1),
            name: `{a^k : k <= ${i - 1}}`,
            provenance: { operator: "restrict", base: "a*", detail: `first ${wordCount(i)}` },
          },
  });
}

/**
 * EX-COFIN: index 0 = a*, index n + 1 = a* ∖ {a^n}. Every member is infinite, so the class is
 * not superfinite, yet it is not identifiable from text (a* has no tell-tale).
 *
 * @example
 * ```ts
 * accepts(member(exCofin(), 3), [0, 0]); // false: a^2 is the hole
 * ```
 */
export function exCofin(): Family {
  const star = universal(UNARY);
  return indexedFamily({
    alphabet: UNARY,
    size: Number.POSITIVE_INFINITY,
    description: "EX-COFIN: index 0 = a*, index n + 1 = a* minus {a^n}",
    layout: "cofin",
    base: star,
    member: (i) =>
      i === 0
        ? { dfa: star, name: "a*", provenance: { operator: "base" } }
        : {
            dfa: difference(star, finiteLanguage(UNARY, [unaryPower(i - 1)])),
            name: `a* minus {a^${i - 1}}`,
            provenance: { operator: "remove", base: "a*", detail: `forbid a^${i - 1}` },
          },
  });
}

/**
 * EX-FT over a base: index 0 = the base, index n + 1 = the base restricted to its first
 * n + 1 words in shortlex order (the restrict-to-F fine-tunes). `exFt(a*)` has the languages
 * of `exGold()`. A finite base with m words gives a finite family of max(m, 1) members,
 * without duplicates (the restriction to all m words is the base itself, index 0).
 *
 * Cost: member n + 1 enumerates the base's first n + 1 words once (kept for later members)
 * and builds their minimal DFA.
 *
 * @example
 * ```ts
 * const ft = exFt(chat, "chat");
 * stateCount(member(ft, 1)); // 10: the first chat word alone
 * ```
 */
export function exFt(base: Dfa, name = "the base"): Family {
  const words = shortlexWords(base);
  const count = cardinality(base);
  const size = count._tag === "None" ? Number.POSITIVE_INFINITY : Math.max(1, Number(count.value));
  return indexedFamily({
    alphabet: base.alphabet,
    size,
    description: `EX-FT over ${name}: index 0 = the base, index n + 1 = its first n + 1 words in shortlex order`,
    layout: "ft",
    base,
    member: (i) =>
      i === 0
        ? { dfa: base, name, provenance: { operator: "base" } }
        : {
            dfa: finiteLanguage(base.alphabet, words.first(i)),
            name: `${name} restricted to its first ${wordCount(i)}`,
            provenance: { operator: "restrict", base: name, detail: `first ${wordCount(i)}` },
          },
  });
}

/** The alphabet {a, b} of {@link exThick}. */
const AB: Alphabet = unsafeAlphabet(["a", "b"]);

/**
 * {a^n b* : n ≥ 0}, index n = a^n b*: every word lies in at most one member (finite
 * thickness, THEORY.md C4), so the class is identifiable from text.
 *
 * @example
 * ```ts
 * accepts(member(exThick(), 2), [0, 0, 1, 1]); // true: aabb
 * ```
 */
export function exThick(): Family {
  return indexedFamily({
    alphabet: AB,
    size: Number.POSITIVE_INFINITY,
    description: "EX-THICK: index n = a^n b*",
    layout: "custom",
    member: (n) => {
      // states 0..n count the a's; n loops on b and accepts; n + 1 is the sink
      const states = n + 2;
      const sink = n + 1;
      const delta = new Int32Array(states * 2);
      const accepting = new Uint8Array(states);
      for (let q = 0; q < states; q++) {
        delta[2 * q] = q < n ? q + 1 : sink;
        delta[2 * q + 1] = q === n ? n : sink;
      }
      accepting[n] = 1;
      return {
        dfa: makeDfa(AB, states, 0, delta, accepting),
        name: `a^${n} b*`,
        provenance: { operator: "given", detail: `a^${n} b*` },
      };
    },
  });
}

/**
 * The largest n {@link exPassword} accepts (2^24 members, built lazily).
 *
 * @example
 * ```ts
 * exPassword(EX_PASSWORD_MAX_LENGTH).size; // 16777216
 * ```
 */
export const EX_PASSWORD_MAX_LENGTH = 24;

/**
 * EX-PASSWORD: the singletons {w}, w ∈ {0,1}^n, over the alphabet {0, 1}; index i is the
 * i-th word of length n in shortlex order (i written in binary, most significant bit first).
 * Membership queries alone need 2^n − 1 of them (THEORY.md C8).
 *
 * @throws LimitLabException (invalid-input) unless 0 ≤ n ≤ {@link EX_PASSWORD_MAX_LENGTH}.
 * @example
 * ```ts
 * exPassword(3).size; // 8
 * accepts(member(exPassword(3), 5), [1, 0, 1]); // true
 * ```
 */
export function exPassword(n: number): Family {
  if (!Number.isSafeInteger(n) || n < 0 || n > EX_PASSWORD_MAX_LENGTH)
    throw new LimitLabException(
      invalidInput(`must be an integer in 0..${EX_PASSWORD_MAX_LENGTH}, got ${String(n)}`, "n"),
    );
  const bits = unsafeAlphabet(["0", "1"]);
  return indexedFamily({
    alphabet: bits,
    size: 2 ** n,
    description: `EX-PASSWORD(${n}): the singletons {w}, w in {0,1}^${n}, in shortlex order`,
    layout: "finite",
    member: (i) => {
      const w = Array.from({ length: n }, (_, p) => Math.floor(i / 2 ** (n - 1 - p)) % 2);
      const text = wordToString(bits, w);
      return {
        dfa: finiteLanguage(bits, [w]),
        name: `{${text}}`,
        provenance: { operator: "given", watermark: text },
      };
    },
  });
}

export { exFinLayers } from "./fin-layers.js";
export { UNARY } from "./unary.js";
export { exZoo, type ZooOptions } from "./zoo.js";
