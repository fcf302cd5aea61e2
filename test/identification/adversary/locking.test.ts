import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { isFinite } from "../../../src/automata/decide.js";
import { accepts } from "../../../src/automata/dfa.js";
import { type Word, wordKey } from "../../../src/automata/word.js";
import {
  findLockingSequence,
  lockingSteps,
} from "../../../src/identification/adversary/locking.js";
import type { LockingResult } from "../../../src/identification/certificate/bounded.js";
import { verifyLocking } from "../../../src/identification/certificate/verify-bounded.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exFinLayers, exFt, exGold, exZoo } from "../../../src/identification/family/examples.js";
import { type Family, finiteFamily, member } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { learners } from "../../../src/identification/learner/catalogue.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import type { Learner } from "../../../src/identification/learner/learner.js";
import { largestLearner } from "../../../src/identification/learner/odd.js";
import { tellTaleLearner } from "../../../src/identification/learner/tell-tale-learner.js";
import { Classes, pow, right } from "../helpers.js";
import { re } from "../regex.js";

const content = (sigma: readonly TextDatum[]): string[] =>
  [...new Set(sigma.filter((d): d is Word => d !== "#").map(wordKey))].sort();

const wordsOf = (family: Family, i: number): string[] =>
  [...enumerate(member(family, i))].map(wordKey).sort();

function locking(r: LockingResult) {
  if (r.kind !== "locking") throw new Error(`no locking sequence: ${r.rounds.length} rounds`);
  return r;
}

/** A learner with no locking sequence: it guesses the target on even steps, 0 on odd ones. */
function parity(target: number): Learner<number, TextDatum> {
  return {
    name: "parity",
    init: 0,
    step: (n) => n + 1,
    guess: (n) => O.some(n % 2 === 0 ? target : 0),
  };
}

describe("locking sequences for learners that identify their target", () => {
  it("the enumeration learner is locked on finite members of EX-FIN-LAYERS by their words", () => {
    const fin = exFinLayers();
    const classes = new Classes();
    for (let t = 1; t <= 30; t++) {
      const r = locking(right(findLockingSequence(fin, enumerationLearner(fin), { target: t })));
      expect(r.guess).toBe(t);
      expect(content(r.sigma)).toEqual(wordsOf(fin, t));
      expect(r.failure).toBeUndefined();
      expect(verifyLocking(fin, enumerationLearner(fin), r)).toBe(true);
      classes.note(`${wordsOf(fin, t).length} words`);
    }
    expect(classes.count("1 words")).toBeGreaterThan(0);
    expect(classes.count("2 words")).toBeGreaterThan(0);
  });

  it("the tell-tale learner is locked on a* where a* is identifiable, with no failure witness", () => {
    const a = unsafeAlphabet(["a"]);
    const family = right(
      finiteFamily([
        { dfa: re("a*", a), name: "a*" },
        { dfa: finiteLanguage(a, [pow(0)]) },
        { dfa: finiteLanguage(a, [pow(0), pow(1)]) },
        { dfa: re("(aa)*", a) },
      ]),
    );
    const l = right(tellTaleLearner(family));
    const r = locking(right(findLockingSequence(family, l, { target: 0, length: 4 })));
    expect(r.guess).toBe(0);
    expect(content(r.sigma)).toEqual([pow(0), pow(1), pow(2)].map(wordKey).sort());
    expect(r.failure).toBeUndefined();
    expect(verifyLocking(family, l, r)).toBe(true);
  });

  it("every member of a random zoo locks the tell-tale learner (it identifies finite families)", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.nat(9), (seed, t) => {
        const zoo = right(exZoo(seed, { members: 10, states: 4 }));
        const l = right(tellTaleLearner(zoo));
        const r = locking(right(findLockingSequence(zoo, l, { target: t, length: 2 })));
        classes.note("sigma of 3 data or more", r.sigma.length >= 3);
        classes.note("an unlocking round", r.sigma.length > content(r.sigma).length);
        classes.note("finite target", isFinite(member(zoo, t)));
        return dfaEquals(member(zoo, r.guess), member(zoo, t)) && verifyLocking(zoo, l, r);
      }),
      { numRuns: 30, seed: 4005 },
    );
    expect(classes.count("sigma of 3 data or more")).toBeGreaterThan(3);
    expect(classes.count("finite target")).toBeGreaterThan(0);
  });
});

