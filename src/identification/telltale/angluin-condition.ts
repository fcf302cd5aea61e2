/**
 * Angluin's Condition 1 (THEORY.md P3), the correct statement and the misstated one.
 *
 * - Correct (Angluin 1980): finite T_i ⊆ L_i such that for all j, T_i ⊆ L_j ⇒ ¬(L_j ⊊ L_i).
 *   An indexed family of recursive languages is identifiable from text iff such T_i exist
 *   (uniformly enumerable).
 * - Misstated (a secondary summary): T_i ⊆ L_j ⇒ L_i = L_j. It is strictly stronger and wrong
 *   as a characterisation: on EX-LEN the tell-tales {a, …, a^n} satisfy the correct condition
 *   (and EX-LEN is identifiable), but T_n ⊆ L_(n+1) ≠ L_n breaks the misstated one.
 * Both check each given set T_i against the members j < `members` by running automata, and
 * report the first failure found.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { accepts } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";
import type { TellTaleCertificate } from "../certificate/types.js";
import { type Family, member } from "../family/family.js";
import { relations } from "../family/relations.js";

/** Candidate tell-tales: computed ones, or plain word lists (T_i for i = 0, 1, …). */
export type TellTaleSets = readonly (TellTaleCertificate | readonly Word[])[];

/** Why a condition fails for the pair (i, j). */
export interface ConditionFailure {
  readonly i: number;
  readonly j: number;
  /**
   * `"not-a-subset"`: T_i ⊄ L_i (`word` ∈ T_i ∖ L_i, j = i); `"proper-subset"`: T_i ⊆ L_j ⊊ L_i
   * (correct condition); `"not-equal"`: T_i ⊆ L_j but L_j ≠ L_i (misstated condition).
   */
  readonly reason: "not-a-subset" | "proper-subset" | "not-equal";
  readonly word?: Word;
}

/** The outcome of a condition check, with its bound. */
export interface ConditionResult {
  readonly holds: boolean;
  /** Sets T_0..T_(sets−1) were checked ... */
  readonly sets: number;
  /** ... against members 0..members−1. */
  readonly members: number;
  readonly failure: O.Option<ConditionFailure>;
}

/** Options of the condition checks. */
export interface ConditionOptions {
  /** @defaultValue the family's size when finite, else the number of sets */
  readonly members?: number;
}

function wordsOf(t: TellTaleCertificate | readonly Word[]): readonly Word[] {
  return "kind" in t ? t.words : t;
}

function check(
  family: Family,
  sets: TellTaleSets,
  options: ConditionOptions,
  bad: (i: number, j: number) => ConditionFailure["reason"] | undefined,
): ConditionResult {
  const m = Math.min(
    family.size,
    options.members ?? (Number.isFinite(family.size) ? family.size : sets.length),
  );
  const n = Math.min(sets.length, family.size);
  const fail = (f: ConditionFailure): ConditionResult => ({
    holds: false,
    sets: n,
    members: m,
    failure: O.some(f),
  });
  for (let i = 0; i < n; i++) {
    const t = wordsOf(sets[i] as TellTaleCertificate | readonly Word[]);
    const out = t.find((w) => !accepts(member(family, i), w));
    if (out !== undefined) return fail({ i, j: i, reason: "not-a-subset", word: out });
    for (let j = 0; j < m; j++) {
      if (j === i) continue;
      const lj = member(family, j);
      if (!t.every((w) => accepts(lj, w))) continue;
      const reason = bad(i, j);
      if (reason !== undefined) return fail({ i, j, reason });
    }
  }
  return { holds: true, sets: n, members: m, failure: O.none };
}

/**
 * Angluin's correct Condition 1 on the given sets: T_i ⊆ L_i, and no member L_j ⊇ T_i is a
 * proper subset of L_i (j among the first `members`).
 *
 * Cost: O(sets · members) membership runs of the sets' words, plus an inclusion check (memoised
 * product) for each pair where T_i ⊆ L_j.
 *
 * @example
 * ```ts
 * angluinCondition(exLen(), E.getOrElseW(() => [])(tellTales(exLen(), { members: 30 }))).holds; // true
 * ```
 */
export function angluinCondition(
  family: Family,
  tellTales: TellTaleSets,
  options: ConditionOptions = {},
): ConditionResult {
  const r = relations(family);
  return check(family, tellTales, options, (i, j) =>
    r.proper(j, i) ? "proper-subset" : undefined,
  );
}

/**
 * The misstated condition "T_i ⊆ L_j ⇒ L_i = L_j" (kept to show it is wrong: it fails on
 * EX-LEN, which is identifiable). Same bounds and cost as {@link angluinCondition}.
 *
 * @example
 * ```ts
 * misstatedCondition(exLen(), sets).failure; // some({ i: 0, j: 1, reason: "not-equal" })
 * ```
 */
export function misstatedCondition(
  family: Family,
  tellTales: TellTaleSets,
  options: ConditionOptions = {},
): ConditionResult {
  const r = relations(family);
  return check(family, tellTales, options, (i, j) => (r.same(i, j) ? undefined : "not-equal"));
}
