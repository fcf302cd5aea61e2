/**
 * Inclusions between the members of a family, computed on demand and kept per family (the
 * members never change), for tell-tales, learners, structure searches and generators that ask
 * the same questions many times.
 *
 * Law: `witness(i, j)` is the shortest, then shortlex-least, word of L_i ∖ L_j (none when
 * L_i ⊆ L_j); `subset(j, i)` ⇔ L_j ⊆ L_i; `proper(j, i)` ⇔ L_j ⊊ L_i.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { dfaEquals } from "../../automata/canonical.js";
import { inclusionWitness } from "../../automata/inclusion.js";
import type { Word } from "../../automata/word.js";
import { type Family, member } from "./family.js";

/** Memoised inclusion questions about a family's members (indices must be members). */
export interface Relations {
  /** The shortest, then shortlex-least, word of L_i ∖ L_j. */
  readonly witness: (i: number, j: number) => O.Option<Word>;
  /** L_j ⊆ L_i. */
  readonly subset: (j: number, i: number) => boolean;
  /** L_i = L_j. */
  readonly same: (i: number, j: number) => boolean;
  /** L_j ⊊ L_i. */
  readonly proper: (j: number, i: number) => boolean;
}

const cache = new WeakMap<Family, Relations>();

/**
 * The (shared, memoised) inclusion relations of a family.
 *
 * Cost: the first `witness(i, j)` costs a product BFS, O(n_i · n_j · k) at most; repeats are
 * O(1). Memory: one entry per pair asked.
 *
 * @example
 * ```ts
 * const r = relations(exGold());
 * r.proper(3, 0); // true: {ε, a, aa} ⊊ a*
 * r.witness(0, 3); // some([0, 0, 0])
 * ```
 */
export function relations(family: Family): Relations {
  const hit = cache.get(family);
  if (hit !== undefined) return hit;
  const memo = new Map<number, Map<number, O.Option<Word>>>();
  const witness = (i: number, j: number): O.Option<Word> => {
    let row = memo.get(i);
    if (row === undefined) {
      row = new Map();
      memo.set(i, row);
    }
    let w = row.get(j);
    if (w === undefined) {
      w = i === j ? O.none : inclusionWitness(member(family, i), member(family, j));
      row.set(j, w);
    }
    return w;
  };
  const subset = (j: number, i: number): boolean => O.isNone(witness(j, i));
  const same = (i: number, j: number): boolean => dfaEquals(member(family, i), member(family, j));
  const r: Relations = { witness, subset, same, proper: (j, i) => subset(j, i) && !same(i, j) };
  cache.set(family, r);
  return r;
}
