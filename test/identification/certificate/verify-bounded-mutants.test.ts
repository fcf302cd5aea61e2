/**
 * The thickness and elasticity verifiers name the condition that fails (issue 7): each
 * tampering breaks one documented condition and must be reported by that condition's message.
 * Also Σ^≤ℓ as the verifiers enumerate it.
 */
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import type {
  ElasticityCertificate,
  ThicknessCertificate,
} from "../../../src/identification/certificate/bounded.js";
import {
  elasticityProblem,
  thicknessProblem,
} from "../../../src/identification/certificate/verify-bounded.js";
import { allWords } from "../../../src/identification/certificate/verify-support.js";
import { exGold, exLen, exThick, UNARY } from "../../../src/identification/family/examples.js";
import { finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { elasticityChain } from "../../../src/identification/structure/elasticity.js";
import { finiteThickness } from "../../../src/identification/structure/thickness.js";
import { pow, right } from "../helpers.js";
import { re } from "../regex.js";

const message = (p: O.Option<string>): string => O.getOrElse(() => "none")(p);

const set = <T>(xs: readonly T[], i: number, x: T): T[] => xs.map((y, j) => (j === i ? x : y));

describe("Σ^≤ℓ as the verifiers list it", () => {
  it("is every word up to the length, in shortlex order", () => {
    expect(allWords(2, 2)).toEqual([[], [0], [1], [0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(allWords(3, 1)).toEqual([[], [0], [1], [2]]);
    expect(allWords(1, 3)).toEqual([[], [0], [0, 0], [0, 0, 0]]);
    expect(allWords(2, 0)).toEqual([[]]);
  });
});

describe("thickness verifier", () => {
  const thick = exThick();
  // EX-THICK, Σ^≤3 over {a, b}, members 0..9: every word in at most one member (thin)
  const c = right(finiteThickness(thick, { length: 3, members: 10 }));
  const check = (x: object) => message(thicknessProblem(thick, x as ThicknessCertificate));
  it("accepts the certificate found", () => {
    expect(c).toMatchObject({ verdict: "thin", maxCount: 1, words: 15, tailFrom: 5 });
    expect(check(c)).toBe("none");
  });
  it.each([
    [{ version: 2 }, "version must be 1, got 2"],
    [{ family: "EX-LEN" }, `the certificate is about "EX-LEN", not ${thick.description}`],
    [{ kind: "elasticity" }, 'kind must be "thickness"'],
    [{ length: -1 }, "length must be a non-negative integer, got -1"],
    [{ length: 1.5 }, "length must be a non-negative integer, got 1.5"],
    [{ members: 0 }, "members must be in 1..Infinity, got 0"],
    [{ members: 2.5 }, "members must be in 1..Infinity, got 2.5"],
    [{ exact: true }, "exact is wrong"],
    [{ words: 14 }, "the table has 15 entries, Σ^≤3 has 15 words"],
    [{ maxCount: 2 }, "maxCount is 2, the table gives 1"],
    [{ worst: [1] }, "worst is not the shortlex-least word of maxCount"],
    [{ tailFrom: 4 }, "tailFrom must be 5"],
    [{ verdict: "thick" }, "the verdict must be thin"],
    [{ witness: { word: [], tailCount: 1, tailSize: 5 } }, "a thin certificate has no witness"],
  ])("names the bad field of %j", (change, expected) => {
    expect(check({ ...c, ...change })).toBe(expected);
  });
  it("names the first wrong entry", () => {
    expect(check({ ...c, entries: c.entries.slice(0, -1) })).toBe(
      "the table has 14 entries, Σ^≤3 has 15 words",
    );
    for (const word of [[1], [2], [0, 0]])
      expect(check({ ...c, entries: set(c.entries, 1, { word, members: [1] }) })).toBe(
        "entry 1 should be the word [0]",
      );
    expect(check({ ...c, entries: set(c.entries, 8, { word: [0, 0, 1], members: [] }) })).toBe(
      "word [0,0,1] lies in members [2], not []",
    );
  });
  it("compares member lists element by element ([10, 11] is not [1011])", () => {
    const gold = exGold();
    const g = right(finiteThickness(gold, { length: 1, members: 13 }));
    const a = g.entries[1] as ThicknessCertificate["entries"][number];
    expect(a).toEqual({ word: [0], members: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    const merged = [0, 2, 3, 4, 5, 6, 7, 8, 9, 1011, 12];
    expect(
      message(
        thicknessProblem(gold, { ...g, entries: set(g.entries, 1, { ...a, members: merged }) }),
      ),
    ).toBe(`word [0] lies in members ${JSON.stringify(a.members)}, not ${JSON.stringify(merged)}`);
  });
  it("checks duplicates: in range, not repeated, the same language, and never counted", () => {
    const fam = right(
      finiteFamily([
        { dfa: re("a*", UNARY) },
        { dfa: finiteLanguage(UNARY, [pow(0)]) },
        { dfa: finiteLanguage(UNARY, [pow(0)]) },
        { dfa: finiteLanguage(UNARY, [pow(0), pow(1)]) },
      ]),
    );
    const d = right(finiteThickness(fam, { length: 2 }));
    expect(d).toMatchObject({ exact: true, duplicates: [{ member: 2, of: 1 }], verdict: "thin" });
    const fcheck = (x: object) => message(thicknessProblem(fam, x as ThicknessCertificate));
    expect(fcheck(d)).toBe("none");
    for (const dup of [
      { member: 4, of: 1 },
      { member: 2, of: 2 },
      { member: -1, of: 0 },
    ])
      expect(fcheck({ ...d, duplicates: [dup] })).toBe(
        `duplicate ${JSON.stringify(dup)} is out of range or repeated`,
      );
    expect(fcheck({ ...d, duplicates: [d.duplicates[0], d.duplicates[0]] })).toBe(
      'duplicate {"member":2,"of":1} is out of range or repeated',
    );
    expect(fcheck({ ...d, duplicates: [{ member: 3, of: 1 }] })).toBe(
      "member 3 is not a duplicate of 1",
    );
    expect(fcheck({ ...d, duplicates: [] })).toBe("member 2 repeats member 1 but is counted");
    expect(fcheck({ ...d, members: 5, exact: false })).toBe("members must be in 1..4, got 5");
    expect(fcheck({ ...d, exact: false })).toBe("exact is wrong");
  });
  it("checks the thick verdict's witness on the second half of the window", () => {
    const gold = exGold();
    // members 0..8: ε lies in all; the tail is members 4..8
    const g = right(finiteThickness(gold, { length: 3, members: 9 }));
    expect(g).toMatchObject({ verdict: "thick", tailFrom: 4, maxCount: 9 });
    expect(g.witness).toEqual({ word: [], tailCount: 5, tailSize: 5 });
    const gcheck = (x: object) => message(thicknessProblem(gold, x as ThicknessCertificate));
    expect(gcheck(g)).toBe("none");
    const wrong = "the witness must be [] in 5 of 5 tail members";
    for (const witness of [
      { word: [0], tailCount: 5, tailSize: 5 },
      { word: [], tailCount: 4, tailSize: 5 },
      { word: [], tailCount: 5, tailSize: 4 },
    ])
      expect(gcheck({ ...g, witness })).toBe(wrong);
    const { witness: _, ...none } = g;
    expect(gcheck(none)).toBe(wrong);
    expect(gcheck({ ...g, verdict: "thin" })).toBe("the verdict must be thick");
  });
});

describe("elasticity verifier", () => {
  const len = exLen();
  // EX-LEN: w_n = a^n, L_(n+1) = member n = {ε, …, a^n}, a maximal chain within Σ^≤8
  const c = right(elasticityChain(len, { length: 8, members: 10 }));
  const check = (x: object) => message(elasticityProblem(len, x as ElasticityCertificate));
  it("accepts the chain found", () => {
    expect(c.members).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(check(c)).toBe("none");
  });
  it.each([
    [{ version: 2 }, "version must be 1, got 2"],
    [{ kind: "thickness" }, 'kind must be "elasticity"'],
    [{ searched: 0 }, "members must be in 1..Infinity, got 0"],
    [{ length: -1 }, "length must be a non-negative integer, got -1"],
  ])("names the bad field of %j", (change, expected) => {
    expect(check({ ...c, ...change })).toBe(expected);
  });
  it("names the link of the chain at fault", () => {
    expect(check({ ...c, words: c.words.slice(0, -1) })).toBe(
      "a chain has one word more than members",
    );
    expect(check({ ...c, words: set(c.words, 8, pow(9)) })).toBe("bad word [0,0,0,0,0,0,0,0,0]");
    for (const w of [[1], [-1], [0.5]])
      expect(check({ ...c, words: set(c.words, 8, w) })).toBe(`bad word ${JSON.stringify(w)}`);
    for (const m of [10, -1])
      expect(check({ ...c, members: set(c.members, 2, m) })).toBe(`member ${m} is out of range`);
    expect(check({ ...c, members: set(c.members, 3, 1) })).toBe("L_4 = member 1 misses w_2");
    expect(check({ ...c, words: set(c.words, 0, pow(8)) })).toBe("L_1 = member 0 misses w_0");
    expect(check({ ...c, members: set(c.members, 3, 5) })).toBe("L_4 = member 5 contains w_4");
  });
  it("needs the chain maximal within the window", () => {
    const shorter = { ...c, words: c.words.slice(0, -1), members: c.members.slice(0, -1) };
    expect(check(shorter)).toBe("the chain is not maximal: member 7 extends it");
    expect(check({ ...shorter, searched: 7 })).toBe("none");
  });
});
