/**
 * The package root is the public API: the names the issues fix, one or more per layer, must
 * be functions there (a regression test: the root once lost its re-exports).
 */
import { describe, expect, it } from "vitest";
import * as limitlab from "../src/index.js";

const NAMES = [
  // automata (issue 3)
  "alphabet",
  "compile",
  "parseRegex",
  "determinize",
  "minimize",
  "equivalent",
  "fromJson",
  "toJson",
  "isStarFree",
  "isRTrivial",
  // identification in the limit (issue 4)
  "goldAdversary",
  "goldEnumeration",
  "rpni",
  // query learning (issue 5)
  "teacher",
  "blackBoxTeacher",
  "lstar",
  "kearnsVazirani",
  "lsharp",
  "passwordAdversary",
  // attribution (issue 6)
  "runScenario",
  // proofs (issue 7)
  "defineProof",
  "runProofs",
  "mergeReports",
] as const;

describe("the package root", () => {
  it("exports every layer's named API", () => {
    const exported = limitlab as unknown as Record<string, unknown>;
    const missing = NAMES.filter((n) => typeof exported[n] !== "function");
    expect(missing).toEqual([]);
    expect(Object.keys(limitlab).length).toBeGreaterThan(200);
  });
});
