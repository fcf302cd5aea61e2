/**
 * The tell-tale and absence verifiers name the condition that fails (issue 7): each tampering
 * breaks one documented condition and must be reported by that condition's message.
 */
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import type {
  AbsenceCertificate,
  TellTaleCertificate,
} from "../../../src/identification/certificate/types.js";
import {
  absenceProblem,
  tellTaleProblem,
} from "../../../src/identification/certificate/verify-telltale.js";
import { exGold, exLen, UNARY } from "../../../src/identification/family/examples.js";
import { finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { absenceCertificate } from "../../../src/identification/telltale/absence.js";
import { tellTale } from "../../../src/identification/telltale/search.js";
import { pow, right } from "../helpers.js";

const message = (p: O.Option<string>): string => O.getOrElse(() => "none")(p);

describe("tell-tale verifier", () => {
  const len = exLen();
  // T_4 = {a, aa, aaa, aaaa}: members 0..3 are the proper subsets of {ε, …, a^4}
  const t = tellTale(len, 4, { members: 12 });
  const check = (c: object) => message(tellTaleProblem(len, c as TellTaleCertificate));
  const exclusion = (j: number, word: number[]) =>
    t.excluded.map((e) => (e.member === j ? { member: j, word } : e));
  it("accepts the canonical tell-tale", () => {
    expect(check(t)).toBe("none");
  });
  it.each([
    [{ version: 2 }, "not a version 1 tell-tale certificate"],
    [{ kind: "tell-tale-absence" }, "not a version 1 tell-tale certificate"],
    [{ family: "EX-GOLD" }, "the certificate is about another family"],
    [{ member: -1 }, "member -1 is not an index of the family"],
    [{ member: 0.5 }, "member 0.5 is not an index of the family"],
    [{ members: 0 }, "members 0 is out of range"],
    [{ members: 2.5 }, "members 2.5 is out of range"],
    [{ exact: true }, "exact must say whether the members searched are the whole family"],
  ])("names the bad field of %j", (change, expected) => {
    expect(check({ ...t, ...change })).toBe(expected);
  });
  it("names malformed, missing and wrong exclusions", () => {
    for (const e of [
      { member: -1, word: [0] },
      { member: 12, word: [0] },
      { member: 5, word: [1] },
      { member: 5, word: [0.5] },
      { member: 5, word: [-1] },
      // the member itself, and a member listed twice (the first word would go unchecked)
      { member: 4, word: [0] },
      { member: 2, word: [0] },
    ])
      expect(check({ ...t, excluded: [...t.excluded, e] })).toBe(
        `exclusion ${JSON.stringify(e)} is malformed or repeated`,
      );
    expect(check({ ...t, excluded: [...t.excluded, { member: 6, word: [0] }] })).toBe(
      "member 6 is listed but is not a proper subset of member 4",
    );
    expect(check({ ...t, excluded: t.excluded.filter((e) => e.member !== 2) })).toBe(
      "member 2 is a proper subset of member 4 but is not listed",
    );
    for (const word of [pow(4), pow(5), pow(2)])
      expect(check({ ...t, excluded: exclusion(2, word) })).toBe(
        "the word for member 2 is not the shortest, then shortlex-least, word of L_4 minus L_2",
      );
  });
  it("names words that are not the exclusion words, distinct, in shortlex order", () => {
    const bad = "words are not the distinct exclusion words in shortlex order";
    expect(check({ ...t, words: t.words.slice(1) })).toBe(bad);
    expect(check({ ...t, words: [...t.words, pow(5)] })).toBe(bad);
    expect(check({ ...t, words: [...t.words].reverse() })).toBe(bad);
    expect(check({ ...t, words: [pow(1), pow(1), pow(3), pow(4)] })).toBe(bad);
  });
  it("checks exact and the ranges against a finite family's size", () => {
    const fam = right(
      finiteFamily([
        { dfa: finiteLanguage(UNARY, [pow(0)]) },
        { dfa: finiteLanguage(UNARY, [pow(0), pow(1)]) },
      ]),
    );
    const c = tellTale(fam, 1);
    expect(c).toMatchObject({ exact: true, members: 2, words: [pow(1)] });
    const fcheck = (x: object) => message(tellTaleProblem(fam, x as TellTaleCertificate));
    expect(fcheck(c)).toBe("none");
    expect(fcheck({ ...c, member: 2 })).toBe("member 2 is not an index of the family");
    expect(fcheck({ ...c, members: 3 })).toBe("members 3 is out of range");
    expect(fcheck({ ...c, members: 1, exact: false })).toBe("none");
    expect(fcheck({ ...c, members: 1 })).toBe(
      "exact must say whether the members searched are the whole family",
    );
  });
});

describe("absence verifier", () => {
  const gold = exGold();
  const found = right(absenceCertificate(gold, 0, { length: 4, members: 30 }));
  if (O.isNone(found)) throw new Error("expected an absence certificate");
  // witness l: member l + 1 = {ε, …, a^l}, excluded by a^(l+1)
  const c = found.value;
  const check = (x: object) => message(absenceProblem(gold, x as AbsenceCertificate));
  const witness = (l: number, w: object) =>
    c.witnesses.map((x) => (x.length === l ? { ...x, ...w } : x));
  it("accepts the certificate found", () => {
    expect(check(c)).toBe("none");
  });
  it.each([
    [{ version: 2 }, "not a version 1 absence certificate"],
    [{ kind: "tell-tale" }, "not a version 1 absence certificate"],
    [{ family: "EX-LEN" }, "the certificate is about another family"],
    [{ member: -1 }, "member -1 is not an index of the family"],
    [{ length: -1 }, "length must be a non-negative integer"],
    [{ length: 1.5 }, "length must be a non-negative integer"],
    [{ members: 0 }, "members must be a positive integer"],
    [{ members: 2.5 }, "members must be a positive integer"],
    [{ length: 3 }, "there must be one witness per length 0..3"],
  ])("names the bad field of %j", (change, expected) => {
    expect(check({ ...c, ...change })).toBe(expected);
  });
  it("names the witness at fault and why", () => {
    expect(check({ ...c, witnesses: witness(3, { length: 4 }) })).toBe("witness 3 is for length 4");
    for (const member of [-1, 0, 30, 0.5])
      expect(check({ ...c, witnesses: witness(2, { member }) })).toBe(
        `witness 2: member ${member} is out of range`,
      );
    expect(check({ ...c, members: 4, witnesses: c.witnesses })).toBe(
      "witness 3: member 4 is out of range",
    );
    for (const word of [[1], [0.5], [-1], "a"])
      expect(check({ ...c, witnesses: witness(2, { word }) })).toBe(
        "witness 2: the word is malformed",
      );
    expect(check({ ...c, witnesses: witness(2, { word: pow(1) }) })).toBe(
      "witness 2: the word is not in L_0 minus L_3",
    );
    for (const member of [2, 3])
      expect(check({ ...c, witnesses: witness(4, { member, word: pow(3) }) })).toBe(
        `witness 4: the words of member 0 up to length 4 are not all in member ${member} (by product)`,
      );
    // any proper sub-member holding the segment will do, not only the least
    expect(check({ ...c, witnesses: witness(0, { member: 5, word: pow(5) }) })).toBe("none");
  });
  it("takes a window of one member", () => {
    const fam = right(
      finiteFamily([
        { dfa: finiteLanguage(UNARY, [pow(0)]) },
        { dfa: finiteLanguage(UNARY, [pow(0), pow(1)]) },
      ]),
    );
    const one = right(absenceCertificate(fam, 1, { length: 0, members: 1 }));
    expect(O.isSome(one) && one.value.witnesses).toEqual([{ length: 0, member: 0, word: [0] }]);
    if (O.isSome(one)) expect(message(absenceProblem(fam, one.value))).toBe("none");
  });
  it("needs each witness member to be a subset of the member", () => {
    const ab = unsafeAlphabet(["a", "b"]);
    const fam = right(
      finiteFamily([
        { dfa: finiteLanguage(ab, [[], [0]]) },
        { dfa: finiteLanguage(ab, [[], [1]]) },
      ]),
    );
    const cert: AbsenceCertificate = {
      version: 1,
      kind: "tell-tale-absence",
      family: fam.description,
      member: 0,
      length: 0,
      members: 2,
      witnesses: [{ length: 0, member: 1, word: [0] }],
    };
    expect(message(absenceProblem(fam, cert))).toBe(
      "witness 0: member 1 is not a subset of member 0",
    );
  });
});
