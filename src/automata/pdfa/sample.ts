/**
 * Seeded sampling of outputs from a distribution (a PDFA or a mixture of PDFAs), with the one
 * generator of src/automata/support/rng.ts.
 *
 * Method: a mixture draws its component first (one draw), then the PDFA is run from its
 * start state: at each state one draw u in [0, 1) stops when u < stop(q), otherwise picks the
 * edge whose cumulative probability interval holds u (the last edge absorbs rounding). The
 * same seed gives the same words on every machine.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Pdfa } from "../pdfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../support/errors.js";
import { type Rng, rng, type Seed, xorshift32 } from "../support/rng.js";
import type { Word } from "../word.js";
import { componentsOf, type Distribution } from "./mixture.js";

/** Limits of sampling. */
export interface SampleBudget {
  /**
   * The longest word one draw may produce before it is stopped with a budget error (a PDFA
   * whose expected length is huge would otherwise run for a long time).
   * @defaultValue {@link DEFAULT_MAX_LENGTH}
   */
  readonly maxLength?: number;
}

/**
 * The default longest sampled word: 10^6 symbols.
 *
 * @example
 * ```ts
 * sampleOutputs(p, 10, 42, { maxLength: DEFAULT_MAX_LENGTH / 1000 });
 * ```
 */
export const DEFAULT_MAX_LENGTH = 1_000_000;

const TWO32 = 4294967296;

function drawFrom(
  p: Pdfa,
  state: number,
  maxLength: number,
): E.Either<LimitLabError, readonly [Word, number]> {
  let x = state;
  let q = p.start;
  const w: number[] = [];
  for (;;) {
    x = xorshift32(x);
    let u = x / TWO32 - (p.stop[q] as number);
    if (u < 0) return E.right([w, x]);
    const lo = p.offsets[q] as number;
    const hi = p.offsets[q + 1] as number;
    if (lo === hi) return E.right([w, x]);
    let i = lo;
    for (; i < hi - 1; i++) {
      u -= p.probs[i] as number;
      if (u < 0) break;
    }
    if (w.length >= maxLength)
      return E.left(budgetError("symbols", maxLength, w.length + 1, "sampling a word"));
    w.push(p.symbols[i] as number);
    q = p.targets[i] as number;
  }
}

/**
 * One output drawn from the distribution, with the generator after it.
 *
 * Cost: O(|w| · d) for a word of length |w| (d = edges per state).
 *
 * @example
 * ```ts
 * const r = drawOutput(geometric, rng(42)); // right([word, nextRng])
 * ```
 */
export function drawOutput(
  d: Distribution,
  g: Rng,
  budget: SampleBudget = {},
): E.Either<LimitLabError, readonly [Word, Rng]> {
  const maxLength = budget.maxLength ?? DEFAULT_MAX_LENGTH;
  const cs = componentsOf(d);
  let x = g.state;
  let c = cs[cs.length - 1];
  if (cs.length > 1) {
    x = xorshift32(x);
    let u = x / TWO32;
    for (const comp of cs) {
      u -= comp.weight;
      if (u < 0) {
        c = comp;
        break;
      }
    }
  }
  if (c === undefined) return E.left(invalidInput("a mixture needs at least one component"));
  const r = drawFrom(c.pdfa, x, maxLength);
  return E.isLeft(r) ? r : E.right([r.right[0], { state: r.right[1] }]);
}

/**
 * `count` i.i.d. outputs from the distribution, from a seed (reproducible: the same seed gives
 * the same list).
 *
 * Cost: O(total length · d).
 *
 * @example
 * ```ts
 * sampleOutputs(geometric, 100, 42); // right(100 words a^n, P(a^n) = 2^-(n+1))
 * sampleOutputs(geometric, -1, 42); // left: count must be a non-negative integer
 * ```
 */
export function sampleOutputs(
  d: Distribution,
  count: number,
  seed: Seed,
  budget: SampleBudget = {},
): E.Either<LimitLabError, Word[]> {
  if (!Number.isSafeInteger(count) || count < 0)
    return E.left(invalidInput(`must be a non-negative integer, got ${count}`, "count"));
  const out: Word[] = [];
  let g = rng(seed);
  for (let i = 0; i < count; i++) {
    const r = drawOutput(d, g, budget);
    if (E.isLeft(r)) return r;
    out.push(r.right[0]);
    g = r.right[1];
  }
  return E.right(out);
}
