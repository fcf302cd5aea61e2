/**
 * Finite thickness, bounded (Angluin 1980, THEORY.md C4): a class has finite thickness when
 * every word lies in finitely many of its languages, which is sufficient for identifiability
 * from text. {@link finiteThickness} tabulates, for every word of length ≤ `length`, the
 * members among the first `members` that contain it (each language counted once), and reads
 * a verdict off the table (see `ThicknessCertificate`): `"thin"` when the second half of the
 * window adds no membership (or the whole finite family was searched), `"thick"` with the word
 * that keeps appearing otherwise. `verifyThickness` re-checks the table by running the DFAs.
 *
 * Pins: {a^n b* : n ≥ 0} (`exThick`) is thin, each word in one member; EX-GOLD, EX-LEN and
 * EX-COFIN are thick (ε lies in every member of EX-GOLD; `a` in a* and every L_n, n ≥ 1).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { dfaEquals, dfaHash } from "../../automata/canonical.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import type { Duplicate, ThicknessCertificate } from "../certificate/bounded.js";
import { type Family, member } from "../family/family.js";
import { runToEnd, type Steps } from "../progress.js";
import { acceptedFlags, atLeast, DEFAULT_WORDS, shortWords } from "./short-words.js";

/**
 * The default length bound of the structure searches: words of length ≤ 6.
 *
 * @example
 * ```ts
 * finiteThickness(exThick()).right.length; // DEFAULT_STRUCTURE_LENGTH
 * ```
 */
export const DEFAULT_STRUCTURE_LENGTH = 6;

/**
 * The default member bound of the structure searches: the first 32 members.
 *
 * @example
 * ```ts
 * elasticityChain(exLen()).right.searched; // DEFAULT_STRUCTURE_MEMBERS
 * ```
 */
export const DEFAULT_STRUCTURE_MEMBERS = 32;

/** What {@link finiteThickness} searches. */
export interface ThicknessBound {
  /** Words of length ≤ `length`. @defaultValue {@link DEFAULT_STRUCTURE_LENGTH} */
  readonly length?: number;
  /** Members 0..members−1 (all of a smaller family). @defaultValue {@link DEFAULT_STRUCTURE_MEMBERS} */
  readonly members?: number;
  /** The most words of Σ^≤length to tabulate. @defaultValue {@link DEFAULT_WORDS} */
  readonly words?: number;
}

/** The searched window of a structure search: the words, their bound and the members. */
export interface StructureWindow {
  readonly length: number;
  /** Members 0..members−1: the bound, cut to the family's size. */
  readonly members: number;
  /** Σ^≤length in shortlex order. */
  readonly words: readonly Word[];
}

/**
 * Checks a structure search's bounds (defaults {@link DEFAULT_STRUCTURE_LENGTH},
 * {@link DEFAULT_STRUCTURE_MEMBERS}, `DEFAULT_WORDS`) and lists the words it covers; a
 * `Left` names a bad bound or too many words.
 *
 * @example
 * ```ts
 * structureWindow(exThick(), { length: 3 }); // right({ length: 3, members: 32, words: [ε, a, b, …] })
 * ```
 */
export function structureWindow(
  family: Family,
  bound: ThicknessBound,
): E.Either<LimitLabError, StructureWindow> {
  const length = atLeast(bound.length ?? DEFAULT_STRUCTURE_LENGTH, "length", 0);
  if (E.isLeft(length)) return length;
  const asked = atLeast(bound.members ?? DEFAULT_STRUCTURE_MEMBERS, "members", 1);
  if (E.isLeft(asked)) return asked;
  const limit = atLeast(bound.words ?? DEFAULT_WORDS, "words", 1);
  if (E.isLeft(limit)) return limit;
  const words = shortWords(family.alphabet, length.right, limit.right);
  if (E.isLeft(words)) return words;
  return E.right({
    length: length.right,
    members: Math.min(family.size, asked.right),
    words: words.right,
  });
}

/** Progress of the thickness table: members tabulated so far. */
export interface ThicknessProgress {
  readonly members: number;
}

