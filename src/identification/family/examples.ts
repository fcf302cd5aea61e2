/**
 * The example classes of THEORY.md (EX-*), with fixed index layouts so certificates, scripts
 * and docs agree:
 * - `exLen()`: index n = {a^k : k ≤ n} (EX-LEN; identifiable, infinite elasticity);
 * - `exGold()`: index 0 = a*, index n + 1 = {a^k : k ≤ n} (EX-GOLD; not identifiable);
 * - `exCofin()`: index 0 = a*, index n + 1 = a* ∖ {a^n} (EX-COFIN; every member infinite);
 * - `exFt(base)`: index 0 = the base, index n + 1 = its first n + 1 words in shortlex order
 *   (EX-FT; a finite base with m words gives indices 0..m-1, without duplicates);
 * - `exFinLayers(c)`: index 0 = ∅, then the non-empty subsets of a* with at most c words,
 *   ordered by their longest word, then size, then shortlex by sorted word list
 *   (EX-FIN-LAYERS; identifiable: the control);
 * - `exThick()`: index n = a^n b* over {a, b} (finite thickness: each word in one member);
 * - `exPassword(n)`: the singletons {w}, w ∈ {0,1}^n, index i = the i-th word in shortlex order
 *   (EX-PASSWORD);
 * - `exZoo(seed)`: random finite zoos of DFAs with overlapping, partly nested languages (EX-ZOO).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type Alphabet,
  alphabet as makeAlphabet,
  unsafeAlphabet,
} from "../../automata/alphabet.js";
import { dfaEquals, dfaHash } from "../../automata/canonical.js";
import { complement } from "../../automata/complement.js";
import { cardinality } from "../../automata/count/count.js";
import { type Dfa, makeDfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { difference } from "../../automata/product.js";
import { randomDfa } from "../../automata/random/dfa.js";
import {
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "../../automata/support/errors.js";
import { deriveSeed, next, rng } from "../../automata/support/rng.js";
import { type Word, wordToString } from "../../automata/word.js";
import { type Family, finiteFamily, indexedFamily, type MemberInput } from "./family.js";
import { finiteLanguage } from "./finite-language.js";
import { shortlexWords } from "./shortlex-words.js";

/** The alphabet {a} of the unary examples. */
export const UNARY: Alphabet = unsafeAlphabet(["a"]);

/** a^n as a word over {a}. */
function power(n: number): Word {
  return new Array<number>(n).fill(0);
}

/** {a^0, …, a^n}. */
function upTo(n: number): Dfa {
  return finiteLanguage(
    UNARY,
    Array.from({ length: n + 1 }, (_, k) => power(k)),
  );
}

/** Σ* over an alphabet. */
function universal(a: Alphabet): Dfa {
  return complement(finiteLanguage(a, []));
}

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
            provenance: { operator: "restrict", base: "a*", detail: `first ${i} words` },
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
            dfa: difference(star, finiteLanguage(UNARY, [power(i - 1)])),
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
            name: `${name} restricted to its first ${i} words`,
            provenance: { operator: "restrict", base: name, detail: `first ${i} words` },
          },
  });
}

function binomial(n: number, r: number): number {
  if (r < 0 || r > n) return 0;
  let c = 1;
  for (let i = 1; i <= r; i++) c = (c * (n - r + i)) / i;
  return Math.round(c);
}

/** The exponents of the fin-layers member at index i ≥ 1 (ascending). */
function layerSet(c: number, i: number): number[] {
  let r = i - 1;
  let m = 0;
  for (;;) {
    let layer = 0;
    for (let s = 1; s <= c; s++) layer += binomial(m, s - 1);
    if (r < layer) break;
    r -= layer;
    m++;
  }
  let s = 1;
  while (r >= binomial(m, s - 1)) {
    r -= binomial(m, s - 1);
    s++;
  }
  // the r-th (s-1)-combination of 0..m-1 in lexicographic order
  const out: number[] = [];
  let x = 0;
  for (let p = 0; p < s - 1; p++) {
    for (; ; x++) {
      const after = binomial(m - 1 - x, s - 2 - p);
      if (r < after) break;
      r -= after;
    }
    out.push(x++);
  }
  out.push(m);
  return out;
}

/**
 * EX-FIN-LAYERS: the subsets of a* with at most c words (a* itself is not a member), so the
 * class is identifiable: the positive control of Gold's adversary. Index 0 = ∅; then the
 * non-empty subsets ordered by their longest word, then by size, then shortlex by sorted word
 * list, so every set comes after all its subsets.
 *
 * Cost: member i is found in O(m·c) arithmetic (m its longest exponent), then built.
 *
 * @throws LimitLabException (invalid-input) when c is not a non-negative integer.
 * @example
 * ```ts
 * // c = 2: ∅, {ε}, {a}, {ε, a}, {aa}, {ε, aa}, {a, aa}, {a^3}, …
 * member(exFinLayers(), 6); // the minimal DFA of {a, aa}
 * ```
 */
