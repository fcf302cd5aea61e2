/**
 * Bounded certificates that a member has no tell-tale (THEORY.md C4: L has no tell-tale when
 * every finite T ⊆ L lies in some member L' ⊊ L).
 *
 * Method: every finite T ⊆ L_i whose words have length ≤ ℓ lies in L_i ∩ Σ^≤ℓ, so it is enough
 * to find, for each ℓ = 0..length, one member L_j (among the first `members`) with
 * L_i ∩ Σ^≤ℓ ⊆ L_j ⊊ L_i. Then no such T is a tell-tale: that is the certificate, and
 * `verify-bounded.ts` checks it by products and, for small bounds, by enumeration.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { isSubset } from "../../automata/inclusion.js";
import { intersect } from "../../automata/product.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { AbsenceCertificate, AbsenceWitness } from "../certificate/types.js";
import { type Family, hasMember, member } from "../family/family.js";
import { wordsUpTo } from "../family/finite-language.js";
import { relations } from "../family/relations.js";

/** Bounds of {@link absenceCertificate}. */
export interface AbsenceBounds {
  /** The longest words of the sets T covered. */
  readonly length: number;
  /** Search sub-members among the first `members` members. */
  readonly members: number;
}

/**
 * A certificate that member i has no tell-tale made of words of length ≤ `length` (searching
 * sub-members among the first `members`), or none when some L_i ∩ Σ^≤ℓ lies in no proper
 * sub-member found (then that set is a candidate tell-tale within the bound).
 *
 * Cost: for each ℓ, an intersection with Σ^≤ℓ and up to `members` inclusion checks (products).
 *
 * @example
 * ```ts
 * absenceCertificate(exGold(), 0, { length: 10, members: 20 }); // right(some(certificate))
 * absenceCertificate(exLen(), 3, { length: 5, members: 20 }); // right(none): {a..a^3} is a tell-tale
 * ```
 */
export function absenceCertificate(
  family: Family,
  i: number,
  bounds: AbsenceBounds,
): E.Either<LimitLabError, O.Option<AbsenceCertificate>> {
  if (!hasMember(family, i))
    return E.left(invalidInput(`${String(i)} is not an index of ${family.description}`, "member"));
  if (!Number.isSafeInteger(bounds.length) || bounds.length < 0)
    return E.left(
      invalidInput(`must be a non-negative integer, got ${String(bounds.length)}`, "length"),
    );
  if (!Number.isSafeInteger(bounds.members) || bounds.members < 1)
    return E.left(
      invalidInput(`must be a positive integer, got ${String(bounds.members)}`, "members"),
    );
  const m = Math.min(family.size, bounds.members);
  const r = relations(family);
  const li = member(family, i);
  const below: number[] = [];
  for (let j = 0; j < m; j++) if (j !== i && r.proper(j, i)) below.push(j);
  const witnesses: AbsenceWitness[] = [];
  for (let l = 0; l <= bounds.length; l++) {
    const segment = intersect(li, wordsUpTo(family.alphabet, l));
    const j = below.find((c) => isSubset(segment, member(family, c)));
    if (j === undefined) return E.right(O.none);
    const w = r.witness(i, j);
    if (O.isNone(w)) return E.right(O.none);
    witnesses.push({ length: l, member: j, word: w.value });
  }
  return E.right(
    O.some({
      version: 1,
      kind: "tell-tale-absence",
      family: family.description,
      member: i,
      length: bounds.length,
      members: m,
      witnesses,
    }),
  );
}
