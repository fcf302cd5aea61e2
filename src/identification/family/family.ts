/**
 * Families (classes) of languages: indexed members, finite or lazily unbounded.
 *
 * Invariants of every `Family`:
 * - `size` is a positive integer or `Infinity`; members are indexed `0..size-1`;
 * - every member's DFA is over `alphabet` and minimal (canonically numbered, as `minimize`
 *   returns it), so two members have the same language exactly when their DFAs are `dfaEquals`;
 * - `at(i)` is a pure function of `i` (lazy families compute a member on first use and keep it);
 * - `layout` says how the members are arranged, so adversaries can rely on it: `"gold"` and
 *   `"ft"` (index 0 an infinite base L∞, index n + 1 its first n + 1 words in shortlex order),
 *   `"cofin"` (index 0 = L∞, index n + 1 = L∞ minus its n-th word), `"fin-layers"` (the subsets
 *   of L∞ with at most `capacity` words, L∞ itself not a member), `"finite"`, `"custom"`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { type Alphabet, assertSameAlphabet, sameAlphabet } from "../../automata/alphabet.js";
import { dfaEquals, dfaHash } from "../../automata/canonical.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import {
  alphabetMismatch,
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "../../automata/support/errors.js";

/** How a family's members are arranged (see the module invariants). */
export type Layout = "gold" | "ft" | "cofin" | "fin-layers" | "finite" | "custom";

/** Where a member comes from: its base model, the operator that made it, a watermark. */
export interface Provenance {
  /** E.g. `"base"`, `"restrict"` (to the first words), `"remove"` (one word), `"random"`. */
  readonly operator: string;
  /** The base language or model it was derived from. */
  readonly base?: string;
  /** A planted watermark, when there is one. */
  readonly watermark?: string;
  /** Free text: the parameters of the operator. */
  readonly detail?: string;
}

/** One member of a family. */
export interface Member {
  /** Minimal, canonically numbered. */
  readonly dfa: Dfa;
  readonly name: string;
  readonly provenance: Provenance;
}

/** An indexed family of languages. */
export interface Family {
  readonly alphabet: Alphabet;
  /** The number of members: a positive integer, or `Infinity`. */
  readonly size: number;
  readonly description: string;
  readonly layout: Layout;
  /** The base L∞ of the layouts gold, ft, cofin and fin-layers. */
  readonly base?: Dfa;
  /** For fin-layers: the most words a member has. */
  readonly capacity?: number;
  /** The member at index i; precondition: `hasMember(family, i)`. */
  readonly at: (i: number) => Member;
}

/** A member as a caller gives it: a DFA (any size), with an optional name and provenance. */
export interface MemberInput {
  readonly dfa: Dfa;
  readonly name?: string;
  readonly provenance?: Provenance;
}

/** The description of a lazily computed family: {@link indexedFamily}'s argument. */
export interface IndexedFamilySpec {
  readonly alphabet: Alphabet;
  readonly size: number;
  readonly description: string;
  readonly layout: Layout;
  readonly base?: Dfa;
  readonly capacity?: number;
  /** Index ↦ member; called at most once per index. Its DFA is minimised on the way in. */
  readonly member: (i: number) => MemberInput;
}

/**
 * Is `i` an index of the family?
 *
 * @example
 * ```ts
 * hasMember(exGold(), 7); // true
 * hasMember(exPassword(2), 4); // false (indices 0..3)
 * ```
 */
export function hasMember(family: Family, i: number): boolean {
  return Number.isSafeInteger(i) && i >= 0 && i < family.size;
}

/**
 * A family computed on demand: each member is built (and minimised) the first time it is
 * asked for, then kept. The way to plug in an unbounded family of one's own.
 *
 * Cost: one call of `spec.member` and one minimisation per index used; memory for the members
 * used.
 *
 * @throws LimitLabException (invalid-input) when `spec.size` is not a positive integer or
 * `Infinity`; asking a member outside `0..size-1`, or a member over another alphabet, throws
 * too (programming errors).
 * @example
 * ```ts
 * const evens = indexedFamily({
 *   alphabet: a, size: Infinity, description: "{a^2n}", layout: "custom",
 *   member: (n) => ({ dfa: finiteLanguage(a, [Array(2 * n).fill(0)]) }),
 * });
 * member(evens, 3); // the minimal DFA of {aaaaaa}
 * ```
 */
export function indexedFamily(spec: IndexedFamilySpec): Family {
  const { size } = spec;
  if (!(size === Number.POSITIVE_INFINITY || (Number.isSafeInteger(size) && size >= 1)))
    throw new LimitLabException(
      invalidInput(`must be a positive integer or Infinity, got ${String(size)}`, "size"),
    );
  const cache = new Map<number, Member>();
  const family: Family = {
    alphabet: spec.alphabet,
    size,
    description: spec.description,
    layout: spec.layout,
    ...(spec.base === undefined ? {} : { base: spec.base }),
    ...(spec.capacity === undefined ? {} : { capacity: spec.capacity }),
    at: (i) => {
      const hit = cache.get(i);
      if (hit !== undefined) return hit;
      if (!hasMember(family, i))
        throw new LimitLabException(
          invalidInput(
            `${String(i)} is not an index of ${spec.description} (size ${size})`,
            "index",
          ),
        );
      const m = spec.member(i);
      assertSameAlphabet(m.dfa.alphabet, spec.alphabet);
      const built: Member = {
        dfa: minimize(m.dfa),
        name: m.name ?? `L${i}`,
        provenance: m.provenance ?? { operator: "given" },
      };
      cache.set(i, built);
      return built;
    },
  };
  return family;
}

