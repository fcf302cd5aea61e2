/**
 * Candidate sets (THEORY.md P1): given a sample S ⊆ L(M*) of a model's outputs, the candidates
 * are {M : S ⊆ L(M)}, up to language equality. Attribution is certain exactly when one language
 * class remains.
 *
 * Laws: the class of the true model is always a candidate; adding words to S never adds a
 * candidate (the set shrinks monotonically); each excluded model comes with the first sample
 * word outside its language, checked by running its DFA.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { accepts } from "../../automata/dfa.js";
import { equivalent } from "../../automata/equivalence.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import { type Word, wordToString } from "../../automata/word.js";
import { checkWord } from "../../identification/datum.js";
import { type LanguageClass, type ModelZoo, type ZooClasses, zooClasses } from "./classes.js";

/** A model the sample rules out, with the evidence. */
export interface Exclusion {
  readonly model: number;
  readonly name: string;
  /** 0-based position in the sample of the first word outside the model's language. */
  readonly position: number;
  readonly word: Word;
  /** The word as printed (`ε` for the empty word). */
  readonly text: string;
}

/** A candidate language class, as reported (JSON-friendly: no automaton). */
export interface CandidateClass {
  /** Index of the class in the zoo's classes. */
  readonly class: number;
  readonly members: readonly number[];
  readonly names: readonly string[];
}

/** The candidate set of a sample. */
export interface CandidateSet {
  readonly sampleSize: number;
  /** The language classes containing the whole sample, in zoo order. */
  readonly classes: readonly CandidateClass[];
  /** Every model not in a candidate class, with the word that excludes it. */
  readonly excluded: readonly Exclusion[];
  /** Exactly one language class remains. */
  readonly certain: boolean;
  /**
   * When two or more classes remain: the shortest, then shortlex-least word in the symmetric
   * difference of the first two, the kind of output that would separate them.
   */
  readonly separatingWord?: string;
}

/**
 * The incremental narrowing of a zoo's classes by sample words: `alive` are the classes whose
 * language holds every word seen. Internal to attribution (candidate sets and curves).
 *
 * @internal
 */
export interface Narrowing {
  readonly zoo: ZooClasses;
  alive: number[];
}

/**
 * Keeps the classes that accept `w`. Cost: O(alive · |w|).
 *
 * @example
 * ```ts
 * const n = { zoo, alive: zoo.classes.map((_, i) => i) };
 * narrow(n, [0, 1]); // n.alive: the classes whose language contains ab
 * ```
 * @internal
 */
export function narrow(n: Narrowing, w: Word): void {
  n.alive = n.alive.filter((c) => accepts((n.zoo.classes[c] as LanguageClass).dfa, w));
}

/**
 * The candidate set of `sample` in an already grouped zoo (see {@link candidates}).
 *
 * @example
 * ```ts
 * candidatesIn(zooClasses(zoo).right, [[0], [0, 0]]); // right(CandidateSet)
 * ```
 */
export function candidatesIn(
  zoo: ZooClasses,
  sample: readonly Word[],
): E.Either<LimitLabError, CandidateSet> {
  for (const [i, w] of sample.entries()) {
    const ok = checkWord(zoo.alphabet, w, `sample[${i}]`);
    if (E.isLeft(ok)) return ok;
  }
  const n: Narrowing = { zoo, alive: zoo.classes.map((_, i) => i) };
  const excludedAt = new Map<number, number>();
  for (const [i, w] of sample.entries()) {
    const before = n.alive;
    narrow(n, w);
    if (n.alive.length !== before.length)
      for (const c of before) if (!n.alive.includes(c)) excludedAt.set(c, i);
  }
  const excluded: Exclusion[] = [];
  for (const [m, model] of zoo.models.entries()) {
    const at = excludedAt.get(zoo.classOf[m] as number);
    if (at === undefined) continue;
    const word = sample[at] as Word;
    excluded.push({
      model: m,
      name: model.name,
      position: at,
      word,
      text: wordToString(zoo.alphabet, word),
    });
  }
  const classes = n.alive.map((c) => {
    const cls = zoo.classes[c] as LanguageClass;
    return { class: c, members: cls.members, names: cls.names };
  });
  const [c0, c1] = n.alive;
  const sep =
    c0 === undefined || c1 === undefined
      ? O.none
      : equivalent((zoo.classes[c0] as LanguageClass).dfa, (zoo.classes[c1] as LanguageClass).dfa);
  return E.right({
    sampleSize: sample.length,
    classes,
    excluded,
    certain: classes.length === 1,
    ...(O.isSome(sep) ? { separatingWord: wordToString(zoo.alphabet, sep.value) } : {}),
  });
}

/**
 * The candidate set {M : S ⊆ L(M)} of a sample in a zoo, up to language equality (THEORY.md P1).
 *
 * Cost: grouping the zoo ({@link zooClasses}: one minimisation per model), then
 * O(Σ_{w∈S} alive · |w|) membership runs, and one equivalence check for the separating word.
 * `Left` for an empty or infinite zoo, mixed alphabets, or a sample word with a symbol outside
 * the alphabet (naming its position).
 *
 * @example
 * ```ts
 * const zoo = [{ name: "a*", dfa: aStar }, { name: "{ε, a}", dfa: upTo1 }];
 * candidates(zoo, [[0]]); // right: both classes, not certain, separatingWord "aa"
 * candidates(zoo, [[0, 0]]); // right: only a*, certain; {ε, a} excluded by "aa"
 * ```
 */
export function candidates(
  zoo: ModelZoo,
  sample: readonly Word[],
): E.Either<LimitLabError, CandidateSet> {
  const z = zooClasses(zoo);
  return E.isLeft(z) ? z : candidatesIn(z.right, sample);
}
