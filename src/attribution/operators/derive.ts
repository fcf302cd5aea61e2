/**
 * What every fine-tuning operator shares: a derived model's name and provenance, the check of
 * the words an operator is given, and the dispatch on the parent's kind (a deterministic parent
 * has its language transformed, a probabilistic one its distribution, and then its language is
 * the new support).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Dfa } from "../../automata/dfa.js";
import type { DistanceOptions } from "../../automata/pdfa/l2.js";
import type { Distribution } from "../../automata/pdfa/mixture.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { checkWord } from "../../identification/datum.js";
import type { Provenance } from "../../identification/family/family.js";
import {
  deterministicModel,
  isProbabilistic,
  type Model,
  probabilisticModel,
} from "../models/model.js";

/** Options every operator takes: the derived model's name, and the solver limits. */
export interface OperatorOptions extends DistanceOptions {
  /** @defaultValue `"<parent>/<operator>"` */
  readonly name?: string;
}

/**
 * Checks an operator's words against the model's alphabet.
 *
 * @example
 * ```ts
 * checkWords(m, [[0, 1]], "words"); // right([[0, 1]])
 * ```
 */
export function checkWords(
  model: Model,
  words: readonly Word[],
  field: string,
): E.Either<LimitLabError, readonly Word[]> {
  for (const [i, w] of words.entries()) {
    const c = checkWord(model.alphabet, w, `${field}[${i}]`);
    if (E.isLeft(c)) return c;
  }
  return E.right(words);
}

/** How an operator acts on each kind of model. */
export interface Transformation {
  readonly operator: string;
  /** The operator's parameters, for the provenance. */
  readonly detail: string;
  readonly watermark?: string;
  /** The new language of a deterministic parent. */
  readonly language: (dfa: Dfa) => E.Either<LimitLabError, Dfa>;
  /** The new distribution of a probabilistic parent. */
  readonly distribution: (d: Distribution) => E.Either<LimitLabError, Distribution>;
}

/**
 * Applies a transformation to a model, recording the parent in the provenance.
 *
 * Cost: that of the transformation, then one minimisation (deterministic) or one support DFA
 * (probabilistic).
 *
 * @example
 * ```ts
 * derive(chat, { operator: "forbid", detail: "1 word", language: ..., distribution: ... }, {});
 * ```
 */
export function derive(
  parent: Model,
  t: Transformation,
  options: OperatorOptions,
): E.Either<LimitLabError, Model> {
  const name = options.name ?? `${parent.name}/${t.operator}`;
  const provenance: Provenance = {
    operator: t.operator,
    base: parent.name,
    detail: t.detail,
    ...(t.watermark === undefined ? {} : { watermark: t.watermark }),
  };
  if (isProbabilistic(parent)) {
    const d = t.distribution(parent.distribution);
    return E.isLeft(d) ? d : probabilisticModel(name, d.right, provenance);
  }
  const l = t.language(parent.dfa);
  return E.isLeft(l) ? l : deterministicModel(name, l.right, provenance);
}

/**
 * A `Left` for operators that only make sense on probabilistic models.
 *
 * @example
 * ```ts
 * onlyProbabilistic("reweight"); // left: reweight needs a probabilistic model
 * ```
 */
export function onlyProbabilistic(operator: string): E.Either<LimitLabError, never> {
  return E.left(
    invalidInput(
      `${operator} needs a probabilistic model (a deterministic model has a language, not weights)`,
      "model",
    ),
  );
}
