/**
 * The stand-ins of THEORY.md R4 (the paper's own counterexample is not available), as exact
 * PDFAs over a three-token greeting alphabet `hi hello bye`, so a sample reads like chat output:
 * - (a) latent users: two models, each a mixture of two users (prompts) writing `hi…` or
 *   `hello…`, the users' roles swapped between the models: identical marginals;
 * - (b) same support, different weights: `(hi|hello)+ bye` with two weightings;
 * - (c) full support (smoothed models): every token sequence has positive probability under
 *   both, with different weights.
 * Every probability is an exact fraction, so L2 = 0 (hence TV = 0) is certified exactly.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, unsafeAlphabet } from "../../automata/alphabet.js";
import { pdfaFromEdges } from "../../automata/pdfa/build.js";
import { type Distribution, mixture } from "../../automata/pdfa/mixture.js";
import type { Pdfa } from "../../automata/pdfa.js";
import { type LimitLabError, LimitLabException } from "../../automata/support/errors.js";

/**
 * The greeting alphabet of the stand-ins.
 *
 * @example
 * ```ts
 * GREETINGS.symbols; // ["hi", "hello", "bye"]
 * ```
 */
export const GREETINGS: Alphabet = unsafeAlphabet(["hi", "hello", "bye"]);
const HI = 0;
const HELLO = 1;
const BYE = 2;

function fixed(p: E.Either<LimitLabError, Pdfa>): Pdfa {
  if (E.isLeft(p)) throw new LimitLabException(p.left);
  return p.right;
}

/**
 * A user who repeats one token: token^n (n ≥ 1) with probability ½^n.
 *
 * @example
 * ```ts
 * pdfaProbability(repeater(0), [0, 0]); // 0.25
 * ```
 */
export function repeater(token: number): Pdfa {
  return fixed(
    pdfaFromEdges(GREETINGS, {
      states: 2,
      start: 0,
      stop: ["0", "1/2"],
      edges: [
        { from: 0, symbol: token, to: 1, p: "1" },
        { from: 1, symbol: token, to: 1, p: "1/2" },
      ],
    }),
  );
}

function even(a: Pdfa, b: Pdfa): Distribution {
  const m = mixture([
    { weight: "1/2", pdfa: a },
    { weight: "1/2", pdfa: b },
  ]);
  if (E.isLeft(m)) throw new LimitLabException(m.left);
  return m.right;
}

/** R4 (a): two models whose users (prompt 1, prompt 2) write `hi…`/`hello…`, roles swapped. */
export interface LatentUsers {
  /** Prompt 1 → the `hi` user, prompt 2 → the `hello` user. */
  readonly m1: Distribution;
  /** Prompt 1 → the `hello` user, prompt 2 → the `hi` user. */
  readonly m2: Distribution;
  /** What each model answers to prompt 1 (observed prompts make them identifiable). */
  readonly prompt1: { readonly m1: Pdfa; readonly m2: Pdfa };
}

/**
 * The latent-user stand-in of R4 (a).
 *
 * @example
 * ```ts
 * l2Distance(latentUsers().m1, latentUsers().m2).right.equal; // true
 * ```
 */
export function latentUsers(): LatentUsers {
  const hi = repeater(HI);
  const hello = repeater(HELLO);
  return { m1: even(hi, hello), m2: even(hello, hi), prompt1: { m1: hi, m2: hello } };
}

/**
 * A greeting then a farewell, `(hi|hello)+ bye`: the first token is `hi` or `hello` with ½ each,
 * then each further token is `hi`, `hello` or `bye` with the given exact probabilities.
 *
 * @example
 * ```ts
 * greeting("1/4", "1/4", "1/2"); // the "balanced" weighting of R4 (b)
 * ```
 */
export function greeting(hi: string, hello: string, bye: string): Pdfa {
  return fixed(
    pdfaFromEdges(GREETINGS, {
      states: 3,
      start: 0,
      stop: ["0", "0", "1"],
      edges: [
        { from: 0, symbol: HI, to: 1, p: "1/2" },
        { from: 0, symbol: HELLO, to: 1, p: "1/2" },
        { from: 1, symbol: HI, to: 1, p: hi },
        { from: 1, symbol: HELLO, to: 1, p: hello },
        { from: 1, symbol: BYE, to: 2, p: bye },
      ],
    }),
  );
}

/**
 * A smoothed model: one state, stopping with probability `stop`, each token with its weight;
 * its support is every token sequence.
 *
 * @example
 * ```ts
 * smoothed("1/4", "1/4", "1/4", "1/4"); // the uniform one of R4 (c)
 * ```
 */
export function smoothed(stop: string, hi: string, hello: string, bye: string): Pdfa {
  return fixed(
    pdfaFromEdges(GREETINGS, {
      states: 1,
      start: 0,
      stop: [stop],
      edges: [
        { from: 0, symbol: HI, to: 0, p: hi },
        { from: 0, symbol: HELLO, to: 0, p: hello },
        { from: 0, symbol: BYE, to: 0, p: bye },
      ],
    }),
  );
}
