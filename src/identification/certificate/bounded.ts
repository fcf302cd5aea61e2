/**
 * Bounded certificates for the structure of a class and for locking sequences (THEORY.md C3,
 * C4, C5): plain JSON data (words as arrays of symbol indices, the pause as `"#"`) that say
 * exactly what was searched (words up to which length, members up to which index, sequences
 * up to which depth), produced by `structure/thickness.ts`, `structure/elasticity.ts` and
 * `adversary/locking.ts`, and checked by `verify-bounded.ts`, which shares no code with them.
 *
 * Every certificate carries `version: 1`, its `kind`, and the `family` description it is
 * about. A bounded certificate never claims more than its bound: "within the bound" always
 * means words of length ≤ `length` and members with index < `members` (or `searched`).
 *
 * @module
 */
import type { CertificateDatum } from "./types.js";

/** One word of Σ^≤length and the counted members (indices) that contain it, ascending. */
export interface ThicknessEntry {
  readonly word: readonly number[];
  readonly members: readonly number[];
}

/** A member whose language is that of an earlier member `of`: it is not counted again. */
export interface Duplicate {
  readonly member: number;
  readonly of: number;
}

/** The word with the most memberships in the second half of the window. */
export interface ThicknessWitness {
  readonly word: readonly number[];
  /** Counted members with index ≥ `tailFrom` that contain the word. */
  readonly tailCount: number;
  /** Counted members with index ≥ `tailFrom` (the word lies in all of them when equal). */
  readonly tailSize: number;
}

/**
 * Finite thickness (each word lies in finitely many languages of the class, THEORY.md C4),
 * up to a bound: the table of which of the first `members` members contain each word of
 * length ≤ `length`, counting each language once (`duplicates` lists the members that repeat
 * an earlier language).
 *
 * The verdict reads the table:
 * - `"thin"` with `exact: true`: the window is the whole (finite) family, so every word lies in
 *   at most `maxCount` languages: finite thickness holds outright;
 * - `"thin"` otherwise: no member with index ≥ `tailFrom` = ⌊members / 2⌋ contains a word of
 *   length ≤ `length`; doubling the window from `tailFrom` to `members` added no membership,
 *   the bounded evidence of finite thickness (each short word lies in at most `maxCount`);
 * - `"thick"`: some short word lies in members of the second half; `witness` is the
 *   shortlex-least word with the most such memberships (in every one of them when
 *   `tailCount === tailSize`, as ε and `a` in EX-GOLD), the bounded evidence that it lies in
 *   infinitely many.
 * No finite window proves either direction for an unbounded family; a larger `members`
 * relative to `length` sharpens the evidence.
 */
export interface ThicknessCertificate {
  readonly version: 1;
  readonly kind: "thickness";
  readonly family: string;
  readonly length: number;
  readonly members: number;
  /** True when `members` is the family's size (a finite family searched whole). */
  readonly exact: boolean;
  readonly duplicates: readonly Duplicate[];
  /** Every word of Σ^≤length, in shortlex order. */
  readonly entries: readonly ThicknessEntry[];
  /** `entries.length`. */
  readonly words: number;
  /** The most counted members any entry lies in. */
  readonly maxCount: number;
  /** The shortlex-least word lying in `maxCount` counted members. */
  readonly worst: readonly number[];
  /** ⌊members / 2⌋: where the second half of the window starts. */
  readonly tailFrom: number;
  readonly verdict: "thin" | "thick";
  /** For `"thick"`. */
  readonly witness?: ThicknessWitness;
}

/**
 * An elasticity chain (Wright 1989, THEORY.md C5): words w_0..w_m (`words`) and members
 * L_1..L_m (`members[n − 1]` is L_n) with {w_0, …, w_(n−1)} ⊆ L_n and w_n ∉ L_n for every
 * n = 1..m; its length is m = `members.length`. All words have length ≤ `length` and all
 * members index < `searched`.
 *
 * The chain is maximal within the bound: no member with index < `searched` contains all of
 * w_0..w_m and misses a word of length ≤ `length` (the verifier checks this). With
 * `exhaustive: true` the search examined every chain within the bound, so none is longer (the
 * producer's claim, from a complete search; the verifier checks validity and maximality).
 * A chain that keeps growing with the bound (EX-LEN: length min(length, searched)) is the
 * evidence of infinite elasticity; a length that stays put as the bound grows ({a^n b*}: 1),
 * or a finite family searched whole, is the evidence of finite elasticity.
 */
export interface ElasticityCertificate {
  readonly version: 1;
  readonly kind: "elasticity";
  readonly family: string;
  readonly length: number;
  readonly searched: number;
  readonly words: readonly (readonly number[])[];
  readonly members: readonly number[];
  readonly exhaustive: boolean;
}

/**
 * C3's corollary: the learner is locked on an infinite target, so it fails on a finite member.
 * `text` is the locking sequence followed by `horizon` data, every word of `text` is in member
 * `member` (finite, a proper subset of the target), every word of that member appears in
 * `text` (its content is exactly the member, so repeating it is a whole text), and at each of
 * the last `horizon` steps the learner's guess is still the certificate's `guess` (an index of
 * the target's language, so never the member's).
 */
export interface LockingFailure {
  readonly member: number;
  readonly text: readonly CertificateDatum[];
  readonly horizon: number;
}

/**
 * A locking sequence (Blum & Blum 1975, THEORY.md C3) up to a bound: every word of `sigma`
 * is in L_target; the learner's guess after `sigma` is `guess`, a member with L_target's
 * language; and after `sigma` followed by every sequence τ of at most `depth` data, each the
 * pause or a word of L_target of length ≤ `length`, the guess is still `guess`.
 */
export interface LockingCertificate {
  readonly version: 1;
  readonly kind: "locking";
  readonly family: string;
  readonly learner: string;
  readonly target: number;
  readonly sigma: readonly CertificateDatum[];
  /** The total length of `sigma` in symbols (a pause counts 0). */
  readonly symbols: number;
  readonly guess: number;
  readonly length: number;
  readonly depth: number;
  /** When the target is infinite and a finite member contains content(sigma). */
  readonly failure?: LockingFailure;
}

/**
 * A prefix of `sigma` at which the learner was not locked: with `tau = 0` its guess after
 * `sigma[0..at)` is none or not L_target; otherwise that guess is right and the next `tau`
 * data of `sigma`, each the pause or a word of L_target, change it (a τ of at most `depth`
 * short words found by the bounded search, or the probe of C3's corollary: the words of a
 * finite member holding content(sigma[0..at))).
 */
export interface NotLocked {
  readonly at: number;
  readonly tau: number;
}

/**
 * No locking sequence was found within the bound: the search extended `sigma` (a prefix of a
 * text for L_target, fair: it takes the target's next word in shortlex order each round) up
 * to `limit` data, and at each prefix listed in `rounds` the learner was not locked. This is
 * a report of a failed bounded search (checkable round by round), not a proof that no
 * locking sequence exists.
 */
export interface NoLockingReport {
  readonly version: 1;
  readonly kind: "no-locking";
  readonly family: string;
  readonly learner: string;
  readonly target: number;
  readonly sigma: readonly CertificateDatum[];
  readonly symbols: number;
  readonly length: number;
  readonly depth: number;
  /** The most data `sigma` was allowed. */
  readonly limit: number;
  readonly rounds: readonly NotLocked[];
}

/** What the locking-sequence search returns. */
export type LockingResult = LockingCertificate | NoLockingReport;
