import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exLen } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { checkLearner, type Learner } from "../../../src/identification/learner/learner.js";
import { runLearner, runPresentation } from "../../../src/identification/learner/run.js";
import { shortlexInformant } from "../../../src/identification/presentation/informant.js";
import { shortlexText } from "../../../src/identification/presentation/text.js";
import { pow } from "../helpers.js";

/** A user-written learner: guesses the longest word length seen (EX-LEN's index). */
const longest: Learner<number, TextDatum> = {
  name: "longest",
  init: -1,
  step: (s, d) => (d === "#" ? s : Math.max(s, d.length)),
  guess: (s) => (s < 0 ? O.none : O.some(s)),
};

describe("runLearner", () => {
  it("folds the learner and reads the guess after every datum", () => {
    const t = runLearner(longest, ["#", pow(2), pow(1), pow(3), "#"]);
    expect(t.hypotheses).toEqual([null, 2, 2, 3, 3]);
    expect(t.mindChanges).toBe(1);
    expect(t.convergence).toEqual(O.some(4));
    expect(t.final).toEqual(O.some(3));
    expect(t.state).toBe(3);
    expect(t.learner).toBe("longest");
  });
  it("cuts infinite presentations at the horizon", () => {
    const t = runLearner(longest, shortlexText(member(exLen(), 0)), { horizon: 7 });
    expect(t.hypotheses.length).toBe(7);
    expect(runLearner(longest, [pow(1)], { horizon: 0 }).hypotheses).toEqual([]);
  });
});

describe("runPresentation", () => {
  it("checks the presentation kind and the alphabet", () => {
    const d = member(exLen(), 2);
    expect(E.isRight(runPresentation(longest, shortlexText(d), 5))).toBe(true);
    const wrongKind = runPresentation(longest as never, shortlexInformant(d), 5);
    expect(E.isLeft(wrongKind) && wrongKind.left.message).toMatch(/text learner/);
    const other = { ...longest, alphabet: unsafeAlphabet(["x"]) };
    const mismatch = runPresentation(other, shortlexText(d), 5);
    expect(E.isLeft(mismatch) && mismatch.left.kind).toBe("alphabet-mismatch");
  });
  it("rejects data outside the alphabet", () => {
    const bad = {
      ...shortlexText(finiteLanguage(unsafeAlphabet(["a"]), [])),
      [Symbol.iterator]: () => [[5] as TextDatum][Symbol.iterator](),
    };
    const r = runPresentation(longest, bad, 3);
    expect(E.isLeft(r) && r.left.message).toMatch(/symbol index 5/);
  });
});

describe("checkLearner", () => {
  it("accepts the shape and names what is missing", () => {
    expect(E.isRight(checkLearner(longest))).toBe(true);
    const noInit = checkLearner({ name: "x", step: () => 0, guess: () => O.none });
    expect(E.isLeft(noInit) && noInit.left.message).toMatch(/learner.init/);
    expect(E.isLeft(checkLearner({ ...longest, input: "oracle" }))).toBe(true);
    expect(E.isLeft(checkLearner({ ...longest, step: 3 }))).toBe(true);
    expect(E.isLeft(checkLearner(null))).toBe(true);
  });
});
