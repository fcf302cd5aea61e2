/**
 * Fine-tunes that widen a model with datasets: add one dataset (union), and the k-dataset
 * mixtures, every fine-tune that adds at most k of D datasets (THEORY.md P7: there are
 * Σ_{i=1..k} C(D, i) of them, besides the base).
 *
 * Laws: deterministic L(addDataset(M, D)) = L(M) ∪ D; probabilistic, the mixture
 * (1 − λ) · p + λ · p_D with p_D the empirical distribution of D (its frequencies), so the
 * support is supp p ∪ D. A k-dataset mixture of the datasets S is the union L(M) ∪ ⋃_{i∈S} D_i,
 * or the mixture giving the base and each dataset of S the weight 1/(|S| + 1).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { empiricalPdfa } from "../../automata/pdfa/empirical.js";
import { ONE, type Probability, parseProbability } from "../../automata/pdfa/exact.js";
import { type Distribution, isExact, mixDistributions } from "../../automata/pdfa/mixture.js";
import { union } from "../../automata/product.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { finiteLanguage } from "../../identification/family/finite-language.js";
import type { Model } from "../models/model.js";
import { checkWords, derive, type OperatorOptions } from "./derive.js";

/** A named dataset of outputs. */
export interface Dataset {
  readonly name: string;
  readonly words: readonly Word[];
}

function empirical(d: Distribution, words: readonly Word[]) {
  return empiricalPdfa(d.alphabet, words, { exact: isExact(d) });
}

/**
 * The fine-tune that adds a dataset: L ∪ D, or the mixture (1 − weight) · p + weight · p_D.
 *
 * Cost: a trie of D and one product (deterministic); the empirical PDFA of D (probabilistic).
 *
 * @example
 * ```ts
 * addDataset(chat, [[0, 2]]); // right: the chat language plus "user hi"
 * addDataset(ngram, encodeText(ngram, speech), { weight: "1/4" }); // right: a 3:1 mixture
 * addDataset(chat, []); // left: the dataset is empty
 * ```
 */
export function addDataset(
  model: Model,
  words: readonly Word[],
  options: OperatorOptions & { readonly weight?: Probability; readonly dataset?: string } = {},
): E.Either<LimitLabError, Model> {
  if (words.length === 0) return E.left(invalidInput("the dataset is empty", "words"));
  const w = checkWords(model, words, "words");
  if (E.isLeft(w)) return w;
  const weight = options.weight ?? "1/2";
  return derive(
    model,
    {
      operator: "add-dataset",
      detail: `${options.dataset ?? `${words.length} words`}, weight ${String(weight)}`,
      language: (d) => E.right(union(d, finiteLanguage(model.alphabet, w.right))),
      distribution: (d) => {
        const lambda = parseProbability(weight, "weight");
        if (E.isLeft(lambda)) return lambda;
        const e = empirical(d, w.right);
        if (E.isLeft(e)) return e;
        const x = lambda.right.exact;
        return mixDistributions([
          { weight: x === undefined ? 1 - lambda.right.value : ONE.sub(x), distribution: d },
          { weight, distribution: e.right },
        ]);
      },
    },
    options,
  );
}

/** Options of {@link datasetMixtures}. */
export interface MixtureOptions extends OperatorOptions {
  /** The most fine-tunes to build. @defaultValue 10_000 */
  readonly models?: number;
}

/**
 * Every k-dataset mixture of a base: one fine-tune per non-empty set S of at most k datasets,
 * by size, then by the indices of S in order. The count is Σ_{i=1..k} C(D, i).
 *
 * Cost: one fine-tune per set; `Left` of kind `budget` beyond `models` fine-tunes.
 *
 * @example
 * ```ts
 * datasetMixtures(chat, [d1, d2, d3], 2); // right: 6 models ({1}, {2}, {3}, {1,2}, {1,3}, {2,3})
 * ```
 */
export function datasetMixtures(
  model: Model,
  datasets: readonly Dataset[],
  k: number,
  options: MixtureOptions = {},
): E.Either<LimitLabError, Model[]> {
  if (!Number.isSafeInteger(k) || k < 1)
    return E.left(invalidInput(`must be a positive integer, got ${k}`, "k"));
  for (const [i, d] of datasets.entries()) {
    if (d.words.length === 0)
      return E.left(invalidInput(`dataset ${d.name} is empty`, `datasets[${i}]`));
    const c = checkWords(model, d.words, `datasets[${i}].words`);
    if (E.isLeft(c)) return c;
  }
  const limit = options.models ?? 10_000;
  const out: Model[] = [];
  const sets: number[][] = [];
  const grow = (prefix: number[], from: number, size: number): void => {
    if (prefix.length === size) {
      sets.push(prefix);
      return;
    }
    for (let i = from; i < datasets.length && sets.length <= limit; i++)
      grow([...prefix, i], i + 1, size);
  };
  for (let size = 1; size <= Math.min(k, datasets.length); size++) grow([], 0, size);
  if (sets.length > limit)
    return E.left(budgetError("models", limit, sets.length, "k-dataset mixtures"));
  for (const s of sets) {
    const chosen = s.map((i) => datasets[i] as Dataset);
    const names = chosen.map((d) => d.name).join(", ");
    const m = derive(
      model,
      {
        operator: "dataset-mixture",
        detail: `{${names}}`,
        language: (d) =>
          E.right(
            chosen.reduce((acc, x) => union(acc, finiteLanguage(model.alphabet, x.words)), d),
          ),
        distribution: (d) => {
          const parts: { weight: Probability; distribution: Distribution }[] = [
            { weight: `1/${s.length + 1}`, distribution: d },
          ];
          for (const x of chosen) {
            const e = empirical(d, x.words);
            if (E.isLeft(e)) return e;
            parts.push({ weight: `1/${s.length + 1}`, distribution: e.right });
          }
          return mixDistributions(parts);
        },
      },
      { ...options, name: `${options.name ?? model.name}+{${names}}` },
    );
    if (E.isLeft(m)) return m;
    out.push(m.right);
  }
  return E.right(out);
}
