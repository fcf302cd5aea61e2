import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { arbDfa } from "../../../src/automata/arbitrary/dfa.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { wordKey } from "../../../src/automata/word.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exGold, UNARY } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { fairBound } from "../../../src/identification/presentation/fair-random.js";
import { take } from "../../../src/identification/presentation/presentation.js";
import {
  randomText,
  repeatEach,
  shortlexText,
  textViolation,
  userText,
  withPauses,
} from "../../../src/identification/presentation/text.js";
import { pow } from "../helpers.js";

const ab = unsafeAlphabet(["a", "b"]);
const aStar = member(exGold(), 0);

function keys(data: readonly TextDatum[]): Set<string> {
  return new Set(data.filter((d) => d !== "#").map((d) => wordKey(d as number[])));
}

describe("shortlexText", () => {
  it("lists the language in shortlex order, cycles a finite one, pauses for the empty one", () => {
    expect(take(shortlexText(aStar), 3)).toEqual([pow(0), pow(1), pow(2)]);
    expect(take(shortlexText(finiteLanguage(UNARY, [pow(2)])), 2)).toEqual([pow(2), pow(2)]);
    expect(take(shortlexText(finiteLanguage(UNARY, [])), 2)).toEqual(["#", "#"]);
  });
  it("is replayable", () => {
    const t = shortlexText(aStar);
    expect(take(t, 5)).toEqual(take(t, 5));
  });
});

describe("randomText", () => {
  it("is seeded and replayable", () => {
    expect(take(randomText(aStar, 3), 40)).toEqual(take(randomText(aStar, 3), 40));
    expect(take(randomText(aStar, 3), 40)).not.toEqual(take(randomText(aStar, 4), 40));
  });
  it("shows the word at shortlex position i by step 4i + 2, and nothing outside L", () => {
    const stats = { finite: 0, infinite: 0, empty: 0 };
    fc.assert(
      fc.property(
        arbDfa(ab, { maxStates: 5 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (d, seed) => {
          const words = [...take(enumerate(d), 12)];
          if (words.length === 0) stats.empty++;
          else if (words.length < 12) stats.finite++;
          else stats.infinite++;
          const n = fairBound(Math.max(0, words.length - 1));
          const prefix = take(randomText(d, seed), n);
          expect(O.isNone(textViolation(d, prefix))).toBe(true);
          for (const [i, w] of words.entries()) {
            const seen = keys(take(randomText(d, seed), fairBound(i)));
            expect(seen.has(wordKey(w))).toBe(true);
          }
          if (words.length === 0) expect(prefix.every((x) => x === "#")).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    expect(stats.finite + stats.infinite).toBeGreaterThan(20);
    expect(stats.infinite).toBeGreaterThan(5);
  });
});

describe("transformers and user texts", () => {
  it("repeatEach and withPauses keep the content", () => {
    expect(take(repeatEach(shortlexText(aStar), 2), 4)).toEqual([pow(0), pow(0), pow(1), pow(1)]);
    expect(take(withPauses(shortlexText(aStar), 2), 5)).toEqual([
      pow(0),
      pow(1),
      "#",
      pow(2),
      pow(3),
    ]);
  });
  it("userText checks the alphabet and is finite", () => {
    const t = userText(UNARY, [pow(1), "#", []]);
    expect(E.isRight(t) && t.right.finite).toBe(true);
    expect(E.isRight(t) && [...t.right]).toEqual([pow(1), "#", []]);
    const bad = userText(UNARY, [pow(1), [1]]);
    expect(E.isLeft(bad) && bad.left.message).toMatch(/data\[1\]: symbol index 1/);
  });
  it("textViolation names the first word outside the target", () => {
    expect(textViolation(aStar, [pow(3), "#"])).toEqual(O.none);
    expect(textViolation(finiteLanguage(UNARY, [[]]), [[], "#", pow(1)])).toEqual(
      O.some({ step: 3, word: pow(1) }),
    );
  });
});
