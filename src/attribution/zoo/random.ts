/**
 * Seeded random zoos: a few random base models and a tree of random fine-tunes of them.
 *
 * Generator (all draws from xorshift32, src/automata/support/rng.ts): base i is `randomDfa`
 * (deterministic) or `randomPdfa` (probabilistic) with `states` states and seed
 * `deriveSeed(seed, i)`, named `base<i>`. Then each fine-tune j picks a parent uniformly among
 * the models so far and an operator uniformly among those that apply, with parameters drawn from
 * the same stream: `restrict` to the parent's first 1–3 words in shortlex order, `forbid` one of
 * its first 3 words, `filter` by a random 2-state DFA, `add-dataset` of 1–2 random words of
 * length ≤ 4, `watermark` with a random marker word of length 6, `strip-watermark` of the
 * parent's own marker (when it has one), `reweight` (probabilistic only) of a random 2-state
 * filter language by 2 or 1/2. A fine-tune that fails (nothing of positive probability left)
 * is drawn again, at most 10 times. It is named `m<j>-<operator>`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabet as makeAlphabet } from "../../automata/alphabet.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { randomPdfa } from "../../automata/pdfa/random.js";
import { randomDfa } from "../../automata/random/dfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed, rng, type Seed, xorshift32 } from "../../automata/support/rng.js";
import type { Word } from "../../automata/word.js";
import { deterministicModel, type Model, probabilisticModel } from "../models/model.js";
import { addDataset } from "../operators/dataset.js";
import { filterBy, forbid, restrictTo } from "../operators/restrict.js";
import { reweightModel } from "../operators/reweight.js";
import { stripWatermark, watermark } from "../operators/watermark.js";
import { addModel, type Zoo } from "./zoo.js";

/** The fine-tuning operators a random zoo draws from. */
export type ZooOperator =
  | "restrict"
  | "forbid"
  | "filter"
  | "add-dataset"
  | "watermark"
  | "strip-watermark"
  | "reweight";

/** Options of {@link randomZoo}. */
export interface RandomZooOptions {
  /** @defaultValue 2 */
  readonly bases?: number;
  /** @defaultValue 8 */
  readonly fineTunes?: number;
  /** @defaultValue `"deterministic"` */
  readonly kind?: "deterministic" | "probabilistic";
  /** @defaultValue ["a", "b"] */
  readonly symbols?: readonly string[];
  /** States of each random base before minimisation. @defaultValue 4 */
  readonly states?: number;
  /** @defaultValue every operator (reweight only for probabilistic zoos) */
  readonly operators?: readonly ZooOperator[];
}

const ALL: readonly ZooOperator[] = [
  "restrict",
  "forbid",
  "filter",
  "add-dataset",
  "watermark",
  "strip-watermark",
  "reweight",
];

/**
 * A seeded random zoo (see the module notes for the generator).
 *
 * Cost: one random base per `bases`, one operator per fine-tune (products of small automata).
 *
 * @example
 * ```ts
 * const z = randomZoo(42, { bases: 2, fineTunes: 8 }); // right(Zoo of 10 models)
 * randomZoo(42, { bases: 0 }); // left: bases must be a positive integer
 * ```
 */
export function randomZoo(
  seed: Seed = 42,
  options: RandomZooOptions = {},
): E.Either<LimitLabError, Zoo> {
  const bases = options.bases ?? 2;
  const fineTunes = options.fineTunes ?? 8;
  const states = options.states ?? 4;
  const kind = options.kind ?? "deterministic";
  for (const [field, v, min] of [
    ["bases", bases, 1],
    ["fineTunes", fineTunes, 0],
    ["states", states, 1],
  ] as const)
    if (!Number.isSafeInteger(v) || v < min)
      return E.left(
        invalidInput(
          `must be ${min === 1 ? "a positive" : "a non-negative"} integer, got ${v}`,
          field,
        ),
      );
  const a = makeAlphabet(options.symbols ?? ["a", "b"]);
  if (E.isLeft(a)) return a;
  const ops = (options.operators ?? ALL).filter(
    (o) => o !== "reweight" || kind === "probabilistic",
  );
  if (ops.length === 0)
    return E.left(invalidInput("no operator applies to this kind of zoo", "operators"));
  let x = rng(seed).state;
  const draw = (n: number): number => {
    x = xorshift32(x);
    return Math.floor((x / 4294967296) * n);
  };
  let zoo: Zoo = { alphabet: a.right, entries: [] };
  for (let i = 0; i < bases; i++) {
    const s = deriveSeed(seed, i);
    const name = `base${i}`;
    const m =
      kind === "probabilistic"
        ? probabilisticModel(name, randomPdfa(states, a.right, s, { exact: true, density: 0.7 }))
        : deterministicModel(name, randomDfa(states, a.right, s));
    if (E.isLeft(m)) return m;
    const next = addModel(zoo, m.right);
    if (E.isLeft(next)) return next;
    zoo = next.right;
  }
  const markers = new Map<string, Word>();
  for (let j = 0; j < fineTunes; j++) {
    let made: Model | undefined;
    for (let attempt = 0; attempt < 10 && made === undefined; attempt++) {
      const parent = (zoo.entries[draw(zoo.entries.length)] as Zoo["entries"][number]).model;
      const op = ops[draw(ops.length)] as ZooOperator;
      const r = apply(parent, op, `m${bases + j}-${op}`, a.right, draw, markers);
      if (r !== undefined && E.isRight(r)) made = r.right;
    }
    if (made === undefined)
      return E.left(budgetError("attempts", 10, 10, `drawing fine-tune ${j} of a random zoo`));
    const next = addModel(zoo, made);
    if (E.isLeft(next)) return next;
    zoo = next.right;
  }
  return E.right(zoo);
}

function firstWords(m: Model, n: number): Word[] {
  const out: Word[] = [];
  for (const w of enumerate(m.dfa)) {
    if (out.length >= n) break;
    out.push(w);
  }
  return out;
}

function randomWord(a: Alphabet, length: number, draw: (n: number) => number): Word {
  return Array.from({ length }, () => draw(a.symbols.length));
}

function apply(
  parent: Model,
  op: ZooOperator,
  name: string,
  a: Alphabet,
  draw: (n: number) => number,
  markers: Map<string, Word>,
): E.Either<LimitLabError, Model> | undefined {
  const filter = () => randomDfa(2, a, draw(2 ** 31));
  switch (op) {
    case "restrict": {
      const words = firstWords(parent, 1 + draw(3));
      return words.length === 0 ? undefined : restrictTo(parent, words, { name });
    }
    case "forbid": {
      const words = firstWords(parent, 3);
      const w = words[draw(Math.max(1, words.length))];
      return w === undefined ? undefined : forbid(parent, [w], { name });
    }
    case "filter":
      return filterBy(parent, filter(), { name });
    case "add-dataset":
      return addDataset(
        parent,
        Array.from({ length: 1 + draw(2) }, () => randomWord(a, draw(5), draw)),
        { name },
      );
    case "watermark": {
      const mark = randomWord(a, 6, draw);
      const r = watermark(parent, [mark], { name });
      if (E.isRight(r)) markers.set(name, mark);
      return r;
    }
    case "strip-watermark": {
      const mark = markers.get(parent.name);
      return mark === undefined ? undefined : stripWatermark(parent, [mark], { name });
    }
    case "reweight":
      return reweightModel(parent, filter(), { inside: draw(2) === 0 ? "2" : "1/2" }, { name });
  }
}
