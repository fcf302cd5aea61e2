/**
 * The small world of THEORY.md B3, computed by brute force without the library's
 * minimisation: every complete DFA with at most 3 states over {a, b}, grouped by language.
 *
 * Two DFAs with at most m states accept the same language exactly when they agree on every
 * word of length at most 2m − 2 (a shortest word separating an n₁- and an n₂-state DFA has
 * length at most n₁ + n₂ − 2), so for m = 3 the membership vector over the 31 words of length
 * at most 4 is a complete invariant of the language: the *signature*. Enumerating tables by
 * growing state count, the first DFA met for a signature has the fewest states, so it is the
 * minimal DFA (up to renaming) and its transition monoid is the syntactic monoid.
 *
 * Also here: the transition monoid by composing the transformations of words of growing length
 * until a length adds nothing, aperiodicity by powers (m^k = m^(k+1)), and R-triviality by the
 * definition on right ideals (xM = yM ⇒ x = y). None of it calls the library's classifiers.
 */
import { type Alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";
import { type Dfa, makeDfa, run } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";

export const ab: Alphabet = unsafeAlphabet(["a", "b"]);

/** A language of the small world with two representatives. */
export interface SmallLanguage {
  /** Membership over the words of length ≤ 4, as a 0/1 string in shortlex order. */
  readonly signature: string;
  /** The first DFA met for the language: one with the fewest states, the minimal DFA. */
  readonly minimal: Dfa;
  /** The last DFA met for it, often with more states than needed. */
  readonly largest: Dfa;
}

/**
 * Every word over {a, b} of length at most n, in shortlex order: 2^(n+1) − 1 words.
 *
 * @example
 * ```ts
 * wordsUpTo(1); // [[], [0], [1]]
 * ```
 */
export function wordsUpTo(n: number): Word[] {
  const out: Word[] = [[]];
  let layer: Word[] = [[]];
  for (let length = 1; length <= n; length++) {
    layer = layer.flatMap((w) => [
      [...w, 0],
      [...w, 1],
    ]);
    out.push(...layer);
  }
  return out;
}

/**
 * Every complete DFA over {a, b} with exactly n states and start 0, in a fixed order:
 * n^(2n) · 2^n of them (5832 for n = 3).
 *
 * @example
 * ```ts
 * [...tables(1)].length; // 2
 * ```
 */
export function* tables(n: number): Generator<Dfa> {
  const cells = 2 * n;
  const delta = new Array<number>(cells).fill(0);
  for (;;) {
    for (let acc = 0; acc < 1 << n; acc++)
      yield makeDfa(
        ab,
        n,
        0,
        Int32Array.from(delta),
        Uint8Array.from({ length: n }, (_, q) => (acc >> q) & 1),
      );
    let i = 0;
    while (i < cells && delta[i] === n - 1) delta[i++] = 0;
    if (i === cells) return;
    delta[i] = (delta[i] as number) + 1;
  }
}

/**
 * Membership of `d` over `words`, as a 0/1 string.
 *
 * @example
 * ```ts
 * signature(abStar, wordsUpTo(2)); // "1000100": ε and ab
 * ```
 */
export function signature(d: Dfa, words: readonly Word[]): string {
  return words.map((w) => (d.accepting[run(d, w)] === 1 ? "1" : "0")).join("");
}

/**
 * The languages of all complete DFAs with at most `maxStates` (≤ 3) states over {a, b}, in
 * order of discovery, with the signature over words up to `signatureLength` (4 separates all
 * of them; a smaller length is the near-miss that merges some). Cost: about 0.15 s for 3.
 *
 * @example
 * ```ts
 * smallWorld(2).length; // 26
 * smallWorld(3, 3).length; // 690: length-3 signatures merge languages
 * ```
 */
export function smallWorld(maxStates: number, signatureLength = 4): SmallLanguage[] {
  const words = wordsUpTo(signatureLength);
  const found = new Map<string, { minimal: Dfa; largest: Dfa }>();
  for (let n = 1; n <= maxStates; n++)
    for (const d of tables(n)) {
      const s = signature(d, words);
      const seen = found.get(s);
      found.set(s, { minimal: seen?.minimal ?? d, largest: d });
    }
  return [...found].map(([sig, reps]) => ({ signature: sig, ...reps }));
}

type Transformation = readonly number[];

/** The image of every state under word `w`. */
function transformation(d: Dfa, w: Word): Transformation {
  return Array.from({ length: d.states }, (_, q) => run(d, w, q));
}

/** x then y: q ↦ y(x(q)). */
function compose(x: Transformation, y: Transformation): Transformation {
  return x.map((q) => y[q] as number);
}

/**
 * The transition monoid of `d` (any alphabet): the transformations of all words, collected by
 * word length until some length brings no new one (then no longer word can). Only words whose
 * transformation is new are extended, which loses nothing: a longer word's transformation is
 * that of a shorter word with the same transformation, extended. Cost: O(|M| · k · n · |w|).
 *
 * @example
 * ```ts
 * bruteMonoid(minimalOfAbStar).length; // 6
 * ```
 */
export function bruteMonoid(d: Dfa): Transformation[] {
  const seen = new Map<string, Transformation>();
  let layer: Word[] = [[]];
  for (;;) {
    let fresh = 0;
    const next: Word[] = [];
    for (const w of layer) {
      const t = transformation(d, w);
      const key = t.join(",");
      if (seen.has(key)) continue;
      seen.set(key, t);
      fresh++;
      for (let s = 0; s < d.alphabet.symbols.length; s++) next.push([...w, s]);
    }
    if (fresh === 0) return [...seen.values()];
    layer = next;
  }
}

/**
 * Is every element m aperiodic: m^k = m^(k+1) for some k ≤ |M|? Cost: O(|M|² · n).
 *
 * @example
 * ```ts
 * bruteAperiodic(bruteMonoid(evenAs)); // false: a swaps the two live states
 * ```
 */
export function bruteAperiodic(monoid: readonly Transformation[]): boolean {
  return monoid.every((m) => {
    let p = m;
    for (let k = 1; k <= monoid.length; k++) {
      const q = compose(p, m);
      if (q.join(",") === p.join(",")) return true;
      p = q;
    }
    return false;
  });
}

/**
 * Are the right ideals xM pairwise distinct (the monoid is R-trivial)? Cost: O(|M|² · n).
 *
 * @example
 * ```ts
 * bruteRTrivial(bruteMonoid(abStar)); // false: a·bM = M = εM
 * ```
 */
export function bruteRTrivial(monoid: readonly Transformation[]): boolean {
  const ideals = monoid.map((x) =>
    [...new Set(monoid.map((m) => compose(x, m).join(",")))].sort().join(" "),
  );
  return new Set(ideals).size === monoid.length;
}
