/**
 * The verifier of Gold's adversary's certificates names the check that fails (issue 7): each
 * tampering below breaks exactly one documented condition and must be reported by that
 * condition's message, not merely rejected (a weaker test lets a mutant that drops the check
 * survive when a later check happens to reject too).
 */
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { compile } from "../../../src/automata/compile.js";
import type { Certificate } from "../../../src/identification/certificate/types.js";
import { certificateProblem } from "../../../src/identification/certificate/verify.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exCofin, exGold, exLen, UNARY } from "../../../src/identification/family/examples.js";
import { type Family, finiteFamily } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import type { Learner } from "../../../src/identification/learner/learner.js";
import { pow, right } from "../helpers.js";

type TextLearner = Learner<unknown, TextDatum>;

const constant = (i: number | null, name = `always ${i}`): TextLearner => ({
  name,
  init: null,
  step: (s) => s,
  guess: () => (i === null ? O.none : O.some(i)),
});

const symbolsOf = (text: readonly TextDatum[]) =>
  text.reduce((n, d) => n + (d === "#" ? 0 : d.length), 0);

/** A stuck certificate on `family` for `learner`, with the given text. */
function stuck(
  family: Family,
  learner: TextLearner,
  member: number,
  text: TextDatum[],
  horizon = text.length,
): Certificate {
  return {
    version: 1,
    kind: "stuck",
    family: family.description,
    learner: learner.name,
    text,
    symbols: symbolsOf(text),
    member,
    horizon,
  };
}

function mindChanges(
  family: Family,
  learner: TextLearner,
  text: TextDatum[],
  changes: number,
): Certificate {
  return {
    version: 1,
    kind: "mind-changes",
    family: family.description,
    learner: learner.name,
    text,
    symbols: symbolsOf(text),
    changes,
  };
}

const problem = (family: Family, learner: TextLearner, cert: Certificate): string =>
  O.getOrElse(() => "none")(certificateProblem(family, learner, cert));

/** Alternates its guess between 0 and 1 on every datum (from the first, which guesses 1). */
const flip: Learner<number, TextDatum> = {
  name: "flip",
  init: 0,
  step: (n) => n + 1,
  guess: (n) => O.some(n % 2),
};

describe("the adversary's certificate verifier: the header", () => {
  const gold = exGold();
  const l = constant(0);
  const good = stuck(gold, l, 1, [pow(0), pow(0)]);
  it("accepts the untouched certificate", () => {
    expect(problem(gold, l, good)).toBe("none");
  });
  it.each([
    ["version", { ...good, version: 2 }, "version must be 1"],
    ["kind", { ...good, kind: "locking" }, 'unknown kind "locking"'],
    [
      "family",
      { ...good, family: "EX-LEN" },
      `the certificate is about "EX-LEN", not ${JSON.stringify(gold.description)}`,
    ],
    [
      "learner",
      { ...good, learner: "other" },
      'the certificate names learner "other", not "always 0"',
    ],
    ["text", { ...good, text: "aa" }, "text must be an array"],
    ["symbols", { ...good, symbols: 1 }, "symbols is 1, the text has 0"],
  ])("names a wrong %s", (_, cert, message) => {
    expect(problem(gold, l, cert as unknown as Certificate)).toBe(message);
  });
  it("refuses an informant learner and a learner over another alphabet", () => {
    const asker = { ...l, input: "informant" as const };
    expect(problem(gold, asker, good)).toBe("the learner does not learn from text");
    expect(problem(gold, { ...l, alphabet: UNARY }, good)).toBe("none");
    expect(problem(gold, { ...l, alphabet: unsafeAlphabet(["a", "b"]) }, good)).toBe(
      "the learner's alphabet is not the family's",
    );
    // symbol names are compared one by one: ["ab"] is not ["a", "b"]
    const ab = unsafeAlphabet(["ab"]);
    const fam = right(finiteFamily([{ dfa: finiteLanguage(ab, [[0]]) }]));
    const split = { ...l, alphabet: unsafeAlphabet(["a", "b"]) };
    expect(problem(fam, split, stuck(fam, split, 0, [[0]]))).toBe(
      "the learner's alphabet is not the family's",
    );
  });
  it("names the first datum that is neither the pause nor a word over the alphabet", () => {
    for (const bad of [[1], [0.5], [-1], "a", 3, [0, 1]])
      expect(problem(gold, l, { ...good, text: [pow(0), bad] } as unknown as Certificate)).toBe(
        `text[1] is neither "#" nor a word over the family's 1 symbols`,
      );
    expect(problem(gold, l, { ...good, text: [[1], pow(0)] } as unknown as Certificate)).toBe(
      `text[0] is neither "#" nor a word over the family's 1 symbols`,
    );
  });
  it("reports a learner that throws, with its message", () => {
    const thrower = (e: unknown): TextLearner => ({
      ...l,
      step: () => {
        throw e;
      },
    });
    expect(problem(gold, thrower(new Error("boom")), good)).toBe(
      "the learner threw on the text: boom",
    );
    expect(problem(gold, thrower("plain"), good)).toBe("the learner threw on the text: plain");
  });
});

