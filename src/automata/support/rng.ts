/**
 * The one seeded generator behind every random choice in LimitLab.
 *
 * Algorithm: xorshift32 (Marsaglia 2003) on an unsigned 32-bit state; each draw does
 * `x ^= x << 13; x ^= x >>> 17; x ^= x << 5` (kept unsigned) and yields `x / 2^32`.
 * The same seed gives the same sequence on every machine, so figures compare across tools
 * (shared/reference/limit/hopcroft.cpp uses the same generator).
 *
 * Generators are immutable values: {@link next} returns the draw and the next generator.
 * Hot loops use {@link xorshift32} on a local number instead.
 *
 * @module
 */

/** A 32-bit unsigned integer seed. */
export type Seed = number;

/** An immutable generator state. */
export interface Rng {
  readonly state: number;
}

/**
 * A generator from a seed. Seed 0 (a fixed point of xorshift) is mapped to a fixed non-zero
 * constant, so every 32-bit seed is usable.
 *
 * @example
 * ```ts
 * const r = rng(42);
 * const [u, r2] = next(r); // u in [0, 1)
 * ```
 */
export function rng(seed: Seed): Rng {
  const s = seed >>> 0;
  return { state: s === 0 ? 0x9e3779b9 : s };
}

/**
 * One xorshift32 step on a raw unsigned state (for hot loops).
 *
 * @example
 * ```ts
 * xorshift32(42); // 11355432
 * ```
 */
export function xorshift32(x: number): number {
  let y = x >>> 0;
  y = (y ^ (y << 13)) >>> 0;
  y = (y ^ (y >>> 17)) >>> 0;
  y = (y ^ (y << 5)) >>> 0;
  return y;
}

/**
 * The next draw in [0, 1) and the generator after it.
 *
 * @example
 * ```ts
 * const [u] = next(rng(42)); // 11355432 / 2^32
 * ```
 */
export function next(g: Rng): readonly [number, Rng] {
  const s = xorshift32(g.state);
  return [s / 4294967296, { state: s }];
}

/**
 * A uniform integer in [0, n) and the generator after it.
 *
 * @example
 * ```ts
 * const [i] = nextInt(rng(7), 10); // 0 <= i < 10
 * ```
 */
export function nextInt(g: Rng, n: number): readonly [number, Rng] {
  const [u, g2] = next(g);
  return [Math.floor(u * n), g2];
}

/**
 * A child seed derived from a seed and a label, for independent streams
 * (e.g. one per proof property) that stay reproducible.
 *
 * @example
 * ```ts
 * deriveSeed(42, 3) !== deriveSeed(42, 4); // true
 * ```
 */
export function deriveSeed(seed: Seed, label: number): Seed {
  let h = (seed ^ Math.imul(label + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
