import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { goldAdversary, goldAdversarySteps } from "../../../src/identification/adversary/gold.js";
import type { Certificate } from "../../../src/identification/certificate/types.js";
import {
  certificateProblem,
  verifyCertificate,
} from "../../../src/identification/certificate/verify.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import {
  exCofin,
  exFinLayers,
  exFt,
  exGold,
  exLen,
  UNARY,
} from "../../../src/identification/family/examples.js";
import { type Family, member } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { learners, textLearners } from "../../../src/identification/learner/catalogue.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import type { Learner } from "../../../src/identification/learner/learner.js";
import { runLearner } from "../../../src/identification/learner/run.js";
import { take } from "../../../src/identification/presentation/presentation.js";
import { randomText, withPauses } from "../../../src/identification/presentation/text.js";
import { Classes, pow, right } from "../helpers.js";

type TextLearner = Learner<unknown, TextDatum>;

/** A user-written learner that always guesses index 0 (the infinite member). */
const alwaysInfinite: TextLearner = {
  name: "always a*",
  init: null,
  step: (s) => s,
  guess: () => O.some(0),
};

/** A user-written EX-COFIN learner: the member whose hole is the least word not seen yet. */
const leastHole: Learner<ReadonlySet<number>, TextDatum> = {
  name: "least hole",
  init: new Set<number>(),
  step: (s, d) => (d === "#" ? s : new Set([...s, d.length])),
  guess: (s) => {
    let m = 0;
    while (s.has(m)) m++;
    return O.some(m + 1);
  },
};

function beaten(family: Family, learner: TextLearner, cert: Certificate): void {
  expect(cert.kind === "stuck" || cert.changes >= 50).toBe(true);
  expect(certificateProblem(family, learner, cert)).toEqual(O.none);
}

describe("Gold's adversary beats every text learner (C2, P4)", () => {
  for (const [name, family] of [
    ["EX-GOLD", exGold()],
    ["EX-COFIN", exCofin()],
  ] as const)
    it(`on ${name}: library learners and user learners`, () => {
      const kinds = new Classes();
      const all = [...right(textLearners(family)), alwaysInfinite, leastHole as TextLearner];
      for (const learner of all) {
        const cert = right(goldAdversary(family, learner, { mindChanges: 50, horizon: 300 }));
        kinds.note(cert.kind);
        beaten(family, learner, cert);
        if (cert.kind === "stuck" && family.layout === "cofin")
          expect(cert.member).toBeGreaterThan(0);
      }
      expect(kinds.count("stuck")).toBeGreaterThan(0);
      expect(kinds.count("mind-changes")).toBeGreaterThan(0);
    });
  it("always guessing the infinite member gets a stuck certificate on a finite (EX-GOLD) or cofinite member", () => {
    const g = right(goldAdversary(exGold(), alwaysInfinite, { horizon: 50 }));
    expect(g).toMatchObject({ kind: "stuck", member: 1, horizon: 50 });
    expect(g.text.length).toBe(50);
    const c = right(goldAdversary(exCofin(), alwaysInfinite, { horizon: 50 }));
    expect(c).toMatchObject({ kind: "stuck", member: 1 });
    expect(c.text.slice(0, 3)).toEqual([pow(1), pow(2), pow(3)]);
  });
  it("a learner that always guesses the hole changes its mind at every stage, on a text for a*", () => {
    const c = right(goldAdversary(exCofin(), leastHole, { mindChanges: 20 }));
    expect(c.kind).toBe("mind-changes");
    expect(c.kind === "mind-changes" && c.changes).toBe(20);
    expect(c.text.slice(0, 4)).toEqual([pow(1), pow(0), pow(3), pow(2)]);
  });
  it("beats the tell-tale learner on the chat fine-tunes of the default scenario", () => {
    const ab = unsafeAlphabet(["a", "b"]);
    const base = finiteLanguage(ab, []);
    expect(E.isLeft(goldAdversary(exFt(base), enumerationLearner(exFt(base))))).toBe(true);
    const abStar = exFt(right(E.right(member(exGold(), 0))), "a*");
    const tt = right(learners["tell-tale"](abStar, { members: 30 }));
    const cert = right(goldAdversary(abStar, tt, { mindChanges: 20, horizon: 100 }));
    expect(verifyCertificate(abStar, tt, cert)).toBe(true);
  });
});

describe("the positive control: EX-FIN-LAYERS (identifiable)", () => {
  it("the adversary fails against the conservative learner, forcing at most c mind changes", () => {
    for (const c of [1, 2, 3]) {
      const f = exFinLayers(c);
      const r = goldAdversary(f, enumerationLearner(f), { mindChanges: 50, horizon: 200 });
      expect(E.isLeft(r)).toBe(true);
      if (E.isLeft(r)) {
        expect(r.left.kind).toBe("budget");
        // stage c shows F_c, which has c + 1 words and is no member: the learner stops guessing
        expect(r.left.kind === "budget" && r.left.reached).toBe(c - 1);
        expect(r.left.message).toMatch(/is not a member/);
      }
    }
  });
  it("the conservative learner makes at most c mind changes on any text for a member", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.nat(60),
        fc.nat(2 ** 31),
        fc.nat(3),
        (c, i, seed, pause) => {
          const f = exFinLayers(c);
          const target = member(f, i);
          const fair =
            pause === 0 ? randomText(target, seed) : withPauses(randomText(target, seed), pause);
          // a leading pause makes the learner guess the empty set first: one more change
          const text = [...(pause === 1 ? ["#" as const] : []), ...take(fair, 40)];
          const trace = runLearner(enumerationLearner(f), text);
          classes.note("c mind changes", trace.mindChanges === c);
          expect(trace.mindChanges).toBeLessThanOrEqual(c);
          expect(trace.final).toEqual(O.some(i));
        },
      ),
      { numRuns: 60 },
    );
    expect(classes.count("c mind changes")).toBeGreaterThan(3);
  });
});

