/**
 * The locking verifier names the condition that fails (issue 7): each tampering of a locking
 * certificate (with C3's failure witness) or of a no-locking report breaks one documented
 * condition and must be reported by that condition's message.
 */
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { findLockingSequence } from "../../../src/identification/adversary/locking.js";
import type {
  LockingCertificate,
  LockingResult,
  NoLockingReport,
} from "../../../src/identification/certificate/bounded.js";
import { lockingProblem } from "../../../src/identification/certificate/verify-bounded.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exGold, UNARY } from "../../../src/identification/family/examples.js";
import { finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import type { Learner } from "../../../src/identification/learner/learner.js";
import { pow, right } from "../helpers.js";
import { re } from "../regex.js";

const constant = (i: number): Learner<null, TextDatum> => ({
  name: `always ${i}`,
  init: null,
  step: (s) => s,
  guess: () => O.some(i),
});

/** Guesses 0 until it has read `k` data, then 1. */
const afterData = (k: number): Learner<number, TextDatum> => ({
  name: `1 after ${k} data`,
  init: 0,
  step: (n) => n + 1,
  guess: (n) => O.some(n < k ? 0 : 1),
});

const gold = exGold();
const message = <S>(learner: Learner<S, TextDatum>, c: object): string =>
  O.getOrElse(() => "none")(lockingProblem(gold, learner, c as LockingResult));

describe("locking verifier: a locking certificate", () => {
  const l = constant(0);
  // σ = [] locks "always 0" on a*; the failure text is ε × 50 (member 1 = {ε})
  const c = right(findLockingSequence(gold, l, { target: 0 })) as LockingCertificate;
  const f = c.failure as NonNullable<LockingCertificate["failure"]>;
  const withSigma = (sigma: TextDatum[]) => ({
    ...c,
    sigma,
    symbols: sigma.reduce((n, d) => n + (d === "#" ? 0 : d.length), 0),
    failure: { ...f, text: [...sigma, ...f.text] },
  });
  it("accepts the certificate found, and σ with pauses and words of the target", () => {
    expect(c).toMatchObject({ kind: "locking", sigma: [], guess: 0 });
    expect(message(l, c)).toBe("none");
    expect(message(l, withSigma(["#", pow(0)]))).toBe("none");
  });
  it.each([
    [{ version: 2 }, "version must be 1, got 2"],
    [{ family: "EX-LEN" }, `the certificate is about "EX-LEN", not ${gold.description}`],
    [{ learner: "other" }, "the certificate is about other, not always 0"],
    [{ target: -1 }, "target -1 is not a member"],
    [{ target: 0.5 }, "target 0.5 is not a member"],
    [{ length: -1 }, "length must be a non-negative and depth a positive integer"],
    [{ length: 1.5 }, "length must be a non-negative and depth a positive integer"],
    [{ depth: 0 }, "length must be a non-negative and depth a positive integer"],
    [{ depth: 1.5 }, "length must be a non-negative and depth a positive integer"],
    [{ symbols: 1 }, "symbols is 1, sigma has 0"],
    [{ guess: 1 }, "the guess after sigma is not 1"],
    [{ depth: 20 }, "too many sequences to verify"],
    // τ data are the pause and ε, a, aa, aaa: 6^9 > 10^7 sequences of up to 9 data
    [{ depth: 9 }, "too many sequences to verify"],
  ])("names the bad field of %j", (change, expected) => {
    expect(message(l, { ...c, ...change })).toBe(expected);
  });
  it("accepts a bound of length 0 (τ of pauses and ε)", () => {
    const zero = right(findLockingSequence(gold, l, { target: 0, length: 0 }));
    expect(zero).toMatchObject({ kind: "locking", length: 0 });
    expect(message(l, zero)).toBe("none");
  });
  it("names a datum of σ outside the target", () => {
    const three = constant(3);
    const fin = { ...c, learner: three.name, target: 3, guess: 3, failure: undefined };
    expect(message(three, { ...fin, sigma: [pow(0), pow(5)], symbols: 5 })).toBe(
      "sigma[1] is not a word of the target",
    );
    expect(message(three, { ...fin, sigma: ["#", [1]], symbols: 1 })).toBe(
      "sigma[1] is not a word of the target",
    );
  });
  it("needs the guess to have the target's language and to stay under every τ", () => {
    const one = constant(1);
    expect(message(one, { ...c, learner: one.name, guess: 1 })).toBe(
      "member 1 does not have the target's language",
    );
    const moved = afterData(2);
    expect(message(moved, { ...c, learner: moved.name, depth: 2, failure: undefined })).toBe(
      "some sequence tau moves the guess",
    );
    expect(message(moved, { ...c, learner: moved.name, depth: 1, failure: undefined })).toBe(
      "none",
    );
    // every τ must keep the guess, not just some: the pause moves this one, words do not
    const flip: Learner<boolean, TextDatum> = {
      name: "pause flip",
      init: false,
      step: (seen, d) => seen || d === "#",
      guess: (seen) => O.some(seen ? 1 : 0),
    };
    expect(message(flip, { ...c, learner: flip.name, depth: 1, failure: undefined })).toBe(
      "some sequence tau moves the guess",
    );
  });
  it("checks C3's failure witness condition by condition", () => {
    const fail = (x: object) => message(l, { ...c, failure: { ...f, ...x } });
    expect(fail({ member: -1 })).toBe("the failure's member is out of range");
    expect(fail({ member: 0 })).toBe("member 0 is not a finite proper subset of the target");
    expect(fail({ text: f.text.slice(1) })).toBe(
      "the failure's text is not sigma followed by horizon data",
    );
    expect(message(l, { ...withSigma([pow(0)]), failure: { ...f, text: ["#", ...f.text] } })).toBe(
      "the failure's text is not sigma followed by horizon data",
    );
    expect(fail({ text: [...f.text.slice(1), pow(1)] })).toBe("[0] is not in member 1");
    expect(fail({ text: [...f.text.slice(1), [1]] })).toBe("[1] is not in member 1");
    expect(fail({ text: Array(50).fill("#") })).toBe("the text misses [] of member 1");
    // the failure text is replayed from the state after σ, not from σ's start again
    const patient = afterData(5);
    const once = withSigma([pow(0)]);
    const short = { ...once, learner: patient.name, depth: 1 };
    const three = { ...short.failure, text: Array(4).fill(pow(0)), horizon: 3 };
    expect(message(patient, { ...short, failure: three })).toBe("none");
    const leaves = afterData(40);
    expect(message(leaves, { ...c, learner: leaves.name, depth: 1 })).toBe(
      "the learner leaves 0 on the failure text",
    );
  });
});

describe("locking verifier: the failure member is a finite proper subset of the target", () => {
  // a*, {ε}, {ε} again, (aa)*, {a}
  const fam = right(
    finiteFamily([
      { dfa: re("a*", UNARY) },
      { dfa: finiteLanguage(UNARY, [pow(0)]) },
      { dfa: finiteLanguage(UNARY, [pow(0)]) },
      { dfa: re("(aa)*", UNARY) },
      { dfa: finiteLanguage(UNARY, [pow(1)]) },
    ]),
  );
  const cert = (learner: number, target: number, member: number, text: TextDatum[]) => ({
    version: 1,
    kind: "locking",
    family: fam.description,
    learner: `always ${learner}`,
    target,
    sigma: [],
    symbols: 0,
    guess: learner,
    length: 1,
    depth: 1,
    failure: { member, text, horizon: text.length },
  });
  const check = (learner: number, c: object) =>
    O.getOrElse(() => "none")(lockingProblem(fam, constant(learner), c as LockingResult));
  it("refuses an infinite one, one outside the target, one with the target's language", () => {
    expect(check(0, cert(0, 0, 1, [pow(0), pow(0)]))).toBe("none");
    expect(check(0, cert(0, 0, 3, [pow(0), pow(0)]))).toBe(
      "member 3 is not a finite proper subset of the target",
    );
    expect(check(3, cert(3, 3, 4, [pow(1), pow(1)]))).toBe(
      "member 4 is not a finite proper subset of the target",
    );
    expect(check(1, cert(1, 1, 2, [pow(0), pow(0)]))).toBe(
      "member 2 is not a finite proper subset of the target",
    );
  });
});

describe("locking verifier: a no-locking report", () => {
  // 30 τ steps, a probe of 3 data moves the guess; then 7 rounds never right (σ has 11 data)
  const l = afterData(3);
  const r = right(findLockingSequence(gold, l, { target: 0, sigma: 10 })) as NoLockingReport;
  const rounds = (rs: { at: number; tau: number }[]) => message(l, { ...r, rounds: rs });
  it("accepts the report found", () => {
    expect(r).toMatchObject({ kind: "no-locking", limit: 10 });
    expect(r.rounds.slice(0, 2)).toEqual([
      { at: 0, tau: 3 },
      { at: 4, tau: 0 },
    ]);
    expect(message(l, r)).toBe("none");
  });
  it("needs σ past the limit", () => {
    expect(message(l, { ...r, limit: 11 })).toBe("sigma has 11 data, not more than limit 11");
    expect(message(l, { ...r, limit: 10 })).toBe("none");
  });
  it("needs rounds in order and in range", () => {
    for (const [at, tau] of [
      [0.5, 0],
      [4, -1],
      [4, 0.5],
      [9, 3],
    ] as const)
      expect(
        rounds([
          { at: 0, tau: 3 },
          { at, tau },
        ]),
      ).toBe(`round at ${at} (tau ${tau}) is out of order or range`);
    expect(
      rounds([
        { at: 4, tau: 0 },
        { at: 4, tau: 0 },
      ]),
    ).toBe("round at 4 (tau 0) is out of order or range");
    expect(rounds([{ at: 8, tau: 3 }])).toBe("the guess after 8 data is not the target");
    expect(rounds([{ at: 10, tau: 1 }])).toBe("the guess after 10 data is not the target");
  });
  it("checks each round's claim: wrong, or right and then moved by its τ", () => {
    expect(rounds([{ at: 0, tau: 0 }])).toBe("the guess after 0 data is right");
    expect(rounds([{ at: 0, tau: 2 }])).toBe("the tau at 0 does not move the guess");
    expect(rounds([{ at: 1, tau: 2 }])).toBe("none");
    expect(rounds([])).toBe("none");
  });
  it("treats a guess that is no index as wrong", () => {
    for (const g of [-1, 0.5]) {
      const odd = constant(g);
      const rep = right(findLockingSequence(gold, odd, { target: 0, sigma: 3 }));
      expect(rep.kind).toBe("no-locking");
      expect(message(odd, rep)).toBe("none");
    }
  });
});
