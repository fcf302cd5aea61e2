/**
 * Fine-tunes that narrow a model's outputs (THEORY.md P4): restrict to a finite set F,
 * forbid some words, intersect with a filter language.
 *
 * Laws (checked by test/attribution/operators/restrict.test.ts with the automata core):
 * - deterministic: L(restrictTo(M, F)) = L(M) ∩ F, L(forbid(M, W)) = L(M) ∖ W,
 *   L(filterBy(M, R)) = L(M) ∩ L(R);
 * - probabilistic: the distribution conditioned on that language, q(w) = p(w) / p(K) on
 *   K = F, Σ* ∖ W or L(R); `Left` when K has probability 0 (nothing would be left to say).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { complement } from "../../automata/complement.js";
import type { Dfa } from "../../automata/dfa.js";
import { condition } from "../../automata/pdfa/reweight.js";
import { difference, intersect } from "../../automata/product.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { finiteLanguage } from "../../identification/family/finite-language.js";
import type { Model } from "../models/model.js";
import { checkWords, derive, type OperatorOptions } from "./derive.js";

function restrictByLanguage(
  model: Model,
  keep: Dfa,
  operator: string,
  detail: string,
  options: OperatorOptions,
): E.Either<LimitLabError, Model> {
  return derive(
    model,
    {
      operator,
      detail,
      language: (d) => E.right(intersect(d, keep)),
      distribution: (d) => condition(d, keep, options),
    },
    options,
  );
}

/**
 * The fine-tune whose outputs are restricted to the finite set F (L ∩ F; a probabilistic
 * model is conditioned on F).
 *
 * Cost: a trie of F (O(|F| total length)), one product with the model.
 *
 * @example
 * ```ts
 * restrictTo(chat, [firstWord, secondWord]); // right(Model with those two outputs)
 * ```
 */
export function restrictTo(
  model: Model,
  words: readonly Word[],
  options: OperatorOptions = {},
): E.Either<LimitLabError, Model> {
  const w = checkWords(model, words, "words");
  if (E.isLeft(w)) return w;
  const f = finiteLanguage(model.alphabet, w.right);
  return restrictByLanguage(model, f, "restrict", `to ${words.length} words`, options);
}

/**
 * The fine-tune that never outputs the given words (L ∖ W; a probabilistic model is
 * conditioned on Σ* ∖ W).
 *
 * @example
 * ```ts
 * forbid(chat, [firstWord]); // right(Model): the chat language minus one word
 * ```
 */
export function forbid(
  model: Model,
  words: readonly Word[],
  options: OperatorOptions = {},
): E.Either<LimitLabError, Model> {
  const w = checkWords(model, words, "words");
  if (E.isLeft(w)) return w;
  const banned = finiteLanguage(model.alphabet, w.right);
  return derive(
    model,
    {
      operator: "forbid",
      detail: `${words.length} words`,
      language: (d) => E.right(difference(d, banned)),
      distribution: (d) => condition(d, complement(banned), options),
    },
    options,
  );
}

/**
 * The fine-tune that keeps only outputs in a filter language (L ∩ L(R)).
 *
 * @throws LimitLabException (alphabet-mismatch) when the filter is over another alphabet.
 * @example
 * ```ts
 * filterBy(chat, compileOrThrow("(<user> <hi>) .*", chatAlphabet())); // greetings with "hi"
 * ```
 */
export function filterBy(
  model: Model,
  filter: Dfa,
  options: OperatorOptions & { readonly filterName?: string } = {},
): E.Either<LimitLabError, Model> {
  return restrictByLanguage(
    model,
    filter,
    "filter",
    `by ${options.filterName ?? `a ${filter.states}-state filter`}`,
    options,
  );
}
