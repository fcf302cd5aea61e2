/**
 * R3 (THEORY.md, regimes; C4): a finite class of deterministic models is identifiable from text.
 *
 * Statement. Every member L_i of a finite class has a tell-tale, a finite T_i ⊆ L_i that no
 * member strictly inside L_i contains (take one word of L_i ∖ L_j for each of the finitely many
 * L_j ⊊ L_i); so Angluin's learner, guessing the least i with T_i ⊆ content ⊆ L_i, identifies
 * every member in the limit (Angluin 1980). It has converged once all of T_t and a refutation of
 * every earlier member not containing L_t have appeared.
 *
 * Finite shadow. Random zoos of 2–5 DFAs with at most 3 states over {a, b} (nested languages
 * are common and classified), each member the target of a seeded random-fair text; and every
 * two-member class of distinct languages with minimal DFAs of at most 2 states, in both orders,
 * each member the target of its shortlex text.
 *
 * Independent check. Inclusion between members is read off brute-force membership tables over
 * the 511 words of length ≤ 8 (a word of L_j ∖ L_i, if any, is shorter than n_i·n_j ≤ 9); the
 * tell-tale the library found is re-checked against those tables; the convergence step is
 * predicted from the tables (the shortlex rank of each needed word in L_t, shown by step
 * 4r + 2 in a random-fair text and r + 1 in the shortlex text) and compared with the trace.
 *
 * Controls (near-misses that must fail): in the infinite class EX-GOLD, a* has no tell-tale made
 * of words of length ≤ 12 (a bounded absence certificate, whose every witness is re-checked here
 * by running the DFAs); and the largest-consistent learner, which ignores tell-tales, fails on some
 * two-member class.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { arbDfa } from "../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa } from "../src/automata/dfa.js";
import type { Word } from "../src/automata/word.js";
import { exGold } from "../src/identification/family/examples.js";
import { type Family, finiteFamily, member } from "../src/identification/family/family.js";
import { learners } from "../src/identification/learner/catalogue.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { runLearner } from "../src/identification/learner/run.js";
import { correctFrom } from "../src/identification/learner/trace.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText, shortlexText } from "../src/identification/presentation/text.js";
import { absenceCertificate } from "../src/identification/telltale/absence.js";
import { tellTale } from "../src/identification/telltale/search.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { ab, smallWorld, wordsUpTo } from "./support/small-world.js";

/** The words of length ≤ 8 in shortlex order, and each member's membership table over them. */
const WORDS: readonly Word[] = wordsUpTo(8);

type Table = readonly boolean[];

function table(d: Dfa): Table {
  return WORDS.map((w) => accepts(d, w));
}

const inside = (x: Table, y: Table) => x.every((v, i) => !v || (y[i] as boolean));
const properlyInside = (x: Table, y: Table) => inside(x, y) && !inside(y, x);

/** Is `t` a tell-tale of member i by the tables? */
function tellTaleByTables(tables: readonly Table[], i: number, t: readonly Word[]): boolean {
  const ti = tables[i] as Table;
  const has = (x: Table, w: Word) => x[WORDS.findIndex((v) => v.join() === w.join())] === true;
  if (!t.every((w) => has(ti, w))) return false;
  return tables.every((tj, j) => j === i || !properlyInside(tj, ti) || t.some((w) => !has(tj, w)));
}

/** The shortlex rank in L_t of the last word the tell-tale learner needs (from the tables). */
function neededRank(tables: readonly Table[], t: number, tellTaleWords: readonly Word[]): number {
  const tt = tables[t] as Table;
  const rankOf = (index: number) => tt.slice(0, index).filter(Boolean).length;
  let worst = 0;
  for (const w of tellTaleWords)
    worst = Math.max(worst, rankOf(WORDS.findIndex((v) => v.join() === w.join())));
  for (let j = 0; j < t; j++) {
    const tj = tables[j] as Table;
    const refute = tt.findIndex((v, k) => v && !tj[k]);
    if (refute >= 0) worst = Math.max(worst, rankOf(refute));
  }
  return worst;
}

function learner(name: "tell-tale" | "largest", family: Family): Learner {
  return orThrow(learners[name](family));
}

/** Where the learner is right from (1-based), on the first `steps` data. */
function rightFrom(l: Learner, family: Family, t: number, data: readonly unknown[]): number | null {
  const c = correctFrom(runLearner(l, data as never[]), family, member(family, t));
  return O.isSome(c) ? c.value : null;
}

const arbZoo = fc.array(arbDfa(ab, { maxStates: 3 }), { minLength: 2, maxLength: 5 });

const pairs = () => {
  const world = smallWorld(2).map((l) => l.minimal);
  return world.flatMap((x, i) => world.flatMap((y, j) => (i === j ? [] : [[x, y] as const])));
};

