/**
 * An independent check of bounded tell-tale absence certificates (THEORY.md C4: L_i has no
 * tell-tale when every finite T ⊆ L_i lies in some member L' ⊊ L_i), for the proofs. For each
 * length ℓ the certificate names a member L_j; this checks, without the producer's code, that
 * every word of L_i up to length ℓ is in L_j (by running both automata on every such word of
 * Σ^≤ℓ, listed here in shortlex order), that the named word is in L_i and not in L_j (running),
 * and that L_j ⊆ L_i (a product). Then every T ⊆ L_i with words of length ≤ ℓ lies in L_j ⊊ L_i.
 */
import { accepts } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";
import type { AbsenceCertificate } from "../../src/identification/certificate/types.js";
import { type Family, member } from "../../src/identification/family/family.js";
import { subsetByProduct } from "./products.js";
import { sigmaStar } from "./shortlex.js";

/**
 * The words of L(member i) of length at most ℓ, in shortlex order, by running the automaton on
 * every word of Σ^≤ℓ. Cost: O(k^ℓ · ℓ).
 *
 * @example
 * ```ts
 * shortWordsOf(exGold(), 3, 4); // [[], [0], [0, 0]]: {ε, a, aa} has no longer word
 * ```
 */
export function shortWordsOf(family: Family, i: number, length: number): Word[] {
  const d = member(family, i);
  const out: Word[] = [];
  for (const w of sigmaStar(family.alphabet.symbols.length)) {
    if (w.length > length) return out;
    if (accepts(d, w)) out.push(w);
  }
  return out;
}

/**
 * Why the certificate is wrong, or undefined when it checks out: the right kind and member, one
 * witness per length 0..`length` in order, each naming a member among the first `members`
 * other than i that holds every word of L_i up to that length, misses the named word of L_i,
 * and is a subset of L_i. Cost: O(Σ_ℓ k^ℓ · ℓ) runs plus one product per witness.
 *
 * @example
 * ```ts
 * absenceProblem(exGold(), cert); // undefined for the library's certificate for a*
 * ```
 */
export function absenceProblem(family: Family, cert: AbsenceCertificate): string | undefined {
  const i = cert.member;
  if (cert.kind !== "tell-tale-absence") return "not an absence certificate";
  if (!(Number.isInteger(i) && i >= 0 && i < family.size)) return `member ${i} is not an index`;
  if (cert.witnesses.length !== cert.length + 1)
    return `${cert.witnesses.length} witnesses for lengths 0..${cert.length}`;
  const li = member(family, i);
  for (const [l, w] of cert.witnesses.entries()) {
    const j = w.member;
    if (w.length !== l) return `witness ${l} is for length ${w.length}`;
    if (!(Number.isInteger(j) && j >= 0 && j < Math.min(family.size, cert.members)) || j === i)
      return `length ${l}: member ${j} is not a searched index other than ${i}`;
    const lj = member(family, j);
    const missing = shortWordsOf(family, i, l).find((x) => !accepts(lj, x));
    if (missing !== undefined) return `length ${l}: ${missing.join(",")} ∈ L_${i} is not in L_${j}`;
    if (!accepts(li, w.word) || accepts(lj, w.word))
      return `length ${l}: ${w.word.join(",")} does not separate L_${i} from L_${j}`;
    if (!subsetByProduct(lj, li)) return `length ${l}: L_${j} is not a subset of L_${i}`;
  }
  return undefined;
}
