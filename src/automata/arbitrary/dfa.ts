/**
 * fast-check arbitraries for complete DFAs, built from a raw table so shrinking works
 * (fewer states, smaller targets, fewer accepting states).
 *
 * @module
 */
import fc from "fast-check";
import type { Alphabet } from "../alphabet.js";
import { type Dfa, makeDfa } from "../dfa.js";

/** Options of {@link arbDfa}. */
export interface ArbDfaOptions {
  /** @defaultValue 1 */
  readonly minStates?: number;
  /** @defaultValue 6 */
  readonly maxStates?: number;
}

/**
 * Complete DFAs over `alphabet` with between `minStates` and `maxStates` states
 * (start state 0; not necessarily minimal, trimmed or connected).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbDfa(ab, { maxStates: 4 }), (d) => d.states <= 4));
 * ```
 */
export function arbDfa(alphabet: Alphabet, options: ArbDfaOptions = {}): fc.Arbitrary<Dfa> {
  const k = alphabet.symbols.length;
  const min = options.minStates ?? 1;
  const max = options.maxStates ?? 6;
  return fc.integer({ min, max }).chain((n) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: n * k, maxLength: n * k }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      )
      .map(([table, acc]) =>
        makeDfa(
          alphabet,
          n,
          0,
          Int32Array.from(table),
          Uint8Array.from(acc, (b) => (b ? 1 : 0)),
        ),
      ),
  );
}
