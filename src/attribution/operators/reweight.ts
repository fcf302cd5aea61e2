/**
 * The reweighting fine-tune of a probabilistic model: outputs in a filter language become
 * `inside` times as likely, the others `outside` times, renormalised (a preference tune that
 * keeps the support when both factors are positive). A deterministic model has no weights, so
 * it gets a `Left`.
 *
 * Law: q(w) = p(w) · f(w) / Σ_v p(v) f(v) with f = `inside` on L(filter), `outside` elsewhere
 * (src/automata/pdfa/reweight.ts, weight pushing on the product with the filter).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { Dfa } from "../../automata/dfa.js";
import { type Reweighting, reweight } from "../../automata/pdfa/reweight.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import { isProbabilistic, type Model } from "../models/model.js";
import { derive, type OperatorOptions, onlyProbabilistic } from "./derive.js";

/**
 * Reweights a probabilistic model's outputs by a filter language.
 *
 * Cost: the product of each component with the filter and one linear solve (see reweight.ts).
 *
 * @example
 * ```ts
 * reweightModel(ngram, mentionsWar, { inside: 3 }); // right: war talk three times as likely
 * reweightModel(chat, mentionsWar, { inside: 3 }); // left: reweight needs a probabilistic model
 * ```
 */
export function reweightModel(
  model: Model,
  filter: Dfa,
  factors: Reweighting,
  options: OperatorOptions = {},
): E.Either<LimitLabError, Model> {
  if (!isProbabilistic(model)) return onlyProbabilistic("reweight");
  return derive(
    model,
    {
      operator: "reweight",
      detail: `inside × ${String(factors.inside ?? 1)}, outside × ${String(factors.outside ?? 1)}`,
      language: () => onlyProbabilistic("reweight"),
      distribution: (d) => reweight(d, filter, factors, options),
    },
    options,
  );
}
