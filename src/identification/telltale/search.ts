/**
 * Tell-tales (Angluin 1980, THEORY.md C4), computed exactly with shortest witnesses.
 *
 * The canonical tell-tale of member i (AMENDMENTS.md) is
 *   T_i = { the shortest, then shortlex-least, word of L_i ∖ L_j : L_j ⊊ L_i },
 * ∅ when no member is a proper subset of L_i; not a minimum-cardinality set. For a finite family
 * it is exact; for an unbounded one the j range over the first `members` members, so the result
 * is a candidate with its evidence up to that bound (`exact: false`). {@link searchTellTale}
 * also tries to certify that no tell-tale exists (`absence.ts`).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { compareShortlex, type Word, wordKey } from "../../automata/word.js";
import type { AbsenceCertificate, Exclusion, TellTaleCertificate } from "../certificate/types.js";
import { type Family, hasMember } from "../family/family.js";
import { relations } from "../family/relations.js";
import { absenceCertificate } from "./absence.js";

/**
 * The default number of members compared in an unbounded family: 32.
 *
 * @example
 * ```ts
 * tellTale(exLen(), 3).members; // 32
 * ```
 */
export const DEFAULT_TELLTALE_MEMBERS = 32;

/**
 * The largest finite family whose tell-tales are all computed by default: 4096 members.
 *
 * @example
 * ```ts
 * tellTales(exPassword(13)); // left: 8192 members exceed MAX_EXACT_MEMBERS
 * ```
 */
export const MAX_EXACT_MEMBERS = 4096;

/** Options of the tell-tale searches. */
export interface TellTaleOptions {
  /**
   * Compare with (and, for {@link tellTales}, compute for) the first `members` members.
   * @defaultValue the whole of a finite family (up to {@link MAX_EXACT_MEMBERS}), else
   * {@link DEFAULT_TELLTALE_MEMBERS}
   */
  readonly members?: number;
}

function range(family: Family, options: TellTaleOptions): number {
  const asked =
    options.members ?? (Number.isFinite(family.size) ? family.size : DEFAULT_TELLTALE_MEMBERS);
  return Math.min(family.size, Math.max(1, Math.floor(asked)));
}

/**
 * The canonical tell-tale of member i relative to the first `members` members.
 *
 * Cost: one inclusion check per member compared (a product BFS, memoised per family), one
 * witness per proper subset.
 *
 * @throws LimitLabException (invalid-input) when i is not a member's index.
 * @example
 * ```ts
 * tellTale(exLen(), 3).words; // [[0], [0, 0], [0, 0, 0]]: a, aa, aaa
 * tellTale(exGold(), 0, { members: 5 }).words; // a .. a^4: a candidate within 5 members
 * ```
 */
export function tellTale(
  family: Family,
  i: number,
  options: TellTaleOptions = {},
): TellTaleCertificate {
  const m = range(family, options);
  const r = relations(family);
  const excluded: Exclusion[] = [];
  const seen = new Map<string, Word>();
  for (let j = 0; j < m; j++) {
    if (j === i || !r.proper(j, i)) continue;
    const w = r.witness(i, j);
    if (O.isNone(w)) continue;
    excluded.push({ member: j, word: w.value });
    seen.set(wordKey(w.value), w.value);
  }
  return {
    version: 1,
    kind: "tell-tale",
    family: family.description,
    member: i,
    words: [...seen.values()].sort(compareShortlex),
    excluded,
    members: m,
    exact: m === family.size,
  };
}

/**
 * The canonical tell-tales of the first `members` members (all of a finite family).
 *
 * Cost: up to m² inclusion checks for m members (each a product BFS that usually stops early).
 * A finite family of more than {@link MAX_EXACT_MEMBERS} members needs an explicit `members`.
 *
 * @example
 * ```ts
 * tellTales(zoo); // right(one tell-tale per member, exact)
 * tellTales(exPassword(20)); // left: 1048576 members exceed the budget of 4096 members
 * ```
 */
export function tellTales(
  family: Family,
  options: TellTaleOptions = {},
): E.Either<LimitLabError, readonly TellTaleCertificate[]> {
  if (
    options.members === undefined &&
    family.size > MAX_EXACT_MEMBERS &&
    Number.isFinite(family.size)
  )
    return E.left(
      budgetError("members", MAX_EXACT_MEMBERS, family.size, "tell-tales of a finite family"),
    );
  if (
    options.members !== undefined &&
    !(Number.isSafeInteger(options.members) && options.members >= 1)
  )
    return E.left(
      invalidInput(`must be a positive integer, got ${String(options.members)}`, "members"),
    );
  const m = range(family, options);
  return E.right(Array.from({ length: m }, (_, i) => tellTale(family, i, { members: m })));
}

/** Options of {@link searchTellTale}. */
export interface TellTaleSearchOptions extends TellTaleOptions {
  /** Try to certify absence for every T whose words have length ≤ `length`. @defaultValue 8 */
  readonly length?: number;
}

/** A candidate tell-tale with its evidence, or a certificate that none exists up to the bound. */
export type TellTaleSearch =
  | { readonly kind: "candidate"; readonly tellTale: TellTaleCertificate }
  | { readonly kind: "absent"; readonly absence: AbsenceCertificate };

/**
 * Searches a tell-tale for member i within bounds: first tries to certify that none exists
 * (`absence.ts`: every L_i ∩ Σ^≤ℓ, ℓ ≤ `length`, lies in a proper sub-member among the first
 * `members`); when that fails, returns the canonical candidate with its evidence.
 *
 * Cost: as `absenceCertificate` plus, for a candidate, as {@link tellTale}.
 *
 * @example
 * ```ts
 * searchTellTale(exGold(), 0, { members: 40, length: 10 }); // right({ kind: "absent", ... })
 * searchTellTale(exGold(), 3, { members: 40 }); // right({ kind: "candidate", ... })
 * ```
 */
export function searchTellTale(
  family: Family,
  i: number,
  options: TellTaleSearchOptions = {},
): E.Either<LimitLabError, TellTaleSearch> {
  if (!hasMember(family, i))
    return E.left(invalidInput(`${String(i)} is not an index of ${family.description}`, "member"));
  const m = range(family, options);
  const absent = absenceCertificate(family, i, { length: options.length ?? 8, members: m });
  if (E.isLeft(absent)) return absent;
  return E.right(
    O.isSome(absent.right)
      ? { kind: "absent", absence: absent.right.value }
      : { kind: "candidate", tellTale: tellTale(family, i, { members: m }) },
  );
}
