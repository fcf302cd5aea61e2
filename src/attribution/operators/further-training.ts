/**
 * Fine-tuning an n-gram model by further training on a second corpus: the counts of the base
 * corpus and the new one together, with the base model's tokenizer (vocabulary, unit, order,
 * smoothing), so new words become the unknown token, as a fine-tune keeps its tokenizer.
 *
 * Law: furtherTrain(train(A), B) = the model trained on A's and B's outputs over A's
 * vocabulary; an unsmoothed model's support grows to contain B's encoded outputs.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { encodeText, type NgramModel, ngramFromSentences } from "../models/ngram.js";

/**
 * Trains an n-gram model further on a text.
 *
 * Cost: retraining on both corpora (see `ngramFromSentences`).
 *
 * @example
 * ```ts
 * furtherTrain(washington, lincolnSpeech, { name: "washington+lincoln" }); // right(NgramModel)
 * ```
 */
export function furtherTrain(
  model: NgramModel,
  text: string,
  options: { readonly name?: string; readonly corpus?: string } = {},
): E.Either<LimitLabError, NgramModel> {
  const more = encodeText(model, text);
  if (more.length === 0)
    return E.left(invalidInput("the second corpus has no segment with a token", "corpus"));
  return ngramFromSentences(
    options.name ?? `${model.name}/further-training`,
    model.ngram.vocabulary,
    [...model.ngram.sentences, ...more],
    model.ngram.settings,
    {
      operator: "further-training",
      base: model.name,
      detail: `${options.corpus ?? "a second corpus"}: ${more.length} more outputs`,
    },
  );
}
