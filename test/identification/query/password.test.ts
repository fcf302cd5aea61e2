import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import type { Alphabet } from "../../../src/automata/alphabet.js";
import { accepts } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { deriveSeed, nextInt, rng } from "../../../src/automata/support/rng.js";
import { ask, conjecture, type QueryLearner } from "../../../src/identification/query/learner.js";
import { lstarLearner } from "../../../src/identification/query/lstar/lstar.js";
import {
  BITS,
  enumerationLearner,
  passwordAdversary,
  passwordByEquivalence,
  singletonDfa,
} from "../../../src/identification/query/password.js";
import { rightOf } from "./reference.js";

/**
 * A user-written membership-only learner: asks one word of another length, then the words of
 * {0,1}^n in a seeded random order.
 */
function* shuffledLearner(alphabet: Alphabet, n: number, seed: number): QueryLearner {
  const words = Array.from({ length: 2 ** n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i >> (n - 1 - j)) & 1),
  );
  let g = rng(seed);
  for (let i = words.length - 1; i > 0; i--) {
    const [j, g2] = nextInt(g, i + 1);
    g = g2;
    [words[i], words[j]] = [words[j] as number[], words[i] as number[]];
  }
  yield* ask(new Array(n - 1).fill(0));
  for (const [i, w] of words.entries())
    if (i === words.length - 1 || (yield* ask(w))) return E.right(singletonDfa(alphabet, w));
  return E.right(singletonDfa(alphabet, []));
}

/** A learner that gives up early and guesses. */
function* impatientLearner(alphabet: Alphabet): QueryLearner {
  yield* ask([0, 0, 0]);
  return E.right(singletonDfa(alphabet, [1, 1, 1]));
}

describe("passwordAdversary (C8)", () => {
  it("makes the enumeration baseline ask exactly 2^n − 1 words, n = 1..12, and it is right", () => {
    for (let n = 1; n <= 12; n++) {
      const r = rightOf(passwordAdversary(n, (ab) => enumerationLearner(ab, n)));
      expect(r.membershipQueries).toBe(2 ** n - 1);
      expect(r.bound).toBe(2 ** n - 1);
      expect(r.symbols).toBe(n * (2 ** n - 1));
      expect(r.candidatesLeft).toBe(1);
      expect(r.correct).toBe(true);
      expect(r.secret).toEqual(new Array(n).fill(1));
    }
  });
  it("holds a user-written learner that is right to the bound as well", () => {
    for (let n = 1; n <= 10; n++) {
      const r = rightOf(passwordAdversary(n, shuffledLearner(BITS, n, deriveSeed(42, n))));
      expect(r.correct).toBe(true);
      expect(r.membershipQueries).toBeGreaterThanOrEqual(2 ** n - 1);
    }
  });
  it("shows a learner that stops early a secret it gets wrong", () => {
    const r = rightOf(passwordAdversary(3, impatientLearner));
    expect(r.membershipQueries).toBe(1);
    expect(r.candidatesLeft).toBe(7);
    expect(r.correct).toBe(false);
    expect(r.secret).not.toEqual([1, 1, 1]);
    expect(r.secret).not.toEqual([0, 0, 0]);
  });
  it("answers consistently: the settled secret is accepted by nothing it said no to", () => {
    const r = rightOf(passwordAdversary(6, (ab) => enumerationLearner(ab, 6)));
    expect(accepts(singletonDfa(BITS, r.secret), r.secret)).toBe(true);
  });
  it("gives a Left to a learner that asks an equivalence query, and to a bad n", () => {
    const e = passwordAdversary(4, (ab) => lstarLearner(ab));
    expect(E.isLeft(e) && e.left.message).toContain("membership queries only");
    function* eqLearner(ab: Alphabet): QueryLearner {
      yield* conjecture(singletonDfa(ab, []));
      return E.right(singletonDfa(ab, []));
    }
    expect(E.isLeft(passwordAdversary(2, eqLearner))).toBe(true);
    expect(E.isLeft(passwordAdversary(0, eqLearner))).toBe(true);
    expect(E.isLeft(passwordAdversary(21, eqLearner))).toBe(true);
  });
});

describe("the contrast: equivalence queries", () => {
  it("one equivalence query with the empty hypothesis returns the secret itself", () => {
    for (const secret of [[], [1], [0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1]]) {
      const r = rightOf(passwordByEquivalence(secret));
      expect(equivalent(r.dfa, singletonDfa(BITS, secret))).toEqual(O.none);
      expect(r.stats).toMatchObject({ membershipQueries: 0, equivalenceQueries: 2 });
      expect(r.stats.longestCounterexample).toBe(secret.length);
    }
  });
});
