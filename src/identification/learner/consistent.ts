/**
 * The Definition 1 wrapper (THEORY.md P2): a learner that behaves exactly like the one it wraps
 * and records, at every step, whether its guess is in the class (an index of the family) and
 * consistent with the data seen (every text or positive word in the member, every negative word
 * out). A none guess is no violation: the learner has not guessed yet.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { accepts } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";
import type { Datum } from "../datum.js";
import { type Family, hasMember, member } from "../family/family.js";
import type { Learner } from "./learner.js";
import { addDatum, agrees, EMPTY_SAMPLE, type Sample } from "./sample.js";
import { findWord } from "./word-set.js";

/** A step at which the guess broke Definition 1. */
export interface Violation {
  readonly step: number;
  readonly guess: number;
  /** `"outside-class"`: not an index of the family; `"inconsistent"`: `word` is misclassified. */
  readonly kind: "outside-class" | "inconsistent";
  readonly word?: Word;
}

interface ViolationList {
  readonly head: Violation;
  readonly rest: ViolationList | undefined;
}

/** The wrapper's state: the wrapped state, the sample, and what was found. */
export interface CheckedState<S> {
  readonly inner: S;
  readonly sample: Sample;
  readonly steps: number;
  /** The last guess known consistent with `sample` (−1: none). */
  readonly checked: number;
  readonly found: ViolationList | undefined;
}

function misclassified(family: Family, h: number, sample: Sample): Word | undefined {
  const d = member(family, h);
  return (
    findWord(sample.positive, (w) => !accepts(d, w)) ??
    findWord(sample.negative, (w) => accepts(d, w))
  );
}

/**
 * Wraps a learner so that each step checks Definition 1 for the guess; read the findings with
 * {@link violations}. The guesses are the wrapped learner's.
 *
 * Cost per step: the wrapped step, plus O(|w|) when the guess is unchanged and consistent, or
 * O(sample length) when it changes.
 *
 * @example
 * ```ts
 * const t = runLearner(consistent(exLen(), someLearner), data);
 * violations(t.state); // [] for a consistent, class-preserving learner
 * ```
 */
export function consistent<S, D extends Datum>(
  family: Family,
  learner: Learner<S, D>,
): Learner<CheckedState<S>, D> {
  return {
    name: `consistent(${learner.name})`,
    ...(learner.input === undefined ? {} : { input: learner.input }),
    ...(learner.alphabet === undefined ? {} : { alphabet: learner.alphabet }),
    init: { inner: learner.init, sample: EMPTY_SAMPLE, steps: 0, checked: -1, found: undefined },
    step: (state, datum) => {
      const inner = learner.step(state.inner, datum);
      const sample = addDatum(state.sample, datum);
      const steps = state.steps + 1;
      const g = learner.guess(inner);
      const base = { inner, sample, steps, found: state.found };
      if (O.isNone(g)) return { ...base, checked: -1 };
      const h = g.value;
      const violation = (v: Omit<Violation, "step" | "guess">): CheckedState<S> => ({
        ...base,
        checked: -1,
        found: { head: { step: steps, guess: h, ...v }, rest: state.found },
      });
      if (!hasMember(family, h)) return violation({ kind: "outside-class" });
      if (state.checked === h) {
        if (agrees(member(family, h), datum)) return { ...base, checked: h };
      }
      const bad = misclassified(family, h, sample);
      return bad === undefined
        ? { ...base, checked: h }
        : violation({ kind: "inconsistent", word: bad });
    },
    guess: (state) => learner.guess(state.inner),
  };
}

/**
 * The violations a {@link consistent} wrapper recorded, in step order.
 *
 * @example
 * ```ts
 * violations(trace.state); // [{ step: 4, guess: 2, kind: "inconsistent", word: [0, 0, 0] }]
 * ```
 */
export function violations<S>(state: CheckedState<S>): Violation[] {
  const out: Violation[] = [];
  for (let v = state.found; v !== undefined; v = v.rest) out.push(v.head);
  return out.reverse();
}
