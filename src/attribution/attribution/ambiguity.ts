/**
 * The ambiguity curve (THEORY.md P1): how many candidate language classes remain as a sample of
 * the true model's outputs grows, over several seeded presentations.
 *
 * Step t is the number of data read (AMENDMENTS.md: 1-based steps); a pause `#` is a datum
 * that carries no word. Because candidate sets only shrink, the first step at which one class
 * remains is the step from which attribution stays certain.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed, type Seed } from "../../automata/support/rng.js";
import { isPause, type TextDatum } from "../../identification/datum.js";
import { randomText } from "../../identification/presentation/text.js";
import { type Narrowing, narrow } from "./candidates.js";
import { type LanguageClass, type ModelZoo, zooClasses } from "./classes.js";

/** Options of {@link ambiguityCurve}. */
export interface AmbiguityOptions {
  /** Data read per presentation. @defaultValue 40 */
  readonly horizon?: number;
  /** Seeded presentations. @defaultValue 10 */
  readonly presentations?: number;
  /** Presentation i uses `deriveSeed(seed, i)`. @defaultValue 42 */
  readonly seed?: Seed;
  /**
   * The presentation for a seed. @defaultValue the random-fair text of the target's language
   * (`randomText`); give i.i.d. samples of a PDFA here for a stochastic curve.
   */
  readonly text?: (seed: Seed) => Iterable<TextDatum>;
}

/** Candidate counts after one number of data, over the presentations. */
export interface AmbiguityPoint {
  /** Data read (0 = before any). */
  readonly size: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** Fraction of presentations on which attribution is certain (one class left). */
  readonly certain: number;
}

/** The ambiguity curve of one target model. */
export interface AmbiguityCurve {
  readonly target: number;
  readonly targetName: string;
  /** Language classes in the zoo (the count at size 0). */
  readonly classes: number;
  readonly horizon: number;
  readonly seeds: readonly Seed[];
  readonly points: readonly AmbiguityPoint[];
  /** Per presentation, the first size with one class left, or null within the horizon. */
  readonly certainAt: readonly (number | null)[];
}

function positiveInt(v: number, field: string): LimitLabError | undefined {
  return Number.isSafeInteger(v) && v >= 1
    ? undefined
    : invalidInput(`must be a positive integer, got ${String(v)}`, field);
}

/**
 * The number of candidate classes after 0..horizon data of each of several seeded presentations
 * of the target model (index `target` of the zoo).
 *
 * Cost: grouping the zoo once, then for each presentation O(horizon · alive · |w|) membership
 * runs; memory O(presentations · horizon). `Left` for a target outside the zoo, non-positive
 * horizon or presentation count, a presentation that emits a word its target rejects (a custom
 * `text` that is not a text for the target), and the errors of {@link zooClasses}.
 *
 * @example
 * ```ts
 * const c = ambiguityCurve(zoo, 0, { horizon: 20, presentations: 5, seed: 7 });
 * c.right.points[0]; // { size: 0, mean: classes, … }
 * c.right.certainAt; // e.g. [4, 6, 3, null, 5]
 * ```
 */
export function ambiguityCurve(
  zoo: ModelZoo,
  target: number,
  options: AmbiguityOptions = {},
): E.Either<LimitLabError, AmbiguityCurve> {
  const horizon = options.horizon ?? 40;
  const count = options.presentations ?? 10;
  const bad = positiveInt(horizon, "horizon") ?? positiveInt(count, "presentations");
  if (bad !== undefined) return E.left(bad);
  const z = zooClasses(zoo);
  if (E.isLeft(z)) return z;
  const classes = z.right;
  if (!(Number.isSafeInteger(target) && target >= 0 && target < classes.models.length))
    return E.left(
      invalidInput(`${target} is not a model index in 0..${classes.models.length - 1}`, "target"),
    );
  const own = classes.classOf[target] as number;
  const targetDfa = (classes.classes[own] as LanguageClass).dfa;
  const seed = options.seed ?? 42;
  const seeds = Array.from({ length: count }, (_, i) => deriveSeed(seed, i));
  const counts: number[][] = [];
  const certainAt: (number | null)[] = [];
  for (const s of seeds) {
    const n: Narrowing = { zoo: classes, alive: classes.classes.map((_, i) => i) };
    const row = [n.alive.length];
    const text = options.text === undefined ? randomText(targetDfa, s) : options.text(s);
    for (const d of text) {
      if (row.length > horizon) break;
      if (!isPause(d)) {
        narrow(n, d);
        if (!n.alive.includes(own))
          return E.left(
            invalidInput(
              `presentation (seed ${s}) datum ${row.length} is not a word of the target ${classes.models[target]?.name}`,
              "text",
            ),
          );
      }
      row.push(n.alive.length);
    }
    while (row.length <= horizon) row.push(row[row.length - 1] as number);
    counts.push(row);
    const first = row.indexOf(1);
    certainAt.push(first < 0 ? null : first);
  }
  const points = Array.from({ length: horizon + 1 }, (_, size) => {
    const at = counts.map((r) => r[size] as number);
    return {
      size,
      mean: at.reduce((a, b) => a + b, 0) / at.length,
      min: Math.min(...at),
      max: Math.max(...at),
      certain: at.filter((c) => c === 1).length / at.length,
    };
  });
  return E.right({
    target,
    targetName: classes.models[target]?.name ?? String(target),
    classes: classes.classes.length,
    horizon,
    seeds,
    points,
    certainAt,
  });
}
