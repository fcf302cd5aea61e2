/**
 * P4 / R1 (THEORY.md, the paper's claims and regimes): fine-tuning makes a class of
 * deterministic models non-identifiable (Observation 2, reconstructed).
 *
 * Statement. A base model with an infinite language L∞ and fine-tunes that restrict it to any
 * finite part of it (here EX-FT: index n + 1 = the base's first n + 1 words) form a
 * superfinite class (an infinite language and all its initial finite subsets), which no learner
 * identifies from text (Gold 1967, Theorem I.8): for every learner there is a text for some
 * member on which it fails. R1: an infinite class of deterministic models is not identifiable.
 * Constructive form: Gold's adversary (C2) builds, against any text learner, either a prefix of
 * a text for L∞ forcing k mind changes, or a text for a finite member on which the learner
 * stays wrong for H steps.
 *
 * Finite shadow. EX-FT over a*, (ab)* and the chat language of "The default scenario"; every
 * text learner of the library's catalogue, seeded and windowed variants of the odd ones, and two
 * user-style learners written in proofs/support/gold-attack.ts (largest rank seen, and the same
 * turning to L∞ after 5 words); k = 20 mind changes and H = 200 steps (50 and 1000 deep). The
 * family itself is checked too: the base infinite, each fine-tune a finite proper subset of it.
 * Not a restatement: the adversary treats the learner as a black box and its certificate is
 * checked by code that did not produce it.
 *
 * Independent check. Each certificate is checked by the library's `verifyCertificate`
 * (certificate/verify.ts: it imports no producer) and again in the proof (proofs/support/
 * gold-attack.ts): the learner replayed and its mind changes counted by the proof's own loop,
 * every word checked by running the member's automaton and, for short words over small
 * alphabets, by an explicit enumeration of Σ*, a finite member's words all shown, and the last H
 * guesses compared with the member by products.
 *
 * Control (THEORY.md rule 2). On the finite-member restriction of each base (the subsets of
 * L∞ with at most c words, c = 1..3, laid out as EX-FIN-LAYERS) the same adversary fails
 * against the conservative learner (Gold's enumeration), after forcing at most c mind changes,
 * and on random texts for random members that learner makes at most c mind changes and ends on
 * the member. And tampered certificates (a datum dropped, a count raised, another member named)
 * are rejected by both checks.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { chatBase } from "../src/attribution/models/chat.js";
import { unsafeAlphabet } from "../src/automata/alphabet.js";
import { compile } from "../src/automata/compile.js";
import { isFinite as finiteLanguage } from "../src/automata/decide.js";
import type { Dfa } from "../src/automata/dfa.js";
import { goldAdversary } from "../src/identification/adversary/gold.js";
import type { Certificate } from "../src/identification/certificate/types.js";
import { verifyCertificate } from "../src/identification/certificate/verify.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exFt } from "../src/identification/family/examples.js";
import { type Family, member } from "../src/identification/family/family.js";
import { learners, textLearners } from "../src/identification/learner/catalogue.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { runLearner } from "../src/identification/learner/run.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText } from "../src/identification/presentation/text.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import {
  attack,
  finLayersOver,
  oddLearner,
  oddVariants,
  rankLearner,
  recheck,
  recordCertificate,
  underBase,
} from "./support/gold-attack.js";
import { orThrow } from "./support/or-throw.js";
import { ab } from "./support/small-world.js";
import { rightFrom } from "./support/tell-tale-law.js";

type AnyLearner = Learner<unknown, TextDatum>;

/** The three bases of EX-FT, built once (families memoise their members and relations). */
const BASES: readonly { name: string; base: Dfa }[] = [
  { name: "a*", base: orThrow(compile("a*", unsafeAlphabet(["a"]))) },
  { name: "(ab)*", base: orThrow(compile("(ab)*", ab)) },
  { name: "chat", base: chatBase() },
];
const FAMILIES: readonly { name: string; family: Family }[] = BASES.map((b) => ({
  name: b.name,
  family: exFt(b.base, b.name),
}));

const bounds = (deep: boolean) => ({ mindChanges: deep ? 50 : 20, horizon: deep ? 1000 : 200 });

/** Every text learner of the catalogue and the two user-style learners, for a family. */
function everyLearner(family: Family): AnyLearner[] {
  return [
    ...(orThrow(textLearners(family)) as AnyLearner[]),
    rankLearner(family) as AnyLearner,
    rankLearner(family, 5) as AnyLearner,
  ];
}

