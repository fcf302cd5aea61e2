/**
 * Running a learner: a fold over data that records the guess after every datum.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { checkSameAlphabet } from "../../automata/alphabet.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { checkData, type Datum } from "../datum.js";
import type { Presentation } from "../presentation/presentation.js";
import { type Learner, learnerInput } from "./learner.js";
import { type Hypothesis, type Trace, traceOf } from "./trace.js";

/**
 * The default number of data a run reads from an iterable that is not an array: 10 000.
 *
 * @example
 * ```ts
 * runLearner(l, shortlexText(d)).hypotheses.length; // DEFAULT_HORIZON
 * ```
 */
export const DEFAULT_HORIZON = 10_000;

/** "a text", "an informant". */
const article = (input: string) => `${input === "informant" ? "an" : "a"} ${input}`;

/** Options of {@link runLearner}. */
export interface RunOptions {
  /**
   * The most data to read. @defaultValue all of an array, else {@link DEFAULT_HORIZON}
   */
  readonly horizon?: number;
}

/**
 * Runs a learner on data: folds `step` from `init` and reads `guess` after every datum.
 * Infinite presentations are cut at the horizon.
 *
 * Cost: one `step` and one `guess` per datum read, O(steps) memory for the guesses.
 *
 * @example
 * ```ts
 * const t = runLearner(enumerationLearner, take(shortlexText(member(exLen(), 2)), 5));
 * t.hypotheses; // [0, 1, 2, 2, 2]
 * t.convergence; // some(3)
 * ```
 */
export function runLearner<S, D>(
  learner: Learner<S, D>,
  data: Iterable<D>,
  options: RunOptions = {},
): Trace<S> {
  const limit = options.horizon ?? (Array.isArray(data) ? data.length : DEFAULT_HORIZON);
  const hypotheses: Hypothesis[] = [];
  let state = learner.init;
  if (limit > 0)
    for (const d of data) {
      state = learner.step(state, d);
      const g = learner.guess(state);
      hypotheses.push(O.isSome(g) ? g.value : null);
      if (hypotheses.length >= limit) break;
    }
  return traceOf(learner.name, hypotheses, state);
}

/**
 * Runs a learner on a presentation, first checking that they fit: a text learner needs a text
 * and an informant learner an informant, and a learner that declares its alphabet must share
 * the presentation's. The data read are checked against the alphabet too.
 *
 * Cost: as {@link runLearner}, plus O(symbols) for the check.
 *
 * @example
 * ```ts
 * runPresentation(learner, shortlexText(member(exLen(), 2)), 20); // right(Trace of 20 steps)
 * runPresentation(learner, shortlexInformant(d), 20); // left: a text learner needs a text
 * ```
 */
export function runPresentation<S, D extends Datum>(
  learner: Learner<S, D>,
  presentation: Presentation<D>,
  horizon: number = DEFAULT_HORIZON,
): E.Either<LimitLabError, Trace<S>> {
  const wants = learnerInput(learner);
  if (wants !== presentation.kind)
    return E.left(
      invalidInput(
        `${learner.name} is ${article(wants)} learner and needs ${article(wants)}, not ${presentation.description}`,
        "presentation",
      ),
    );
  if (learner.alphabet !== undefined) {
    const same = checkSameAlphabet(learner.alphabet, presentation.alphabet);
    if (E.isLeft(same)) return same;
  }
  const data: D[] = [];
  for (const d of presentation) {
    if (data.length >= horizon) break;
    data.push(d);
  }
  const checked = checkData(presentation.alphabet, data);
  if (E.isLeft(checked)) return checked;
  return E.right(runLearner(learner, data));
}
