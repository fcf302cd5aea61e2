/**
 * B2 (THEORY.md, beyond the paper): generation and attribution side by side on one class.
 *
 * Statement. On EX-COFIN ({a*} ∪ {a* ∖ {a^n}}, every member infinite) identification from text
 * is impossible (Gold 1967; the cofinite variant of THEORY.md C2), yet generation in the limit
 * is possible: Kleinberg and Mullainathan's critical-language generator (2024, C10) outputs,
 * from some step on, only words of the target that the text has not shown. An attacker can mimic
 * a model that the defender cannot attribute.
 *
 * Finite shadow. The library's `kmGenerator` on every kind of text (shortlex, random-fair,
 * paused) for random members of EX-COFIN (a* and a* ∖ {a^m}, m ≤ 15): its hindsight convergence
 * step is found within the horizon and is at most the predicted one, the first step after the
 * target's index at which every earlier member not containing the target has been refuted
 * (for a* ∖ {a^m}: a^0..a^(m−1) shown); on these texts it is exactly that step. Beside it, Gold's adversary beats every catalogue text
 * learner and the least-unseen-hole learner on the same class, and the generator, run on each
 * adversary text, generates on it too: on the very texts where identification fails. Not a
 * restatement: the generator's verdict is recomputed from its raw outputs.
 *
 * Independent check. Each output is judged in the proof: the target's automaton is run on it and
 * it is looked up among the words shown so far (a set kept here); the convergence step is the
 * first from which every output is so valid, recomputed from the raw outputs and compared with
 * `runGenerator`'s. Adversary certificates are checked by `verifyCertificate` and by the proof's
 * re-check (proofs/support/gold-attack.ts).
 *
 * Controls. The near-miss generator that outputs the shortest unseen word of the *first*
 * consistent member (always a*) does not generate a* ∖ {a^m}: once a^0..a^(m−1) are shown it
 * outputs the hole a^m forever. And the adversary fails on the identifiable EX-FIN-LAYERS(2)
 * against the conservative learner, after at most 2 mind changes (THEORY.md rule 2).
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "../src/automata/dfa.js";
import { accepts } from "../src/automata/dfa.js";
import type { Word } from "../src/automata/word.js";
import { goldAdversary } from "../src/identification/adversary/gold.js";
import { verifyCertificate } from "../src/identification/certificate/verify.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exCofin, exFinLayers } from "../src/identification/family/examples.js";
import { member } from "../src/identification/family/family.js";
import {
  kmGenerator,
  type LanguageGenerator,
  runGenerator,
} from "../src/identification/generation/critical.js";
import { learners, textLearners } from "../src/identification/learner/catalogue.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText, shortlexText, withPauses } from "../src/identification/presentation/text.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { attack, holeLearner, recheck } from "./support/gold-attack.js";
import { orThrow } from "./support/or-throw.js";

type AnyLearner = Learner<unknown, TextDatum>;

const cofin = exCofin();
const key = (w: readonly number[]): string => w.join(",");

/** The generator's outputs on `data`, judged here: each in the target and not yet shown. */
function judged<S>(g: LanguageGenerator<S>, data: readonly TextDatum[], target: Dfa) {
  const shown = new Set<string>();
  const outputs: (Word | null)[] = [];
  const valid: boolean[] = [];
  let s = g.init;
  for (const d of data) {
    if (d !== "#") shown.add(key(d));
    s = g.step(s, d);
    const o = g.output(s);
    outputs.push(O.isSome(o) ? o.value : null);
    valid.push(O.isSome(o) && accepts(target, o.value) && !shown.has(key(o.value)));
  }
  let from = valid.length;
  while (from > 0 && valid[from - 1] === true) from--;
  return { outputs, valid, from: from === valid.length ? undefined : from + 1 };
}

/** Generation on `data` for `target`, by the library's run and by the proof's judgement. */
function generates(data: readonly TextDatum[], target: Dfa): number {
  const g = kmGenerator(cofin);
  const lib = orThrow(runGenerator(g, data, data.length, target));
  const mine = judged(g, data, target);
  const libFrom = O.isSome(lib.convergence) ? lib.convergence.value : undefined;
  if (libFrom !== mine.from)
    throw new Error(
      `runGenerator converges at ${String(libFrom)}, the proof's judgement at ${String(mine.from)}`,
    );
  if (mine.from === undefined) throw new Error("the generator does not generate within the text");
  return mine.from;
}

/** KM's predicted step for member z of EX-COFIN on `data`: t > z and a^0..a^(m−1) shown. */
function predicted(z: number, data: readonly TextDatum[]): number | undefined {
  const m = z - 1;
  const seen = new Set<number>();
  for (const [s, d] of data.entries()) {
    if (d !== "#") seen.add(d.length);
    const refuted = Array.from({ length: Math.max(0, m) }, (_, k) => k).every((k) => seen.has(k));
    if (s + 1 > z && refuted) return s + 1;
  }
  return undefined;
}

const TEXTS = ["shortlex", "random", "random, paused"] as const;

/** A near-miss generator: the shortest unseen word of the first consistent member. */
function firstConsistent(): LanguageGenerator<{ seen: ReadonlySet<string>; out: Word }> {
  const unseen = (seen: ReadonlySet<string>): Word => {
    const w: number[] = [];
    while (seen.has(key(w))) w.push(0);
    return w;
  };
  return {
    name: "near miss: first consistent member",
    init: { seen: new Set(), out: [] },
    step: (s, d) => {
      if (d === "#") return s;
      const seen = new Set(s.seen).add(key(d));
      return { seen, out: unseen(seen) };
    },
    // member 0 (a*) is consistent with every text, so its unseen words are the outputs
    output: (s) => O.some(s.out),
  };
}