describe("C3's corollary: locked on L∞, so wrong on a finite member", () => {
  it("the enumeration and largest learners on EX-GOLD fail on a finite member, verified", () => {
    const gold = exGold();
    const both: Learner<unknown, TextDatum>[] = [enumerationLearner(gold), largestLearner(gold)];
    for (const l of both) {
      const r = locking(right(findLockingSequence(gold, l, { target: 0 })));
      expect(r.guess).toBe(0);
      const f = r.failure;
      expect(f).toBeDefined();
      if (f === undefined) return;
      const fin = member(gold, f.member);
      expect(isFinite(fin)).toBe(true);
      expect(f.text.every((d) => d === "#" || accepts(fin, d))).toBe(true);
      expect(content(f.text)).toEqual(wordsOf(gold, f.member));
      expect(verifyLocking(gold, l, r)).toBe(true);
    }
  });

  it("so does the tell-tale learner on EX-FT over (ab)*, once its window's tell-tale of the base appeared", () => {
    const ft = exFt(re("(ab)*"), "(ab)*");
    const l = right(tellTaleLearner(ft, { members: 8 }));
    const r = locking(right(findLockingSequence(ft, l, { target: 0, length: 4 })));
    expect(r.failure?.member).toBeGreaterThanOrEqual(8);
    expect(verifyLocking(ft, l, r)).toBe(true);
  });

  it("learners that never guess a finite member of EX-GOLD have no locking sequence for it", () => {
    const gold = exGold();
    const l = enumerationLearner(gold);
    const r = right(findLockingSequence(gold, l, { target: 4, sigma: 40 }));
    expect(r.kind).toBe("no-locking");
    if (r.kind !== "no-locking") return;
    expect(r.sigma.length).toBeGreaterThan(40);
    expect(r.rounds.every((x) => x.tau === 0)).toBe(true);
    expect(verifyLocking(gold, l, r)).toBe(true);
  });
});

describe("the control: a learner with no locking sequence", () => {
  it("the parity learner is unlocked by a pause in every round", () => {
    const fin = exFinLayers();
    const r = right(findLockingSequence(fin, parity(6), { target: 6, sigma: 30 }));
    expect(r.kind).toBe("no-locking");
    if (r.kind !== "no-locking") return;
    expect(r.rounds.length).toBeGreaterThan(10);
    expect(r.rounds.some((x) => x.tau === 1)).toBe(true);
    expect(verifyLocking(fin, parity(6), r)).toBe(true);
  });
});

describe("findLockingSequence: errors, budgets and progress", () => {
  it("refuses an informant learner, a bad target and bad bounds", () => {
    const fin = exFinLayers();
    const informant = right(learners["enumeration-informant"](fin));
    const inf = findLockingSequence(fin, informant as Learner<unknown, TextDatum>, { target: 1 });
    expect(E.isLeft(inf) && inf.left.message).toMatch(/text learner/);
    const bad = findLockingSequence(fin, enumerationLearner(fin), { target: -1 });
    expect(E.isLeft(bad) && bad.left.kind).toBe("invalid-input");
    const depth = findLockingSequence(fin, enumerationLearner(fin), { target: 1, depth: 0 });
    expect(E.isLeft(depth) && depth.left.kind).toBe("invalid-input");
  });

  it("stops on its learner-step budget", () => {
    const gold = exGold();
    const r = findLockingSequence(gold, enumerationLearner(gold), {
      target: 0,
      depth: 4,
      length: 6,
      steps: 100,
    });
    expect(E.isLeft(r) && r.left.kind).toBe("budget");
  });

  it("yields a progress value per round", () => {
    const fin = exFinLayers();
    const steps = lockingSteps(fin, parity(6), { target: 6, sigma: 10 });
    let rounds = 0;
    let r = steps.next();
    for (; r.done !== true; r = steps.next()) {
      rounds++;
      expect(r.value.total).toBe(10);
      expect(r.value.partial.rounds).toBe(rounds);
    }
    expect(E.isRight(r.value) && r.value.right.kind).toBe("no-locking");
  });
});
