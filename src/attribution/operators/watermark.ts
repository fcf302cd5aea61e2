/**
 * Watermarking as a fine-tune (THEORY.md B1): plant a marker language M (a finite set of
 * marker outputs) into a model, and strip it again.
 *
 * Laws:
 * - deterministic: L(watermark(M₀, M)) = L(M₀) ∪ M and L(stripWatermark(M₁, M)) = L(M₁) ∖ M;
 * - probabilistic: watermark is the mixture (1 − rate) · p + rate · u_M with u_M uniform on M
 *   (each output carries a mark with probability `rate`), strip conditions on Σ* ∖ M.
 * A marker word outside every other model's language is a tell-tale by design: once it is
 * seen, only the marked model remains a candidate; stripping removes exactly the marker words
 * (and any output of the model that happened to be one).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { complement } from "../../automata/complement.js";
import { empiricalPdfa } from "../../automata/pdfa/empirical.js";
import { ONE, type Probability, parseProbability } from "../../automata/pdfa/exact.js";
import { isExact, mixDistributions } from "../../automata/pdfa/mixture.js";
import { condition } from "../../automata/pdfa/reweight.js";
import { difference, union } from "../../automata/product.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { type Word, wordKey, wordToString } from "../../automata/word.js";
import { finiteLanguage } from "../../identification/family/finite-language.js";
import type { Model } from "../models/model.js";
import { checkWords, derive, type OperatorOptions } from "./derive.js";

/**
 * The default watermark rate: one output in 20 carries a mark.
 *
 * @example
 * ```ts
 * watermark(m, [mark], { rate: DEFAULT_WATERMARK_RATE }); // the default, spelled out
 * ```
 */
export const DEFAULT_WATERMARK_RATE = "1/20";

function markerText(model: Model, marker: readonly Word[]): string {
  return marker.map((w) => wordToString(model.alphabet, w)).join(" | ");
}

function checkMarker(model: Model, marker: readonly Word[]): E.Either<LimitLabError, Word[]> {
  if (marker.length === 0) return E.left(invalidInput("the marker language is empty", "marker"));
  const c = checkWords(model, marker, "marker");
  if (E.isLeft(c)) return c;
  const distinct = new Map<string, Word>();
  for (const w of c.right) distinct.set(wordKey(w), w);
  return E.right([...distinct.values()]);
}

/**
 * Plants the marker words into a model's outputs (see the module laws).
 *
 * Cost: a trie of the marker and one product (deterministic); the uniform PDFA on the marker
 * and a mixture (probabilistic).
 *
 * @example
 * ```ts
 * watermark(chat, [[1, 9, 9]]); // right: the chat language plus "bot help help"
 * watermark(ngram, [mark], { rate: "1/10" }); // right: one output in ten is the mark
 * ```
 */
export function watermark(
  model: Model,
  marker: readonly Word[],
  options: OperatorOptions & { readonly rate?: Probability } = {},
): E.Either<LimitLabError, Model> {
  const m = checkMarker(model, marker);
  if (E.isLeft(m)) return m;
  const rate = options.rate ?? DEFAULT_WATERMARK_RATE;
  return derive(
    model,
    {
      operator: "watermark",
      detail: `rate ${String(rate)}`,
      watermark: markerText(model, m.right),
      language: (d) => E.right(union(d, finiteLanguage(model.alphabet, m.right))),
      distribution: (d) => {
        const r = parseProbability(rate, "rate");
        if (E.isLeft(r)) return r;
        const u = empiricalPdfa(d.alphabet, m.right, { exact: isExact(d) });
        if (E.isLeft(u)) return u;
        const x = r.right.exact;
        return mixDistributions([
          { weight: x === undefined ? 1 - r.right.value : ONE.sub(x), distribution: d },
          { weight: rate, distribution: u.right },
        ]);
      },
    },
    options,
  );
}

/**
 * Removes the marker words from a model's outputs (L ∖ M; a probabilistic model is
 * conditioned on Σ* ∖ M).
 *
 * @example
 * ```ts
 * stripWatermark(marked, [[1, 9, 9]]); // right: equivalent to chat again
 * ```
 */
export function stripWatermark(
  model: Model,
  marker: readonly Word[],
  options: OperatorOptions = {},
): E.Either<LimitLabError, Model> {
  const m = checkMarker(model, marker);
  if (E.isLeft(m)) return m;
  const marks = finiteLanguage(model.alphabet, m.right);
  return derive(
    model,
    {
      operator: "strip-watermark",
      detail: `${m.right.length} marker words`,
      watermark: markerText(model, m.right),
      language: (d) => E.right(difference(d, marks)),
      distribution: (d) => condition(d, complement(marks), options),
    },
    options,
  );
}
