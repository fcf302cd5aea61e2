/**
 * Gold's identification by enumeration (THEORY.md C1), from text and from informant: guess the
 * least index whose member is consistent with the sample seen so far.
 *
 * Laws: the guess never moves down and changes only when the current member is refuted (the
 * least consistent index of a growing sample can only grow), so the learner is *conservative*
 * and consistent (Definition 1, P2); it is the "least consistent" learner. From an informant it
 * identifies every family in the limit: it has converged (to the least index with the target's
 * language) once, for every earlier member with another language, the shortest word on which
 * the two differ has appeared ({@link enumerationInformantBound}). From text it identifies
 * exactly the families where no earlier member strictly contains a later one's language.
 *
 * Budget: it works among the first `members` members (a window on an unbounded family); when
 * none of them is consistent it guesses none.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { equivalent } from "../../automata/equivalence.js";
import type { Word } from "../../automata/word.js";
import type { Datum } from "../datum.js";
import { type Family, member } from "../family/family.js";
import type { Learner, LearnerInput } from "./learner.js";
import { addDatum, agrees, EMPTY_SAMPLE, type Sample, scanConsistent } from "./sample.js";

/** Options of {@link enumerationLearner}. */
export interface EnumerationOptions {
  /** Work among the first `members` members. @defaultValue 1000 */
  readonly members?: number;
}

/**
 * State: the sample, and the least index not yet refuted (`found`: it is consistent; otherwise
 * every index of the window is refuted).
 */
export interface EnumerationState {
  readonly sample: Sample;
  readonly candidate: number;
  readonly found: boolean;
}

/**
 * Gold's enumeration learner for a family, from text (`"enumeration"`) or from informant
 * (`"enumeration-informant"`).
 *
 * Cost per datum: O(|w|) when the current guess survives; otherwise O(m · S) for the m indices
 * examined against the sample's total length S; over a whole run, each index of the window is
 * passed once.
 *
 * @example
 * ```ts
 * const l = enumerationLearner(exLen());
 * runLearner(l, [[0, 0], [0]]).hypotheses; // [2, 2]
 * ```
 */
export function enumerationLearner(
  family: Family,
  input: LearnerInput = "text",
  options: EnumerationOptions = {},
): Learner<EnumerationState, Datum> & { readonly alphabet: Alphabet } {
  const window = Math.min(family.size, Math.max(1, options.members ?? 1000));
  const search = (sample: Sample, from: number): EnumerationState => {
    const scan = scanConsistent(family, sample, from, 1, window - from);
    const j = scan.found[0];
    return j === undefined
      ? { sample, candidate: scan.next, found: false }
      : { sample, candidate: j, found: true };
  };
  return {
    name: input === "text" ? "enumeration" : "enumeration-informant",
    input,
    alphabet: family.alphabet,
    init: { sample: EMPTY_SAMPLE, candidate: 0, found: false },
    step: (state, datum) => {
      const sample = addDatum(state.sample, datum);
      if (!state.found) return search(sample, state.candidate);
      if (sample === state.sample) return state;
      if (agrees(member(family, state.candidate), datum)) return { ...state, sample };
      return search(sample, state.candidate + 1);
    },
    guess: (state) => (state.found ? O.some(state.candidate) : O.none),
  };
}

/**
 * The 0-based position of a word in the shortlex order of Σ* (k = alphabet size).
 *
 * @example
 * ```ts
 * shortlexRank(ab, []); // 0
 * shortlexRank(ab, [1, 0]); // 5: ε a b aa ab ba
 * ```
 */
export function shortlexRank(alphabet: Alphabet, w: Word): number {
  const k = alphabet.symbols.length;
  let below = 0;
  for (let l = 0; l < w.length; l++) below += k ** l;
  let value = 0;
  for (const s of w) value = value * k + s;
  return below + value;
}

/** A member refuted on the way to the target, and the word that refutes it. */
export interface Refutation {
  readonly member: number;
  readonly word: Word;
}

/**
 * The computable convergence bound of enumeration from informant (THEORY.md C1): for target
 * index t, every earlier member with another language and the shortest, then shortlex-least,
 * word on which it differs from the target. An informant that has shown all these words has
 * made the learner converge to the least index with the target's language: with the shortlex
 * informant that happens by step 1 + max shortlexRank(word) (by step 4·rank + 2 with a
 * random-fair one).
 *
 * Cost: t equivalence checks (near-linear each, plus a witness search).
 *
 * @example
 * ```ts
 * enumerationInformantBound(exLen(), 2); // [{ member: 0, word: [0] }, { member: 1, word: [0, 0] }]
 * ```
 */
export function enumerationInformantBound(family: Family, target: number): Refutation[] {
  const t = member(family, target);
  const out: Refutation[] = [];
  for (let j = 0; j < target; j++) {
    const w = equivalent(member(family, j), t);
    if (O.isSome(w)) out.push({ member: j, word: w.value });
  }
  return out;
}