describe("certificates fail verification when tampered with", () => {
  const gold = exGold();
  const tt = right(learners["tell-tale"](gold, { members: 40 }));
  const won = right(goldAdversary(gold, tt, { mindChanges: 20 }));
  const stuck = right(goldAdversary(gold, right(learners.enumeration(gold)), { horizon: 30 }));
  const en = right(learners.enumeration(gold));
  it("accepts the untouched certificates", () => {
    expect(won.kind).toBe("mind-changes");
    expect(verifyCertificate(gold, tt, won)).toBe(true);
    expect(stuck.kind).toBe("stuck");
    expect(verifyCertificate(gold, en, stuck)).toBe(true);
    expect(JSON.parse(JSON.stringify(won))).toEqual(won);
  });
  it("rejects a shortened text, an inflated count, a wrong symbol total", () => {
    const short = won.text.slice(0, -1);
    const shortened = {
      ...won,
      text: short,
      symbols: short.reduce((n, d) => n + (d === "#" ? 0 : d.length), 0),
    };
    expect(certificateProblem(gold, tt, shortened)).toEqual(
      O.some(expect.stringMatching(/re-running the learner gives 19/)),
    );
    expect(verifyCertificate(gold, tt, { ...won, changes: 21 } as Certificate)).toBe(false);
    expect(verifyCertificate(gold, tt, { ...won, symbols: won.symbols + 1 })).toBe(false);
    expect(verifyCertificate(gold, en, { ...stuck, text: stuck.text.slice(1) })).toBe(false);
  });
  it("rejects a wrong member, another learner, another family, a foreign word", () => {
    expect(certificateProblem(gold, en, { ...stuck, member: 2 } as Certificate)).toEqual(
      O.some(expect.stringMatching(/member 2 is finite and its word \[0\] is missing/)),
    );
    expect(verifyCertificate(gold, en, { ...stuck, member: 0 } as Certificate)).toBe(false);
    expect(verifyCertificate(gold, tt, stuck)).toBe(false);
    expect(verifyCertificate(exLen(), en, stuck)).toBe(false);
    expect(
      verifyCertificate(gold, en, { ...stuck, horizon: stuck.text.length + 1 } as Certificate),
    ).toBe(false);
    const foreign = { ...won, text: [...won.text.slice(0, -1), [1]] };
    expect(verifyCertificate(gold, tt, foreign as Certificate)).toBe(false);
  });
  it("rejects a stuck certificate whose text misses a word of the finite member", () => {
    const two = right(goldAdversary(gold, alwaysInfinite, { horizon: 5 }));
    expect(two.kind === "stuck" && two.member).toBe(1);
    const lying = { ...two, member: 2, text: two.text } as Certificate;
    expect(certificateProblem(gold, alwaysInfinite, lying)).toEqual(
      O.some(expect.stringMatching(/missing from the text/)),
    );
  });
});

describe("bad input", () => {
  it("returns typed errors", () => {
    const gold = exGold();
    const inf = goldAdversary(gold, right(learners["enumeration-informant"](gold)) as TextLearner);
    expect(E.isLeft(inf) && inf.left.message).toMatch(/informant/);
    const custom = goldAdversary(exLen(), alwaysInfinite);
    expect(E.isLeft(custom) && custom.left.message).toMatch(/layout "custom"/);
    const other = { ...alwaysInfinite, alphabet: unsafeAlphabet(["a", "b"]) };
    const mismatch = goldAdversary(gold, other);
    expect(E.isLeft(mismatch) && mismatch.left.kind).toBe("alphabet-mismatch");
    expect(E.isLeft(goldAdversary(gold, alwaysInfinite, { horizon: 0 }))).toBe(true);
    expect(E.isLeft(goldAdversary(gold, alwaysInfinite, { mindChanges: 1.5 }))).toBe(true);
    expect(E.isLeft(goldAdversary(exFt(finiteLanguage(UNARY, [pow(1)])), alwaysInfinite))).toBe(
      true,
    );
  });
});

describe("the step-wise form", () => {
  it("yields progress per stage and returns the same certificate", () => {
    const gold = exGold();
    const tt = right(learners["tell-tale"](gold, { members: 40 }));
    const steps = goldAdversarySteps(gold, tt, { mindChanges: 10 });
    const seen: number[] = [];
    let r = steps.next();
    while (r.done !== true) {
      expect(r.value.total).toBe(10);
      seen.push(r.value.done);
      r = steps.next();
    }
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(r.value).toEqual(goldAdversary(gold, tt, { mindChanges: 10 }));
  });
});
