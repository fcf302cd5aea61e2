/**
 * The seeded random-fair order shared by random texts and random informants.
 *
 * Construction: the source items x_0, x_1, … (a shortlex enumeration) are introduced in blocks;
 * block b (b = 0, 1, …) has 2^(b+1) slots and introduces the 2^b items x_(2^b − 1) …
 * x_(2^(b+1) − 2); the other slots repeat items drawn uniformly from all those introduced so far
 * (this block's included), and the block is shuffled (Fisher–Yates) before it is emitted.
 *
 * Bound (what makes it fair): blocks 0..b fill 2^(b+2) − 2 steps, and x_i lies in block
 * b = ⌊log2(i + 1)⌋, so **x_i appears at some step ≤ 4i + 2** (steps 1-based). When the source
 * ends (a finite language) every later slot repeats; when it is empty, `empty` fills them.
 *
 * @module
 */
import { next, rng, type Seed } from "../../automata/support/rng.js";

/**
 * The step by which item i (0-based) of the source has appeared in {@link fairShuffle}'s order.
 *
 * @example
 * ```ts
 * fairBound(0); // 2
 * fairBound(10); // 42
 * ```
 */
export function fairBound(i: number): number {
  return 4 * i + 2;
}

/**
 * Items of `source` in the seeded random-fair order described in the module header
 * (infinite: after the source ends, introduced items repeat, or `empty` when there are none).
 *
 * Cost: O(1) amortised per item; memory for the items introduced so far.
 *
 * @example
 * ```ts
 * const it = fairShuffle(() => [1, 2, 3][Symbol.iterator](), 42, 0);
 * // the first 6 items contain 1, 2 and 3 (4·2 + 2 = 10 ≥ 6 covers x_2 at the latest)
 * ```
 */
export function* fairShuffle<T>(
  source: () => Iterator<T>,
  seed: Seed,
  empty: T,
): Generator<T, never, undefined> {
  const it = source();
  const pool: T[] = [];
  let ended = false;
  let g = rng(seed);
  const draw = (n: number): number => {
    const [u, g2] = next(g);
    g = g2;
    return Math.floor(u * n);
  };
  for (let b = 0; ; b++) {
    const fresh = 2 ** b;
    const block: T[] = [];
    for (let j = 0; j < fresh && !ended; j++) {
      const r = it.next();
      if (r.done === true) ended = true;
      else {
        pool.push(r.value);
        block.push(r.value);
      }
    }
    while (block.length < 2 * fresh)
      block.push(pool.length === 0 ? empty : (pool[draw(pool.length)] as T));
    for (let i = block.length - 1; i > 0; i--) {
      const j = draw(i + 1);
      const t = block[i] as T;
      block[i] = block[j] as T;
      block[j] = t;
    }
    yield* block;
  }
}
