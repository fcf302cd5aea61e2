import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { accepts } from "../../../src/automata/dfa.js";
import { exFinLayers, exLen, UNARY } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { type Inferrer, inferrerLearner } from "../../../src/identification/learner/inferrer.js";
import { runLearner } from "../../../src/identification/learner/run.js";
import { pow } from "../helpers.js";

/** The trivial inferrer: exactly the positive words seen. */
const exact: Inferrer = (s) => finiteLanguage(UNARY, s.positive);

describe("inferrerLearner", () => {
  it("guesses the member with the hypothesis's language", () => {
    const f = exFinLayers(2);
    const l = inferrerLearner(f, exact, { name: "exact" });
    const t = runLearner(l, ["#", pow(1), pow(2), pow(1), pow(0)]);
    expect(t.hypotheses).toEqual([0, 2, 6, 6, null]);
    expect(t.learner).toBe("exact");
    for (const [i, h] of t.hypotheses.entries())
      if (h !== null && i > 0) expect(accepts(member(f, h), pow(1))).toBe(true);
  });
  it("sees distinct words in shortlex order, and negatives from an informant", () => {
    const seen: string[] = [];
    const spy: Inferrer = (s) => {
      seen.push(
        `${s.positive.map((w) => w.length).join(",")}|${s.negative.map((w) => w.length).join(",")}`,
      );
      return finiteLanguage(UNARY, s.positive);
    };
    const l = inferrerLearner(exLen(), spy, { name: "spy", input: "informant", members: 50 });
    const t = runLearner(l, [
      { word: pow(2), label: true },
      { word: pow(1), label: false },
      { word: pow(2), label: true },
      { word: pow(0), label: true },
    ]);
    expect(seen).toEqual(["2|", "2|1", "0,2|1"]);
    expect(t.hypotheses).toEqual([null, null, null, null]);
    expect(runLearner(inferrerLearner(exLen(), exact, { name: "e" }), [pow(0)]).final).toEqual(
      O.some(0),
    );
  });
});
