/**
 * Checks of the bounded locking-sequence search that kill the mutants locking.test.ts lets
 * survive (issue 7): exact errors; the step budget counted exactly (σ, every τ tried, the
 * corollary's probe), on learners small enough to count by hand; τ found at depth 2 but not
 * beyond the bound; the least finite sub-member chosen by the probe, ∅ shown as pauses; the
 * finite target's words cycled in σ; the progress reported.
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import {
  findLockingSequence,
  type LockingProgress,
  lockingSteps,
} from "../../../src/identification/adversary/locking.js";
import type { LockingResult } from "../../../src/identification/certificate/bounded.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exGold, UNARY } from "../../../src/identification/family/examples.js";
import { type Family, finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import type { Learner } from "../../../src/identification/learner/learner.js";
import { pow, right } from "../helpers.js";
import { re } from "../regex.js";

/** Always guesses `i`. */
const constant = (i: number): Learner<null, TextDatum> => ({
  name: `always ${i}`,
  init: null,
  step: (s) => s,
  guess: () => O.some(i),
});

/** Guesses 0 until it has read `k` data (pauses included), then 1. */
const afterData = (k: number): Learner<number, TextDatum> => ({
  name: `1 after ${k} data`,
  init: 0,
  step: (n) => n + 1,
  guess: (n) => O.some(n < k ? 0 : 1),
});

/** Guesses 0 until it reads a pause, then 1. */
const pauseFlip: Learner<boolean, TextDatum> = {
  name: "pause flip",
  init: false,
  step: (seen, d) => seen || d === "#",
  guess: (seen) => O.some(seen ? 1 : 0),
};

function left<L, A>(e: E.Either<L, A>): L {
  if (E.isRight(e)) throw new Error("expected left");
  return e.left;
}

function locked(r: LockingResult) {
  if (r.kind !== "locking") throw new Error("expected a locking sequence");
  return r;
}

function notLocked(r: LockingResult) {
  if (r.kind !== "no-locking") throw new Error("expected no locking sequence");
  return r;
}

/** {ε}, a*, {ε, a}: a* has two finite sub-members, the least is member 0. */
const subMembers = (): Family =>
  right(
    finiteFamily([
      { dfa: finiteLanguage(UNARY, [pow(0)]) },
      { dfa: re("a*", UNARY) },
      { dfa: finiteLanguage(UNARY, [pow(0), pow(1)]) },
    ]),
  );

describe("locking search: exact errors", () => {
  const gold = exGold();
  it("names the field at fault", () => {
    const informant = { ...constant(0), input: "informant" as const };
    expect(left(findLockingSequence(gold, informant, { target: 0 }))).toEqual({
      kind: "invalid-input",
      field: "learner",
      message: "learner: always 0 is not a text learner",
    });
    const fam = subMembers();
    expect(left(findLockingSequence(fam, constant(0), { target: 3 }))).toEqual({
      kind: "invalid-input",
      field: "target",
      message: `target: 3 is not an index of ${fam.description}`,
    });
    const ab = { ...constant(0), alphabet: unsafeAlphabet(["a", "b"]) };
    expect(left(findLockingSequence(gold, ab, { target: 0 })).kind).toBe("alphabet-mismatch");
    const same = { ...constant(0), alphabet: UNARY };
    expect(E.isRight(findLockingSequence(gold, same, { target: 0 }))).toBe(true);
  });
  it("refuses τ words beyond its word budget", () => {
    // Σ^≤3 over {a} has 4 words
    expect(left(findLockingSequence(gold, constant(0), { target: 0, words: 3 }))).toMatchObject({
      kind: "budget",
      budget: "words",
      limit: 3,
      reached: 4,
    });
  });
});

describe("locking search: the step budget, counted exactly", () => {
  const gold = exGold();
  it("every τ of at most 2 data (30 steps), then the corollary's 50 data (80 in all)", () => {
    // τ data: the pause and ε, a, aa, aaa: 5 + 25 sequences of one and two data
    const r = locked(right(findLockingSequence(gold, constant(0), { target: 0, steps: 80 })));
    expect(r.sigma).toEqual([]);
    expect(r.failure).toEqual({ member: 1, horizon: 50, text: Array(50).fill(pow(0)) });
    expect(left(findLockingSequence(gold, constant(0), { target: 0, steps: 79 }))).toEqual({
      kind: "budget",
      budget: "steps",
      limit: 79,
      reached: 80,
      message:
        "searching a locking sequence for always 0: budget of 79 steps exceeded (reached 80); raise the steps budget",
    });
    // the τ search fits a budget of 30 exactly; the probe overruns it
    expect(left(findLockingSequence(gold, constant(0), { target: 0, steps: 30 }))).toMatchObject({
      limit: 30,
      reached: 80,
    });
    expect(left(findLockingSequence(gold, constant(0), { target: 0, steps: 29 }))).toMatchObject({
      limit: 29,
      reached: 30,
    });
  });
  it("σ's data count: one τ step, then σ grows one datum per round to 11", () => {
    const bound = { target: 0, sigma: 10 };
    const r = notLocked(right(findLockingSequence(gold, pauseFlip, { ...bound, steps: 12 })));
    expect(r.sigma).toEqual(["#", ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(pow)]);
    expect(r.rounds[0]).toEqual({ at: 0, tau: 1 });
    expect(r.rounds).toHaveLength(10);
    expect(left(findLockingSequence(gold, pauseFlip, { ...bound, steps: 11 }))).toMatchObject({
      reached: 12,
    });
  });
  it("a probe that moves the guess counts the data it used", () => {
    // 30 τ steps, the probe's 3 data, σ takes them and the next fair word, then 7 rounds
    const bound = { target: 0, sigma: 10 };
    const r = notLocked(right(findLockingSequence(gold, afterData(3), { ...bound, steps: 44 })));
    expect(r.sigma.slice(0, 4)).toEqual([pow(0), pow(0), pow(0), pow(0)]);
    expect(r.rounds[0]).toEqual({ at: 0, tau: 3 });
    expect(left(findLockingSequence(gold, afterData(3), { ...bound, steps: 43 }))).toMatchObject({
      reached: 44,
    });
  });
});

