/**
 * fast-check arbitraries for consistent PDFAs, built from raw integer weight tables so
 * shrinking works (fewer states, fewer edges, smaller weights).
 *
 * @module
 */
import fc from "fast-check";
import type { Alphabet } from "../alphabet.js";
import type { Pdfa } from "../pdfa.js";
import { pdfaFromWeights, type WeightedEdge } from "./random.js";

/** Options of {@link arbPdfa}. */
export interface ArbPdfaOptions {
  /** @defaultValue 1 */
  readonly minStates?: number;
  /** @defaultValue 4 */
  readonly maxStates?: number;
  /** Keep exact fractions. @defaultValue true */
  readonly exact?: boolean;
}

/**
 * Consistent PDFAs over `alphabet` with between `minStates` and `maxStates` states (start 0).
 * Each state gets a stop weight in 0..3 and each (state, symbol) an edge weight in 0..3
 * (0 = no edge) with a target; probabilities are the weights normalised (exact rationals),
 * with the repair of `pdfaFromWeights` making every state able to stop.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbPdfa(ab), (p) => p.states <= 4));
 * ```
 */
export function arbPdfa(alphabet: Alphabet, options: ArbPdfaOptions = {}): fc.Arbitrary<Pdfa> {
  const k = alphabet.symbols.length;
  const min = options.minStates ?? 1;
  const max = options.maxStates ?? 4;
  const exact = options.exact ?? true;
  return fc.integer({ min, max }).chain((n) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: n - 1 })), {
          minLength: n * k,
          maxLength: n * k,
        }),
      )
      .map(([stops, table]) => {
        const edges: WeightedEdge[] = [];
        for (const [i, [weight, to]] of table.entries())
          if (weight > 0) edges.push({ from: Math.floor(i / k), symbol: i % k, to, weight });
        return pdfaFromWeights(alphabet, 0, stops, edges, exact);
      }),
  );
}
