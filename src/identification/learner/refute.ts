/**
 * Refutation flags over a window of members: which of the first m members are still
 * consistent with the data. Each datum is checked once against the members still standing, so a
 * long text costs O(m · symbols) in all, not a re-check of the whole sample per step. Learners
 * that look at many members at once (tell-tale, odd learners) keep these flags in their states.
 *
 * @module
 */
import type { ReadonlyUint8Array } from "../../automata/dfa.js";
import type { Datum } from "../datum.js";
import { type Family, member } from "../family/family.js";
import { agrees } from "./sample.js";

/**
 * Flags for members 0..m−1, all standing (1).
 *
 * @example
 * ```ts
 * standing(3); // Uint8Array [1, 1, 1]
 * ```
 */
export function standing(m: number): ReadonlyUint8Array {
  return new Uint8Array(m).fill(1);
}

/**
 * The flags after one more datum: members that disagree with it fall (0). Returns the same
 * flags when none falls. Cost: O(m · |w|).
 *
 * @example
 * ```ts
 * refute(exGold(), standing(4), [0, 0]); // [1, 0, 0, 1]: only a* and {ε, a, aa} contain aa
 * ```
 */
export function refute(
  family: Family,
  alive: ReadonlyUint8Array,
  datum: Datum,
): ReadonlyUint8Array {
  let out: Uint8Array | undefined;
  for (let i = 0; i < alive.length; i++) {
    if (alive[i] === 0 || agrees(member(family, i), datum)) continue;
    out ??= alive.slice();
    out[i] = 0;
  }
  return out ?? alive;
}

/**
 * The indices still standing, in order, stopping after `want` of them.
 *
 * @example
 * ```ts
 * standingIndices(Uint8Array.from([0, 1, 1]), 5); // [1, 2]
 * ```
 */
export function standingIndices(
  alive: ReadonlyUint8Array,
  want = Number.POSITIVE_INFINITY,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < alive.length && out.length < want; i++) if (alive[i] === 1) out.push(i);
  return out;
}
