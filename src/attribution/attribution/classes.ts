/**
 * The deterministic candidate models of an attribution question, grouped by language.
 *
 * A zoo is given as a model {@link Zoo}, a finite {@link Family} or a list of named DFAs. Attribution is up to
 * language equality (THEORY.md P1): two models with the same language cannot be told apart by
 * any sample, so they form one {@link LanguageClass}. Invariants of {@link ZooClasses}: classes
 * partition the models; each class's `dfa` is the minimal DFA of all its members; classes are
 * ordered by their first member (zoo order).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, sameAlphabet } from "../../automata/alphabet.js";
import { dfaEquals, dfaHash } from "../../automata/canonical.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import {
  alphabetMismatch,
  invalidInput,
  type LimitLabError,
} from "../../automata/support/errors.js";
import type { Family } from "../../identification/family/family.js";
import { type Zoo, zooModels } from "../zoo/zoo.js";

/** A deterministic model: a name and the DFA of its output language. */
export interface CandidateModel {
  readonly name: string;
  readonly dfa: Dfa;
}

/** A zoo of deterministic models: a model zoo, a finite family, or a list of named DFAs. */
export type ModelZoo = Zoo | Family | readonly CandidateModel[];

/** The models of one language. */
export interface LanguageClass {
  /** Indices of the models, in zoo order. */
  readonly members: readonly number[];
  readonly names: readonly string[];
  /** The minimal DFA of the class's language. */
  readonly dfa: Dfa;
}

/** A zoo's models and their language classes. */
export interface ZooClasses {
  readonly alphabet: Alphabet;
  readonly models: readonly CandidateModel[];
  readonly classes: readonly LanguageClass[];
  /** `classOf[i]`: the class of model i. */
  readonly classOf: readonly number[];
}

/**
 * The most models a zoo may hold: 10^6.
 *
 * @example
 * ```ts
 * zooClasses(exGold()); // left: an infinite family is more than MAX_MODELS
 * ```
 */
export const MAX_MODELS = 1_000_000;

function isModelList(zoo: ModelZoo): zoo is readonly CandidateModel[] {
  return Array.isArray(zoo);
}

function modelList(zoo: ModelZoo): E.Either<LimitLabError, readonly CandidateModel[]> {
  if (isModelList(zoo)) return E.right(zoo);
  if ("entries" in zoo) return E.right(zooModels(zoo));
  if (!(zoo.size <= MAX_MODELS))
    return E.left(
      invalidInput(
        `${zoo.description} has ${zoo.size} members; attribution needs a finite zoo of at most ${MAX_MODELS}`,
        "zoo",
      ),
    );
  return E.right(Array.from({ length: zoo.size }, (_, i) => zoo.at(i)));
}

/**
 * The models of a zoo grouped by language.
 *
 * Cost: one minimisation per model (O(n·k log n)), then O(1) expected hash look-ups and one
 * O(n·k) comparison per model. `Left` (invalid-input) for an empty or infinite zoo;
 * `Left` (alphabet-mismatch) when a model is over another alphabet than the first.
 *
 * @example
 * ```ts
 * const z = zooClasses([{ name: "a*", dfa: aStar }, { name: "a* again", dfa: aStar2 }]);
 * z.right.classes.length; // 1: one language, two names
 * ```
 */
export function zooClasses(zoo: ModelZoo): E.Either<LimitLabError, ZooClasses> {
  const list = modelList(zoo);
  if (E.isLeft(list)) return list;
  const models = list.right;
  const first = models[0];
  if (first === undefined) return E.left(invalidInput("a zoo needs at least one model", "zoo"));
  const alphabet = first.dfa.alphabet;
  const byHash = new Map<number, number[]>();
  const classes: { members: number[]; names: string[]; dfa: Dfa }[] = [];
  const classOf: number[] = [];
  for (const [i, m] of models.entries()) {
    if (!sameAlphabet(alphabet, m.dfa.alphabet)) {
      const e = alphabetMismatch(alphabet.symbols, m.dfa.alphabet.symbols);
      return E.left({ ...e, message: `zoo[${i}] (${m.name}): ${e.message}` });
    }
    const d = minimize(m.dfa);
    const h = dfaHash(d);
    const bucket = byHash.get(h) ?? [];
    let c = bucket.find((j) => dfaEquals((classes[j] as LanguageClass).dfa, d));
    if (c === undefined) {
      c = classes.push({ members: [], names: [], dfa: d }) - 1;
      bucket.push(c);
      byHash.set(h, bucket);
    }
    const cls = classes[c] as { members: number[]; names: string[] };
    cls.members.push(i);
    cls.names.push(m.name);
    classOf.push(c);
  }
  return E.right({ alphabet, models, classes, classOf });
}