/** The certificate, checked twice; throws with the reason when a check fails. */
function beaten(family: Family, l: AnyLearner, deep: boolean): Certificate {
  const b = bounds(deep);
  const cert = attack(family, l, b);
  if (!verifyCertificate(family, l, cert)) throw new Error("verifyCertificate rejects it");
  const problem = recheck(family, l, cert);
  if (problem !== undefined) throw new Error(`the proof's re-check rejects it: ${problem}`);
  if (cert.kind === "mind-changes" && cert.changes < b.mindChanges)
    throw new Error(`only ${cert.changes} mind changes`);
  if (cert.kind === "stuck" && cert.horizon < b.horizon) throw new Error("horizon too short");
  return cert;
}

/** Learner variants drawn at random: odd learners with their parameters. */
const arbVariant = fc.oneof(
  ...oddVariants,
  fc.record({
    kind: fc.constant("user" as const),
    patience: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  }),
);

type Variant = typeof arbVariant extends fc.Arbitrary<infer T> ? T : never;

function variant(family: Family, v: Variant): AnyLearner {
  return v.kind === "user"
    ? (rankLearner(family, v.patience) as AnyLearner)
    : oddLearner(family, v);
}

/** The finite-member restrictions: subsets of each base with at most c words. */
const restrictions = BASES.flatMap((b) =>
  [1, 2, 3].map((c) => ({
    name: `${b.name}, c = ${c}`,
    c,
    family: finLayersOver(b.base, c, b.name),
  })),
);

const TAMPERS = [
  "raise the count",
  "drop the last datum",
  "name another member",
  "a word outside the member",
] as const;

/** The certificate with another text (and that text's symbol count). */
function withText(c: Certificate, text: Certificate["text"]): Certificate {
  return { ...c, text, symbols: text.reduce((n, d) => n + (d === "#" ? 0 : d.length), 0) };
}

/**
 * A change that makes a certificate of EX-FT over (ab)* false. (The word outside a stuck
 * member F_(m−1) is (ab)^m, a word of the base: a word outside every member would send
 * Gold's enumeration searching members of ever longer words on replay.)
 */
function tamper(c: Certificate, how: (typeof TAMPERS)[number]): Certificate {
  if (how === "raise the count")
    return c.kind === "mind-changes"
      ? { ...c, changes: c.changes + 1 }
      : { ...c, symbols: c.symbols + 1 };
  if (how === "drop the last datum")
    // the adversary stops at the datum that makes the k-th change; a stuck text must be H long
    return c.kind === "stuck"
      ? { ...c, horizon: c.text.length + 1 }
      : withText(c, c.text.slice(0, -1));
  if (how === "name another member")
    return c.kind === "stuck" ? { ...c, member: c.member + 1 } : { ...c, changes: c.changes - 1 };
  const outside = c.kind === "stuck" ? Array.from({ length: 2 * c.member }, (_, k) => k % 2) : [1];
  return withText(
    c,
    c.text.map((d, k) => (k === 0 ? outside : d)),
  );
}

