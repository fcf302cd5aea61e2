/**
 * Checks of Gold's adversary that kill the mutants gold.test.ts let survive (issue 7, "Proving
 * the proofs can fail"): the exact errors, the boundaries of the options, the step at which a
 * certificate is issued (not one datum later), the progress yielded inside long stages, and
 * the fin-layers control's failure at exactly the first non-member F_c.
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { wordKey } from "../../../src/automata/word.js";
import {
  type GoldProgress,
  goldAdversary,
  goldAdversarySteps,
} from "../../../src/identification/adversary/gold.js";
import type { Certificate } from "../../../src/identification/certificate/types.js";
import { verifyCertificate } from "../../../src/identification/certificate/verify.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import {
  exCofin,
  exFinLayers,
  exFt,
  exGold,
  exLen,
  UNARY,
} from "../../../src/identification/family/examples.js";
import type { Family } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import type { Learner } from "../../../src/identification/learner/learner.js";
import { pow, right } from "../helpers.js";

type TextLearner = Learner<unknown, TextDatum>;

const alwaysInfinite: TextLearner = {
  name: "always a*",
  init: null,
  step: (s) => s,
  guess: () => O.some(0),
};

/** Changes its mind at every datum from the second on, never guessing member 1. */
const restless: Learner<number, TextDatum> = {
  name: "restless",
  init: 0,
  step: (n) => n + 1,
  guess: (n) => O.some(n % 2 === 0 ? 0 : 1000),
};

/** EX-COFIN: the member whose hole is the shortest length not seen yet. */
const leastHole: Learner<ReadonlySet<number>, TextDatum> = {
  name: "least hole",
  init: new Set<number>(),
  step: (s, d) => (d === "#" ? s : new Set([...s, d.length])),
  guess: (s) => {
    let m = 0;
    while (s.has(m)) m++;
    return O.some(m + 1);
  },
};

function left<L, A>(e: E.Either<L, A>): L {
  if (E.isRight(e)) throw new Error("expected left");
  return e.left;
}

/** Runs the step-wise form to the end: the progress yielded and the result. */
function collect(family: Family, learner: TextLearner, options: object) {
  const steps = goldAdversarySteps(family, learner, options);
  const seen: GoldProgress[] = [];
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done === true) return { seen, result: right(r.value) };
    seen.push(r.value.partial);
  }
}

describe("Gold's adversary: exact errors and option bounds", () => {
  const gold = exGold();
  it("names the field at fault and says why", () => {
    const informant = { ...alwaysInfinite, name: "asker", input: "informant" as const };
    expect(left(goldAdversary(gold, informant))).toEqual({
      kind: "invalid-input",
      field: "learner",
      message: "learner: asker learns from informant; Gold's adversary attacks text learners",
    });
    for (const [field, value] of [
      ["mindChanges", 1.5],
      ["horizon", 0],
      ["members", -1],
    ] as const)
      expect(left(goldAdversary(gold, alwaysInfinite, { [field]: value }))).toEqual({
        kind: "invalid-input",
        field,
        message: `${field}: must be a positive integer, got ${value}`,
      });
    const custom = left(goldAdversary(exLen(), alwaysInfinite));
    expect(custom).toMatchObject({ kind: "invalid-input", field: "family" });
    expect(custom.message).toBe(
      `family: ${exLen().description} has layout "custom"; Gold's adversary needs one of gold, ft, cofin, fin-layers (an infinite base and its restrictions)`,
    );
  });
  it("refuses a family without a base, or with a finite one, as identifiable", () => {
    const { base: _, ...noBase } = gold;
    const finite = exFt(finiteLanguage(UNARY, [pow(1)]));
    for (const f of [noBase, finite])
      expect(left(goldAdversary(f, alwaysInfinite))).toEqual({
        kind: "invalid-input",
        field: "family",
        message: `family: ${f.description} has no infinite base language: it is identifiable from text`,
      });
  });
  it("accepts every option at its least value, 1", () => {
    const cert = right(goldAdversary(gold, alwaysInfinite, { mindChanges: 1, horizon: 1 }));
    expect(cert).toMatchObject({ kind: "stuck", member: 1, horizon: 1, text: [[]] });
    const one = right(goldAdversary(gold, restless, { mindChanges: 1, horizon: 5, members: 1 }));
    expect(one).toMatchObject({ kind: "mind-changes", changes: 1 });
  });
  it("checks the learner's alphabet when it declares one", () => {
    const ab = { ...alwaysInfinite, alphabet: unsafeAlphabet(["a", "b"]) };
    expect(left(goldAdversary(gold, ab))).toMatchObject({ kind: "alphabet-mismatch" });
    const same = { ...alwaysInfinite, alphabet: UNARY };
    expect(right(goldAdversary(gold, same, { horizon: 3 })).kind).toBe("stuck");
  });
});

