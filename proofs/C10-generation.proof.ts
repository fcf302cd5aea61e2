/**
 * C10 (THEORY.md, classical results): Kleinberg & Mullainathan 2024, generation in the limit.
 *
 * Statement. For every countable family of infinite languages there is a generator that, fed
 * any text for any member K, outputs from some step on only words of K it has not been shown
 * (Kleinberg & Mullainathan 2024, "Language generation in the limit"): the critical-language
 * algorithm. This holds even where K cannot be identified from text (EX-COFIN, C2): an attacker
 * can mimic a model the defender cannot attribute (B2).
 *
 * Finite shadow. The library's `kmGenerator` (at step t, the last member n ≤ t consistent with
 * the data with L_n ⊆ L_i for every consistent i < n; output its least unseen word) is run by
 * `runGenerator` on EX-COFIN targets (a* and a* ∖ {a^m}, m < 40) from shortlex, random-fair and
 * paused random-fair texts, on {a^n b*}, on the nested family a^n a*, and on random finite zoos
 * made infinite (each member ∪ b*). The claim checked is the theorem's argument made
 * quantitative: with z the least index of K, every output from step t* on is new and in K, where
 * t* is the first step > z by which every i < z with K ⊄ L_i has been shown a word outside L_i.
 * Not a restatement: t* is read off the text, and validity is judged here, not by the generator.
 *
 * Independent check. z is found by products (proofs/support/products.ts), K ⊄ L_i by products,
 * the refuting steps by running the DFAs on the text, and each output's validity by running
 * the target's DFA and a set of the words shown; `runGenerator`'s own convergence step must not
 * exceed t*.
 *
 * Control. The near-miss that outputs from the *first* consistent member instead of the last
 * critical one (a user-written generator of the same shape) never settles on EX-COFIN's
 * a* ∖ {a^m}: a* stays consistent, so it ends up offering the hole a^m at every step. And the
 * hypothesis "infinite languages" is needed: on a finite member of EX-GOLD the critical-language
 * generator's outputs are invalid at every step once the text has shown the whole target.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { unsafeAlphabet } from "../src/automata/alphabet.js";
import { compile } from "../src/automata/compile.js";
import { accepts, type Dfa } from "../src/automata/dfa.js";
import { union } from "../src/automata/product.js";
import type { Word } from "../src/automata/word.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exCofin, exGold, exThick, exZoo } from "../src/identification/family/examples.js";
import { type Family, indexedFamily, member } from "../src/identification/family/family.js";
import {
  type GenerationTrace,
  kmGenerator,
  type LanguageGenerator,
  runGenerator,
} from "../src/identification/generation/critical.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText, shortlexText, withPauses } from "../src/identification/presentation/text.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { subsetByProduct } from "./support/products.js";

const key = (w: readonly number[]): string => w.join(",");
const a = unsafeAlphabet(["a"]);

/** t* of the module comment, or undefined when the text does not refute every such i. */
function kmBound(family: Family, target: Dfa, text: readonly TextDatum[]): number | undefined {
  let z = 0;
  const same = (d: Dfa) => subsetByProduct(d, target) && subsetByProduct(target, d);
  while (!same(member(family, z))) z++;
  let bound = z + 1;
  for (let i = 0; i < z; i++) {
    const d = member(family, i);
    if (subsetByProduct(target, d)) continue;
    const at = text.findIndex((x) => x !== "#" && !accepts(d, x));
    if (at < 0) return undefined;
    bound = Math.max(bound, at + 1);
  }
  return bound;
}

/** The steps (1-based) whose output is a word of the target not shown so far, judged here. */
function validSteps(target: Dfa, text: readonly TextDatum[], trace: GenerationTrace): boolean[] {
  const shown = new Set<string>();
  return text.map((d, i) => {
    if (d !== "#") shown.add(key(d));
    const o = trace.outputs[i];
    return o !== null && o !== undefined && accepts(target, o) && !shown.has(key(o));
  });
}

/** Runs the generator to `horizon` and checks the claim: valid from t* on, convergence ≤ t*. */
function generatesBy(family: Family, target: Dfa, text: readonly TextDatum[]): number | undefined {
  const bound = kmBound(family, target, text);
  if (bound === undefined || bound > text.length) return undefined;
  const trace = orThrow(runGenerator(kmGenerator(family), text, text.length, target));
  const valid = validSteps(target, text, trace);
  const from = O.isSome(trace.convergence) ? trace.convergence.value : Number.POSITIVE_INFINITY;
  return valid.slice(bound - 1).every((v) => v) && from <= bound ? bound : undefined;
}

const TEXTS = ["shortlex", "random", "random, paused"] as const;

function textFor(kind: (typeof TEXTS)[number], d: Dfa, seed: number, n: number): TextDatum[] {
  const t =
    kind === "shortlex"
      ? shortlexText(d)
      : kind === "random"
        ? randomText(d, seed)
        : withPauses(randomText(d, seed), 1 + (seed % 3));
  return take(t, n);
}

/** a^n a*: a nested family of infinite languages (each member contains every later one). */
function nested(): Family {
  return indexedFamily({
    alphabet: a,
    size: Number.POSITIVE_INFINITY,
    description: "a^n a*",
    layout: "custom",
    member: (n) => ({ dfa: orThrow(compile(`${"a".repeat(n)}a*`, a)) }),
  });
}