export function exFinLayers(c = 2): Family {
  if (!Number.isSafeInteger(c) || c < 0)
    throw new LimitLabException(
      invalidInput(`must be a non-negative integer, got ${String(c)}`, "c"),
    );
  const star = universal(UNARY);
  return indexedFamily({
    alphabet: UNARY,
    size: c === 0 ? 1 : Number.POSITIVE_INFINITY,
    description: `EX-FIN-LAYERS(${c}): index 0 = the empty set, then the non-empty subsets of a* with at most ${c} words by longest word, size, sorted word list`,
    layout: "fin-layers",
    base: star,
    capacity: c,
    member: (i) => {
      const set = i === 0 ? [] : layerSet(c, i);
      const words = set.map(power);
      return {
        dfa: finiteLanguage(UNARY, words),
        name: `{${words.map((w) => wordToString(UNARY, w)).join(", ")}}`,
        provenance: { operator: "finite-subset", base: "a*", detail: `${set.length} words` },
      };
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

/** The largest n {@link exPassword} accepts (2^24 members, built lazily). */
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

/** Options of {@link exZoo}. */
export interface ZooOptions {
  /** The number of distinct languages. @defaultValue 20 */
  readonly members?: number;
  /** States of each random DFA (before minimisation). @defaultValue 6 */
  readonly states?: number;
  /** @defaultValue ["a", "b"] */
  readonly symbols?: readonly string[];
  /** Members drawn from each random transition structure (nested accepting sets). @defaultValue 4 */
  readonly variants?: number;
}

/**
 * EX-ZOO: a seeded random finite family of distinct languages that overlap and partly nest.
 * Members come in groups sharing one random transition structure (`randomDfa`); the first of
 * a group keeps the random accepting set, each next one drops every accepting state of the
 * previous one with probability 1/3, so a group is a chain L ⊇ L' ⊇ … (proper inclusions give
 * the tell-tales something to do). Duplicated languages are skipped.
 *
 * Cost: one minimisation per candidate; at most 20 × `members` candidates are drawn.
 *
 * @example
 * ```ts
 * const zoo = exZoo(42, { members: 200, states: 50 }); // right(Family of 200 members)
 * exZoo(1, { members: 5, states: 1 }); // left: only 2 languages have 1-state DFAs
 * ```
 */
export function exZoo(seed = 42, options: ZooOptions = {}): E.Either<LimitLabError, Family> {
  const count = options.members ?? 20;
  const states = options.states ?? 6;
  const variants = options.variants ?? 4;
  for (const [field, v] of [
    ["members", count],
    ["states", states],
    ["variants", variants],
  ] as const)
    if (!Number.isSafeInteger(v) || v < 1)
      return E.left(invalidInput(`must be a positive integer, got ${String(v)}`, field));
  const sigma = makeAlphabet(options.symbols ?? ["a", "b"]);
  if (E.isLeft(sigma)) return sigma;
  const members: MemberInput[] = [];
  const seen = new Map<number, Dfa[]>();
  const attempts = 20 * count;
  let g = rng(deriveSeed(seed, 0x200));
  for (let group = 0; members.length < count && group * variants < attempts; group++) {
    const skeleton = randomDfa(states, sigma.right, deriveSeed(seed, group));
    const accepting = skeleton.accepting.slice();
    for (let v = 0; v < variants && members.length < count; v++) {
      if (v > 0)
        for (let q = 0; q < states; q++) {
          const [u, g2] = next(g);
          g = g2;
          if (u < 1 / 3) accepting[q] = 0;
        }
      const dfa = minimize(
        makeDfa(sigma.right, states, 0, skeleton.delta.slice(), accepting.slice()),
      );
      const h = dfaHash(dfa);
      const bucket = seen.get(h) ?? [];
      if (bucket.some((d) => dfaEquals(d, dfa))) continue;
      seen.set(h, [...bucket, dfa]);
      members.push({
        dfa,
        name: `zoo ${group}.${v}`,
        provenance: {
          operator: "random",
          detail: `seed ${seed}, structure ${group}, variant ${v}, ${states} states`,
        },
      });
    }
  }
  if (members.length < count)
    return E.left(
      invalidInput(
        `found only ${members.length} distinct languages in ${attempts} random ${states}-state DFAs; ask for fewer members or more states`,
        "members",
      ),
    );
  return finiteFamily(members, {
    description: `EX-ZOO(seed ${seed}, ${count} members, ${states} states, {${sigma.right.symbols.join(", ")}})`,
  });
}
