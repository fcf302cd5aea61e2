import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { accepts } from "../../../src/automata/dfa.js";
import type { LimitLabError } from "../../../src/automata/support/errors.js";
import { kearnsVazirani, kvLearner } from "../../../src/identification/query/kv/kv.js";
import {
  ask,
  type LearnResult,
  type QueryLearner,
} from "../../../src/identification/query/learner.js";
import { lsharp } from "../../../src/identification/query/lsharp/lsharp.js";
import { lstar, lstarLearner } from "../../../src/identification/query/lstar/lstar.js";
import { queryRun, runQueryLearner } from "../../../src/identification/query/run.js";
import { type Teacher, teacher } from "../../../src/identification/query/teacher.js";
import { referenceTarget } from "./reference.js";

const target = referenceTarget(50, 2);

function leftOf(r: E.Either<LimitLabError, LearnResult>): LimitLabError {
  if (E.isRight(r)) throw new Error("expected a Left");
  return r.left;
}

/** The exact teacher of `target`, counting the words that really reach it. */
function countedTeacher(): { t: Teacher; reached: () => number } {
  let reached = 0;
  const base = teacher(target);
  return {
    t: {
      ...base,
      membership: (w) => {
        reached++;
        return accepts(target, w);
      },
    },
    reached: () => reached,
  };
}

describe("runQueryLearner budgets", () => {
  it("stops at the membership budget: the target never gets more words than it allows", () => {
    for (const learn of [lstar, kearnsVazirani, lsharp]) {
      const { t, reached } = countedTeacher();
      const e = leftOf(learn(t, { budget: { membershipQueries: 40 } }));
      expect(e).toMatchObject({
        kind: "budget",
        budget: "membershipQueries",
        limit: 40,
        reached: 41,
      });
      expect(reached()).toBe(40);
    }
  });
  it("in the runs model, counts runs against the budget: continuing a run is free, exactly the runs used suffice", () => {
    const runs = teacher(target, { answers: "runs" });
    const used = (lsharp(runs) as E.Right<LearnResult>).right.stats.membershipQueries;
    expect(E.isRight(lsharp(runs, { budget: { membershipQueries: used } }))).toBe(true);
    expect(leftOf(lsharp(runs, { budget: { membershipQueries: used - 1 } }))).toMatchObject({
      kind: "budget",
      limit: used - 1,
    });
    // One run, continued twice, then a second run: a budget of one run stops only the last.
    let answered = 0;
    function* walker(): QueryLearner {
      for (const w of [[0], [0, 1], [0, 1, 1], [1]]) {
        yield* ask(w);
        answered++;
      }
      return E.left({ kind: "invalid-input", message: "not reached" });
    }
    expect(leftOf(runQueryLearner(walker(), runs, { membershipQueries: 1 }))).toMatchObject({
      kind: "budget",
      reached: 2,
    });
    expect(answered).toBe(3);
  });
  it("stops at the equivalence budget and at the states budget", () => {
    expect(
      leftOf(kearnsVazirani(teacher(target), { budget: { equivalenceQueries: 5 } })),
    ).toMatchObject({ kind: "budget", budget: "equivalenceQueries", limit: 5 });
    const e = leftOf(lstar(teacher(target), { budget: { states: 10 } }));
    expect(e).toMatchObject({ kind: "budget", budget: "states", limit: 10 });
    expect((e as { reached: number }).reached).toBeGreaterThan(10);
  });
  it("gives a Left when an equivalence query meets a membership-only teacher", () => {
    const e = leftOf(
      runQueryLearner(lstarLearner(target.alphabet), {
        alphabet: target.alphabet,
        membership: (w) => accepts(target, w),
        counterexamples: "any",
      }),
    );
    expect(e.kind).toBe("invalid-input");
    expect(e.message).toContain("membership queries only");
  });
  it("gives a Left, not a hang, when the teacher's counterexample is not one", () => {
    const liar: Teacher = { ...teacher(target), equivalence: () => O.some([]) };
    for (const learn of [lstar, kearnsVazirani, lsharp]) {
      const e = leftOf(learn(liar));
      expect(e.kind).toBe("invalid-input");
      expect(e.message).toContain("is not one");
    }
  });
});

describe("queryRun", () => {
  it("yields progress after every equivalence query and returns the same result as the plain run", () => {
    const steps = queryRun(kvLearner(target.alphabet), teacher(target));
    const done: number[] = [];
    let r = steps.next();
    while (!r.done) {
      done.push(r.value.done);
      r = steps.next();
    }
    const plain = kearnsVazirani(teacher(target));
    expect(E.isRight(r.value) && E.isRight(plain)).toBe(true);
    if (E.isRight(r.value) && E.isRight(plain)) {
      expect(r.value.right.stats).toEqual(plain.right.stats);
      expect(done.at(-1)).toBe(plain.right.stats.equivalenceQueries);
      for (let i = 1; i <= plain.right.stats.equivalenceQueries; i++) expect(done).toContain(i);
    }
  });
});
