import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { type Word, wordKey } from "../../../src/automata/word.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exCofin, exGold, exThick } from "../../../src/identification/family/examples.js";
import { type Family, member } from "../../../src/identification/family/family.js";
import {
  kmGenerator,
  type LanguageGenerator,
  runGenerator,
} from "../../../src/identification/generation/critical.js";
import { take } from "../../../src/identification/presentation/presentation.js";
import { randomText, shortlexText } from "../../../src/identification/presentation/text.js";
import { Classes, pow, right } from "../helpers.js";
import { re } from "../regex.js";

/**
 * Kleinberg–Mullainathan's convergence bound, read off the text: the first step t > z (z the
 * least index of the target's language) by which every i < z whose language misses some word
 * of the target has been shown such a word.
 */
function kmBound(family: Family, target: Dfa, text: readonly TextDatum[]): number | undefined {
  let z = 0;
  while (!dfaEquals(member(family, z), target)) z++;
  let bound = z + 1;
  for (let i = 0; i < z; i++) {
    const d = member(family, i);
    if (isSubset(target, d)) continue;
    const at = text.findIndex((x) => x !== "#" && !accepts(d, x));
    if (at < 0) return undefined; // not refuted within the text
    bound = Math.max(bound, at + 1);
  }
  return bound;
}

describe("kmGenerator on EX-COFIN (generation without identification)", () => {
  it("from the predicted step on, every output is new and in the target", () => {
    const cofin = exCofin();
    const classes = new Classes();
    fc.assert(
      fc.property(fc.nat(12), fc.nat(1000), fc.boolean(), (t, seed, shortlex) => {
        const target = member(cofin, t);
        const text = take(shortlex ? shortlexText(target) : randomText(target, seed), 80);
        const trace = right(runGenerator(kmGenerator(cofin), text, 80, target));
        const bound = kmBound(cofin, target, text);
        expect(bound).toBeDefined();
        expect(O.isSome(trace.convergence)).toBe(true);
        const from = O.isSome(trace.convergence) ? trace.convergence.value : 0;
        expect(from).toBeLessThanOrEqual(bound as number);
        // validity re-checked here: in the target and not shown so far
        const shown = new Set<string>();
        for (const [i, d] of text.entries()) {
          if (d !== "#") shown.add(wordKey(d));
          const o = trace.outputs[i];
          if (i + 1 >= from) {
            expect(o).not.toBeNull();
            expect(accepts(target, o as Word) && !shown.has(wordKey(o as Word))).toBe(true);
          }
        }
        classes.note("a* itself", t === 0);
        classes.note("converged after step 5", from > 5);
        classes.note("an invalid output before", trace.valid.includes(false));
      }),
      { numRuns: 40, seed: 4006 },
    );
    expect(classes.count("a* itself")).toBeGreaterThan(0);
    expect(classes.count("converged after step 5")).toBeGreaterThan(5);
    expect(classes.count("an invalid output before")).toBeGreaterThan(5);
  });

  it("outputs the hole until the text rules it out, then words of a* minus the hole", () => {
    const cofin = exCofin();
    const hole = member(cofin, 3); // a* minus {a^2}
    const trace = right(runGenerator(kmGenerator(cofin), shortlexText(hole), 30, hole));
    expect(O.isSome(trace.convergence) && trace.convergence.value).toBeLessThanOrEqual(4);
    expect(trace.outputs.slice(5).every((w) => w !== null && wordKey(w) !== wordKey(pow(2)))).toBe(
      true,
    );
  });
});

describe("kmGenerator on other families of infinite languages", () => {
  it("generates members of {a^n b*}", () => {
    const thick = exThick();
    for (const t of [0, 2, 5]) {
      const target = member(thick, t);
      const trace = right(runGenerator(kmGenerator(thick), randomText(target, t), 60, target));
      expect(O.isSome(trace.convergence) && trace.convergence.value).toBeLessThanOrEqual(t + 2);
    }
  });
});

describe("the control: finite languages break generation", () => {
  it("on a finite member of EX-GOLD the outputs are invalid once the text has shown it all", () => {
    const gold = exGold();
    const target = member(gold, 3); // {ε, a, aa}
    const trace = right(runGenerator(kmGenerator(gold), shortlexText(target), 30, target));
    expect(trace.valid.slice(3).every((v) => !v)).toBe(true);
    expect(O.isNone(trace.convergence)).toBe(true);
  });
});

describe("runGenerator", () => {
  it("runs a user-written generator the same way", () => {
    const a = re("a*");
    const mine: LanguageGenerator<number> = {
      name: "next power",
      init: 0,
      step: (n) => n + 1,
      output: (n) => O.some(pow(n + 100)),
    };
    const trace = right(runGenerator(mine, shortlexText(a), 10, a));
    expect(trace.generator).toBe("next power");
    expect(trace.convergence).toEqual(O.some(1));
    expect(trace.steps).toBe(10);
  });

  it("judges outputs over another alphabet invalid, and refuses mismatches and bad horizons", () => {
    const a = re("a*");
    const odd: LanguageGenerator<number> = {
      name: "odd",
      init: 0,
      step: (n) => n + 1,
      output: () => O.some([1]),
    };
    expect(right(runGenerator(odd, shortlexText(a), 3, a)).valid).toEqual([false, false, false]);
    const ab = re("(a|b)*");
    const mismatch = runGenerator(kmGenerator(exCofin()), shortlexText(ab), 3, ab);
    expect(E.isLeft(mismatch) && mismatch.left.kind).toBe("alphabet-mismatch");
    const bad = runGenerator(kmGenerator(exCofin()), shortlexText(a), -1, a);
    expect(E.isLeft(bad) && bad.left.kind).toBe("invalid-input");
  });
});
