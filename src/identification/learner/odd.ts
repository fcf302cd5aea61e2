/**
 * Deliberately odd learners, for adversaries to defeat (THEORY.md rule 3: learners are black
 * boxes; an adversary that only beats well-behaved ones proves little).
 *
 * - {@link randomisedLearner}: guesses uniformly (seeded) among the first few members still
 *   consistent with the data, drawing again at every step;
 * - {@link delayingLearner}: repeats another learner's guess from `delay` steps earlier;
 * - {@link lengthPeekingLearner}: guesses the least consistent member none of whose words is
 *   longer than the longest word seen, else the least consistent member;
 * - {@link largestLearner}: always guesses the largest consistent member (the least index among
 *   those no consistent member strictly contains): a* on EX-GOLD and EX-COFIN.
 * Those that look at many members work among the first `members` of them (default 64), with
 * refutation flags (`refute.ts`).
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { countsByLength } from "../../automata/count/count.js";
import { isFinite as finiteLanguage } from "../../automata/decide.js";
import type { ReadonlyUint8Array } from "../../automata/dfa.js";
import { nextInt, type Rng, rng, type Seed } from "../../automata/support/rng.js";
import { isPause, type TextDatum } from "../datum.js";
import { type Family, member } from "../family/family.js";
import { relations } from "../family/relations.js";
import type { Learner } from "./learner.js";
import { refute, standing, standingIndices } from "./refute.js";
import type { Hypothesis } from "./trace.js";

/**
 * The default window of members the odd learners look at: 64.
 *
 * @example
 * ```ts
 * largestLearner(exGold(), { members: DEFAULT_ODD_MEMBERS }); // the same as the default
 * ```
 */
export const DEFAULT_ODD_MEMBERS = 64;

/** Options shared by the odd learners. */
export interface OddOptions {
  /** Look at the first `members` members. @defaultValue {@link DEFAULT_ODD_MEMBERS} */
  readonly members?: number;
}

function window(family: Family, options: OddOptions): number {
  return Math.min(family.size, Math.max(1, Math.floor(options.members ?? DEFAULT_ODD_MEMBERS)));
}

const some = (h: number): O.Option<number> => (h < 0 ? O.none : O.some(h));

/** Options of {@link randomisedLearner}. */
export interface RandomisedOptions extends OddOptions {
  /** @defaultValue 42 */
  readonly seed?: Seed;
  /** Choose among the first `choices` consistent members. @defaultValue 3 */
  readonly choices?: number;
}

/** State of {@link randomisedLearner}. */
export interface RandomisedState {
  readonly alive: ReadonlyUint8Array;
  readonly rng: Rng;
  readonly guess: number;
}

/**
 * The randomised learner (`"randomised"`): at every step a seeded uniform draw among the first
 * `choices` members still consistent with the data. Deterministic given its seed and the data,
 * so adversaries and verifiers can replay it.
 *
 * Cost per step: O(m·|w|) for a new word, O(m) for the draw.
 *
 * @example
 * ```ts
 * const l = randomisedLearner(exGold(), { seed: 7 });
 * runLearner(l, take(shortlexText(member(exGold(), 3)), 10)).mindChanges; // several
 * ```
 */
export function randomisedLearner(
  family: Family,
  options: RandomisedOptions = {},
): Learner<RandomisedState, TextDatum> & { readonly alphabet: Alphabet } {
  const m = window(family, options);
  const choices = Math.max(1, Math.floor(options.choices ?? 3));
  return {
    name: `randomised(seed ${options.seed ?? 42})`,
    input: "text",
    alphabet: family.alphabet,
    init: { alive: standing(m), rng: rng(options.seed ?? 42), guess: -1 },
    step: (state, datum) => {
      const alive = refute(family, state.alive, datum);
      const candidates = standingIndices(alive, choices);
      if (candidates.length === 0) return { alive, rng: state.rng, guess: -1 };
      const [r, g] = nextInt(state.rng, candidates.length);
      return { alive, rng: g, guess: candidates[r] as number };
    },
    guess: (state) => some(state.guess),
  };
}

/** State of {@link delayingLearner}: the wrapped state and its latest guesses, oldest first. */
export interface DelayingState<S> {
  readonly inner: S;
  readonly past: readonly Hypothesis[];
}

/**
 * The delaying learner: guesses what `inner` guessed `delay` steps earlier (none for the first
 * `delay` steps). It identifies whatever `inner` identifies, `delay` steps later.
 *
 * Cost per step: the wrapped step plus O(delay).
 *
 * @example
 * ```ts
 * runLearner(delayingLearner(enumerationLearner(exLen()), 2), data).hypotheses; // [null, null, …]
 * ```
 */
