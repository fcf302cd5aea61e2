/**
 * A model zoo: models with their provenance tree (who was derived from whom). A model's parent
 * is the earlier model named by its provenance's `base`; models whose base is absent or not in
 * the zoo are roots (base models).
 *
 * Invariants of a `Zoo`: names are distinct; every model is over `alphabet`; a parent comes
 * before its children, so `entries` is a topological order of the tree; `depth` is 0 for roots
 * and parent's depth + 1 otherwise.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { sameAlphabet } from "../../automata/alphabet.js";
import {
  alphabetMismatch,
  invalidInput,
  type LimitLabError,
} from "../../automata/support/errors.js";
import { type Family, finiteFamily } from "../../identification/family/family.js";
import type { Model } from "../models/model.js";

/** One model of a zoo and its place in the provenance tree. */
export interface ZooEntry {
  readonly model: Model;
  /** The index of the parent, or `undefined` for a root. */
  readonly parent: number | undefined;
  readonly depth: number;
}

/** Models with their provenance tree. */
export interface Zoo {
  readonly alphabet: Alphabet;
  readonly entries: readonly ZooEntry[];
}

/**
 * Adds a model to a zoo, finding its parent by name.
 *
 * Cost: O(zoo size) for the name checks.
 *
 * @example
 * ```ts
 * addModel(zoo, tuned); // right(zoo with one more entry, parent = tuned.provenance.base)
 * addModel(zoo, tuned); // left: a second model named like the first
 * ```
 */
export function addModel(zoo: Zoo, model: Model): E.Either<LimitLabError, Zoo> {
  if (!sameAlphabet(zoo.alphabet, model.alphabet)) {
    const e = alphabetMismatch(zoo.alphabet.symbols, model.alphabet.symbols);
    return E.left({ ...e, message: `model ${model.name}: ${e.message}` });
  }
  if (zoo.entries.some((e) => e.model.name === model.name))
    return E.left(invalidInput(`two models are named ${JSON.stringify(model.name)}`, "models"));
  const base = model.provenance.base;
  const parent = base === undefined ? -1 : zoo.entries.findIndex((e) => e.model.name === base);
  const entry: ZooEntry =
    parent < 0
      ? { model, parent: undefined, depth: 0 }
      : { model, parent, depth: (zoo.entries[parent] as ZooEntry).depth + 1 };
  return E.right({ alphabet: zoo.alphabet, entries: [...zoo.entries, entry] });
}

/**
 * A zoo from models in an order where every parent comes before its children.
 *
 * Cost: O(n²) name checks for n models.
 *
 * @example
 * ```ts
 * makeZoo([chat, chatRestricted, chatWatermarked]); // right(Zoo): one root, two children
 * makeZoo([]); // left: a zoo needs at least one model
 * ```
 */
export function makeZoo(models: readonly Model[]): E.Either<LimitLabError, Zoo> {
  const first = models[0];
  if (first === undefined) return E.left(invalidInput("a zoo needs at least one model", "models"));
  let zoo: Zoo = { alphabet: first.alphabet, entries: [] };
  for (const m of models) {
    const next = addModel(zoo, m);
    if (E.isLeft(next)) return next;
    zoo = next.right;
  }
  return E.right(zoo);
}

/**
 * The zoo's models in zoo order (each is a candidate `{ name, dfa }` for attribution).
 *
 * @example
 * ```ts
 * candidates(zooModels(zoo), sample);
 * ```
 */
export function zooModels(zoo: Zoo): Model[] {
  return zoo.entries.map((e) => e.model);
}

/**
 * The chain of ancestors of model i, from its root down to i.
 *
 * @example
 * ```ts
 * lineage(zoo, 2).map((j) => zoo.entries[j].model.name); // ["chat", "chat/restrict", "chat/restrict/watermark"]
 * ```
 */
export function lineage(zoo: Zoo, i: number): number[] {
  const out: number[] = [];
  for (let j: number | undefined = i; j !== undefined; j = zoo.entries[j]?.parent) out.push(j);
  return out.reverse();
}

/**
 * The ancestor of model i at a given depth (0 = its root); i itself when deeper than i.
 *
 * @example
 * ```ts
 * ancestorAt(zoo, 5, 0); // the base model 5 descends from
 * ```
 */
export function ancestorAt(zoo: Zoo, i: number, depth: number): number {
  const chain = lineage(zoo, i);
  return chain[Math.min(Math.max(0, depth), chain.length - 1)] as number;
}

/**
 * The direct children of model i, in zoo order.
 *
 * @example
 * ```ts
 * children(zoo, 0); // the fine-tunes made directly from model 0
 * ```
 */
export function children(zoo: Zoo, i: number): number[] {
  return zoo.entries.flatMap((e, j) => (e.parent === i ? [j] : []));
}

/**
 * The zoo as a finite family (for identification: learners, tell-tales, adversaries), with
 * names and provenance; members with equal languages are kept apart.
 *
 * @example
 * ```ts
 * zooFamily(zoo).right.size; // zoo.entries.length
 * ```
 */
export function zooFamily(zoo: Zoo): E.Either<LimitLabError, Family> {
  return finiteFamily(
    zoo.entries.map((e) => ({
      dfa: e.model.dfa,
      name: e.model.name,
      provenance: e.model.provenance,
    })),
    { description: `a zoo of ${zoo.entries.length} models` },
  );
}