/** Options of {@link finiteFamily}. */
export interface FiniteFamilyOptions {
  /** @defaultValue `"a finite family of n languages"` */
  readonly description?: string;
  /**
   * Drop members whose language equals an earlier member's (the later name is recorded in the
   * kept member's provenance). @defaultValue false
   */
  readonly dedupe?: boolean;
  /** @defaultValue `"finite"` */
  readonly layout?: Layout;
}

/**
 * A finite family from a list of DFAs (each minimised), checking the list is not empty and
 * every DFA is over the first one's alphabet.
 *
 * Cost: one minimisation per member; with `dedupe`, O(1) expected per member more (hashing
 * the canonical DFAs).
 *
 * @example
 * ```ts
 * finiteFamily([{ dfa: aStar, name: "a*" }, { dfa: abStar }]); // right(Family of size 2)
 * finiteFamily([]); // left: a family needs at least one member
 * finiteFamily([{ dfa: x }, { dfa: x }], { dedupe: true }); // right(size 1)
 * ```
 */
export function finiteFamily(
  members: readonly MemberInput[],
  options: FiniteFamilyOptions = {},
): E.Either<LimitLabError, Family> {
  const first = members[0];
  if (first === undefined)
    return E.left(invalidInput("a family needs at least one member", "members"));
  const alphabet = first.dfa.alphabet;
  const kept: Member[] = [];
  const byHash = new Map<number, number[]>();
  for (const [i, m] of members.entries()) {
    if (!sameAlphabet(m.dfa.alphabet, alphabet)) {
      const e = alphabetMismatch(alphabet.symbols, m.dfa.alphabet.symbols);
      return E.left({ ...e, message: `members[${i}]: ${e.message}` });
    }
    const dfa = minimize(m.dfa);
    const name = m.name ?? `L${i}`;
    const h = dfaHash(dfa);
    const same =
      options.dedupe === true
        ? byHash.get(h)?.find((j) => dfaEquals((kept[j] as Member).dfa, dfa))
        : undefined;
    if (same !== undefined) {
      const old = kept[same] as Member;
      const detail = [old.provenance.detail, `also ${name}`]
        .filter((x) => x !== undefined)
        .join("; ");
      kept[same] = { ...old, provenance: { ...old.provenance, detail } };
      continue;
    }
    byHash.set(h, [...(byHash.get(h) ?? []), kept.length]);
    kept.push({ dfa, name, provenance: m.provenance ?? { operator: "given" } });
  }
  const frozen: readonly Member[] = kept;
  const family = indexedFamily({
    alphabet,
    size: frozen.length,
    description: options.description ?? `a finite family of ${frozen.length} languages`,
    layout: options.layout ?? "finite",
    member: (i) => frozen[i] as Member,
  });
  return E.right(family);
}

/**
 * The minimal DFA of member i.
 *
 * @throws LimitLabException (invalid-input) when i is not an index of the family
 * (check with {@link hasMember}).
 * @example
 * ```ts
 * stateCount(member(exGold(), 0)); // 1 (a*)
 * accepts(member(exGold(), 3), [0, 0]); // true: {ε, a, aa}
 * ```
 */
export function member(family: Family, i: number): Dfa {
  return family.at(i).dfa;
}

/** Budget of {@link indexOf}. */
export interface MemberBudget {
  /** The most members to compare. @defaultValue {@link DEFAULT_MEMBERS} */
  readonly members?: number;
}

/**
 * The default number of members a search looks at: 1000.
 *
 * @example
 * ```ts
 * indexOf(exLen(), d); // searches members 0..DEFAULT_MEMBERS-1
 * ```
 */
export const DEFAULT_MEMBERS = 1000;

interface ScanIndex {
  scanned: number;
  readonly byHash: Map<number, number[]>;
}

const scans = new WeakMap<Family, ScanIndex>();

/**
 * The least index whose member has the language of `dfa`, searched among the first
 * `budget.members` members (all of a smaller finite family); `none` when no searched member
 * has it.
 *
 * Cost: one minimisation of `dfa`; members are hashed once per family and kept, so repeated
 * look-ups cost O(n·k) each after the first scan of O(members · n·k).
 *
 * @throws LimitLabException (alphabet-mismatch) when `dfa` is over another alphabet.
 * @example
 * ```ts
 * indexOf(exGold(), finiteLanguage(a, [[], [0]])); // some(2): {ε, a}
 * indexOf(exLen(), aStar, { members: 100 }); // none
 * ```
 */
export function indexOf(family: Family, dfa: Dfa, budget: MemberBudget = {}): O.Option<number> {
  assertSameAlphabet(family.alphabet, dfa.alphabet);
  const limit = Math.min(family.size, budget.members ?? DEFAULT_MEMBERS);
  const target = minimize(dfa);
  const h = dfaHash(target);
  let scan = scans.get(family);
  if (scan === undefined) {
    scan = { scanned: 0, byHash: new Map() };
    scans.set(family, scan);
  }
  const known = scan.byHash.get(h)?.find((j) => j < limit && dfaEquals(member(family, j), target));
  if (known !== undefined) return O.some(known);
  for (; scan.scanned < limit; scan.scanned++) {
    const i = scan.scanned;
    const d = member(family, i);
    const hi = dfaHash(d);
    scan.byHash.set(hi, [...(scan.byHash.get(hi) ?? []), i]);
    if (hi === h && dfaEquals(d, target)) {
      scan.scanned++;
      return O.some(i);
    }
  }
  return O.none;
}