export function delayingLearner<S, D>(
  inner: Learner<S, D>,
  delay = 5,
): Learner<DelayingState<S>, D> {
  const d = Math.max(0, Math.floor(delay));
  return {
    name: `delaying(${inner.name}, ${d})`,
    ...(inner.input === undefined ? {} : { input: inner.input }),
    ...(inner.alphabet === undefined ? {} : { alphabet: inner.alphabet }),
    init: { inner: inner.init, past: [] },
    step: (state, datum) => {
      const next = inner.step(state.inner, datum);
      const g = inner.guess(next);
      const past = [...state.past, O.isSome(g) ? g.value : null];
      return { inner: next, past: past.length > d + 1 ? past.slice(1) : past };
    },
    guess: (state) => {
      const h = state.past.length === d + 1 ? state.past[0] : null;
      return h === null || h === undefined ? O.none : O.some(h);
    },
  };
}

/** State of {@link lengthPeekingLearner}. */
export interface LengthPeekingState {
  readonly alive: ReadonlyUint8Array;
  readonly longest: number;
  readonly guess: number;
}

/**
 * The length-peeking learner (`"length-peeking"`): guesses the least consistent member whose
 * words are all at most as long as the longest word seen (so on EX-GOLD it follows the finite
 * members F_n as they fill), else the least consistent member.
 *
 * Cost per new word: O(m·|w|); each member's longest word is computed once (O(n²·k) bigint
 * additions for a finite n-state member).
 *
 * @example
 * ```ts
 * runLearner(lengthPeekingLearner(exGold()), [[], [0, 0]]).hypotheses; // [1, 3]
 * ```
 */
export function lengthPeekingLearner(
  family: Family,
  options: OddOptions = {},
): Learner<LengthPeekingState, TextDatum> & { readonly alphabet: Alphabet } {
  const m = window(family, options);
  const longestOf = new Map<number, number>();
  const longest = (i: number): number => {
    let l = longestOf.get(i);
    if (l === undefined) {
      const d = member(family, i);
      l = Number.POSITIVE_INFINITY;
      if (finiteLanguage(d)) {
        const counts = countsByLength(d, d.states);
        l = -1;
        for (const [len, c] of counts.entries()) if (c > 0n) l = len;
      }
      longestOf.set(i, l);
    }
    return l;
  };
  const choose = (alive: ReadonlyUint8Array, seen: number): number => {
    const standingNow = standingIndices(alive);
    return standingNow.find((i) => longest(i) <= seen) ?? standingNow[0] ?? -1;
  };
  return {
    name: "length-peeking",
    input: "text",
    alphabet: family.alphabet,
    init: { alive: standing(m), longest: -1, guess: -1 },
    step: (state, datum) => {
      const alive = refute(family, state.alive, datum);
      const seen = isPause(datum) ? state.longest : Math.max(state.longest, datum.length);
      if (alive === state.alive && seen === state.longest && state.guess >= 0) return state;
      return { alive, longest: seen, guess: choose(alive, seen) };
    },
    guess: (state) => some(state.guess),
  };
}

/** State of {@link largestLearner}. */
export interface LargestState {
  readonly alive: ReadonlyUint8Array;
  readonly guess: number;
}

/**
 * The always-guess-the-largest learner (`"largest"`): among the members still consistent, the
 * least index that no other consistent member strictly contains. On EX-GOLD and EX-COFIN that
 * is a* at every step.
 *
 * Cost per new word: O(m·|w|) to refute, O(c²) memoised inclusion checks for the c members
 * standing.
 *
 * @example
 * ```ts
 * runLearner(largestLearner(exGold()), [[0]]).hypotheses; // [0]
 * ```
 */
export function largestLearner(
  family: Family,
  options: OddOptions = {},
): Learner<LargestState, TextDatum> & { readonly alphabet: Alphabet } {
  const m = window(family, options);
  const r = relations(family);
  const choose = (alive: ReadonlyUint8Array): number => {
    const c = standingIndices(alive);
    return c.find((i) => !c.some((j) => j !== i && r.proper(i, j))) ?? -1;
  };
  const all = standing(m);
  return {
    name: "largest",
    input: "text",
    alphabet: family.alphabet,
    init: { alive: all, guess: choose(all) },
    step: (state, datum) => {
      const alive = refute(family, state.alive, datum);
      return alive === state.alive ? state : { alive, guess: choose(alive) };
    },
    guess: (state) => some(state.guess),
  };
}
