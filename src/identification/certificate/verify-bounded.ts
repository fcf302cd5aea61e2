/**
 * Independent checks of the bounded certificates (`bounded.ts`): thickness tables, elasticity
 * chains and locking sequences. This file imports the automata layer only (plus types): it
 * enumerates Σ^≤ℓ itself, decides membership by running the members' DFAs, compares languages
 * with `equivalent` and re-runs learners from their `init`, so it shares no code with the
 * searches that produced the certificates (THEORY.md, rules for executable proofs).
 *
 * Each `*Problem` function returns the first problem found (none: the certificate holds);
 * each `verify*` function is its boolean form. What is checked is exactly what each
 * certificate type documents, with one exception said there: an elasticity chain's
 * `exhaustive` flag (no longer chain exists) is the producer's claim; validity and maximality
 * are checked.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { accepts } from "../../automata/dfa.js";
import type { Family } from "../family/family.js";
import type { ElasticityCertificate, ThicknessCertificate } from "./bounded.js";
import {
  allWords,
  bad,
  boundOk,
  dfa,
  first,
  header,
  isIndex,
  key,
  ok,
  type Problem,
  sameLanguage,
  validWord,
} from "./verify-support.js";

export { lockingProblem, verifyLocking } from "./verify-locking.js";

/**
 * The first problem of a thickness certificate: its table must list exactly Σ^≤length in
 * shortlex order, each word with exactly the counted members that accept it, duplicates must
 * repeat an earlier language (and counted members must not), and the summary, tail and verdict
 * must be what the table gives.
 *
 * Cost: O(members · |Σ^≤length| · length) membership runs, plus minimisation and equivalence
 * checks to confirm the duplicates.
 *
 * @example
 * ```ts
 * thicknessProblem(exThick(), cert); // none
 * thicknessProblem(exThick(), { ...cert, maxCount: 2 }); // some("maxCount is 2, the table gives 1")
 * ```
 */
export function thicknessProblem(family: Family, c: ThicknessCertificate): Problem {
  return first(
    () => header(family, c),
    () => (c.kind === "thickness" ? ok : bad(`kind must be "thickness"`)),
    () => boundOk(family, c.length, c.members),
    () => (c.exact === (c.members === family.size) ? ok : bad("exact is wrong")),
    () => table(family, c),
  );
}

function table(family: Family, c: ThicknessCertificate): Problem {
  const dup = new Map<number, number>();
  for (const d of c.duplicates) {
    if (
      !isIndex(family, d.member, c.members) ||
      !isIndex(family, d.of, d.member) ||
      dup.has(d.member)
    )
      return bad(`duplicate ${JSON.stringify(d)} is out of range or repeated`);
    if (!sameLanguage(dfa(family, d.member), dfa(family, d.of)))
      return bad(`member ${d.member} is not a duplicate of ${d.of}`);
    dup.set(d.member, d.of);
  }
  const counted: number[] = [];
  for (let i = 0; i < c.members; i++) {
    if (dup.has(i)) continue;
    const twin = counted.find((j) => sameLanguage(dfa(family, i), dfa(family, j)));
    if (twin !== undefined) return bad(`member ${i} repeats member ${twin} but is counted`);
    counted.push(i);
  }
  const words = allWords(family.alphabet.symbols.length, c.length);
  if (words === undefined) return bad("too many words to verify");
  if (c.entries.length !== words.length || c.words !== words.length)
    return bad(
      `the table has ${c.entries.length} entries, Σ^≤${c.length} has ${words.length} words`,
    );
  const tailFrom = Math.floor(c.members / 2);
  let worst = 0;
  let tailBest = 0;
  let witness = 0;
  for (const [u, e] of c.entries.entries()) {
    const w = words[u] as readonly number[];
    if (!validWord(family, e.word) || key(e.word) !== key(w))
      return bad(`entry ${u} should be the word ${JSON.stringify(w)}`);
    const expected = counted.filter((i) => accepts(dfa(family, i), w));
    if (key(expected) !== key(e.members))
      return bad(
        `word ${JSON.stringify(w)} lies in members ${JSON.stringify(expected)}, not ${JSON.stringify(e.members)}`,
      );
    if (expected.length > (c.entries[worst] as { members: readonly number[] }).members.length)
      worst = u;
    const tail = expected.filter((i) => i >= tailFrom).length;
    if (tail > tailBest) {
      tailBest = tail;
      witness = u;
    }
  }
  const maxCount = (c.entries[worst] as { members: readonly number[] }).members.length;
  if (c.maxCount !== maxCount) return bad(`maxCount is ${c.maxCount}, the table gives ${maxCount}`);
  if (key(c.worst) !== key(words[worst] as readonly number[]))
    return bad("worst is not the shortlex-least word of maxCount");
  if (c.tailFrom !== tailFrom) return bad(`tailFrom must be ${tailFrom}`);
  const thick = !c.exact && tailBest > 0;
  if (c.verdict !== (thick ? "thick" : "thin"))
    return bad(`the verdict must be ${thick ? "thick" : "thin"}`);
  if (!thick) return c.witness === undefined ? ok : bad("a thin certificate has no witness");
  const tailSize = counted.filter((i) => i >= tailFrom).length;
  const wt = c.witness;
  return wt !== undefined &&
    key(wt.word) === key(words[witness] as readonly number[]) &&
    wt.tailCount === tailBest &&
    wt.tailSize === tailSize
    ? ok
    : bad(
        `the witness must be ${JSON.stringify(words[witness])} in ${tailBest} of ${tailSize} tail members`,
      );
}

