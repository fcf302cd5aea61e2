/**
 * The run view's state and its pure reducer: a presentation stepped one datum at a time, every
 * text learner of the library reading it, the candidate set narrowing, and Gold's adversary
 * able to choose the next word instead of the text.
 *
 * Invariants: after `step` data every row holds `learner.step` folded over exactly those data
 * (each datum is fed once: nothing is recomputed from the start), `guess` is the guess read
 * after the last datum, and `mindChanges` counts as issue 4 does (a change is a `some(i)` after
 * a last earlier `some(j)`, j ≠ i). Chart series hold a point at step 0 and one at every step
 * where the value changed, so memory grows with the changes, not with the steps.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { isPause, type TextDatum } from "../../identification/datum.js";
import { type Family, hasMember, member } from "../../identification/family/family.js";
import { relations } from "../../identification/family/relations.js";
import { textLearners } from "../../identification/learner/catalogue.js";
import type { TextLearner } from "../../identification/learner/learner.js";
import type { Hypothesis } from "../../identification/learner/trace.js";
import { addWord, emptyWordSet, type WordSet } from "../../identification/learner/word-set.js";
import { shortlexText } from "../../identification/presentation/text.js";
import { type AdversaryState, adversaryMove, goldAdversaryState } from "./adversary-move.js";
import { type Candidates, initialCandidates, narrowCandidates } from "./candidates.js";
import { datumAt, type Prefix, prefixOf } from "./prefix.js";

/** A chart series: (step, value) at step 0 and wherever the value changed. */
export type Points = readonly (readonly [number, number])[];

/** One learner's row. */
export interface LearnerRow {
  readonly learner: TextLearner;
  readonly state: unknown;
  readonly guess: Hypothesis;
  /** The last `some` guess so far (what a mind change is measured against). */
  readonly lastSome: Hypothesis;
  readonly mindChanges: number;
  readonly changes: Points;
}

/** Where the last datum came from. */
export type DatumSource = "text" | "adversary";

/** The state of a run. */
export interface RunState {
  readonly family: Family;
  readonly target: number;
  readonly text: Prefix<TextDatum>;
  /** How many data of the text have been read (the adversary's words are not from it). */
  readonly position: number;
  /** Data read in all (1-based step of the last datum). */
  readonly step: number;
  readonly content: WordSet;
  readonly latest: Word | undefined;
  readonly last: { readonly datum: TextDatum; readonly by: DatumSource } | undefined;
  readonly learners: readonly LearnerRow[];
  readonly candidates: Candidates;
  readonly ambiguity: Points;
  /** The adversary, or why this family has none. */
  readonly adversary: E.Either<string, AdversaryState>;
  /** The learner row the adversary plays against. */
  readonly selected: number;
  readonly playing: boolean;
  readonly horizon: number;
  readonly notice: string | undefined;
}

/** What the run view can be asked to do. */
export type RunAction =
  | { readonly type: "step" }
  | { readonly type: "adversary" }
  | { readonly type: "tick" }
  | { readonly type: "toggle-play" }
  | { readonly type: "select"; readonly delta: number };

/** Options of {@link startRun}. */
export interface RunOptions {
  /** Members in the candidate set. */
  readonly window: number;
  /** The most data a run reads. @defaultValue {@link RUN_HORIZON} */
  readonly horizon?: number;
}

/** The default most data a run reads: 10 000. */
export const RUN_HORIZON = 10_000;

/**
 * A fresh run on the fair shortlex text of member `target`, with every text learner of the
 * library built for the family. `Left` when a learner cannot be built for it.
 *
 * Cost: building the learners (the tell-tale learner computes tell-tales in its window).
 *
 * @example
 * ```ts
 * const run = startRun(exFt(chat, "chat"), 0, { window: 64 }); // right(RunState at step 0)
 * ```
 */
