/**
 * Certificates: the finite witnesses the theorems promise, as plain JSON data (words as arrays
 * of symbol indices, the pause as `"#"`), checked by `verify.ts` and `verify-telltale.ts`, which
 * share no code with the producers.
 *
 * Every certificate carries `version: 1`, its `kind` and the `family` description it is about.
 * The adversary's certificates (`mind-changes`, `stuck`) also name the learner and carry the
 * text and its total length in symbols; the bounded tell-tale ones (`tell-tale`,
 * `tell-tale-absence`) say what was searched: up to which length and among how many members.
 * (The structure and locking certificates are in `bounded.ts`.)
 *
 * @module
 */

/** A datum in a certificate: a word (symbol indices) or the pause. */
export type CertificateDatum = readonly number[] | "#";

interface AdversaryBase {
  readonly version: 1;
  /** The family's description. */
  readonly family: string;
  /** The learner's name. */
  readonly learner: string;
  readonly text: readonly CertificateDatum[];
  /** The total length of `text` in symbols (a pause counts 0). */
  readonly symbols: number;
}

/**
 * The learner changes its mind exactly `changes` times on `text`, a prefix of a text for the
 * family's infinite member (index 0): THEORY.md C2, continued forever.
 */
export interface MindChangesCertificate extends AdversaryBase {
  readonly kind: "mind-changes";
  readonly changes: number;
}

/**
 * The learner is stuck: every word of `text` is in member `member`; if that member is finite,
 * the text's content is exactly the member (so repeating it is a whole text); if infinite, the
 * text is fair (every word of the member up to the longest word shown has appeared). The text
 * is at least `horizon` long and the learner's guess is not `member` (nor any index with its
 * language) at any of its last `horizon` steps.
 */
export interface StuckCertificate extends AdversaryBase {
  readonly kind: "stuck";
  readonly member: number;
  readonly horizon: number;
}

/** What Gold's adversary returns. */
export type Certificate = MindChangesCertificate | StuckCertificate;

/** A proper sub-member of a tell-tale's member, and the word of the tell-tale that excludes it. */
export interface Exclusion {
  readonly member: number;
  /** The shortest, then shortlex-least, word of L_i ∖ L_member. */
  readonly word: readonly number[];
}

/**
 * A (candidate) tell-tale of member i: T_i = the witnesses of `excluded`, which lists every
 * member j < `members` with L_j ⊊ L_i. `exact` when `members` covers the whole family.
 */
export interface TellTaleCertificate {
  readonly version: 1;
  readonly kind: "tell-tale";
  readonly family: string;
  readonly member: number;
  /** T_i: distinct, in shortlex order. */
  readonly words: readonly (readonly number[])[];
  readonly excluded: readonly Exclusion[];
  /** Members 0..members-1 were compared. */
  readonly members: number;
  readonly exact: boolean;
}

/** For one length ℓ: L_i ∩ Σ^≤ℓ ⊆ L_member ⊊ L_i, with a word of L_i ∖ L_member. */
export interface AbsenceWitness {
  readonly length: number;
  readonly member: number;
  readonly word: readonly number[];
}

/**
 * No finite T ⊆ L_i whose words have length ≤ `length` is a tell-tale: for each ℓ ≤ `length`
 * the witness names a member strictly between L_i ∩ Σ^≤ℓ and L_i (every such T lies in some
 * L_i ∩ Σ^≤ℓ, hence in that member). Members were searched among the first `members`.
 */
export interface AbsenceCertificate {
  readonly version: 1;
  readonly kind: "tell-tale-absence";
  readonly family: string;
  readonly member: number;
  readonly length: number;
  readonly members: number;
  /** One per length 0..length, in order. */
  readonly witnesses: readonly AbsenceWitness[];
}