describe("Gold's adversary issues its certificate at the datum that earns it", () => {
  it("inside a cofinite stage: the fifth change is the last datum shown", () => {
    const cert = right(goldAdversary(exCofin(), restless, { mindChanges: 5 }));
    // the hole is ε, so the text is a, aa, …: six data make five changes
    expect(cert).toMatchObject({ kind: "mind-changes", changes: 5 });
    expect(cert.text).toEqual([1, 2, 3, 4, 5, 6].map(pow));
    expect(verifyCertificate(exCofin(), restless as TextLearner, cert)).toBe(true);
  });
  it("at a hole: each stage shows one word and then the hole, which forces the change", () => {
    const cert = right(goldAdversary(exCofin(), leastHole, { mindChanges: 20 }));
    expect(cert).toMatchObject({ kind: "mind-changes", changes: 20 });
    // stage k shows a^(2k+1) and then its hole a^(2k); the 20th change comes with a^38
    expect(cert.text).toEqual(
      Array.from({ length: 40 }, (_, i) => pow(i % 2 === 0 ? i + 1 : i - 1)),
    );
  });
  it("on EX-GOLD too: a learner that changes at every datum is stopped at its fifth change", () => {
    const cert = right(goldAdversary(exGold(), restless, { mindChanges: 5 }));
    expect(cert).toMatchObject({ kind: "mind-changes", changes: 5 });
    expect(cert.text).toHaveLength(6);
  });
});

describe("Gold's adversary reports progress", () => {
  it("every 1024 steps inside a long stage, with the stage, steps, changes and symbols", () => {
    const cofin = collect(exCofin(), alwaysInfinite, { horizon: 2048 });
    expect(cofin.result).toMatchObject({ kind: "stuck", member: 1, horizon: 2048 });
    // the text is a, aa, …, a^2048 (the hole ε is never shown)
    expect(cofin.seen).toEqual([
      { stage: 0, steps: 1024, changes: 0, symbols: (1024 * 1025) / 2 },
      { stage: 0, steps: 2048, changes: 0, symbols: (2048 * 2049) / 2 },
    ]);
    const gold = collect(exGold(), alwaysInfinite, { horizon: 2048 });
    expect(gold.result).toMatchObject({ kind: "stuck", member: 1, horizon: 2048 });
    // F_0 = {ε}: ε over and over, no symbols
    expect(gold.seen).toEqual([
      { stage: 0, steps: 1024, changes: 0, symbols: 0 },
      { stage: 0, steps: 2048, changes: 0, symbols: 0 },
    ]);
  });
  it("after every cofinite stage, numbered from 0", () => {
    const { seen, result } = collect(exCofin(), leastHole as TextLearner, { mindChanges: 5 });
    expect(result).toMatchObject({ kind: "mind-changes", changes: 5 });
    expect(seen.map((p) => [p.stage, p.steps, p.changes])).toEqual([
      [0, 2, 1],
      [1, 4, 2],
      [2, 6, 3],
      [3, 8, 4],
    ]);
    const texts = result as Certificate;
    expect(seen.at(-1)?.symbols).toBe(
      texts.text.slice(0, 8).reduce((n, d) => n + (d === "#" ? 0 : d.length), 0),
    );
  });
});

describe("the fin-layers control fails at exactly the first non-member", () => {
  it("F_c, with c + 1 words, is the stage the conservative learner never guesses", () => {
    const f = exFinLayers(2);
    const e = left(goldAdversary(f, enumerationLearner(f), { horizon: 200 }));
    expect(e).toMatchObject({ kind: "budget", budget: "mind changes", limit: 50, reached: 1 });
    // one step each for F_0 = {ε} and F_1 = {ε, a}, then the whole horizon on F_2
    expect(e.message).toBe(
      `Gold's adversary failed on ${f.description}: it forced 1 of the 50 mind changes asked of enumeration in 202 steps, and F_2 = {ε, a, aa} is not a member, so the learner is right not to guess it (an identifiable class: the control)`,
    );
  });
  it("looks F_n up among the first `members` members only", () => {
    const f = exFinLayers(2);
    // member 0 is ∅, so F_0 = {ε} is not among the first member: the adversary stops at once
    const e = left(goldAdversary(f, enumerationLearner(f), { horizon: 10, members: 1 }));
    expect(e).toMatchObject({ kind: "budget", reached: 0 });
    expect(e.message).toMatch(/in 10 steps, and F_0 = \{ε\} is not a member/);
    const shown = right(goldAdversary(exGold(), alwaysInfinite, { horizon: 4 })).text;
    expect(new Set(shown.map((d) => (d === "#" ? d : wordKey(d)))).size).toBe(1);
  });
});
