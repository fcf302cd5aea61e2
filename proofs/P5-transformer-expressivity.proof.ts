/**
 * P5 (THEORY.md): restricting the class to what transformers can express does not help.
 *
 * Statement. Fixed-precision masked hard-attention transformers recognise exactly the
 * star-free (aperiodic) languages (Yang, Chiang and Angluin 2024), and fixed-precision
 * soft-attention ones the R-trivial languages, those of partially ordered DFAs (Li and
 * Cotterell 2025). Both classes contain every finite language and Σ*, so both are superfinite,
 * and by Gold (1967) neither is identifiable from text: a fine-tuned model family inside
 * either class keeps P4's non-identifiability.
 *
 * Finite shadow. The pinned facts of THEORY.md: finite languages and Σ* pass both tests;
 * (aa)* fails both; (ab)* is star-free and not R-trivial; a*b* passes both; the chat language
 * of "The default scenario" has a 14-state minimal DFA and a 100-element aperiodic syntactic
 * monoid and is not R-trivial; its R-trivial variant has 17 states and passes both. Then random
 * finite sets of words (each compiled and checked to be in both classes), and the fine-tunes
 * of Σ*, a* and the chat base (its first n words, n = 1..10, with THEORY.md's pinned minimal
 * sizes for the chat base): the infinite members and all their finite restrictions lie in the
 * class, which is what makes it superfinite. This is not a restatement: each fact is computed
 * from a regex through compile, minimisation and the monoid, and compared with a brute force.
 *
 * Independent check. The syntactic monoid is rebuilt by composing word transformations
 * (proofs/support/small-world.ts), aperiodicity tested by powers, R-triviality by right ideals;
 * a finite set's DFA is also built as a trie in this file and compared with the compiled one
 * by equivalence; a trie is acyclic apart from its sink, so its monoid is aperiodic and
 * R-trivial by construction, and so are the monoids it divides.
 *
 * Controls. The near-misses fail: (aa)* is rejected by both tests and by the brute force,
 * (ab)* and the chat language by the R-trivial test; and F ∪ b(aa)*, the nearest infinite
 * neighbour of each random finite F, is rejected by both.
 *
 * P4 inside each class (AMENDMENTS.md, issue 6): Gold's adversary on EX-FT over the chat base
 * (star-free) and over a* (R-trivial) beats every text learner of the library and a user-style
 * one, each certificate verified by `verifyCertificate` and by the proof's own re-check
 * (proofs/support/gold-attack.ts), and every member the certificate involves (the base and the
 * fine-tunes shown) is in the class by the classifier and by the brute-force monoid
 * (proofs/support/class-rerun.ts). Its control: the finite-member restriction of each base (its
 * subsets of at most 2 words, all inside the class) defeats the same adversary against Gold's
 * conservative enumeration.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import {
  CHAT_REGEX as CHAT,
  CHAT_RTRIVIAL_REGEX as CHAT_R_TRIVIAL,
  chatAlphabet,
  chatBase,
} from "../src/attribution/models/chat.js";
import { type Alphabet, unsafeAlphabet } from "../src/automata/alphabet.js";
import { transitionMonoid } from "../src/automata/classify/monoid.js";
import { isRTrivial } from "../src/automata/classify/r-trivial.js";
import { isStarFree } from "../src/automata/classify/star-free.js";
import { compile } from "../src/automata/compile.js";
import { isFinite as isFiniteLanguage } from "../src/automata/decide.js";
import { stateCount } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { reUnion } from "../src/automata/regex/ast.js";
import { parseRegex } from "../src/automata/regex/parse.js";
import { goldAdversary } from "../src/identification/adversary/gold.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exFt } from "../src/identification/family/examples.js";
import { member } from "../src/identification/family/family.js";
import { learners, textLearners } from "../src/identification/learner/catalogue.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { inTransformerClass, rerunInClass, type TransformerClass } from "./support/class-rerun.js";
import { firstWords, trie, wordsRegex } from "./support/finite-languages.js";
import { finLayersOver, rankLearner } from "./support/gold-attack.js";
import { orThrow } from "./support/or-throw.js";
import { ab, bruteAperiodic, bruteMonoid, bruteRTrivial } from "./support/small-world.js";

const a = unsafeAlphabet(["a"]);
const chat = chatAlphabet();

/** THEORY.md: minimal sizes of exFt(chat) indices 1–10 (the base's first n words). */
const CHAT_FINE_TUNE_SIZES: readonly number[] = [10, 10, 12, 10, 14, 12, 14, 10, 20, 18];

