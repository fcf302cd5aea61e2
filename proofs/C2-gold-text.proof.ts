/**
 * C2 (THEORY.md, classical results): Gold 1967, no identification from text of a class with an
 * infinite language and all its finite subsets; and its cofinite variant.
 *
 * Statement. A class containing an infinite L∞ and every finite subset of it (EX-GOLD: a* and
 * {a^0, …, a^n}) is not identifiable from text (Gold 1967, "Language identification in the
 * limit", Theorem I.8). Proof as an adversary: show F_n = {w_0..w_n} until the learner guesses
 * F_n (else it fails on a text for F_n), then reveal w_(n+1); forever, this is a text for L∞
 * with infinitely many mind changes. Cofinite variant (EX-COFIN: a* and every a* ∖ {a^n}, all
 * infinite, not superfinite): keep a hole a^m unshown and show every other word fairly, a text
 * for a* ∖ {a^m}; when the learner guesses that member, show a^m and open a fresh hole. A
 * learner that never guesses it is stuck; one that always does changes its mind at every stage.
 *
 * Finite shadow. EX-GOLD and EX-COFIN; every text learner of the catalogue, random variants of
 * the odd ones, and user-style learners (largest rank seen, with and without turning to a*; a
 * learner that always guesses a*; the least-unseen-hole learner on EX-COFIN); k = 20 mind
 * changes and H = 200 steps (50 and 1000 deep). The pinned outcomes of THEORY.md: on EX-COFIN
 * the always-a* learner is stuck on a* ∖ {ε} (a fair text) and the hole learner, which always
 * guesses the member, changes its mind at every stage. A mind-changes text's content is an
 * initial segment of a* (on EX-COFIN, but for the current hole), so continuing the strategy
 * yields a text for a*.
 * Not a restatement: the learner is a black box to the adversary and the certificate is checked
 * by code that did not produce it.
 *
 * Independent check. `verifyCertificate` (imports no producer) and the proof's own re-check
 * (proofs/support/gold-attack.ts): replay with its own mind-change count, membership by running
 * the automaton and by enumerating a^0..a^n, the finite member wholly shown or the infinite one
 * fairly, the last H guesses compared with the member by products.
 *
 * Controls (THEORY.md rule 2). On EX-FIN-LAYERS(c) (the subsets of a* with at most c words,
 * without a*; c = 1..3) the same adversary fails against the conservative learner, after at most
 * c mind changes. Without a*, EX-COFIN is identifiable: the hole learner the adversary beats on
 * EX-COFIN identifies every member a* ∖ {a^m} from random-fair texts, right from the step at
 * which a^0..a^(m−1) have all appeared.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { goldAdversary } from "../src/identification/adversary/gold.js";
import type { Certificate } from "../src/identification/certificate/types.js";
import { verifyCertificate } from "../src/identification/certificate/verify.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exCofin, exFinLayers, exGold } from "../src/identification/family/examples.js";
import { type Family, member } from "../src/identification/family/family.js";
import { learners, textLearners } from "../src/identification/learner/catalogue.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { runLearner } from "../src/identification/learner/run.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText } from "../src/identification/presentation/text.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import {
  alwaysBase,
  attack,
  holeLearner,
  oddLearner,
  oddVariants,
  rankLearner,
  recheck,
  recordCertificate,
} from "./support/gold-attack.js";
import { orThrow } from "./support/or-throw.js";
import { rightFrom } from "./support/tell-tale-law.js";

type AnyLearner = Learner<unknown, TextDatum>;

const FAMILIES = [
  { name: "EX-GOLD", family: exGold() },
  { name: "EX-COFIN", family: exCofin() },
] as const;

const bounds = (deep: boolean) => ({ mindChanges: deep ? 50 : 20, horizon: deep ? 1000 : 200 });

function everyLearner(name: string, family: Family): AnyLearner[] {
  const users =
    name === "EX-GOLD"
      ? [rankLearner(family), rankLearner(family, 5), alwaysBase()]
      : [holeLearner(), alwaysBase()];
  return [...(orThrow(textLearners(family)) as AnyLearner[]), ...(users as AnyLearner[])];
}

/** The certificate, checked twice, and (mind changes) its content an initial segment of a*. */
function beaten(family: Family, l: AnyLearner, deep: boolean): Certificate {
  const b = bounds(deep);
  const cert = attack(family, l, b);
  if (!verifyCertificate(family, l, cert)) throw new Error("verifyCertificate rejects it");
  const problem = recheck(family, l, cert);
  if (problem !== undefined) throw new Error(`the proof's re-check rejects it: ${problem}`);
  if (cert.kind === "stuck") {
    if (cert.horizon < b.horizon) throw new Error("horizon too short");
    return cert;
  }
  if (cert.changes < b.mindChanges) throw new Error(`only ${cert.changes} mind changes`);
  // the content is a^0..a^n (EX-GOLD), or that with the current hole missing (EX-COFIN)
  const lengths = new Set(cert.text.flatMap((d) => (d === "#" ? [] : [d.length])));
  const gaps = Math.max(...lengths) + 1 - lengths.size;
  if (gaps > (family.layout === "cofin" ? 1 : 0))
    throw new Error(`the content misses ${gaps} words of a* below its longest word`);
  return cert;
}

