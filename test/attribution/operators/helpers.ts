/** Shared arbitraries for the operator tests: deterministic and probabilistic models over {a, b}. */
import fc from "fast-check";
import {
  deterministicModel,
  type Model,
  probabilisticModel,
} from "../../../src/attribution/models/model.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { arbPdfa } from "../../../src/automata/pdfa/arbitrary.js";
import type { Word } from "../../../src/automata/word.js";
import { allWords } from "../../automata/brute-force.js";
import { AB, ok } from "../../automata/pdfa-fixtures.js";

export const WORDS: readonly Word[] = allWords(2, 6);

export const arbDeterministic: fc.Arbitrary<Model> = arbDfa(AB, { maxStates: 4 }).map((d) =>
  ok(deterministicModel("base", d)),
);

export const arbProbabilistic: fc.Arbitrary<Model> = arbPdfa(AB, { maxStates: 3 }).map((p) =>
  ok(probabilisticModel("base", p)),
);

export const arbWords: fc.Arbitrary<Word[]> = fc.array(
  fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 4 }),
  { minLength: 1, maxLength: 4 },
);

export function has(words: readonly Word[], w: Word): boolean {
  return words.some((x) => x.length === w.length && x.every((s, i) => s === w[i]));
}
