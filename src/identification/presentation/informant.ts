/**
 * Informants: every word of Σ* with its membership label (THEORY.md: labelled pairs
 * (x, x ∈ L) covering all of Σ*).
 *
 * Kinds, with when each word x_i of Σ* (0-based shortlex position) has appeared:
 * {@link shortlexInformant} at step i + 1, {@link randomInformant} by step 4i + 2
 * (`fair-random.ts`); {@link userInformant} is a given finite sequence. The independent check
 * {@link informantViolation} runs the target's automaton on every labelled word.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { complement } from "../../automata/complement.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { accepts, type Dfa } from "../../automata/dfa.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Seed } from "../../automata/support/rng.js";
import { checkData, type InformantDatum } from "../datum.js";
import { finiteLanguage } from "../family/finite-language.js";
import { fairShuffle } from "./fair-random.js";
import { type Informant, presentation } from "./presentation.js";

function* labelled(d: Dfa): Generator<InformantDatum, void, undefined> {
  for (const word of enumerate(complement(finiteLanguage(d.alphabet, []))))
    yield { word, label: accepts(d, word) };
}

/**
 * The shortlex informant for L(d): every word of Σ* in shortlex order with its label; the
 * word at 0-based shortlex position i appears at step i + 1.
 *
 * Cost: O(len·k) per word.
 *
 * @example
 * ```ts
 * take(shortlexInformant(abStar), 3);
 * // [{ word: [], label: true }, { word: [0], label: false }, { word: [1], label: false }]
 * ```
 */
export function shortlexInformant(d: Dfa, name = "the target"): Informant {
  return presentation(d.alphabet, "informant", `shortlex informant for ${name}`, false, () =>
    labelled(d),
  );
}

/**
 * A seeded random-fair informant for L(d): Σ* in blocks of doubling size, shuffled and padded
 * with repeats; the word at 0-based shortlex position i of Σ* appears by step 4i + 2.
 *
 * @example
 * ```ts
 * take(randomInformant(abStar, 3), 6); // contains ε, a and b, labelled
 * ```
 */
export function randomInformant(d: Dfa, seed: Seed = 42, name = "the target"): Informant {
  return presentation(
    d.alphabet,
    "informant",
    `random-fair informant (seed ${seed}) for ${name}`,
    false,
    () => fairShuffle<InformantDatum>(() => labelled(d), seed, { word: [], label: accepts(d, []) }),
  );
}

/**
 * A given finite sequence of labelled words as an informant, checked against the alphabet.
 *
 * @example
 * ```ts
 * userInformant(ab, [{ word: [0], label: true }]); // right(Informant)
 * ```
 */
export function userInformant(
  alphabet: Alphabet,
  data: readonly InformantDatum[],
  description = "a given informant",
): E.Either<LimitLabError, Informant> {
  const checked = checkData(alphabet, data);
  if (E.isLeft(checked)) return checked;
  const copy: readonly InformantDatum[] = [...data];
  return E.right(
    presentation(alphabet, "informant", description, true, () => copy[Symbol.iterator]()),
  );
}

/** Where an informant prefix is wrong about its target: the 1-based step and the datum. */
export interface InformantViolation {
  readonly step: number;
  readonly datum: InformantDatum;
}

/**
 * The first datum of a finite informant prefix whose label disagrees with L(d) (none: every
 * label is right). Runs the automaton on each word.
 *
 * Cost: O(total symbols).
 *
 * @example
 * ```ts
 * informantViolation(aStar, [{ word: [0], label: false }]); // some({ step: 1, ... })
 * ```
 */
export function informantViolation(
  d: Dfa,
  prefix: readonly InformantDatum[],
): O.Option<InformantViolation> {
  for (const [i, datum] of prefix.entries())
    if (accepts(d, datum.word) !== datum.label) return O.some({ step: i + 1, datum });
  return O.none;
}