export const proof = defineProof({
  id: "P4",
  title:
    "Fine-tuning makes attribution non-identifiable (Observation 2, R1): Gold's adversary beats every text learner on EX-FT",
  statement:
    "A base with infinite language L∞ and fine-tunes restricting it to its first n + 1 words form a superfinite class, not identifiable from text (Gold 1967); R1: an infinite class of deterministic models is not identifiable. Constructively, Gold's adversary gives every text learner a text for L∞ with k mind changes or a text for a finite member on which it stays wrong for H steps.",
  shadow:
    "EX-FT over a*, (ab)* and the chat base; every text learner of the catalogue, random variants of the odd ones (seeds, choices, delays, windows) and two user-style learners; k = 20, H = 200 (50 and 1000 deep); the base infinite and every fine-tune a finite proper subset of it.",
  check:
    "verifyCertificate (imports no producer) and the proof's own re-check: replay with its own mind-change count, every word by running the automaton and, for short words over small alphabets, by enumerating Σ*, a finite member wholly shown, the last H guesses compared with the member by products.",
  control:
    "On each base's finite-member restriction (subsets of L∞ with at most c words, c = 1..3) the adversary fails against Gold's conservative enumeration after at most c mind changes, which on random texts for random members makes at most c mind changes and ends right; tampered certificates are rejected by both checks.",
  properties: [
    exhaustive({
      name: "on EX-FT over a*, (ab)* and the chat base the adversary beats every text learner of the library and two user-style learners, with certificates verified twice",
      role: "claim",
      covers: ["a*", "(ab)*", "chat", "mind-changes", "stuck"],
      cases: ({ mode }) =>
        FAMILIES.flatMap((f) =>
          everyLearner(f.family).map((learner) => ({ ...f, learner, deep: mode === "deep" })),
        ),
      check: (c, ctx) => {
        ctx.classify(c.name);
        recordCertificate(ctx, beaten(c.family, c.learner, c.deep));
        return true;
      },
      show: (c) => `${c.learner.name} on EX-FT over ${c.name}`,
    }),
    {
      name: "random variants of the odd learners and the user-style learner are beaten on EX-FT too, each certificate verified twice",
      role: "claim",
      runs: { fast: 20, deep: 200 },
      covers: ["randomised", "delaying", "tell-tale", "user", "mind-changes", "stuck"],
      build: (ctx) =>
        fc.property(fc.constantFrom(...FAMILIES), arbVariant, (f, v) => {
          ctx.classify(v.kind);
          recordCertificate(ctx, beaten(f.family, variant(f.family, v), ctx.mode === "deep"));
          return true;
        }),
    },
    exhaustive({
      name: "EX-FT is superfinite: the base is infinite and each fine-tune is a finite proper subset of it",
      role: "claim",
      covers: ["a*", "(ab)*", "chat"],
      cases: () => FAMILIES,
      check: (f, ctx) => {
        ctx.classify(f.name);
        const n = 12;
        const finite = Array.from({ length: n - 1 }, (_, j) =>
          finiteLanguage(member(f.family, j + 1)),
        );
        return (
          !finiteLanguage(member(f.family, 0)) && finite.every(Boolean) && underBase(f.family, n)
        );
      },
      show: (f) => f.name,
    }),
    exhaustive({
      name: "on the finite-member restrictions (subsets of L∞ with at most c words) the adversary fails against the conservative learner after at most c mind changes",
      role: "control",
      covers: ["a*, c = 3", "(ab)*, c = 3", "chat, c = 3"],
      cases: () => restrictions,
      check: (r, ctx) => {
        ctx.classify(r.name);
        // 64 members examined per datum: on a text for a non-member it searches on, step by step
        const l = orThrow(learners.enumeration(r.family, { members: 64 }));
        const out = goldAdversary(r.family, l, { mindChanges: 50, horizon: 40 });
        if (E.isRight(out)) throw new Error(`the adversary won: ${out.right.kind}`);
        if (out.left.kind !== "budget") throw new Error(out.left.message);
        ctx.witness("mind changes forced", out.left.reached);
        return out.left.reached <= r.c;
      },
      show: (r) => r.name,
    }),
    {
      name: "on random texts for random members of the finite-member restrictions the conservative learner makes at most c mind changes and ends on the member",
      role: "control",
      runs: { fast: 30, deep: 300 },
      covers: ["c = 1", "c = 2", "c = 3", "a mind change made"],
      build: (ctx) =>
        fc.property(
          fc.constantFrom(...restrictions),
          fc.integer({ min: 1, max: 40 }),
          fc.nat(),
          (r, i, seed) => {
            const l = orThrow(learners.enumeration(r.family));
            const data = take<TextDatum>(randomText(member(r.family, i), seed), 60);
            const t = runLearner(l, data);
            let changes = 0;
            let last: number | null = null;
            for (const h of t.hypotheses)
              if (h !== null) {
                if (last !== null && h !== last) changes++;
                last = h;
              }
            ctx.classify(`c = ${r.c}`);
            if (changes > 0) ctx.classify("a mind change made");
            ctx.witness("mind changes", changes);
            return changes <= r.c && rightFrom(r.family, i, t.hypotheses, t.hypotheses.length);
          },
        ),
    },
    {
      name: "tampered certificates are rejected by verifyCertificate and by the proof's re-check",
      role: "control",
      runs: { fast: 30, deep: 300 },
      covers: [...TAMPERS, "mind-changes", "stuck"],
      build: (ctx) => {
        const f = FAMILIES[1] as (typeof FAMILIES)[number];
        const pairs = everyLearner(f.family).map((l) => ({ l, cert: beaten(f.family, l, false) }));
        return fc.property(
          fc.constantFrom(...pairs),
          fc.constantFrom(...TAMPERS),
          ({ l, cert }, how) => {
            ctx.classify(how);
            ctx.classify(cert.kind);
            const bad = tamper(cert, how);
            return !verifyCertificate(f.family, l, bad) && recheck(f.family, l, bad) !== undefined;
          },
        );
      },
    },
  ],
});
