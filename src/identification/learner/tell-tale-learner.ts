/**
 * Angluin's tell-tale learner (THEORY.md C4, R3): guess the least index i with
 * T_i ⊆ content ⊆ L_i, T_i the canonical tell-tale (`telltale/search.ts`).
 *
 * Law (AMENDMENTS.md, bounded not pinned): on a text for L_t it has converged, to an index with
 * L_t's language, by the step at which all of T_t has appeared and every earlier member j < t
 * with L_t ⊄ L_j has been refuted; it may converge earlier. (An earlier member left standing
 * contains L_t; if it strictly contains it, its tell-tale holds a word outside L_t, which never
 * appears.) So it identifies every finite family. On an unbounded family it works among the
 * first `members` members, with tell-tales relative to them, and is beaten by Gold's adversary
 * like every text learner.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import type { ReadonlyUint8Array } from "../../automata/dfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { isPause, type TextDatum } from "../datum.js";
import type { Family } from "../family/family.js";
import { MAX_EXACT_MEMBERS, tellTale } from "../telltale/search.js";
import type { Learner } from "./learner.js";
import { refute, standing } from "./refute.js";
import { addWord, emptyWordSet, hasWord, type WordSet } from "./word-set.js";

/**
 * The default number of members an unbounded family is searched among: 64.
 *
 * @example
 * ```ts
 * tellTaleLearner(exGold()); // works among members 0..63
 * ```
 */
export const DEFAULT_TELLTALE_LEARNER_MEMBERS = 64;

/** Options of {@link tellTaleLearner}. */
export interface TellTaleLearnerOptions {
  /**
   * Work among the first `members` members (tell-tales relative to them).
   * @defaultValue all of a finite family (up to 4096), else {@link DEFAULT_TELLTALE_LEARNER_MEMBERS}
   */
  readonly members?: number;
}

/** State: the content seen, which members still stand, and the guess (−1: none). */
export interface TellTaleState {
  readonly content: WordSet;
  readonly alive: ReadonlyUint8Array;
  readonly guess: number;
}

/**
 * The tell-tale learner for a family (`"tell-tale"`). `Left` for a finite family larger than
 * 4096 members without an explicit `members`, or a bad `members`.
 *
 * Cost: per new word, O(m·|w|) to refute members and the tell-tale checks of the members left
 * below the guess; each tell-tale is computed once, on first need (m inclusion checks).
 *
 * @example
 * ```ts
 * const l = E.getOrElseW(() => { throw 0; })(tellTaleLearner(exLen()));
 * runLearner(l, [[0], [0, 0]]).hypotheses; // [1, 2]
 * ```
 */
export function tellTaleLearner(
  family: Family,
  options: TellTaleLearnerOptions = {},
): E.Either<LimitLabError, Learner<TellTaleState, TextDatum> & { readonly alphabet: Alphabet }> {
  if (
    options.members !== undefined &&
    !(Number.isSafeInteger(options.members) && options.members >= 1)
  )
    return E.left(
      invalidInput(`must be a positive integer, got ${String(options.members)}`, "members"),
    );
  if (
    options.members === undefined &&
    Number.isFinite(family.size) &&
    family.size > MAX_EXACT_MEMBERS
  )
    return E.left(
      budgetError(
        "members",
        MAX_EXACT_MEMBERS,
        family.size,
        "the tell-tale learner on a finite family",
      ),
    );
  const m = Math.min(
    family.size,
    options.members ??
      (Number.isFinite(family.size) ? family.size : DEFAULT_TELLTALE_LEARNER_MEMBERS),
  );
  const tales = new Map<number, readonly Word[]>();
  const taleOf = (i: number): readonly Word[] => {
    let t = tales.get(i);
    if (t === undefined) {
      t = tellTale(family, i, { members: m }).words;
      tales.set(i, t);
    }
    return t;
  };
  const choose = (content: WordSet, alive: ReadonlyUint8Array): number => {
    for (let i = 0; i < m; i++)
      if (alive[i] === 1 && taleOf(i).every((w) => hasWord(content, w))) return i;
    return -1;
  };
  const all = standing(m);
  const empty = emptyWordSet();
  return E.right({
    name: "tell-tale",
    input: "text",
    alphabet: family.alphabet,
    init: { content: empty, alive: all, guess: choose(empty, all) },
    step: (state, datum) => {
      if (isPause(datum)) return state;
      const content = addWord(state.content, datum);
      if (content === state.content) return state;
      const alive = refute(family, state.alive, datum);
      return { content, alive, guess: choose(content, alive) };
    },
    guess: (state) => (state.guess < 0 ? O.none : O.some(state.guess)),
  });
}