export const proof = defineProof({
  id: "R3",
  title: "Finite classes of deterministic models are identifiable from text",
  statement:
    "Every member of a finite class has a tell-tale (one word of L_i ∖ L_j for each L_j ⊊ L_i), so Angluin's learner identifies every member from text, converged once the tell-tale and a refutation of every earlier member not containing the target have appeared (Angluin 1980).",
  shadow:
    "Random zoos of 2–5 DFAs with ≤ 3 states over {a, b} on seeded random-fair texts; every two-member class of distinct languages with ≤ 2-state minimal DFAs, in both orders, on shortlex texts.",
  check:
    "Inclusions from brute-force membership tables over the 511 words of length ≤ 8; the library's tell-tales re-checked against them; the convergence step predicted from the tables' shortlex ranks (4r + 2 random-fair, r + 1 shortlex) and compared with the trace.",
  control:
    "In EX-GOLD, a* has no tell-tale of words of length ≤ 12 (a bounded absence certificate, each witness re-checked by running the DFAs); the largest-consistent learner fails on some two-member class.",
  properties: [
    {
      name: "on random finite zoos every member has a tell-tale and Angluin's learner is right by the predicted step of a random-fair text",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["nested members", "no nesting"],
      build: (ctx) =>
        fc.property(arbZoo, fc.nat(), fc.integer({ min: 0, max: 2 ** 31 }), (dfas, pick, seed) => {
          const family = orThrow(
            finiteFamily(
              dfas.map((dfa) => ({ dfa })),
              { dedupe: true },
            ),
          );
          const tables = Array.from({ length: family.size }, (_, i) => table(member(family, i)));
          const nested = tables.some((x, i) =>
            tables.some((y, j) => i !== j && properlyInside(x, y)),
          );
          ctx.classify(nested ? "nested members" : "no nesting");
          const t = pick % family.size;
          fc.pre((tables[t] as Table).some(Boolean)); // a text of ∅ is all pauses: nothing to learn
          for (let i = 0; i < family.size; i++)
            if (!tellTaleByTables(tables, i, tellTale(family, i).words)) return false;
          const bound = 4 * neededRank(tables, t, tellTale(family, t).words) + 2;
          ctx.witness("predicted step", bound);
          const data = take(randomText(member(family, t), seed), bound + 10);
          const from = rightFrom(learner("tell-tale", family), family, t, data);
          return from !== null && from <= bound;
        }),
    },
    exhaustive({
      name: "on every two-member class of ≤ 2-state languages, in both orders, Angluin's learner is right by step r + 1 of each member's shortlex text",
      role: "claim",
      chunks: 2,
      covers: ["nested pair", "incomparable pair"],
      cases: pairs,
      check: ([x, y], ctx) => {
        const family = orThrow(finiteFamily([{ dfa: x }, { dfa: y }]));
        const tables = [table(x), table(y)];
        ctx.classify(
          properlyInside(tables[0] as Table, tables[1] as Table) ||
            properlyInside(tables[1] as Table, tables[0] as Table)
            ? "nested pair"
            : "incomparable pair",
        );
        const l = learner("tell-tale", family);
        for (const t of [0, 1]) {
          if (!(tables[t] as Table).some(Boolean)) continue;
          const words = tellTale(family, t).words;
          if (!tellTaleByTables(tables, t, words)) return false;
          const bound = neededRank(tables, t, words) + 1;
          const from = rightFrom(l, family, t, take(shortlexText(member(family, t)), bound + 10));
          if (from === null || from > bound) return false;
        }
        return true;
      },
    }),
    exhaustive({
      name: "in the infinite class EX-GOLD, a* has no tell-tale made of words of length at most 12",
      role: "control",
      cases: () => [exGold()],
      check: (family, ctx) => {
        const cert = orThrow(absenceCertificate(family, 0, { length: 12, members: 20 }));
        if (O.isNone(cert)) return false;
        ctx.witness("lengths covered", cert.value.witnesses.length);
        // checked here: for each ℓ ≤ 12, a* ∩ Σ^≤ℓ lies in member j (every a^k, k ≤ ℓ, accepted)
        // and j is strictly inside a* (its word is in a* but not in j)
        const star = member(family, 0);
        return (
          cert.value.witnesses.length === 13 &&
          cert.value.witnesses.every(
            (x, l) =>
              x.length === l &&
              Array.from({ length: l + 1 }, (_, k) => new Array<number>(k).fill(0)).every((w) =>
                accepts(member(family, x.member), w),
              ) &&
              accepts(star, x.word) &&
              !accepts(member(family, x.member), x.word),
          )
        );
      },
      show: (f) => f.description,
    }),
    exhaustive({
      name: "the largest-consistent learner, which ignores tell-tales, fails on some two-member class",
      role: "control",
      cases: () => [pairs()],
      check: (all, ctx) => {
        let fails = 0;
        for (const [x, y] of all) {
          const family = orThrow(finiteFamily([{ dfa: x }, { dfa: y }]));
          for (const t of [0, 1]) {
            if (table(member(family, t)).every((v) => !v)) continue;
            const data = take(shortlexText(member(family, t)), 40);
            if (rightFrom(learner("largest", family), family, t, data) === null) fails++;
          }
        }
        ctx.witness("failing runs", fails);
        return fails > 0;
      },
      show: (all) => `${all.length} classes`,
    }),
  ],
});
