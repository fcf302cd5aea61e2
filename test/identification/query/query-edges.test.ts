import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { makeDfa } from "../../../src/automata/dfa.js";
import type { Word } from "../../../src/automata/word.js";
import { ask, type QueryLearner } from "../../../src/identification/query/learner.js";
import { lstar } from "../../../src/identification/query/lstar/lstar.js";
import {
  BITS,
  enumerationLearner,
  MAX_PASSWORD_LENGTH,
  passwordAdversary,
  singletonDfa,
} from "../../../src/identification/query/password.js";
import { randomMinimalTarget } from "../../../src/identification/query/random-target.js";
import { queryRun } from "../../../src/identification/query/run.js";
import { teacher } from "../../../src/identification/query/teacher.js";

const target = (() => {
  const t = randomMinimalTarget(12, 2, 7);
  if (E.isLeft(t)) throw new Error(t.left.message);
  return t.right;
})();

const message = (r: E.Either<{ message: string }, unknown>) =>
  E.isLeft(r) ? r.left.message : "right";

/** A learner that asks the given words, then returns the empty language. */
function* asking(words: readonly Word[]): QueryLearner {
  for (const w of words) yield* ask(w);
  return E.right(makeDfa(BITS, 1, 0, new Int32Array(2), new Uint8Array(1)));
}

describe("query budgets at their boundaries", () => {
  it("L* on a 12-state target needs 117 words, 6 equivalence queries and 12 states: exactly that suffices", () => {
    const used = lstar(teacher(target));
    expect(E.isRight(used) && used.right.stats).toMatchObject({
      membershipQueries: 117,
      equivalenceQueries: 6,
    });
    for (const budget of [{ membershipQueries: 117 }, { equivalenceQueries: 6 }, { states: 12 }])
      expect(E.isRight(lstar(teacher(target), { budget }))).toBe(true);
    expect(message(lstar(teacher(target), { budget: { membershipQueries: 116 } }))).toBe(
      "query learning: budget of 116 membershipQueries exceeded (reached 117); raise the membershipQueries budget",
    );
    expect(message(lstar(teacher(target), { budget: { equivalenceQueries: 5 } }))).toBe(
      "query learning: budget of 5 equivalenceQueries exceeded (reached 6); raise the equivalenceQueries budget",
    );
    expect(message(lstar(teacher(target), { budget: { states: 11 } }))).toBe(
      "query learning (hypothesis size): budget of 11 states exceeded (reached 12); raise the states budget",
    );
  });

  it("a run yields progress every 4096 membership queries, with the counts so far", () => {
    const steps = queryRun(
      enumerationLearner(BITS, 13),
      teacher(singletonDfa(BITS, Array(13).fill(1))),
    );
    const seen: number[] = [];
    let s = steps.next();
    while (s.done !== true) {
      seen.push(s.value.partial.stats.membershipQueries);
      s = steps.next();
    }
    expect(seen).toEqual([4096]);
    expect(E.isRight(s.value) && s.value.right.stats.membershipQueries).toBe(8191);
  });
});

describe("the password adversary at its edges", () => {
  it("takes n in 1..20 only, and says so", () => {
    for (const n of [0, 1.5, MAX_PASSWORD_LENGTH + 1])
      expect(message(passwordAdversary(n, asking([])))).toBe(
        `n: n = ${n} is not an integer in 1..${MAX_PASSWORD_LENGTH}`,
      );
    const top = passwordAdversary(MAX_PASSWORD_LENGTH, asking([]));
    expect(E.isRight(top) && top.right).toMatchObject({
      membershipQueries: 0,
      bound: 2 ** MAX_PASSWORD_LENGTH - 1,
      candidatesLeft: 2 ** MAX_PASSWORD_LENGTH,
      correct: false,
    });
  });

  it("rules out one candidate per fresh word of length n, nothing for other words or repeats", () => {
    const r = passwordAdversary(2, asking([[0], [0, 1, 1], [], [0, 1], [0, 1]]));
    expect(E.isRight(r) && r.right).toMatchObject({
      membershipQueries: 4, // a repeated word is answered from the cache
      candidatesLeft: 3,
      secret: [0, 0],
      correct: false,
    });
  });

  it("says yes to the last candidate, which is then the secret", () => {
    let answers: boolean[] = [];
    function* record(): QueryLearner {
      answers = [];
      for (const w of [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
      ])
        answers.push(yield* ask(w));
      return E.right(singletonDfa(BITS, [1, 0]));
    }
    const r = passwordAdversary(2, () => record());
    expect(answers).toEqual([false, false, false, true]);
    expect(E.isRight(r) && r.right).toMatchObject({
      candidatesLeft: 1,
      secret: [1, 0],
      correct: true,
    });
  });
});