/** A pinned fact: the language, its minimal size, and the classes it is in. */
interface Fact {
  readonly name: string;
  readonly source: string;
  readonly alphabet: Alphabet;
  readonly states: number;
  readonly monoid?: number;
  readonly finite: boolean;
  readonly starFree: boolean;
  readonly rTrivial: boolean;
}

const MEMBERS: readonly Fact[] = [
  { name: "∅", source: "∅", alphabet: ab, states: 1, finite: true, starFree: true, rTrivial: true },
  {
    name: "{ε}",
    source: "()",
    alphabet: ab,
    states: 2,
    finite: true,
    starFree: true,
    rTrivial: true,
  },
  {
    name: "{a, ab, bba}",
    source: "a|ab|bba",
    alphabet: ab,
    states: 6,
    finite: true,
    starFree: true,
    rTrivial: true,
  },
  {
    name: "Σ*",
    source: "(a|b)*",
    alphabet: ab,
    states: 1,
    finite: false,
    starFree: true,
    rTrivial: true,
  },
  {
    name: "a*b*",
    source: "a*b*",
    alphabet: ab,
    states: 3,
    finite: false,
    starFree: true,
    rTrivial: true,
  },
  {
    name: "the chat language's R-trivial variant",
    source: CHAT_R_TRIVIAL,
    alphabet: chat,
    states: 17,
    finite: false,
    starFree: true,
    rTrivial: true,
  },
];

const NEAR_MISSES: readonly Fact[] = [
  {
    name: "(aa)*",
    source: "(aa)*",
    alphabet: ab,
    states: 3,
    finite: false,
    starFree: false,
    rTrivial: false,
  },
  {
    name: "(ab)*",
    source: "(ab)*",
    alphabet: ab,
    states: 3,
    finite: false,
    starFree: true,
    rTrivial: false,
  },
  {
    name: "the chat language",
    source: CHAT,
    alphabet: chat,
    states: 14,
    monoid: 100,
    finite: false,
    starFree: true,
    rTrivial: false,
  },
];

