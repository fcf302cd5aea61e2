/**
 * The shape every equivalence oracle shares.
 *
 * An oracle gets the hypothesis and a membership function for the target. It returns `none`
 * when it accepts the hypothesis, else a word on which the hypothesis and the target disagree.
 * Oracles that test (random words, W-method) ask the target only through `membership`, so
 * the driver counts those words apart from the learner's (`oracleQueries`).
 *
 * @module
 */
import type * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "../../../automata/dfa.js";
import type { Word } from "../../../automata/word.js";

/** An equivalence oracle (see the module doc). */
export type EquivalenceOracle = (
  hypothesis: Dfa,
  membership: (w: Word) => boolean,
) => O.Option<Word>;