export const proof = defineProof({
  id: "C2",
  title:
    "Gold 1967: EX-GOLD and EX-COFIN are not identifiable from text (the adversary and its cofinite variant)",
  statement:
    "A class with an infinite L∞ and all its finite subsets is not identifiable from text (Gold 1967, Theorem I.8): the adversary shows F_n until the learner guesses it, then reveals w_(n+1), giving a text for L∞ with infinitely many mind changes or a finite member the learner never guesses. Cofinite variant: EX-COFIN (a* and every a* ∖ {a^n}) is not identifiable either, by a hole kept unshown until the learner guesses its member.",
  shadow:
    "EX-GOLD and EX-COFIN; every catalogue text learner, random variants of the odd ones, and user-style learners (largest rank, turning to a*, always a*, least unseen hole); k = 20, H = 200 (50, 1000 deep); pinned: on EX-COFIN always-a* is stuck on a* ∖ {ε} and the hole learner changes its mind at every stage; a mind-changes text's content is an initial segment of a*.",
  check:
    "verifyCertificate (imports no producer) and the proof's own re-check: replay with its own mind-change count, membership by running the automaton and by enumerating a^0..a^n, the finite member wholly shown or the infinite one fairly, the last H guesses compared with the member by products.",
  control:
    "On EX-FIN-LAYERS(c), c = 1..3, the adversary fails against the conservative learner after at most c mind changes; without a*, EX-COFIN is identifiable: the hole learner identifies every a* ∖ {a^m} from random-fair texts once a^0..a^(m−1) have appeared.",
  properties: [
    exhaustive({
      name: "on EX-GOLD and EX-COFIN the adversary beats every text learner of the library and the user-style learners, certificates verified twice",
      role: "claim",
      covers: ["EX-GOLD", "EX-COFIN", "mind-changes", "stuck"],
      cases: ({ mode }) =>
        FAMILIES.flatMap((f) =>
          everyLearner(f.name, f.family).map((learner) => ({
            ...f,
            learner,
            deep: mode === "deep",
          })),
        ),
      check: (c, ctx) => {
        ctx.classify(c.name);
        recordCertificate(ctx, beaten(c.family, c.learner, c.deep));
        return true;
      },
      show: (c) => `${c.learner.name} on ${c.name}`,
    }),
    exhaustive({
      name: "on EX-COFIN a learner that always guesses a* is stuck on a fair text for a* ∖ {ε}, and one that always guesses the member with the hole changes its mind at every stage",
      role: "claim",
      covers: ["always a*", "least unseen hole"],
      cases: ({ mode }) => [
        { name: "always a*", learner: alwaysBase() as AnyLearner, deep: mode === "deep" },
        { name: "least unseen hole", learner: holeLearner() as AnyLearner, deep: mode === "deep" },
      ],
      check: (c, ctx) => {
        ctx.classify(c.name);
        const cert = beaten(exCofin(), c.learner, c.deep);
        recordCertificate(ctx, cert);
        if (c.name === "always a*") return cert.kind === "stuck" && cert.member === 1;
        // one mind change per stage: the stages are the holes shown, each after its member
        const holes = cert.kind === "mind-changes" ? cert.changes : -1;
        return holes === bounds(c.deep).mindChanges;
      },
      show: (c) => c.name,
    }),
    {
      name: "random variants of the odd learners are beaten on EX-GOLD and EX-COFIN, each certificate verified twice",
      role: "claim",
      runs: { fast: 20, deep: 200 },
      covers: ["randomised", "delaying", "tell-tale", "EX-GOLD", "EX-COFIN"],
      build: (ctx) =>
        fc.property(fc.constantFrom(...FAMILIES), fc.oneof(...oddVariants), (f, v) => {
          ctx.classify(v.kind);
          ctx.classify(f.name);
          recordCertificate(ctx, beaten(f.family, oddLearner(f.family, v), ctx.mode === "deep"));
          return true;
        }),
    },
    exhaustive({
      name: "on EX-FIN-LAYERS(c), c = 1..3, the adversary fails against the conservative learner after at most c mind changes",
      role: "control",
      covers: ["c = 1", "c = 2", "c = 3"],
      cases: () => [1, 2, 3],
      check: (c, ctx) => {
        ctx.classify(`c = ${c}`);
        const family = exFinLayers(c);
        // 64 members examined per datum: on a text for a non-member it searches on, step by step
        const l = orThrow(learners.enumeration(family, { members: 64 }));
        const out = goldAdversary(family, l, { mindChanges: 50, horizon: 40 });
        if (E.isRight(out)) throw new Error(`the adversary won: ${out.right.kind}`);
        if (out.left.kind !== "budget") throw new Error(out.left.message);
        ctx.witness("mind changes forced", out.left.reached);
        return out.left.reached <= c;
      },
    }),
    {
      name: "without a*, EX-COFIN is identifiable: the hole learner identifies every a* ∖ {a^m} from random-fair texts, right once a^0..a^(m−1) have appeared",
      role: "control",
      runs: { fast: 40, deep: 400 },
      covers: ["hole at ε", "hole at a^5 or later"],
      build: (ctx) =>
        fc.property(fc.integer({ min: 0, max: 12 }), fc.nat(), (m, seed) => {
          const family = exCofin();
          const data = take<TextDatum>(randomText(member(family, m + 1), seed), 4 * 12 + 60);
          // the step by which a^0..a^(m−1) have all appeared
          const seen = new Set<number>();
          let step = m === 0 ? 1 : 0;
          for (const [s, d] of data.entries()) {
            if (d !== "#") seen.add(d.length);
            if (step === 0 && Array.from({ length: m }, (_, k) => k).every((k) => seen.has(k)))
              step = s + 1;
          }
          if (step === 0) throw new Error("the random-fair text did not show a^0..a^(m−1)");
          const guesses = runLearner(holeLearner(), data).hypotheses;
          ctx.classify(m === 0 ? "hole at ε" : m >= 5 ? "hole at a^5 or later" : "hole at a..a^4");
          ctx.witness("right from step", step);
          return rightFrom(family, m + 1, guesses, step);
        }),
    },
  ],
});