/** A random finite zoo made infinite: each member ∪ b*. */
function infiniteZoo(seed: number, n: number): Family {
  const zoo = orThrow(exZoo(seed, { members: n, states: 4 }));
  const bStar = orThrow(compile("b*", zoo.alphabet));
  return indexedFamily({
    alphabet: zoo.alphabet,
    size: n,
    description: `EX-ZOO(${seed}) members ∪ b*`,
    layout: "custom",
    member: (i) => ({ dfa: union(member(zoo, i), bStar) }),
  });
}

/** The near-miss: the least unseen word of the *first* consistent member among the first t. */
function firstConsistent(family: Family): LanguageGenerator<readonly TextDatum[]> {
  const unseen = (d: Dfa, shown: Set<string>): Word | undefined => {
    for (let n = 0; n < 10_000; n++) {
      const w = new Array<number>(n).fill(0);
      if (accepts(d, w) && !shown.has(key(w))) return w;
    }
    return undefined;
  };
  return {
    name: "first consistent member",
    init: [],
    step: (data, d) => [...data, d],
    output: (data) => {
      const words = data.filter((d): d is Word => d !== "#");
      for (let i = 0; i < data.length; i++) {
        const d = member(family, i);
        if (words.every((w) => accepts(d, w)))
          return O.fromNullable(unseen(d, new Set(words.map(key))));
      }
      return O.none;
    },
  };
}

export const proof = defineProof({
  id: "C10",
  title: "Generation in the limit (Kleinberg & Mullainathan 2024), even where identification fails",
  statement:
    "Every countable family of infinite languages can be generated in the limit: the critical-language algorithm, on any text for any member K, outputs from some step on only words of K not yet shown (Kleinberg & Mullainathan 2024), even for EX-COFIN, which cannot be identified from text (C2).",
  shadow:
    "kmGenerator on EX-COFIN (a* and a* ∖ {a^m}, m < 40) from shortlex, random-fair and paused texts, on {a^n b*}, on a^n a* and on random finite zoos made infinite (∪ b*): every output from t* on is new and in K, t* the first step > z (z the least index of K) by which every earlier member not containing K has been refuted by the text; runGenerator's convergence step is at most t*.",
  check:
    "z and the members not containing K by products, refuting steps and output validity by running the DFAs over the text and a set of the words shown; nothing is taken from the generator but its outputs.",
  control:
    "A generator of the same shape that uses the first consistent member instead of the last critical one offers EX-COFIN's hole a^m forever (never settles); on finite members of EX-GOLD the critical-language generator is invalid at every step once the text has shown the target: the hypothesis 'infinite languages' is needed.",
  properties: [
    {
      name: "on EX-COFIN every output from KM's step t* on is new and in the target, on shortlex, random-fair and paused texts",
      role: "claim",
      runs: { fast: 30, deep: 300 },
      covers: ["a*", "a* minus a word", "t* after step 10", ...TEXTS],
      build: (ctx) =>
        fc.property(fc.nat(40), fc.constantFrom(...TEXTS), fc.nat(0xffff), (t, kind, seed) => {
          const cofin = exCofin();
          const target = member(cofin, t);
          ctx.classify(t === 0 ? "a*" : "a* minus a word");
          ctx.classify(kind);
          // word i of a random-fair text appears by step 4i + 2, twice that with pauses
          const text = textFor(kind, target, seed, 8 * (t + 3) + 40);
          const bound = generatesBy(cofin, target, text);
          if (bound === undefined) return false;
          if (bound > 10) ctx.classify("t* after step 10");
          ctx.witness("t*", bound);
          return true;
        }),
    },
    {
      name: "on {a^n b*}, a^n a* and random finite zoos made infinite, every output from t* on is new and in the target",
      role: "claim",
      runs: { fast: 30, deep: 300 },
      covers: ["a^n b*", "a^n a*", "zoo ∪ b*"],
      build: (ctx) =>
        fc.property(
          fc.constantFrom("a^n b*", "a^n a*", "zoo ∪ b*"),
          fc.nat(12),
          fc.nat(0xffff),
          (name, i, seed) => {
            ctx.classify(name);
            const family =
              name === "a^n b*" ? exThick() : name === "a^n a*" ? nested() : infiniteZoo(seed, 8);
            const target = member(family, i % Math.min(family.size, 13));
            const bound = generatesBy(family, target, textFor("random", target, seed, 150));
            if (bound !== undefined) ctx.witness("t*", bound);
            return bound !== undefined;
          },
        ),
    },
    exhaustive({
      name: "the first-consistent-member generator never settles on EX-COFIN's a* minus {a^m}: it ends on the hole",
      role: "control",
      cases: () => Array.from({ length: 12 }, (_, m) => m),
      check: (m, ctx) => {
        const cofin = exCofin();
        const target = member(cofin, m + 1);
        const text = take(shortlexText(target), 40);
        const trace = orThrow(runGenerator(firstConsistent(cofin), text, text.length, target));
        const last = trace.outputs[trace.outputs.length - 1];
        ctx.witness("hole", m);
        return (
          O.isNone(trace.convergence) && last !== null && last !== undefined && last.length === m
        );
      },
    }),
    exhaustive({
      name: "on finite members of EX-GOLD the critical-language generator is invalid at every step once the text has shown the target",
      role: "control",
      cases: () => Array.from({ length: 10 }, (_, n) => n + 1),
      check: (i, ctx) => {
        const gold = exGold();
        const target = member(gold, i);
        const text = take(shortlexText(target), 60);
        const trace = orThrow(runGenerator(kmGenerator(gold), text, text.length, target));
        const valid = validSteps(target, text, trace);
        ctx.witness("target size", i);
        return O.isNone(trace.convergence) && valid.slice(i - 1).every((v) => !v);
      },
    }),
  ],
});
