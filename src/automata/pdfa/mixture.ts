/**
 * Distributions over words: a PDFA, or a finite mixture of PDFAs (Σ_i w_i · p_i). Mixtures
 * model latent users or prompts and multi-dataset fine-tunes: a mixture of PDFAs is in
 * general not a PDFA (it is a probabilistic automaton with an initial distribution), so it
 * is kept as its components, and every function here treats a PDFA as the one-component
 * mixture.
 *
 * Invariants of a `Mixture`: at least one component; weights in (0, 1] summing to 1 (exactly
 * when every weight is exact, within 1e-9 otherwise); every component over `alphabet`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { type Alphabet, sameAlphabet } from "../alphabet.js";
import type { Dfa } from "../dfa.js";
import { minimize } from "../minimize.js";
import {
  type Pdfa,
  pdfaExactProbability,
  pdfaLogLikelihood,
  pdfaProbability,
  pdfaSupport,
} from "../pdfa.js";
import { union } from "../product.js";
import { alphabetMismatch, invalidInput, type LimitLabError } from "../support/errors.js";
import type { Word } from "../word.js";
import { ONE, type Probability, parseProbability, ZERO } from "./exact.js";

/** One weighted component of a mixture. */
export interface MixtureComponent {
  readonly weight: number;
  /** The exact weight, when it was given exactly. */
  readonly exactWeight?: Fraction;
  readonly pdfa: Pdfa;
}

/** A finite mixture of PDFAs over one alphabet. */
export interface Mixture {
  readonly alphabet: Alphabet;
  readonly components: readonly MixtureComponent[];
}

/** A distribution over words: one PDFA or a mixture of PDFAs. */
export type Distribution = Pdfa | Mixture;

/**
 * Builds a mixture, checking the weights (in [0, 1], summing to 1) and the alphabets;
 * components of weight 0 are dropped.
 *
 * Cost: O(components).
 *
 * @example
 * ```ts
 * mixture([{ weight: "1/2", pdfa: onlyA }, { weight: "1/2", pdfa: onlyB }]); // right(Mixture)
 * mixture([{ weight: 0.7, pdfa: onlyA }]); // left: the weights sum to 0.7, not 1
 * ```
 */
export function mixture(
  parts: readonly { readonly weight: Probability; readonly pdfa: Pdfa }[],
): E.Either<LimitLabError, Mixture> {
  const first = parts[0];
  if (first === undefined)
    return E.left(invalidInput("a mixture needs at least one component", "components"));
  const components: MixtureComponent[] = [];
  let exact = true;
  let sum = 0;
  let exactSum = ZERO;
  for (const [i, c] of parts.entries()) {
    if (!sameAlphabet(c.pdfa.alphabet, first.pdfa.alphabet)) {
      const e = alphabetMismatch(first.pdfa.alphabet.symbols, c.pdfa.alphabet.symbols);
      return E.left({ ...e, message: `components[${i}]: ${e.message}` });
    }
    const w = parseProbability(c.weight, `components[${i}].weight`);
    if (E.isLeft(w)) return w;
    sum += w.right.value;
    if (w.right.exact === undefined) exact = false;
    else exactSum = exactSum.add(w.right.exact);
    if (w.right.value === 0) continue;
    components.push(
      w.right.exact === undefined
        ? { weight: w.right.value, pdfa: c.pdfa }
        : { weight: w.right.value, exactWeight: w.right.exact, pdfa: c.pdfa },
    );
  }
  const ok = exact ? exactSum.equals(ONE) : Math.abs(sum - 1) <= 1e-9 * parts.length;
  if (!ok)
    return E.left(
      invalidInput(
        `the weights sum to ${exact ? exactSum.toFraction() : sum}, not 1`,
        "components",
      ),
    );
  return E.right({
    alphabet: first.pdfa.alphabet,
    components: exact ? components : components.map(({ weight, pdfa }) => ({ weight, pdfa })),
  });
}

/**
 * The components of a distribution (a PDFA is one component of weight 1).
 *
 * @example
 * ```ts
 * componentsOf(p).length; // 1
 * ```
 */
export function componentsOf(d: Distribution): readonly MixtureComponent[] {
  return "components" in d ? d.components : [{ weight: 1, exactWeight: ONE, pdfa: d }];
}