/** Checks a fact both ways; throws with what disagrees, so the report says which part. */
function checkFact(f: Fact): true {
  const d = orThrow(compile(f.source, f.alphabet));
  const monoid = bruteMonoid(d);
  const got = {
    states: stateCount(d),
    monoid: orThrow(transitionMonoid(d)).size,
    bruteMonoid: monoid.length,
    finite: isFiniteLanguage(d),
    starFree: orThrow(isStarFree(d)),
    bruteAperiodic: bruteAperiodic(monoid),
    rTrivial: isRTrivial(d),
    bruteRTrivial: bruteRTrivial(monoid),
  };
  const want = {
    states: f.states,
    monoid: f.monoid ?? got.bruteMonoid,
    bruteMonoid: f.monoid ?? got.monoid,
    finite: f.finite,
    starFree: f.starFree,
    bruteAperiodic: f.starFree,
    rTrivial: f.rTrivial,
    bruteRTrivial: f.rTrivial,
  };
  const wrong = Object.keys(want).filter(
    (k) => got[k as keyof typeof got] !== want[k as keyof typeof want],
  );
  if (wrong.length > 0)
    throw new Error(`${f.name}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  return true;
}

/** P4 inside each class: EX-FT over the chat base (star-free) and over a* (R-trivial). */
const RERUNS: readonly { readonly name: TransformerClass; readonly base: string }[] = [
  { name: "star-free", base: "chat" },
  { name: "R-trivial", base: "a*" },
];

function rerunFamily(base: string) {
  const dfa = base === "chat" ? chatBase() : orThrow(compile("a*", a));
  return { dfa, family: exFt(dfa, base) };
}

const arbWords = fc.uniqueArray(fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 6 }), {
  maxLength: 8,
  selector: (w) => w.join(""),
});

export const proof = defineProof({
  id: "P5",
  title: "Transformer expressivity: star-free and R-trivial classes stay superfinite",
  statement:
    "Masked hard-attention fixed-precision transformers recognise the star-free (aperiodic) languages (Yang, Chiang, Angluin 2024) and soft-attention fixed-precision ones the R-trivial languages (Li, Cotterell 2025); both classes contain every finite language and Σ*, so they are superfinite and, by Gold 1967, not identifiable from text: P4's defeat of every text learner happens inside each class.",
  shadow:
    "THEORY.md's pinned facts (finite languages, Σ*, (aa)*, (ab)*, a*b*, the chat language with 14 states and a 100-element monoid, its 17-state R-trivial variant), random finite sets of words, and the fine-tunes (first n words) of Σ*, a* and the chat base with their pinned minimal sizes; each fact computed from a regex through compile, minimisation and the monoid. P4 re-run on EX-FT over the chat base (star-free) and a* (R-trivial).",
  check:
    "A brute-force syntactic monoid (composition of word transformations, aperiodicity by powers, R-triviality by right ideals) and, for finite sets, a trie DFA built in the proof and compared by equivalence (a trie is acyclic apart from its sink, so its monoid is aperiodic and R-trivial). Certificates by verifyCertificate and the proof's re-check; each involved member in the class by both tests.",
  control:
    "(aa)* fails both tests, (ab)* and the chat language fail the R-trivial one, and F ∪ b(aa)*, the nearest infinite neighbour of each random finite F, fails both; inside each class the finite-member restriction (subsets of ≤ 2 words) defeats the adversary against Gold's enumeration.",
  properties: [
    exhaustive({
      name: "finite languages, Σ*, a*b* and the chat language's R-trivial variant are star-free and R-trivial, with their pinned sizes, by the classifiers and by the brute-force monoid",
      role: "claim",
      covers: ["finite", "infinite"],
      cases: () => MEMBERS,
      check: (f, ctx) => {
        ctx.classify(f.finite ? "finite" : "infinite");
        ctx.witness("minimal size", f.states);
        return checkFact(f);
      },
      show: (f) => f.name,
    }),
    {
      name: "every finite language over {a, b} is star-free and R-trivial",
      role: "claim",
      covers: ["∅", "contains ε", "at least 5 words", "a word of length 6"],
      build: (ctx) =>
        fc.property(arbWords, (words) => {
          const d = orThrow(compile(wordsRegex(ab, words), ab));
          const t = trie(ab, words);
          const m = bruteMonoid(t);
          ctx.witness("words", words.length);
          ctx.witness("minimal size", stateCount(d));
          if (words.length === 0) ctx.classify("∅");
          if (words.some((w) => w.length === 0)) ctx.classify("contains ε");
          if (words.length >= 5) ctx.classify("at least 5 words");
          if (words.some((w) => w.length === 6)) ctx.classify("a word of length 6");
          return (
            O.isNone(equivalent(d, t)) &&
            isFiniteLanguage(d) &&
            bruteAperiodic(m) &&
            bruteRTrivial(m) &&
            orThrow(isStarFree(d)) &&
            isRTrivial(d)
          );
        }),
    },
    exhaustive({
      name: "Σ*, a* and the chat base are infinite members whose fine-tunes (first n words, n = 1..10) are finite, star-free and R-trivial; the chat base's have the pinned minimal sizes",
      role: "claim",
      covers: ["Σ*", "a*", "chat"],
      cases: () =>
        [
          { name: "Σ*", source: "(a|b)*", alphabet: ab },
          { name: "a*", source: "a*", alphabet: a },
          { name: "chat", source: CHAT, alphabet: chat },
        ].flatMap((base) => CHAT_FINE_TUNE_SIZES.map((size, i) => ({ ...base, n: i + 1, size }))),
      check: (c, ctx) => {
        ctx.classify(c.name);
        const base = orThrow(compile(c.source, c.alphabet));
        const fineTune = orThrow(
          compile(wordsRegex(c.alphabet, firstWords(base, c.n)), c.alphabet),
        );
        ctx.witness(`fine-tune size (${c.name})`, stateCount(fineTune));
        const inClass =
          orThrow(isStarFree(base)) && orThrow(isStarFree(fineTune)) && isRTrivial(fineTune);
        const sized = c.name !== "chat" || stateCount(fineTune) === c.size;
        return !isFiniteLanguage(base) && isFiniteLanguage(fineTune) && inClass && sized;
      },
      show: (c) => `${c.name}, first ${c.n} words`,
    }),
    exhaustive({
      name: "(aa)* is in neither class; (ab)* and the chat language (14 states, monoid of 100) are star-free but not R-trivial",
      role: "control",
      covers: ["not star-free", "not R-trivial"],
      cases: () => NEAR_MISSES,
      check: (f, ctx) => {
        if (!f.starFree) ctx.classify("not star-free");
        if (!f.rTrivial) ctx.classify("not R-trivial");
        return checkFact(f);
      },
      show: (f) => f.name,
    }),
    {
      name: "the nearest infinite neighbour F ∪ b(aa)* of every finite F is neither star-free nor R-trivial",
      role: "control",
      covers: ["∅", "at least 5 words"],
      build: (ctx) =>
        fc.property(arbWords, (words) => {
          if (words.length === 0) ctx.classify("∅");
          if (words.length >= 5) ctx.classify("at least 5 words");
          const d = orThrow(
            compile(reUnion(wordsRegex(ab, words), orThrow(parseRegex("b(aa)*", ab))), ab),
          );
          const m = bruteMonoid(d);
          ctx.witness("syntactic monoid size", m.length);
          return (
            !orThrow(isStarFree(d)) && !isRTrivial(d) && !bruteAperiodic(m) && !bruteRTrivial(m)
          );
        }),
    },
    exhaustive({
      name: "P4 inside each class: on EX-FT over the chat base (star-free) and over a* (R-trivial) Gold's adversary beats every text learner, and every member its certificates involve is in the class",
      role: "claim",
      covers: ["star-free", "R-trivial", "mind-changes", "stuck"],
      cases: ({ mode }) =>
        RERUNS.flatMap((r) => {
          const { family } = rerunFamily(r.base);
          const verdicts = new Map<number, boolean>();
          const all = [...(orThrow(textLearners(family)) as Learner[]), rankLearner(family)];
          return all.map((learner) => ({ ...r, family, learner, verdicts, deep: mode === "deep" }));
        }),
      check: (c, ctx) => {
        const bounds = { mindChanges: c.deep ? 50 : 20, horizon: c.deep ? 1000 : 200 };
        const l = c.learner as Learner<unknown, TextDatum>;
        const cert = rerunInClass(c.name, c.family, l, bounds, c.verdicts);
        ctx.classify(c.name);
        ctx.classify(cert.kind);
        ctx.witness("members checked in the class", c.verdicts.size);
        if (cert.kind === "stuck") return cert.horizon >= bounds.horizon;
        ctx.witness("mind changes forced", cert.changes);
        return cert.changes >= bounds.mindChanges;
      },
      show: (c) => `${c.learner.name} on EX-FT over ${c.base} (${c.name})`,
    }),
    exhaustive({
      name: "inside each class the finite-member restriction (subsets of at most 2 words) defeats the adversary against the conservative learner",
      role: "control",
      covers: ["star-free", "R-trivial"],
      cases: () => RERUNS,
      check: (r, ctx) => {
        ctx.classify(r.name);
        const family = finLayersOver(rerunFamily(r.base).dfa, 2, r.base);
        const inside = [1, 2, 3, 4, 5, 6].every((i) =>
          inTransformerClass(r.name, member(family, i)),
        );
        const l = orThrow(learners.enumeration(family, { members: 64 }));
        const out = goldAdversary(family, l, { mindChanges: 50, horizon: 40 });
        if (E.isRight(out)) throw new Error(`the adversary won: ${out.right.kind}`);
        if (out.left.kind !== "budget") throw new Error(out.left.message);
        ctx.witness("mind changes forced", out.left.reached);
        return inside && out.left.reached <= 2;
      },
      show: (r) => `${r.base} (${r.name})`,
    }),
  ],
});
