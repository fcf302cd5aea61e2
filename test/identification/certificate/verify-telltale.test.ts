import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import type { AbsenceCertificate } from "../../../src/identification/certificate/types.js";
import {
  absenceProblem,
  tellTaleProblem,
  verifyAbsence,
  verifyTellTale,
} from "../../../src/identification/certificate/verify-telltale.js";
import { exCofin, exGold, exLen, exZoo } from "../../../src/identification/family/examples.js";
import { absenceCertificate } from "../../../src/identification/telltale/absence.js";
import { tellTale } from "../../../src/identification/telltale/search.js";
import { pow, right } from "../helpers.js";

function absence(family: Parameters<typeof absenceCertificate>[0], i: number): AbsenceCertificate {
  const c = right(absenceCertificate(family, i, { length: 10, members: 30 }));
  if (O.isNone(c)) throw new Error("expected an absence certificate");
  return c.value;
}

describe("tell-tale certificates", () => {
  it("verify on EX-LEN and on zoos", () => {
    expect(verifyTellTale(exLen(), tellTale(exLen(), 4, { members: 12 }))).toBe(true);
    const zoo = right(exZoo(9, { members: 12, states: 4 }));
    for (let i = 0; i < 12; i++) expect(tellTaleProblem(zoo, tellTale(zoo, i))).toEqual(O.none);
  });
  it("fail when tampered with", () => {
    const t = tellTale(exLen(), 4, { members: 12 });
    expect(verifyTellTale(exLen(), { ...t, words: t.words.slice(1) })).toBe(false);
    expect(tellTaleProblem(exLen(), { ...t, excluded: t.excluded.slice(1) })).toEqual(
      O.some(expect.stringMatching(/not listed/)),
    );
    expect(verifyTellTale(exLen(), { ...t, member: 5 })).toBe(false);
    expect(verifyTellTale(exLen(), { ...t, exact: true })).toBe(false);
    const longer = t.excluded.map((e, n) => (n === 0 ? { ...e, word: pow(3) } : e));
    expect(tellTaleProblem(exLen(), { ...t, excluded: longer })).toEqual(
      O.some(expect.stringMatching(/shortest/)),
    );
  });
});

describe("absence certificates", () => {
  it("verify for a* in EX-GOLD and EX-COFIN; none exists for EX-LEN's members", () => {
    expect(absenceProblem(exGold(), absence(exGold(), 0))).toEqual(O.none);
    expect(verifyAbsence(exCofin(), absence(exCofin(), 0))).toBe(true);
    const len = absenceCertificate(exLen(), 3, { length: 6, members: 20 });
    expect(E.isRight(len) && O.isNone(len.right)).toBe(true);
  });
  it("fail when tampered with", () => {
    const c = absence(exGold(), 0);
    expect(verifyAbsence(exGold(), { ...c, length: c.length + 1 })).toBe(false);
    const swapped = c.witnesses.map((w, l) => (l === 4 ? { ...w, member: 2 } : w));
    expect(absenceProblem(exGold(), { ...c, witnesses: swapped })).toEqual(
      O.some(expect.stringMatching(/witness 4/)),
    );
    const self = c.witnesses.map((w, l) => (l === 0 ? { ...w, member: 0 } : w));
    expect(verifyAbsence(exGold(), { ...c, witnesses: self })).toBe(false);
    const wrongWord = c.witnesses.map((w, l) => (l === 2 ? { ...w, word: pow(1) } : w));
    expect(verifyAbsence(exGold(), { ...c, witnesses: wrongWord })).toBe(false);
    expect(verifyAbsence(exLen(), c)).toBe(false);
  });
  it("reports bad bounds as typed errors", () => {
    expect(E.isLeft(absenceCertificate(exGold(), 0, { length: -1, members: 5 }))).toBe(true);
    expect(E.isLeft(absenceCertificate(exGold(), 0, { length: 3, members: 0 }))).toBe(true);
    expect(E.isLeft(absenceCertificate(exGold(), 2.5, { length: 3, members: 5 }))).toBe(true);
  });
});
