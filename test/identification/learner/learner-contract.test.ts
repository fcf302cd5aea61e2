import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { exGold, exLen, UNARY } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { learners } from "../../../src/identification/learner/catalogue.js";
import { consistent } from "../../../src/identification/learner/consistent.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import { checkLearner, learnerInput } from "../../../src/identification/learner/learner.js";
import { delayingLearner } from "../../../src/identification/learner/odd.js";
import { runPresentation } from "../../../src/identification/learner/run.js";
import {
  convergencePoint,
  correctFrom,
  finalCorrect,
  traceOf,
} from "../../../src/identification/learner/trace.js";
import { shortlexInformant } from "../../../src/identification/presentation/informant.js";
import { shortlexText } from "../../../src/identification/presentation/text.js";

const ok = { name: "mine", init: 0, step: (s: number) => s + 1, guess: () => O.none };

function message(value: unknown): string {
  const r = checkLearner(value);
  return E.isLeft(r) ? r.left.message : "right";
}

describe("checkLearner: a user module's learner, field by field", () => {
  it("takes the learner shape and names the first field at fault", () => {
    expect(checkLearner(ok)).toEqual(E.right(ok));
    expect(E.isRight(checkLearner({ ...ok, input: "informant" }))).toBe(true);
    expect(E.isRight(checkLearner({ ...ok, input: "text" }))).toBe(true);
    expect(E.isRight(checkLearner({ ...ok, init: undefined }))).toBe(true);
    expect(message(null)).toBe("learner: a learner must be an object");
    expect(message(7)).toBe("learner: a learner must be an object");
    expect(message({ ...ok, name: "" })).toBe("learner.name: must be a non-empty string");
    expect(message({ ...ok, name: 3 })).toBe("learner.name: must be a non-empty string");
    const { init: _init, ...noInit } = ok;
    expect(message(noInit)).toBe("learner.init: is missing");
    expect(message({ ...ok, step: 1 })).toBe("learner.step: must be a function");
    expect(message({ ...ok, guess: "g" })).toBe("learner.guess: must be a function");
    expect(message({ ...ok, input: "queries" })).toBe(
      'learner.input: must be "text" or "informant", got "queries"',
    );
  });

  it("reads a learner's input as text unless it says otherwise", () => {
    expect(learnerInput({})).toBe("text");
    expect(learnerInput({ input: "informant" })).toBe("informant");
  });
});

describe("wrappers keep what the wrapped learner says about itself", () => {
  const inner = enumerationLearner(exLen());
  it("consistent and delaying pass on input and alphabet, and name what they wrap", () => {
    const informant = { ...ok, input: "informant" as const, alphabet: UNARY };
    for (const w of [consistent(exLen(), informant), delayingLearner(informant, 2)]) {
      expect(w.input).toBe("informant");
      expect(w.alphabet).toBe(UNARY);
    }
    for (const w of [consistent(exLen(), ok), delayingLearner(ok, 2)]) {
      expect("input" in w).toBe(false);
      expect("alphabet" in w).toBe(false);
    }
    expect(consistent(exLen(), inner).name).toBe(`consistent(${inner.name})`);
    expect(delayingLearner(inner, 2.7).name).toBe(`delaying(${inner.name}, 2)`);
    expect(delayingLearner(inner, -3).name).toBe(`delaying(${inner.name}, 0)`);
  });
});

describe("running and judging learners, at the edges", () => {
  const d = member(exLen(), 2);
  const text = {
    ...ok,
    name: "t",
    init: -1,
    step: (s: number) => s + 1,
    guess: (s: number) => O.some(s),
  };

  it("runPresentation says which kind of learner needs which presentation", () => {
    const onInformant = runPresentation(text as never, shortlexInformant(d), 3);
    expect(E.isLeft(onInformant) && onInformant.left.message).toBe(
      `presentation: t is a text learner and needs a text, not ${shortlexInformant(d).description}`,
    );
    const inf = { ...text, input: "informant" as const };
    const onText = runPresentation(inf as never, shortlexText(d), 3);
    expect(E.isLeft(onText) && onText.left.message).toBe(
      `presentation: t is an informant learner and needs an informant, not ${shortlexText(d).description}`,
    );
  });

  it("runPresentation reads exactly the horizon's data, and all of a shorter presentation", () => {
    const r = runPresentation(text as never, shortlexText(member(exLen(), 0)), 5);
    expect(E.isRight(r) && r.right.hypotheses).toEqual([0, 1, 2, 3, 4]);
    const finite = runPresentation(text as never, shortlexText(d), 3);
    expect(E.isRight(finite) && finite.right.hypotheses.length).toBe(3);
  });

  it("the catalogue names the option at fault", () => {
    const msg = (r: E.Either<{ message: string }, unknown>) =>
      E.isLeft(r) ? r.left.message : "right";
    expect(msg(learners.enumeration(exGold(), { members: 1.5 }))).toBe(
      "members: must be a positive integer, got 1.5",
    );
    expect(msg(learners.randomised(exGold(), { choices: 0 }))).toBe(
      "choices: must be a positive integer, got 0",
    );
    expect(msg(learners.delaying(exGold(), { delay: 0.5 }))).toBe(
      "delay: must be a non-negative integer, got 0.5",
    );
    for (const seed of [-1, 0.5, 2 ** 32])
      expect(msg(learners.randomised(exGold(), { seed }))).toBe(
        `seed: must be a 32-bit unsigned integer, got ${seed}`,
      );
    expect(E.isRight(learners.randomised(exGold(), { seed: 0 }))).toBe(true);
    expect(E.isRight(learners.randomised(exGold(), { seed: 2 ** 32 - 1 }))).toBe(true);
    expect(E.isRight(learners.delaying(exGold(), { delay: 0 }))).toBe(true);
  });

  it("convergence and correctness on short and wrong traces", () => {
    expect(convergencePoint([])).toEqual(O.none);
    expect(convergencePoint([3])).toEqual(O.some(1));
    expect(convergencePoint([3, 3])).toEqual(O.some(1));
    expect(convergencePoint([1, 3, 3])).toEqual(O.some(2));
    expect(convergencePoint([3, null])).toEqual(O.none);
    const len = exLen();
    const two = member(len, 2);
    const trace = (hs: (number | null)[]) => traceOf("x", hs, 0);
    expect(finalCorrect(trace([]), len, two)).toBe(false);
    expect(finalCorrect(trace([2, null]), len, two)).toBe(false);
    expect(finalCorrect(trace([0, 2]), len, two)).toBe(true);
    expect(finalCorrect(trace([0, 2 ** 60]), len, two)).toBe(false);
    expect(correctFrom(trace([0, 2, 2]), len, two)).toEqual(O.some(2));
    expect(correctFrom(trace([2, 2]), len, two)).toEqual(O.some(1));
    expect(correctFrom(trace([2, 0]), len, two)).toEqual(O.none);
    expect(correctFrom(trace([]), len, two)).toEqual(O.none);
    expect(traceOf("x", [], 0).final).toEqual(O.none);
    expect(traceOf("x", [1, null], 0).final).toEqual(O.none);
  });
});