describe("the adversary's certificate verifier: mind changes", () => {
  const gold = exGold();
  const f = flip as TextLearner;
  it("counts the changes itself", () => {
    const text = [pow(0), pow(1), pow(2), pow(3)];
    expect(problem(gold, f, mindChanges(gold, f, text, 3))).toBe("none");
    expect(problem(gold, f, mindChanges(gold, f, text, 4))).toBe(
      "the certificate claims 4 mind changes; re-running the learner gives 3",
    );
    // no guess does not count, and neither does the first guess
    const late: Learner<number, TextDatum> = {
      name: "late",
      init: 0,
      step: (n) => n + 1,
      guess: (n) => (n < 3 ? O.none : O.some(n)),
    };
    const lt = late as TextLearner;
    expect(problem(gold, lt, mindChanges(gold, lt, text, 1))).toBe("none");
    // a guess, then none, then the same guess again: no change
    const gap: Learner<number, TextDatum> = {
      name: "gap",
      init: 0,
      step: (n) => n + 1,
      guess: (n) => (n === 2 ? O.none : O.some(1)),
    };
    const gt = gap as TextLearner;
    expect(problem(gold, gt, mindChanges(gold, gt, text, 0))).toBe("none");
  });
  it("needs an infinite member 0 holding every word of the text", () => {
    const len = exLen();
    expect(problem(len, f, mindChanges(len, f, [pow(0)], 0))).toBe(
      "member 0 is finite: the text is not for an infinite member",
    );
    const cofin = exCofin();
    expect(problem(cofin, f, mindChanges(cofin, f, [pow(2)], 0))).toBe("none");
    const ab = right(finiteFamily([{ dfa: right(compile("a*", unsafeAlphabet(["a", "b"]))) }]));
    const fa = { ...f, name: "flip" };
    expect(problem(ab, fa, mindChanges(ab, fa, [[0], [0, 1]], 1))).toBe(
      "word [0,1] of the text is not in member 0",
    );
  });
});