export function startRun(
  family: Family,
  target: number,
  options: RunOptions,
): E.Either<LimitLabError, RunState> {
  const built = textLearners(family);
  if (E.isLeft(built)) return built;
  const adversary = goldAdversaryState(family);
  const candidates = initialCandidates(family, options.window);
  return E.right({
    family,
    target,
    text: prefixOf(shortlexText(member(family, target), family.at(target).name)),
    position: 0,
    step: 0,
    content: emptyWordSet(),
    latest: undefined,
    last: undefined,
    learners: built.right.map((l) => ({
      learner: l as TextLearner,
      state: l.init,
      guess: null,
      lastSome: null,
      mindChanges: 0,
      changes: [[0, 0]],
    })),
    candidates,
    ambiguity: [[0, candidates.count]],
    adversary: E.isLeft(adversary) ? E.left(adversary.left.message) : adversary,
    selected: 0,
    playing: false,
    horizon: options.horizon ?? RUN_HORIZON,
    notice: undefined,
  });
}

function readRow(row: LearnerRow, datum: TextDatum, step: number): LearnerRow {
  const state = row.learner.step(row.state, datum);
  const g = row.learner.guess(state);
  const guess = O.isSome(g) ? g.value : null;
  const changed = guess !== null && row.lastSome !== null && guess !== row.lastSome;
  const mindChanges = row.mindChanges + (changed ? 1 : 0);
  return {
    learner: row.learner,
    state,
    guess,
    lastSome: guess ?? row.lastSome,
    mindChanges,
    changes: changed ? [...row.changes, [step, mindChanges]] : row.changes,
  };
}

function feed(s: RunState, datum: TextDatum, by: DatumSource): RunState {
  const step = s.step + 1;
  const candidates = narrowCandidates(s.family, s.candidates, datum);
  const word = isPause(datum) ? undefined : datum;
  return {
    ...s,
    step,
    content: word === undefined ? s.content : addWord(s.content, word),
    latest: word ?? s.latest,
    last: { datum, by },
    learners: s.learners.map((row) => readRow(row, datum, step)),
    candidates,
    ambiguity:
      candidates.count === s.candidates.count
        ? s.ambiguity
        : [...s.ambiguity, [step, candidates.count]],
    notice: undefined,
  };
}

function atHorizon(s: RunState): RunState | undefined {
  return s.step >= s.horizon
    ? { ...s, playing: false, notice: `stopped at the horizon of ${s.horizon} data` }
    : undefined;
}

function fromText(s: RunState): RunState {
  const stop = atHorizon(s);
  if (stop !== undefined) return stop;
  const [datum, text] = datumAt(s.text, s.position);
  if (datum === undefined) return { ...s, text, playing: false, notice: "the text has ended" };
  return feed({ ...s, text, position: s.position + 1 }, datum, "text");
}

function fromAdversary(s: RunState): RunState {
  if (E.isLeft(s.adversary)) return { ...s, notice: s.adversary.left };
  const stop = atHorizon(s);
  if (stop !== undefined) return stop;
  const victim = s.learners[s.selected];
  const move = adversaryMove(
    s.family,
    s.adversary.right,
    s.content,
    s.latest,
    victim?.guess ?? null,
  );
  return feed({ ...s, adversary: E.right(move.state) }, move.word, "adversary");
}

/**
 * The run after an action: `step` reads the next datum of the text, `adversary` lets Gold's
 * adversary choose it against the selected learner, `tick` steps while playing, `toggle-play`
 * starts or pauses, `select` moves the selection (wrapping).
 *
 * Cost: one `step` and one `guess` per learner and one refutation pass over the candidates
 * per datum read (plus the adversary's move).
 *
 * @example
 * ```ts
 * const s1 = runReducer(run, { type: "step" }); // s1.step === 1
 * runReducer(s1, { type: "adversary" }).last?.by; // "adversary"
 * ```
 */
export function runReducer(s: RunState, a: RunAction): RunState {
  switch (a.type) {
    case "step":
      return fromText(s);
    case "adversary":
      return fromAdversary(s);
    case "tick":
      return s.playing ? fromText(s) : s;
    case "toggle-play":
      return { ...s, playing: !s.playing, notice: undefined };
    case "select": {
      const n = s.learners.length;
      return n === 0 ? s : { ...s, selected: (((s.selected + a.delta) % n) + n) % n };
    }
  }
}

/**
 * Is the row's current guess the target, up to language equality?
 *
 * @example
 * ```ts
 * guessIsRight(run, run.learners[0]); // false before any datum (no guess yet)
 * ```
 */
export function guessIsRight(s: RunState, row: LearnerRow): boolean {
  return (
    row.guess !== null &&
    hasMember(s.family, row.guess) &&
    relations(s.family).same(row.guess, s.target)
  );
}
