/**
 * The brute-force cross-check of candidate sets (THEORY.md P1), sharing no code with
 * candidates.ts beyond running DFAs on words: each model's language is tabulated on every word
 * of Σ^{≤ℓ}; a model is a candidate when its table holds every sample word; models are the same
 * language when their tables agree. Table equality is language equality once ℓ ≥ n₁ + n₂ − 2
 * for DFAs with n₁ and n₂ states (two different DFA languages differ on a word that short), so
 * ℓ defaults to 2·(the most states) − 2.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { accepts, type Dfa } from "../../automata/dfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { compareShortlex, type Word } from "../../automata/word.js";
import type { CandidateModel } from "./classes.js";

/**
 * The default most words tabulated per model: 2^16.
 *
 * @example
 * ```ts
 * candidatesByEnumeration(zoo, sample, { words: 4 * DEFAULT_TABLE_WORDS });
 * ```
 */
export const DEFAULT_TABLE_WORDS = 65_536;

/** Options of {@link candidatesByEnumeration}. */
export interface EnumerationOptions {
  /** ℓ: tabulate words up to this length. @defaultValue 2·(most states) − 2, and the longest sample word */
  readonly length?: number;
  /** The most words per table. @defaultValue {@link DEFAULT_TABLE_WORDS} */
  readonly words?: number;
}

/** The brute-force candidate set: groups of model indices with the same table. */
export interface EnumeratedCandidates {
  /** Candidate groups (same table), each in zoo order, groups ordered by first member. */
  readonly groups: readonly (readonly number[])[];
  /** The length ℓ tabulated. */
  readonly length: number;
  /** Whether ℓ reaches 2·(most states) − 2, so groups are exactly the language classes. */
  readonly complete: boolean;
}

function wordsUpTo(k: number, length: number): Word[] {
  const out: Word[] = [[]];
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as Word;
    if (w.length < length) for (let s = 0; s < k; s++) out.push([...w, s]);
  }
  return out.sort(compareShortlex);
}

/**
 * Candidate groups by explicit enumeration of Σ^{≤ℓ} (see the module header).
 *
 * Cost: O(models · |Σ^{≤ℓ}| · ℓ) DFA steps. `Left` (budget) when |Σ^{≤ℓ}| exceeds
 * `options.words`; `Left` (invalid-input) for an empty zoo or a negative length.
 *
 * @example
 * ```ts
 * candidatesByEnumeration(zoo, [[0]]); // right({ groups: [[0], [1]], length: 4, complete: true })
 * ```
 */
export function candidatesByEnumeration(
  models: readonly CandidateModel[],
  sample: readonly Word[],
  options: EnumerationOptions = {},
): E.Either<LimitLabError, EnumeratedCandidates> {
  const first = models[0];
  if (first === undefined) return E.left(invalidInput("a zoo needs at least one model", "zoo"));
  const k = first.dfa.alphabet.symbols.length;
  const most = Math.max(...models.map((m) => m.dfa.states));
  const needed = Math.max(0, 2 * most - 2);
  const longest = Math.max(0, ...sample.map((w) => w.length));
  const length = options.length ?? Math.max(needed, longest);
  if (!(Number.isSafeInteger(length) && length >= 0))
    return E.left(invalidInput(`must be a non-negative integer, got ${length}`, "length"));
  const limit = options.words ?? DEFAULT_TABLE_WORDS;
  let size = 0;
  for (let i = 0, layer = 1; i <= length; i++, layer *= k) size += layer;
  if (size > limit) return E.left(budgetError("words", limit, size, "tabulating Σ^{≤ℓ}"));
  const words = wordsUpTo(k, length);
  const tables = models.map((m) => words.map((w) => (accepts(m.dfa, w) ? "1" : "0")).join(""));
  const holds = (d: Dfa) => sample.every((w) => accepts(d, w));
  const groups = new Map<string, number[]>();
  for (const [i, m] of models.entries()) {
    if (!holds(m.dfa)) continue;
    const t = tables[i] as string;
    groups.set(t, [...(groups.get(t) ?? []), i]);
  }
  return E.right({ groups: [...groups.values()], length, complete: length >= needed });
}