/**
 * Is every weight and every probability of the distribution exact?
 *
 * @example
 * ```ts
 * isExact(pdfaFromEdgesOrThrow(ab, { ..., stop: ["1/2"], ... })); // true
 * ```
 */
export function isExact(d: Distribution): boolean {
  return componentsOf(d).every((c) => c.exactWeight !== undefined && c.pdfa.exact !== undefined);
}

/**
 * The probability of a word, Σ_i w_i p_i(w) (floating point).
 *
 * Cost: O(components · |w| log d).
 *
 * @example
 * ```ts
 * probability(halfAhalfB, [0]); // 0.5
 * ```
 */
export function probability(d: Distribution, w: Word): number {
  let s = 0;
  for (const c of componentsOf(d)) s += c.weight * pdfaProbability(c.pdfa, w);
  return s;
}

/**
 * The exact probability of a word, or `undefined` unless the distribution is exact.
 *
 * @example
 * ```ts
 * exactProbability(halfAhalfB, [0])?.toFraction(); // "1/2"
 * ```
 */
export function exactProbability(d: Distribution, w: Word): Fraction | undefined {
  if (!isExact(d)) return undefined;
  let s = ZERO;
  for (const c of componentsOf(d))
    s = s.add((c.exactWeight as Fraction).mul(pdfaExactProbability(c.pdfa, w) as Fraction));
  return s;
}

/**
 * The natural-log likelihood ln p(w) (log-sum-exp over the components, so long words do not
 * underflow); `-Infinity` outside the support.
 *
 * Cost: O(components · |w| log d).
 *
 * @example
 * ```ts
 * logLikelihood(halfAhalfB, [0]); // ln 0.5
 * ```
 */
export function logLikelihood(d: Distribution, w: Word): number {
  const cs = componentsOf(d);
  if (cs.length === 1) return pdfaLogLikelihood((cs[0] as MixtureComponent).pdfa, w);
  const terms = cs.map((c) => Math.log(c.weight) + pdfaLogLikelihood(c.pdfa, w));
  const top = Math.max(...terms);
  if (top === Number.NEGATIVE_INFINITY) return top;
  let s = 0;
  for (const t of terms) s += Math.exp(t - top);
  return top + Math.log(s);
}

/**
 * The summed log-likelihood of a sample of words (i.i.d.).
 *
 * @example
 * ```ts
 * sampleLogLikelihood(geometric, [[], [0]]); // ln(1/2) + ln(1/4)
 * ```
 */
export function sampleLogLikelihood(d: Distribution, words: readonly Word[]): number {
  let s = 0;
  for (const w of words) s += logLikelihood(d, w);
  return s;
}

/**
 * The support {w : p(w) > 0} as a minimal DFA: the union of the components' supports.
 *
 * Cost: one {@link pdfaSupport} per component, then products of the minimal supports.
 *
 * @example
 * ```ts
 * accepts(supportDfa(halfAhalfB), [1]); // true
 * ```
 */
export function supportDfa(d: Distribution): Dfa {
  const cs = componentsOf(d);
  let acc: Dfa | undefined;
  for (const c of cs) {
    const s = pdfaSupport(c.pdfa);
    acc = acc === undefined ? s : minimize(union(acc, s));
  }
  return acc as Dfa;
}

/**
 * The mixture Σ_i w_i · d_i of distributions (PDFAs or mixtures), flattened into one mixture
 * of PDFAs: a component of weight v inside d_i gets weight w_i · v. Exact when every weight is.
 *
 * Cost: O(total components).
 *
 * @example
 * ```ts
 * mixDistributions([{ weight: "9/10", distribution: base }, { weight: "1/10", distribution: marks }]);
 * ```
 */
export function mixDistributions(
  parts: readonly { readonly weight: Probability; readonly distribution: Distribution }[],
): E.Either<LimitLabError, Mixture> {
  const flat: { weight: Probability; pdfa: Pdfa }[] = [];
  for (const [i, part] of parts.entries()) {
    const w = parseProbability(part.weight, `parts[${i}].weight`);
    if (E.isLeft(w)) return w;
    for (const c of componentsOf(part.distribution))
      flat.push({
        weight:
          w.right.exact !== undefined && c.exactWeight !== undefined
            ? w.right.exact.mul(c.exactWeight)
            : w.right.value * c.weight,
        pdfa: c.pdfa,
      });
  }
  return mixture(flat);
}
