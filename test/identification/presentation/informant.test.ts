import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { wordKey } from "../../../src/automata/word.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { fairBound } from "../../../src/identification/presentation/fair-random.js";
import {
  informantViolation,
  randomInformant,
  shortlexInformant,
  userInformant,
} from "../../../src/identification/presentation/informant.js";
import { take } from "../../../src/identification/presentation/presentation.js";

const ab = unsafeAlphabet(["a", "b"]);
const abOnly = finiteLanguage(ab, [[0, 1]]);

describe("informants", () => {
  it("shortlexInformant labels Σ* in shortlex order", () => {
    expect(take(shortlexInformant(abOnly), 6)).toEqual([
      { word: [], label: false },
      { word: [0], label: false },
      { word: [1], label: false },
      { word: [0, 0], label: false },
      { word: [0, 1], label: true },
      { word: [1, 0], label: false },
    ]);
  });
  it("randomInformant is right about every label and shows x_i by step 4i + 2", () => {
    const order = take(shortlexInformant(abOnly), 30).map((d) => wordKey(d.word));
    for (const seed of [1, 2, 3]) {
      const p = take(randomInformant(abOnly, seed), fairBound(29));
      expect(O.isNone(informantViolation(abOnly, p))).toBe(true);
      for (const [i, k] of order.entries())
        expect(p.slice(0, fairBound(i)).some((d) => wordKey(d.word) === k)).toBe(true);
    }
  });
  it("userInformant checks the alphabet; informantViolation finds a wrong label", () => {
    expect(E.isLeft(userInformant(ab, [{ word: [3], label: true }]))).toBe(true);
    expect(
      informantViolation(abOnly, [
        { word: [0, 1], label: true },
        { word: [], label: true },
      ]),
    ).toEqual(O.some({ step: 2, datum: { word: [], label: true } }));
  });
});
