import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { exLen, UNARY } from "../../../src/identification/family/examples.js";
import { consistent } from "../../../src/identification/learner/consistent.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import { checkLearner, learnerInput } from "../../../src/identification/learner/learner.js";
import { delayingLearner } from "../../../src/identification/learner/odd.js";

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