/**
 * {@link finiteThickness} step by step: yields after each member tabulated.
 *
 * @example
 * ```ts
 * const steps = thicknessSteps(exThick(), { length: 4, members: 12 });
 * for (let r = steps.next(); r.done !== true; r = steps.next()) show(r.value.done, r.value.total);
 * ```
 */
export function* thicknessSteps(
  family: Family,
  bound: ThicknessBound = {},
): Steps<ThicknessProgress, E.Either<LimitLabError, ThicknessCertificate>> {
  const window = structureWindow(family, bound);
  if (E.isLeft(window)) return window;
  const { length, members: m, words } = window.right;
  const lists: number[][] = words.map(() => []);
  const duplicates: Duplicate[] = [];
  const byHash = new Map<number, number[]>();
  const counted: number[] = [];
  for (let i = 0; i < m; i++) {
    const d = member(family, i);
    const h = dfaHash(d);
    const bucket = byHash.get(h) ?? [];
    const of = bucket.find((j) => dfaEquals(member(family, j), d));
    if (of !== undefined) duplicates.push({ member: i, of });
    else {
      byHash.set(h, [...bucket, i]);
      counted.push(i);
      const flags = acceptedFlags(d, words.length);
      for (let u = 0; u < words.length; u++) if (flags[u] === 1) (lists[u] as number[]).push(i);
    }
    yield { done: i + 1, total: m, partial: { members: i + 1 } };
  }
  return E.right(certificate(family, length, m, words, lists, duplicates, counted));
}

/** The certificate from the table: counts, the worst word, the tail and the verdict. */
function certificate(
  family: Family,
  length: number,
  m: number,
  words: readonly Word[],
  lists: readonly (readonly number[])[],
  duplicates: readonly Duplicate[],
  counted: readonly number[],
): ThicknessCertificate {
  const tailFrom = Math.floor(m / 2);
  let worst = 0;
  let witness = 0;
  let tailBest = 0;
  for (const [u, list] of lists.entries()) {
    if (list.length > (lists[worst] as readonly number[]).length) worst = u;
    const tail = list.filter((i) => i >= tailFrom).length;
    if (tail > tailBest) {
      tailBest = tail;
      witness = u;
    }
  }
  const exact = m === family.size;
  const thick = !exact && tailBest > 0;
  return {
    version: 1,
    kind: "thickness",
    family: family.description,
    length,
    members: m,
    exact,
    duplicates,
    entries: words.map((word, u) => ({ word, members: lists[u] as readonly number[] })),
    words: words.length,
    maxCount: (lists[worst] as readonly number[]).length,
    worst: words[worst] as Word,
    tailFrom,
    verdict: thick ? "thick" : "thin",
    ...(thick
      ? {
          witness: {
            word: words[witness] as Word,
            tailCount: tailBest,
            tailSize: counted.filter((i) => i >= tailFrom).length,
          },
        }
      : {}),
  };
}

/**
 * The bounded finite-thickness certificate of a family: for every word of length ≤
 * `bound.length`, which of the first `bound.members` members contain it (members repeating an
 * earlier language are listed as duplicates and not counted), the largest count and its word,
 * and the verdict (`"thin"` / `"thick"` with a witness; what each claims is documented on
 * `ThicknessCertificate`). `Left` for a bad bound or more than `bound.words` words.
 *
 * Cost: O(members · (n·k + |Σ^≤length|)) time for n-state members, O(|Σ^≤length| · counts)
 * memory; the certificate lists every word.
 *
 * @example
 * ```ts
 * finiteThickness(exThick(), { length: 4, members: 12 }); // right: thin, maxCount 1
 * finiteThickness(exGold(), { length: 3, members: 10 }); // right: thick, witness ε in 5 of 5
 * ```
 */
export function finiteThickness(
  family: Family,
  bound: ThicknessBound = {},
): E.Either<LimitLabError, ThicknessCertificate> {
  return runToEnd(thicknessSteps(family, bound));
}