describe("locking search: τ within the bound", () => {
  const gold = exGold();
  it("a two-datum τ is found and appended, depth first (pauses first)", () => {
    const r = notLocked(right(findLockingSequence(gold, afterData(2), { target: 0, sigma: 4 })));
    expect(r.sigma).toEqual(["#", "#", pow(0), pow(1), pow(2)]);
    expect(r.rounds[0]).toEqual({ at: 0, tau: 2 });
  });
  it("a learner moved only by three data is locked within depth 2 on a finite target", () => {
    const fam = subMembers();
    const r = locked(right(findLockingSequence(fam, afterData(3), { target: 0, depth: 2 })));
    expect(r).toMatchObject({ sigma: [], guess: 0, depth: 2 });
    expect(r.failure).toBeUndefined();
    const deeper = right(findLockingSequence(fam, afterData(3), { target: 0, depth: 3 }));
    expect(deeper.kind).toBe("no-locking");
  });
});

describe("locking search: the corollary's finite member", () => {
  it("is the least finite proper sub-member containing content(σ)", () => {
    const r = locked(right(findLockingSequence(subMembers(), constant(1), { target: 1 })));
    expect(r.failure?.member).toBe(0);
    expect(r.failure?.text).toEqual(Array(50).fill(pow(0)));
  });
  it("is looked for only when the target is infinite", () => {
    // {ε} is a finite proper sub-member of the finite target {ε, a}: no failure is claimed
    const r = locked(right(findLockingSequence(subMembers(), constant(2), { target: 2 })));
    expect(r).toMatchObject({ sigma: [], guess: 2 });
    expect(r.failure).toBeUndefined();
  });
  it("is shown as pauses when it is ∅", () => {
    const fam = right(finiteFamily([{ dfa: finiteLanguage(UNARY, []) }, { dfa: re("a*", UNARY) }]));
    const r = locked(right(findLockingSequence(fam, constant(1), { target: 1 })));
    expect(r.failure).toEqual({ member: 0, horizon: 50, text: Array(50).fill("#") });
  });
  it("is shown in full even past a shorter horizon", () => {
    const r = locked(right(findLockingSequence(exGold(), constant(0), { target: 0, horizon: 0 })));
    expect(r.failure).toEqual({ member: 1, horizon: 1, text: [pow(0)] });
  });
});

describe("locking search: σ for a learner never right", () => {
  it("cycles through a finite target's words, and out-of-range guesses are just wrong", () => {
    const fam = right(
      finiteFamily([{ dfa: finiteLanguage(UNARY, [pow(0), pow(1)]) }, { dfa: re("a*", UNARY) }]),
    );
    for (const learner of [constant(1), constant(7), constant(-1)]) {
      const r = notLocked(right(findLockingSequence(fam, learner, { target: 0, sigma: 5 })));
      expect(r.sigma).toEqual([0, 1, 0, 1, 0, 1].map(pow));
      expect(r.rounds.map((x) => x.at)).toEqual([0, 1, 2, 3, 4, 5]);
    }
  });
  it("reports its progress: done is σ's length up to the bound", () => {
    const fam = right(
      finiteFamily([{ dfa: finiteLanguage(UNARY, [pow(0), pow(1)]) }, { dfa: re("a*", UNARY) }]),
    );
    const steps = lockingSteps(fam, constant(1), { target: 0, sigma: 5 });
    const seen: [number, number | undefined, LockingProgress][] = [];
    let r = steps.next();
    for (; r.done !== true; r = steps.next())
      seen.push([r.value.done, r.value.total, r.value.partial]);
    expect(seen.map(([d]) => d)).toEqual([1, 2, 3, 4, 5, 5]);
    expect(seen.every(([, t]) => t === 5)).toBe(true);
    expect(seen.map(([, , p]) => p)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => ({ sigma: n, rounds: n })),
    );
    expect(r.value).toEqual(findLockingSequence(fam, constant(1), { target: 0, sigma: 5 }));
  });
});