/**
 * Does the thickness certificate hold? (See {@link thicknessProblem}.)
 *
 * @example
 * ```ts
 * verifyThickness(exThick(), E.getOrElseW(() => undefined)(finiteThickness(exThick()))!); // true
 * ```
 */
export function verifyThickness(family: Family, c: ThicknessCertificate): boolean {
  return O.isNone(thicknessProblem(family, c));
}

/**
 * The first problem of an elasticity chain: w_0..w_m (length ≤ `length`) and members
 * L_1..L_m (index < `searched`) must satisfy {w_0..w_(n−1)} ⊆ L_n ∌ w_n, and the chain must be
 * maximal: every member < `searched` containing all of w_0..w_m contains all of Σ^≤length.
 *
 * Cost: O(m²) membership runs, plus O(searched · |Σ^≤length|) for maximality.
 *
 * @example
 * ```ts
 * elasticityProblem(exLen(), cert); // none
 * elasticityProblem(exLen(), { ...cert, words: cert.words.slice(0, -1) }); // some(...)
 * ```
 */
export function elasticityProblem(family: Family, c: ElasticityCertificate): Problem {
  return first(
    () => header(family, c),
    () => (c.kind === "elasticity" ? ok : bad(`kind must be "elasticity"`)),
    () => boundOk(family, c.length, c.searched),
    () => chain(family, c),
  );
}

function chain(family: Family, c: ElasticityCertificate): Problem {
  const { words, members } = c;
  if (words.length !== members.length + 1) return bad("a chain has one word more than members");
  for (const w of words)
    if (!validWord(family, w) || w.length > c.length) return bad(`bad word ${JSON.stringify(w)}`);
  for (const [n, l] of members.entries()) {
    if (!isIndex(family, l, c.searched)) return bad(`member ${String(l)} is out of range`);
    const d = dfa(family, l);
    const missing = words.slice(0, n + 1).findIndex((w) => !accepts(d, w));
    if (missing >= 0) return bad(`L_${n + 1} = member ${l} misses w_${missing}`);
    if (accepts(d, words[n + 1] as readonly number[]))
      return bad(`L_${n + 1} = member ${l} contains w_${n + 1}`);
  }
  const all = allWords(family.alphabet.symbols.length, c.length);
  if (all === undefined) return bad("too many words to verify");
  for (let i = 0; i < c.searched; i++) {
    const d = dfa(family, i);
    if (words.every((w) => accepts(d, w)) && !all.every((w) => accepts(d, w)))
      return bad(`the chain is not maximal: member ${i} extends it`);
  }
  return ok;
}

/**
 * Does the elasticity chain hold? (See {@link elasticityProblem}.)
 *
 * @example
 * ```ts
 * verifyElasticity(exLen(), cert); // true
 * ```
 */
export function verifyElasticity(family: Family, c: ElasticityCertificate): boolean {
  return O.isNone(elasticityProblem(family, c));
}
