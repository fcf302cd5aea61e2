/**
 * Tell-tale searches and the tell-tale learner at the edges of their options (issue 7): the
 * least accepted bounds, the exact errors, the member window passed on to each tell-tale, and
 * the sub-members an absence certificate may use (proper subsets only, within the window).
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { exCofin, exGold, exLen, exPassword } from "../../../src/identification/family/examples.js";
import { finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { tellTaleLearner } from "../../../src/identification/learner/tell-tale-learner.js";
import { absenceCertificate } from "../../../src/identification/telltale/absence.js";
import { searchTellTale, tellTales } from "../../../src/identification/telltale/search.js";
import { right } from "../helpers.js";

function left<L, A>(e: E.Either<L, A>): L {
  if (E.isRight(e)) throw new Error("expected left");
  return e.left;
}

const overBudget = (what: string) => ({
  kind: "budget",
  budget: "members",
  limit: 4096,
  reached: 8192,
  message: `${what}: budget of 4096 members exceeded (reached 8192); raise the members budget`,
});

describe("tellTales and searchTellTale: bounds and errors", () => {
  it("refuses a finite family over 4096 members unless a window is given", () => {
    expect(left(tellTales(exPassword(13)))).toEqual(overBudget("tell-tales of a finite family"));
    expect(right(tellTales(exPassword(13), { members: 5 }))).toHaveLength(5);
  });
  it("accepts a window of 1 and names a bad one", () => {
    expect(right(tellTales(exLen(), { members: 1 }))).toHaveLength(1);
    expect(left(tellTales(exLen(), { members: 0 }))).toEqual({
      kind: "invalid-input",
      field: "members",
      message: "members: must be a positive integer, got 0",
    });
  });
  it("computes every tell-tale relative to the window asked", () => {
    const all = right(tellTales(exLen(), { members: 5 }));
    expect(all.map((t) => t.members)).toEqual([5, 5, 5, 5, 5]);
    expect(all[4]?.words).toHaveLength(4);
    const found = right(searchTellTale(exLen(), 3, { members: 5 }));
    expect(found.kind === "candidate" && found.tellTale.members).toBe(5);
  });
  it("names a bad member, and passes on the absence search's errors", () => {
    expect(left(searchTellTale(exLen(), -1))).toEqual({
      kind: "invalid-input",
      field: "member",
      message: `member: -1 is not an index of ${exLen().description}`,
    });
    expect(left(searchTellTale(exGold(), 0, { length: -1 }))).toMatchObject({
      kind: "invalid-input",
      field: "length",
    });
  });
});

describe("absence certificates: bounds and sub-members", () => {
  it("accept the least bounds, length 0 and one member, and name bad ones", () => {
    const zero = right(absenceCertificate(exGold(), 0, { length: 0, members: 5 }));
    expect(O.isSome(zero) && zero.value.witnesses).toEqual([{ length: 0, member: 1, word: [0] }]);
    // within one member there is no sub-member of a* to cover {ε}
    expect(right(absenceCertificate(exGold(), 0, { length: 0, members: 1 }))).toEqual(O.none);
    expect(left(absenceCertificate(exGold(), 0, { length: -1, members: 5 }))).toEqual({
      kind: "invalid-input",
      field: "length",
      message: "length: must be a non-negative integer, got -1",
    });
    expect(left(absenceCertificate(exGold(), 0, { length: 0, members: 0 }))).toEqual({
      kind: "invalid-input",
      field: "members",
      message: "members: must be a positive integer, got 0",
    });
    expect(left(absenceCertificate(exGold(), -1, { length: 0, members: 5 }))).toEqual({
      kind: "invalid-input",
      field: "member",
      message: `member: -1 is not an index of ${exGold().description}`,
    });
  });
  it("use proper subsets only: a cofinite member holding the segment does not count", () => {
    // a* minus ε: L_1 ∩ Σ^≤0 = ∅ lies in every member, but none is a proper subset of L_1
    expect(right(absenceCertificate(exCofin(), 1, { length: 0, members: 5 }))).toEqual(O.none);
    // {b} holds {a} ∩ Σ^≤0 = ∅ and b ∉ {a}, but {b} is no subset of {a}
    const ab = unsafeAlphabet(["a", "b"]);
    const fam = right(
      finiteFamily([{ dfa: finiteLanguage(ab, [[0]]) }, { dfa: finiteLanguage(ab, [[1]]) }]),
    );
    expect(right(absenceCertificate(fam, 0, { length: 0, members: 2 }))).toEqual(O.none);
  });
});

describe("the tell-tale learner: bounds and errors", () => {
  it("takes a finite family of 4096 members, not 8192, without a window", () => {
    expect(E.isRight(tellTaleLearner(exPassword(12)))).toBe(true);
    expect(left(tellTaleLearner(exPassword(13)))).toEqual(
      overBudget("the tell-tale learner on a finite family"),
    );
  });
  it("accepts a window of 1 and names a bad one", () => {
    const one = right(tellTaleLearner(exLen(), { members: 1 }));
    expect(one.guess(one.init)).toEqual(O.some(0));
    expect(left(tellTaleLearner(exLen(), { members: 2.5 }))).toEqual({
      kind: "invalid-input",
      field: "members",
      message: "members: must be a positive integer, got 2.5",
    });
  });
});
