import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import {
  GREETINGS,
  greeting,
  latentUsers,
  smoothed,
} from "../../../src/attribution/scenarios/r4-models.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import { l2Distance } from "../../../src/automata/pdfa/l2.js";
import { exactProbability, probability, supportDfa } from "../../../src/automata/pdfa/mixture.js";
import { tvBounds } from "../../../src/automata/pdfa/tv.js";
import type { Word } from "../../../src/automata/word.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

function words(n: number): Word[] {
  const out: Word[] = [[]];
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as Word;
    if (w.length < n) for (let s = 0; s < GREETINGS.symbols.length; s++) out.push([...w, s]);
  }
  return out;
}

describe("the R4 stand-ins' defining facts", () => {
  it("(a) latent users: identical marginals, L2 = 0 exactly and TV = 0; prompts tell them apart", () => {
    const { m1, m2, prompt1 } = latentUsers();
    for (const w of words(6))
      expect(exactProbability(m1, w)?.equals(exactProbability(m2, w) ?? -1)).toBe(true);
    expect(right(l2Distance(m1, m2)).equal).toBe(true);
    expect(right(tvBounds(m1, m2))).toMatchObject({ lower: 0, upper: 0, certifiedZero: true });
    // the marginal is not trivial: both users' words appear with positive probability
    expect(probability(m1, [0, 0])).toBe(0.125);
    expect(probability(m1, [1])).toBe(0.25);
    expect(O.isSome(equivalent(supportDfa(prompt1.m1), supportDfa(prompt1.m2)))).toBe(true);
    expect(right(l2Distance(prompt1.m1, prompt1.m2)).equal).toBe(false);
  });

  it("(b) same support, different distributions", () => {
    const a = greeting("1/4", "1/4", "1/2");
    const b = greeting("1/2", "1/6", "1/3");
    expect(equivalent(supportDfa(a), supportDfa(b))).toEqual(O.none);
    expect(right(l2Distance(a, b)).equal).toBe(false);
    for (const w of words(4)) expect(probability(a, w) > 0).toBe(probability(b, w) > 0);
  });

  it("(c) smoothed models: every word has positive probability under both, so every ratio is finite", () => {
    const a = smoothed("1/4", "1/4", "1/4", "1/4");
    const b = smoothed("1/4", "3/8", "1/4", "1/8");
    for (const w of words(5)) {
      expect(probability(a, w)).toBeGreaterThan(0);
      expect(probability(b, w)).toBeGreaterThan(0);
      expect(Number.isFinite(Math.log(probability(a, w) / probability(b, w)))).toBe(true);
    }
    expect(right(l2Distance(a, b)).equal).toBe(false);
  });
});
