/** Drives a learner against the exact teacher of a target and records every query. */
import type * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import type { Word } from "../../../src/automata/word.js";
import type { QueryLearner } from "../../../src/identification/query/learner.js";

/** What a learner asked: hypothesis sizes and counterexamples in order, membership words. */
export interface QueryTrace {
  readonly hypotheses: number[];
  readonly counterexamples: Word[];
  readonly membership: Word[];
  readonly result: Dfa | undefined;
}

/** Runs `learner` against the exact teacher of `target` without a cache. */
export function traceLearner(learner: QueryLearner, target: Dfa): QueryTrace {
  const trace: QueryTrace = {
    hypotheses: [],
    counterexamples: [],
    membership: [],
    result: undefined,
  };
  let r = learner.next();
  while (!r.done) {
    const q = r.value;
    if (q.kind === "membership") {
      trace.membership.push(q.word);
      r = learner.next(accepts(target, q.word));
    } else {
      trace.hypotheses.push(q.hypothesis.states);
      const c: O.Option<Word> = equivalent(q.hypothesis, target);
      if (c._tag === "Some") trace.counterexamples.push(c.value);
      r = learner.next(c);
    }
  }
  return { ...trace, result: r.value._tag === "Right" ? r.value.right : undefined };
}