describe("the adversary's certificate verifier: stuck", () => {
  const gold = exGold();
  const l = constant(0);
  it("checks the member, the horizon and the text's length", () => {
    const text = [pow(0), pow(0)];
    expect(problem(gold, l, stuck(gold, l, -1, text))).toBe(
      "member -1 is not an index of the family",
    );
    expect(problem(gold, l, stuck(gold, l, 1.5, text))).toBe(
      "member 1.5 is not an index of the family",
    );
    for (const h of [0, 1.5])
      expect(problem(gold, l, stuck(gold, l, 1, text, h))).toBe(
        "horizon must be a positive integer",
      );
    expect(problem(gold, l, stuck(gold, l, 1, text, 1))).toBe("none");
    expect(problem(gold, l, stuck(gold, l, 1, text, 3))).toBe(
      "the text has 2 data, fewer than the horizon 3",
    );
  });
  it("checks that the text is a whole text for a finite member", () => {
    expect(problem(gold, l, stuck(gold, l, 1, [pow(0), pow(1)]))).toBe(
      "word [0] of the text is not in member 1",
    );
    expect(problem(gold, l, stuck(gold, l, 2, [pow(1), "#", pow(1)]))).toBe(
      "member 2 is finite and its word [] is missing from the text",
    );
    expect(problem(gold, l, stuck(gold, l, 2, [pow(1), "#", pow(0)]))).toBe("none");
  });
  it("checks that the text is fair for an infinite member", () => {
    const cofin = exCofin();
    // member 1 = a* minus ε: a and aa must both appear once a^3 has
    expect(problem(cofin, l, stuck(cofin, l, 1, [pow(1), pow(2), pow(3)]))).toBe("none");
    expect(problem(cofin, l, stuck(cofin, l, 1, [pow(1), pow(3), pow(3)]))).toBe(
      "the text is not fair: word [0,0] of member 1 is no longer than the longest word shown but never appears",
    );
  });
  it("checks fairness up to and including the longest word's length", () => {
    const ab = unsafeAlphabet(["a", "b"]);
    const fam = right(
      finiteFamily([{ dfa: right(compile("(a|b)*", ab)) }, { dfa: finiteLanguage(ab, []) }]),
    );
    const one = constant(1);
    expect(problem(fam, one, stuck(fam, one, 0, [[], [0], [1]]))).toBe("none");
    expect(problem(fam, one, stuck(fam, one, 0, [[], [0], [0]]))).toBe(
      "the text is not fair: word [1] of member 0 is no longer than the longest word shown but never appears",
    );
    // indices of a finite family stop before its size, and are numbers
    expect(problem(fam, one, stuck(fam, one, 2, [[]]))).toBe(
      "member 2 is not an index of the family",
    );
    expect(problem(fam, one, { ...stuck(fam, one, 0, [[]]), member: "0" } as never)).toBe(
      "member 0 is not an index of the family",
    );
  });
  it("checks every guess of the last horizon steps, and only those", () => {
    const cofin = exCofin();
    const text = [pow(1), pow(2), pow(3)];
    const one = constant(1);
    expect(problem(cofin, one, stuck(cofin, one, 1, text, 2))).toBe(
      "the learner guesses member 1 at step 2, within the last 2 steps",
    );
    const late: Learner<number, TextDatum> = {
      name: "late",
      init: 0,
      step: (n) => n + 1,
      guess: (n) => O.some(n === 1 ? 1 : 0),
    };
    const lt = late as TextLearner;
    expect(problem(cofin, lt, stuck(cofin, lt, 1, text, 2))).toBe("none");
    expect(problem(cofin, lt, stuck(cofin, lt, 1, text, 3))).toBe(
      "the learner guesses member 1 at step 1, within the last 3 steps",
    );
    // no guess, and guesses that are no index, are never the member
    for (const g of [null, 99, -1]) {
      const x = constant(g);
      expect(problem(gold, x, stuck(gold, x, 1, [pow(0)]))).toBe("none");
    }
  });
  it("rejects a guess of another index with the member's language", () => {
    const twins = right(
      finiteFamily([
        { dfa: right(compile("a*", UNARY)) },
        { dfa: finiteLanguage(UNARY, [pow(0)]) },
        { dfa: finiteLanguage(UNARY, [pow(0)]) },
        { dfa: finiteLanguage(UNARY, [pow(0), pow(1)]) },
      ]),
    );
    const two = constant(2);
    expect(problem(twins, two, stuck(twins, two, 1, [pow(0), pow(0)]))).toBe(
      "the learner guesses 2, which has member 1's language, at step 1",
    );
    const three = constant(3);
    expect(problem(twins, three, stuck(twins, three, 1, [pow(0), pow(0)]))).toBe("none");
  });
});
