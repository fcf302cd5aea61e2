/**
 * Independent verification of the tell-tale certificates (`tell-tale`, `tell-tale-absence`).
 *
 * Imports the automata layer and type declarations only, never the producers (`telltale/`):
 * inclusions are decided again by products (`isSubset`, `inclusionWitness`), memberships by
 * running automata, and, when the words are few, the absence certificate's inclusions are also
 * checked by explicit enumeration.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { countUpTo } from "../../automata/count/count.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { accepts, type Dfa, dfaFromTable } from "../../automata/dfa.js";
import { inclusionWitness, isSubset } from "../../automata/inclusion.js";
import { intersect } from "../../automata/product.js";
import { compareShortlex, type Word, wordKey } from "../../automata/word.js";
import type { Family } from "../family/family.js";
import type { AbsenceCertificate, TellTaleCertificate } from "./types.js";

/** Absence checks also enumerate L_i ∩ Σ^≤ℓ when it has at most this many words. */
const ENUMERATE_AT_MOST = 10_000n;

type Problem = O.Option<string>;
const problem = (m: string): Problem => O.some(m);

const isIndex = (family: Family, i: unknown): i is number =>
  typeof i === "number" && Number.isSafeInteger(i) && i >= 0 && i < family.size;

const isWord = (w: unknown, k: number): w is Word =>
  Array.isArray(w) && w.every((s) => Number.isInteger(s) && s >= 0 && s < k);

/** Σ^≤n, built here from a table (no producer code). */
function upTo(family: Family, n: number): Dfa {
  const k = family.alphabet.symbols.length;
  const rows = Array.from({ length: n + 2 }, (_, q) =>
    new Array<number>(k).fill(q < n ? q + 1 : n + 1),
  );
  const d = dfaFromTable(
    family.alphabet,
    0,
    Array.from({ length: n + 1 }, (_, q) => q),
    rows,
  );
  if (E.isLeft(d)) throw new Error(d.left.message);
  return d.right;
}

/**
 * What is wrong with a tell-tale certificate, or none: see {@link verifyTellTale}.
 *
 * @example
 * ```ts
 * tellTaleProblem(exLen(), { ...cert, words: cert.words.slice(1) }); // some("words are not …")
 * ```
 */
export function tellTaleProblem(family: Family, cert: TellTaleCertificate): Problem {
  if (cert.version !== 1 || cert.kind !== "tell-tale")
    return problem("not a version 1 tell-tale certificate");
  if (cert.family !== family.description) return problem("the certificate is about another family");
  const i = cert.member;
  if (!isIndex(family, i)) return problem(`member ${String(i)} is not an index of the family`);
  const m = cert.members;
  if (!(Number.isSafeInteger(m) && m >= 1 && m <= family.size))
    return problem(`members ${String(m)} is out of range`);
  if (cert.exact !== (m === family.size))
    return problem("exact must say whether the members searched are the whole family");
  const k = family.alphabet.symbols.length;
  const li = family.at(i).dfa;
  const claimed = new Map<number, Word>();
  for (const e of cert.excluded) {
    if (
      !isIndex(family, e.member) ||
      e.member >= m ||
      e.member === i ||
      claimed.has(e.member) ||
      !isWord(e.word, k)
    )
      return problem(`exclusion ${JSON.stringify(e)} is malformed or repeated`);
    claimed.set(e.member, e.word);
  }
  for (let j = 0; j < m; j++) {
    if (j === i) continue;
    const lj = family.at(j).dfa;
    const proper = isSubset(lj, li) && O.isSome(inclusionWitness(li, lj));
    const w = claimed.get(j);
    if (!proper) {
      if (w !== undefined)
        return problem(`member ${j} is listed but is not a proper subset of member ${i}`);
      continue;
    }
    if (w === undefined)
      return problem(`member ${j} is a proper subset of member ${i} but is not listed`);
    const least = inclusionWitness(li, lj);
    if (O.isNone(least) || wordKey(least.value) !== wordKey(w) || !accepts(li, w) || accepts(lj, w))
      return problem(
        `the word for member ${j} is not the shortest, then shortlex-least, word of L_${i} minus L_${j}`,
      );
  }
  const expected = [...new Map([...claimed.values()].map((w) => [wordKey(w), w])).values()].sort(
    compareShortlex,
  );
  if (
    expected.length !== cert.words.length ||
    expected.some((w, n) => wordKey(w) !== wordKey(cert.words[n] ?? [-1]))
  )
    return problem("words are not the distinct exclusion words in shortlex order");
  return O.none;
}