const horizonOf = (deep: boolean) => (deep ? 1000 : 200);

export const proof = defineProof({
  id: "B2",
  title:
    "Generation vs attribution on EX-COFIN: the critical-language generator generates where Gold's adversary defeats identification",
  statement:
    "On EX-COFIN (a* and every a* ∖ {a^n}) no learner identifies from text (Gold 1967, cofinite variant), yet Kleinberg and Mullainathan's critical-language generator (2024) generates in the limit: from some step on every output is a word of the target not yet shown.",
  shadow:
    "kmGenerator on shortlex, random-fair and paused texts for a* and a* ∖ {a^m} (m ≤ 15): convergence found within the horizon, at most at the predicted step; Gold's adversary beats every catalogue text learner and the hole learner on the same class, and the generator generates on each adversary text too.",
  check:
    "Each output judged in the proof (the target's automaton run on it, looked up among the words shown), the convergence step recomputed from the raw outputs and matched with runGenerator's; certificates checked by verifyCertificate and the proof's re-check.",
  control:
    "The near-miss generator using the first consistent member (always a*) outputs the hole a^m forever on texts for a* ∖ {a^m}; the adversary fails on EX-FIN-LAYERS(2) against the conservative learner after at most 2 mind changes.",
  properties: [
    {
      name: "the critical-language generator generates every member of EX-COFIN in the limit, converging (in hindsight) by the predicted step",
      role: "claim",
      runs: { fast: 40, deep: 400 },
      covers: [...TEXTS, "target a*", "target with a hole", "predicted step 10 or more"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 0, max: 16 }),
          fc.constantFrom(...TEXTS),
          fc.nat(),
          (z, kind, seed) => {
            const target = member(cofin, z);
            const text =
              kind === "shortlex"
                ? shortlexText(target)
                : kind === "random"
                  ? randomText(target, seed)
                  : withPauses(randomText(target, seed), 1 + (seed % 3));
            const data = take<TextDatum>(text, 150);
            const step = predicted(z, data);
            if (step === undefined) throw new Error("the text did not reach the predicted step");
            const from = generates(data, target);
            ctx.classify(kind);
            ctx.classify(z === 0 ? "target a*" : "target with a hole");
            ctx.classify(
              from < step
                ? "converged before the predicted step"
                : "converged at the predicted step",
            );
            if (step >= 10) ctx.classify("predicted step 10 or more");
            ctx.witness("convergence step", from);
            ctx.witness("predicted step", step);
            return from <= step;
          },
        ),
    },
    exhaustive({
      name: "on the same class the adversary beats every text learner and the hole learner, and the generator generates on every adversary text",
      role: "claim",
      covers: ["mind-changes", "stuck"],
      cases: ({ mode }) =>
        [...(orThrow(textLearners(cofin)) as AnyLearner[]), holeLearner() as AnyLearner].map(
          (learner) => ({ learner, deep: mode === "deep" }),
        ),
      check: ({ learner, deep }, ctx) => {
        const cert = attack(cofin, learner, {
          mindChanges: deep ? 50 : 20,
          horizon: horizonOf(deep),
        });
        if (!verifyCertificate(cofin, learner, cert))
          throw new Error("verifyCertificate rejects it");
        const problem = recheck(cofin, learner, cert);
        if (problem !== undefined) throw new Error(problem);
        const data = cert.text as TextDatum[];
        // a mind-changes text is a prefix of a text for a*; a stuck one a text for its member
        const target = member(cofin, cert.kind === "stuck" ? cert.member : 0);
        const from = generates(data, target);
        ctx.classify(cert.kind);
        ctx.witness("text length", data.length);
        ctx.witness("generation converged at", from);
        if (cert.kind === "mind-changes") ctx.witness("mind changes forced", cert.changes);
        return from <= data.length;
      },
      show: ({ learner }) => learner.name,
    }),
    {
      name: "the near-miss generator that uses the first consistent member (a*) outputs the hole forever on texts for a* ∖ {a^m}",
      role: "control",
      runs: { fast: 40, deep: 400 },
      covers: ["hole at ε", "hole at a^3 or later"],
      build: (ctx) =>
        fc.property(fc.integer({ min: 0, max: 10 }), fc.nat(), (m, seed) => {
          const target = member(cofin, m + 1);
          const data = take<TextDatum>(randomText(target, seed), 120);
          const r = judged(firstConsistent(), data, target);
          const last = r.outputs[r.outputs.length - 1];
          ctx.classify(m === 0 ? "hole at ε" : m >= 3 ? "hole at a^3 or later" : "hole at a or aa");
          return r.from === undefined && last !== null && last !== undefined && last.length === m;
        }),
    },
    exhaustive({
      name: "the adversary fails on EX-FIN-LAYERS(2) against the conservative learner, after at most 2 mind changes",
      role: "control",
      cases: () => [2],
      check: (c, ctx) => {
        const family = exFinLayers(c);
        const l = orThrow(learners.enumeration(family, { members: 64 }));
        const out = goldAdversary(family, l, { mindChanges: 50, horizon: 40 });
        if (E.isRight(out)) throw new Error(`the adversary won: ${out.right.kind}`);
        if (out.left.kind !== "budget") throw new Error(out.left.message);
        ctx.witness("mind changes forced", out.left.reached);
        return out.left.reached <= c;
      },
    }),
  ],
});
