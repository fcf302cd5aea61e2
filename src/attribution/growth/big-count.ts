/**
 * Big counts: a count that is exact while it stays a reasonable size and is given by its
 * base-2 logarithm beyond (AMENDMENTS.md, "Exactness has a size").
 *
 * Invariant of a {@link BigCount}: `log2` is always present and finite for a positive count
 * (`-Infinity` for 0); `exact`, when present, is the count itself and `log2` is its logarithm
 * to double precision. JSON reports use {@link bigCountJson} (bigints are not JSON).
 *
 * @module
 */

/**
 * The largest base-2 exponent kept exactly: counts up to 2^65536 (19 729 decimal digits) are
 * exact bigints; larger ones are given by `log2` alone.
 *
 * @example
 * ```ts
 * powerOfTwo(BigInt(EXACT_BITS + 1)).exact; // undefined
 * ```
 */
export const EXACT_BITS = 65_536;

/** A count, exact up to {@link EXACT_BITS} bits, always with its base-2 logarithm. */
export interface BigCount {
  readonly log2: number;
  /** The count itself when it has at most {@link EXACT_BITS} bits. */
  readonly exact?: bigint;
}

/** A {@link BigCount} as JSON: the exact value as a decimal string, or null. */
export interface BigCountJson {
  readonly log2: number;
  readonly exact: string | null;
}

/**
 * The base-2 logarithm of a non-negative bigint, to double precision.
 *
 * Cost: O(bits) for the hexadecimal rendering.
 *
 * @example
 * ```ts
 * log2Big(1024n); // 10
 * log2Big(3n ** 1000n); // ≈ 1584.96
 * ```
 */
export function log2Big(x: bigint): number {
  if (x <= 0n) return x === 0n ? Number.NEGATIVE_INFINITY : Number.NaN;
  const hex = x.toString(16);
  if (hex.length <= 13) return Math.log2(Number(x));
  const head = Number.parseInt(hex.slice(0, 13), 16);
  return Math.log2(head) + 4 * (hex.length - 13);
}

/**
 * The base-10 logarithm of a non-negative bigint, to double precision.
 *
 * @example
 * ```ts
 * log10Big(10n ** 400n); // 400
 * ```
 */
export function log10Big(x: bigint): number {
  return log2Big(x) * Math.LOG10E * Math.LN2;
}

/**
 * An exact count as a {@link BigCount} (dropping the exact value beyond {@link EXACT_BITS}).
 *
 * @example
 * ```ts
 * exactCount(26n); // { log2: 4.70…, exact: 26n }
 * ```
 */
export function exactCount(x: bigint): BigCount {
  const log2 = log2Big(x);
  return log2 <= EXACT_BITS ? { log2, exact: x } : { log2 };
}

/**
 * 2^e as a {@link BigCount}: exact when e ≤ {@link EXACT_BITS}, else its logarithm e.
 *
 * @example
 * ```ts
 * powerOfTwo(10n).exact; // 1024n
 * powerOfTwo(10n ** 6n).exact; // undefined (log2 = 1e6)
 * ```
 */
export function powerOfTwo(e: bigint): BigCount {
  return e <= BigInt(EXACT_BITS) ? { log2: Number(e), exact: 1n << e } : { log2: Number(e) };
}

/**
 * A {@link BigCount} for a JSON report.
 *
 * @example
 * ```ts
 * bigCountJson(exactCount(26n)); // { log2: 4.70…, exact: "26" }
 * ```
 */
export function bigCountJson(c: BigCount): BigCountJson {
  return { log2: c.log2, exact: c.exact === undefined ? null : c.exact.toString() };
}