/**
 * Checks a tell-tale certificate independently: every member j < `members` (j ≠ i) with
 * L_j ⊊ L_i is listed, once, no other is (nor i itself), each with the shortest, then shortlex-least, word of
 * L_i ∖ L_j, and `words` is the set of those words in shortlex order.
 *
 * Cost: `members` inclusion checks (products) and witness searches.
 *
 * @example
 * ```ts
 * verifyTellTale(exLen(), tellTale(exLen(), 3, { members: 10 })); // true
 * ```
 */
export function verifyTellTale(family: Family, cert: TellTaleCertificate): boolean {
  return O.isNone(tellTaleProblem(family, cert));
}

/**
 * What is wrong with an absence certificate, or none: see {@link verifyAbsence}.
 *
 * @example
 * ```ts
 * absenceProblem(exGold(), { ...cert, length: cert.length + 1 }); // some("...")
 * ```
 */
export function absenceProblem(family: Family, cert: AbsenceCertificate): Problem {
  if (cert.version !== 1 || cert.kind !== "tell-tale-absence")
    return problem("not a version 1 absence certificate");
  if (cert.family !== family.description) return problem("the certificate is about another family");
  const i = cert.member;
  if (!isIndex(family, i)) return problem(`member ${String(i)} is not an index of the family`);
  if (!(Number.isSafeInteger(cert.length) && cert.length >= 0))
    return problem("length must be a non-negative integer");
  if (!(Number.isSafeInteger(cert.members) && cert.members >= 1))
    return problem("members must be a positive integer");
  if (cert.witnesses.length !== cert.length + 1)
    return problem(`there must be one witness per length 0..${cert.length}`);
  const k = family.alphabet.symbols.length;
  const li = family.at(i).dfa;
  for (const [l, w] of cert.witnesses.entries()) {
    if (w.length !== l) return problem(`witness ${l} is for length ${String(w.length)}`);
    const j = w.member;
    if (!isIndex(family, j) || j === i || j >= cert.members)
      return problem(`witness ${l}: member ${String(j)} is out of range`);
    if (!isWord(w.word, k)) return problem(`witness ${l}: the word is malformed`);
    const lj = family.at(j).dfa;
    if (!accepts(li, w.word) || accepts(lj, w.word))
      return problem(`witness ${l}: the word is not in L_${i} minus L_${j}`);
    if (!isSubset(lj, li))
      return problem(`witness ${l}: member ${j} is not a subset of member ${i}`);
    if (!isSubset(intersect(li, upTo(family, l)), lj))
      return problem(
        `witness ${l}: the words of member ${i} up to length ${l} are not all in member ${j} (by product)`,
      );
    if (countUpTo(li, l) <= ENUMERATE_AT_MOST)
      for (const x of enumerate(li)) {
        if (x.length > l) break;
        if (!accepts(lj, x))
          return problem(
            `witness ${l}: word ${JSON.stringify(x)} is not in member ${j} (by enumeration)`,
          );
      }
  }
  return O.none;
}

/**
 * Checks an absence certificate independently: for each ℓ = 0..length, its witness member
 * L_j (j < `members`, j ≠ i) satisfies L_i ∩ Σ^≤ℓ ⊆ L_j (by product, and by enumeration when
 * there are at most 10^4 such words) and L_j ⊊ L_i (inclusion by product, properness by the
 * given word, run on both automata). Then no finite T ⊆ L_i with words of length ≤ `length` is
 * a tell-tale.
 *
 * Cost: per length, two products and possibly an enumeration of up to 10^4 words.
 *
 * @example
 * ```ts
 * verifyAbsence(exGold(), cert); // true for a certificate from absenceCertificate
 * ```
 */
export function verifyAbsence(family: Family, cert: AbsenceCertificate): boolean {
  return O.isNone(absenceProblem(family, cert));
}
