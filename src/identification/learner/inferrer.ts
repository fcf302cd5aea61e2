/**
 * Inferrers as learners: an inferrer maps a sample to an automaton (ZR, k-RI, k-testable,
 * RPNI, or one's own); the adapter turns it into a learner for any family, whose guess is the
 * (least) member with the hypothesis's language, or none when no member among the first
 * `members` has it.
 *
 * The inferrer sees the distinct words seen so far, in shortlex order: text words and positive
 * informant words in `positive`, negative informant words in `negative`. It is called again only
 * when the sample grows.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import type { Dfa } from "../../automata/dfa.js";
import { compareShortlex, type Word } from "../../automata/word.js";
import type { Datum } from "../datum.js";
import { DEFAULT_MEMBERS, type Family, indexOf } from "../family/family.js";
import type { Learner, LearnerInput } from "./learner.js";
import { addDatum, EMPTY_SAMPLE, type Sample } from "./sample.js";
import { wordsOf } from "./word-set.js";

/** The sample an inferrer reads: distinct words in shortlex order. */
export interface InferenceSample {
  readonly positive: readonly Word[];
  readonly negative: readonly Word[];
}

/** An inferrer: a sample to a hypothesis automaton (over the family's alphabet). */
export type Inferrer = (sample: InferenceSample) => Dfa;

/** Options of {@link inferrerLearner}. */
export interface InferrerOptions {
  /** The learner's name (shown in traces and certificates). */
  readonly name: string;
  /** @defaultValue `"text"` */
  readonly input?: LearnerInput;
  /** Look the hypothesis up among the first `members` members. @defaultValue {@link DEFAULT_MEMBERS} (1000) */
  readonly members?: number;
}

/** State: the sample and the current guess (−1: none; −2: nothing inferred yet). */
export interface InferrerState {
  readonly sample: Sample;
  readonly guess: number;
}

/**
 * The learner that runs `infer` on the sample after each new datum and guesses the least member
 * with the hypothesis's language (`indexOf`).
 *
 * Cost per datum that grows the sample: sorting the sample (O(s log s) word comparisons), one
 * inference, one minimisation and a hash look-up (members are hashed once per family).
 *
 * @throws LimitLabException (alphabet-mismatch) when the inferrer returns an automaton over
 * another alphabet (a programming error in the inferrer).
 * @example
 * ```ts
 * // the trivial inferrer: exactly the words seen
 * const l = inferrerLearner(exFinLayers(), (s) => finiteLanguage(a, s.positive), { name: "exact" });
 * runLearner(l, [[0], [0, 0]]).hypotheses; // [2, 6]
 * ```
 */
export function inferrerLearner(
  family: Family,
  infer: Inferrer,
  options: InferrerOptions,
): Learner<InferrerState, Datum> & { readonly alphabet: Alphabet } {
  const budget = { members: options.members ?? DEFAULT_MEMBERS };
  const guessFor = (sample: Sample): number => {
    const hypothesis = infer({
      positive: wordsOf(sample.positive).sort(compareShortlex),
      negative: wordsOf(sample.negative).sort(compareShortlex),
    });
    const i = indexOf(family, hypothesis, budget);
    return O.isSome(i) ? i.value : -1;
  };
  return {
    name: options.name,
    input: options.input ?? "text",
    alphabet: family.alphabet,
    init: { sample: EMPTY_SAMPLE, guess: -2 },
    step: (state, datum) => {
      const sample = addDatum(state.sample, datum);
      if (sample === state.sample && state.guess !== -2) return state;
      return { sample, guess: guessFor(sample) };
    },
    guess: (state) => (state.guess < 0 ? O.none : O.some(state.guess)),
  };
}
