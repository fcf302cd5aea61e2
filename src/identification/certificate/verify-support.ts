/**
 * Helpers shared by the independent verifiers of the bounded certificates (`verify-bounded.ts`,
 * `verify-locking.ts`): problems as `Option<string>`, word and index checks, Σ^≤ℓ by counting,
 * language equality by `equivalent`. Imports the automata layer only (plus types), never the
 * producers.
 *
 * @internal
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "../../automata/dfa.js";
import { equivalent } from "../../automata/equivalence.js";
import type { Family } from "../family/family.js";
import type { CertificateDatum } from "./types.js";

/**
 * The most words (or τ sequences) a verifier enumerates before it gives up: 10^7.
 *
 * @example
 * ```ts
 * allWords(2, 30); // undefined: more than MAX_VERIFY_WORDS
 * ```
 */
export const MAX_VERIFY_WORDS = 10_000_000;

/** A datum of a certificate. @internal */
export type Datum = CertificateDatum;

/** The first problem found, or none. @internal */
export type Problem = O.Option<string>;

/**
 * No problem. @internal
 * @example
 * ```ts
 * first(() => ok); // none
 * ```
 */
export const ok: Problem = O.none;

/**
 * A problem. @internal
 * @example
 * ```ts
 * bad("symbols is 3, sigma has 2"); // some("symbols is 3, sigma has 2")
 * ```
 */
export const bad = (message: string): Problem => O.some(message);

/**
 * The first problem of checks run in order (later checks may assume earlier ones passed).
 * @internal
 * @example
 * ```ts
 * first(() => ok, () => bad("no"), () => bad("never run")); // some("no")
 * ```
 */
export function first(...checks: (() => Problem)[]): Problem {
  for (const c of checks) {
    const p = c();
    if (O.isSome(p)) return p;
  }
  return ok;
}

/**
 * Is `i` an index of the family below `below`? @internal
 * @example
 * ```ts
 * isIndex(exLen(), 3, 2); // false
 * ```
 */
export function isIndex(family: Family, i: unknown, below = family.size): i is number {
  return (
    Number.isSafeInteger(i) && (i as number) >= 0 && (i as number) < Math.min(below, family.size)
  );
}

/**
 * Member i's DFA. @internal
 * @example
 * ```ts
 * accepts(dfa(exLen(), 2), [0, 0]); // true
 * ```
 */
export function dfa(family: Family, i: number): Dfa {
  return family.at(i).dfa;
}

/**
 * Do two DFAs accept the same language (Hopcroft–Karp, any DFAs)? @internal
 * @example
 * ```ts
 * sameLanguage(dfa(exGold(), 2), dfa(exLen(), 1)); // true
 * ```
 */
export function sameLanguage(a: Dfa, b: Dfa): boolean {
  return O.isNone(equivalent(a, b));
}

/**
 * Is `w` an array of the family's symbol indices? @internal
 * @example
 * ```ts
 * validWord(exLen(), [0, 1]); // false: {a} has one symbol
 * ```
 */
export function validWord(family: Family, w: unknown): w is readonly number[] {
  const k = family.alphabet.symbols.length;
  return Array.isArray(w) && w.every((s) => Number.isInteger(s) && s >= 0 && s < k);
}

/**
 * A string key for a word. @internal
 * @example
 * ```ts
 * key([0, 1]); // "0.1"
 * ```
 */
export function key(w: readonly number[]): string {
  return w.join(".");
}

/**
 * A string key for a datum (the pause is `"#"`). @internal
 * @example
 * ```ts
 * datumKey("#"); // "#"
 * ```
 */
export function datumKey(d: Datum): string {
  return d === "#" ? "#" : key(d);
}

/**
 * Σ^≤ℓ over k symbols in shortlex order, by counting; undefined beyond
 * {@link MAX_VERIFY_WORDS} words. Cost: O(|Σ^≤ℓ| · ℓ). @internal
 * @example
 * ```ts
 * allWords(2, 1); // [[], [0], [1]]
 * ```
 */
export function allWords(k: number, length: number): (readonly number[])[] | undefined {
  const out: (readonly number[])[] = [];
  for (let len = 0; len <= length; len++) {
    const w = new Array<number>(len).fill(0);
    for (;;) {
      if (out.length >= MAX_VERIFY_WORDS) return undefined;
      out.push([...w]);
      let p = len - 1;
      while (p >= 0 && w[p] === k - 1) w[p--] = 0;
      if (p < 0) break;
      w[p] = (w[p] as number) + 1;
    }
  }
  return out;
}

/**
 * The version must be 1 and the description the family's. @internal
 * @example
 * ```ts
 * header(exLen(), { version: 1, family: "EX-GOLD" }); // some("the certificate is about …")
 * ```
 */
export function header(family: Family, c: { version: unknown; family: unknown }): Problem {
  if (c.version !== 1) return bad(`version must be 1, got ${String(c.version)}`);
  if (c.family !== family.description)
    return bad(`the certificate is about ${JSON.stringify(c.family)}, not ${family.description}`);
  return ok;
}

/**
 * A length ≥ 0 and a member count in 1..size. @internal
 * @example
 * ```ts
 * boundOk(exThick(), 3, 0); // some("members must be in 1..Infinity, got 0")
 * ```
 */
export function boundOk(family: Family, length: unknown, members: unknown): Problem {
  if (!Number.isSafeInteger(length) || (length as number) < 0)
    return bad(`length must be a non-negative integer, got ${String(length)}`);
  const m = members as number;
  if (!Number.isSafeInteger(m) || m < 1 || m > family.size)
    return bad(`members must be in 1..${family.size}, got ${String(members)}`);
  return ok;
}
