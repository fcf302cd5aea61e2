/**
 * P3 (THEORY.md, the paper's claims): Theorem 1 with Angluin's correct Condition 1.
 *
 * Statement. An indexed family of recursive languages (L_i) is identifiable from text iff there
 * are finite sets T_i ⊆ L_i, uniformly enumerable, such that for all j, T_i ⊆ L_j implies that
 * L_j is not a proper subset of L_i (Angluin 1980, "Inductive inference of formal languages
 * from positive data", Condition 1). A secondary summary of the paper states the condition as
 * "T_i ⊆ L_j ⇒ L_i = L_j", which is strictly stronger and wrong: on EX-LEN (identifiable, with
 * tell-tales {a, …, a^n}) it fails for every choice of finite sets, since T_n ⊆ L_(n+1) ≠ L_n.
 *
 * Finite shadow. The regression: on EX-LEN's first N members (N up to 32, 128 deep) the
 * canonical tell-tales {a, …, a^n} and THEORY.md's singletons {a^n} satisfy the correct
 * condition and break the misstated one, at the pair (0, 1) and at every pair (n, n + 1), where
 * L_n ⊊ L_(n+1). For random finite sets on EX-LEN the misstated condition always fails and the
 * correct one holds exactly when every T_n (n ≥ 1) contains a^n. On random zoos (3–7 members,
 * ≤ 3 states over {a, b}) with separating sets the correct condition always holds and the
 * misstated one exactly when no member is a proper subset of another (an antichain: where the
 * two should agree, they do); with arbitrary sets the misstated one implies the correct one. Not
 * a restatement: each verdict and first failing pair of the library's checkers is compared with
 * a computation that shares no code with them.
 *
 * Independent check. Brute-force inclusion over membership tables (proofs/support/
 * condition-brute.ts): EX-LEN's members over a^0..a^N (complete: every member is a subset of
 * a^≤(N−1)); zoo members over the 511 words of length ≤ 8 (complete for DFAs of ≤ 3 states: a
 * shortest word of L_i ∖ L_j has length < 3 · 3). Both conditions are re-evaluated in the same
 * (i, then j) order, so the first failing pair and its reason must match exactly.
 *
 * Control. The correct condition is not vacuous: on EX-GOLD every finite T ⊆ a* fails it, at
 * the finite member {a^0, …, a^m} (m the longest exponent in T), a proper subset of a*
 * containing T; and on EX-LEN, a set T_n missing a^n fails it at L_m, m the longest exponent
 * left (covered by the random-sets claim's failing cases).
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "../src/automata/dfa.js";
import type { Word } from "../src/automata/word.js";
import { exGold, exLen, exZoo } from "../src/identification/family/examples.js";
import { type Family, finiteFamily, member } from "../src/identification/family/family.js";
import {
  angluinCondition,
  type ConditionResult,
  misstatedCondition,
} from "../src/identification/telltale/angluin-condition.js";
import { tellTales } from "../src/identification/telltale/search.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import {
  type BruteFailure,
  bruteCondition,
  included,
  properlyIncluded,
  type Table,
  table,
} from "./support/condition-brute.js";
import { orThrow } from "./support/or-throw.js";
import { wordsUpTo } from "./support/small-world.js";

const len = exLen();
const gold = exGold();

/** a^n. */
const pow = (n: number): Word => new Array<number>(n).fill(0);

/** The first n members of a family. */
const firstMembers = (f: Family, n: number) => Array.from({ length: n }, (_, i) => member(f, i));

/** EX-LEN's first n members over a^0..a^n (complete for them). */
function lenTable(n: number): Table {
  return table(
    firstMembers(len, n),
    Array.from({ length: n + 1 }, (_, k) => pow(k)),
  );
}

/** Do the library's result and the brute force agree on the verdict and the first failure? */
function agree(lib: ConditionResult, brute: BruteFailure | undefined): boolean {
  if (brute === undefined) return lib.holds && O.isNone(lib.failure);
  return (
    !lib.holds &&
    O.isSome(lib.failure) &&
    lib.failure.value.i === brute.i &&
    lib.failure.value.j === brute.j &&
    lib.failure.value.reason === brute.reason
  );
}

/** Both conditions by the library and by brute force, compared. */
function bothConditions(f: Family, t: Table, sets: readonly (readonly Word[])[]) {
  const members = t.rows.length;
  const correct = angluinCondition(f, sets, { members });
  const misstated = misstatedCondition(f, sets, { members });
  const bruteCorrect = bruteCondition("correct", t, sets);
  const bruteMisstated = bruteCondition("misstated", t, sets);
  return {
    correct,
    misstated,
    bruteCorrect,
    bruteMisstated,
    agree: agree(correct, bruteCorrect) && agree(misstated, bruteMisstated),
  };
}

const W8 = wordsUpTo(8);

/**
 * A random zoo (3–7 members, ≤ 3 states over {a, b}); with `antichain`, thinned to a maximal
 * antichain: members kept in order when no kept member is comparable with them (brute force).
 */
const arbZoo = fc
  .record({
    seed: fc.integer({ min: 0, max: 9999 }),
    members: fc.integer({ min: 3, max: 7 }),
    variants: fc.integer({ min: 1, max: 4 }),
    antichain: fc.boolean(),
  })
  .map((z) => {
    const zoo = orThrow(exZoo(z.seed, { members: z.members, states: 3, variants: z.variants }));
    if (!z.antichain) return { ...z, family: zoo };
    const all = firstMembers(zoo, zoo.size);
    const t = table(all, W8);
    const kept: number[] = [];
    for (let i = 0; i < all.length; i++)
      if (kept.every((j) => !included(t, i, j) && !included(t, j, i))) kept.push(i);
    const family = orThrow(finiteFamily(kept.map((i) => ({ dfa: all[i] as Dfa }))));
    return { ...z, family };
  });

function zooTable(f: Family): Table {
  return table(firstMembers(f, f.size), W8);
}

function isAntichain(t: Table): boolean {
  return t.rows.every((_, i) => t.rows.every((_, j) => i === j || !properlyIncluded(t, j, i)));
}

/** T_i = the first word (shortlex) of L_i ∖ L_j for every j with L_i ⊄ L_j, from the table. */
function separatingSets(t: Table): Word[][] {
  return t.rows.map((row, i) => {
    const out: Word[] = [];
    for (const [j, other] of t.rows.entries()) {
      if (j === i || included(t, i, j)) continue;
      const k = row.findIndex((x, w) => x && other[w] !== true);
      const w = t.words[k] as Word;
      if (!out.some((x) => x.join(",") === w.join(","))) out.push(w);
    }
    return out;
  });
}

const deepSizes = (deep: boolean): number[] => (deep ? [4, 8, 16, 32, 64, 128] : [4, 8, 16, 32]);

export const proof = defineProof({
  id: "P3",
  title: "Angluin's correct Condition 1 holds on EX-LEN; the misstated condition fails there",
  statement:
    "An indexed family of recursive languages is identifiable from text iff there are uniformly enumerable finite T_i ⊆ L_i with T_i ⊆ L_j ⇒ ¬(L_j ⊊ L_i) for all j (Angluin 1980, Condition 1). The misstated form T_i ⊆ L_j ⇒ L_i = L_j is strictly stronger and wrong: it fails on the identifiable EX-LEN for every choice of finite sets.",
  shadow:
    "EX-LEN's first N members (N ≤ 32, 128 deep) with the canonical tell-tales {a..a^n} and the singletons {a^n}; random finite sets on EX-LEN; random zoos (3–7 members, ≤ 3 states over {a, b}) with separating and with arbitrary sets: verdicts and first failing pairs of both library checkers compared with a brute force.",
  check:
    "Brute-force inclusion over membership tables (EX-LEN over a^0..a^N, zoos over the 511 words of length ≤ 8, complete for ≤ 3 states); both conditions re-evaluated in the same (i, then j) order, so the first failing pair and reason must match.",
  control:
    "On EX-GOLD every finite T ⊆ a* fails the correct condition at the finite member {a^0..a^m} ⊊ a* holding T; on EX-LEN a set T_n without a^n fails it (the random-sets claim's failing cases).",
  properties: [
    exhaustive({
      name: "on EX-LEN the canonical tell-tales {a..a^n} and the singletons {a^n} satisfy the correct condition and break the misstated one, first at (0, 1) and at every pair (n, n + 1) where T_n ⊆ L_n ⊊ L_(n+1)",
      role: "claim",
      covers: ["canonical tell-tales", "singletons"],
      cases: ({ mode }) =>
        deepSizes(mode === "deep").flatMap((n) => [
          { n, sets: "canonical tell-tales" },
          { n, sets: "singletons" },
        ]),
      check: ({ n, sets: kind }, ctx) => {
        ctx.classify(kind);
        const t = lenTable(n);
        const sets: Word[][] =
          kind === "singletons"
            ? Array.from({ length: n }, (_, i) => [pow(i)])
            : orThrow(tellTales(len, { members: n })).map((c) => c.words.map((w) => [...w]));
        const canonicalRight =
          kind === "singletons" ||
          sets.every(
            (s, i) =>
              s.map((w) => w.length).join(",") ===
              pow(i)
                .map((_, k) => k + 1)
                .join(","),
          );
        const r = bothConditions(len, t, sets);
        // where the two differ: T_i ⊆ L_(i+1) and L_i ⊊ L_(i+1), for every i < n − 1
        const differ = sets
          .slice(0, n - 1)
          .every((s, i) => s.every((w) => w.length <= i + 1) && properlyIncluded(t, i, i + 1));
        ctx.witness("members", n);
        ctx.witness("largest set", Math.max(...sets.map((s) => s.length)));
        const f = r.misstated.failure;
        return (
          canonicalRight &&
          r.agree &&
          r.correct.holds &&
          !r.misstated.holds &&
          O.isSome(f) &&
          f.value.i === 0 &&
          f.value.j === 1 &&
          differ
        );
      },
      show: ({ n, sets }) => `${sets}, N = ${n}`,
    }),
    {
      name: "for any finite sets T_n ⊆ L_n on EX-LEN the misstated condition fails, and the correct one holds exactly when every T_n (n ≥ 1) contains a^n",
      role: "claim",
      runs: { fast: 100, deep: 1000 },
      covers: ["correct condition holds", "correct condition fails"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 2, max: 10 }).chain((n) =>
            fc.tuple(
              ...Array.from({ length: n }, (_, i) =>
                fc.tuple(
                  fc.array(fc.boolean(), { minLength: i, maxLength: i }),
                  fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())),
                ),
              ),
            ),
          ),
          (choices) => {
            const n = choices.length;
            const sets = choices.map(([below, top], i) => [
              ...below.flatMap((b, k) => (b ? [pow(k)] : [])),
              ...(top || i === 0 ? [pow(i)] : []),
            ]);
            const t = lenTable(n);
            const r = bothConditions(len, t, sets);
            const predicted = sets.every((s, i) => i === 0 || s.some((w) => w.length === i));
            ctx.classify(predicted ? "correct condition holds" : "correct condition fails");
            ctx.witness("members", n);
            return r.agree && !r.misstated.holds && r.correct.holds === predicted;
          },
        ),
    },
    {
      name: "on random zoos with separating sets the correct condition holds, and the misstated one holds exactly when no member is a proper subset of another",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["antichain of at least 2", "proper inclusion"],
      build: (ctx) =>
        fc.property(arbZoo, (z) => {
          const t = zooTable(z.family);
          const sets = separatingSets(t);
          const r = bothConditions(z.family, t, sets);
          const antichain = isAntichain(t);
          if (antichain && z.family.size >= 2) ctx.classify("antichain of at least 2");
          ctx.classify(antichain ? "antichain" : "proper inclusion");
          ctx.witness("members", z.family.size);
          ctx.witness("largest set", Math.max(...sets.map((s) => s.length)));
          return r.agree && r.correct.holds && r.misstated.holds === antichain;
        }),
    },
    {
      name: "on random zoos with arbitrary sets the misstated condition implies the correct one, and both verdicts and first failing pairs match the brute force",
      role: "claim",
      runs: { fast: 80, deep: 800 },
      covers: [
        "both hold, 2 or more members",
        "only the correct one holds",
        "neither holds",
        "not a subset",
      ],
      build: (ctx) =>
        fc.property(
          arbZoo,
          fc.array(fc.array(fc.boolean(), { minLength: 31, maxLength: 31 }), {
            minLength: 7,
            maxLength: 7,
          }),
          fc.array(fc.nat(30), { maxLength: 2 }),
          (z, masks, strays) => {
            const t = zooTable(z.family);
            // T_i: words of L_i of length ≤ 4 picked by the mask, plus stray words of length ≤ 4
            const sets = t.rows.map((row, i) => {
              const mask = masks[i] as boolean[];
              const picked = W8.slice(0, 31).filter((_, k) => row[k] === true && mask[k] === true);
              return i === 0 ? [...picked, ...strays.map((k) => W8[k] as Word)] : picked;
            });
            const r = bothConditions(z.family, t, sets);
            const reasons = [r.bruteCorrect?.reason, r.bruteMisstated?.reason];
            if (reasons.includes("not-a-subset")) ctx.classify("not a subset");
            if (r.misstated.holds && z.family.size >= 2)
              ctx.classify("both hold, 2 or more members");
            ctx.classify(
              r.correct.holds && r.misstated.holds
                ? "both hold"
                : r.correct.holds
                  ? "only the correct one holds"
                  : "neither holds",
            );
            return r.agree && (!r.misstated.holds || r.correct.holds);
          },
        ),
    },
    {
      name: "on EX-GOLD every finite T ⊆ a* fails the correct condition, at the finite member {a^0..a^m} ⊊ a* holding T (m its longest exponent)",
      role: "control",
      runs: { fast: 60, deep: 600 },
      covers: ["T = ∅", "T holds ε", "|T| ≥ 3"],
      build: (ctx) =>
        fc.property(fc.uniqueArray(fc.nat(10), { maxLength: 6 }), (exponents) => {
          const members = 14;
          const t = table(
            firstMembers(gold, members),
            Array.from({ length: members + 1 }, (_, k) => pow(k)),
          );
          const set = exponents.map(pow);
          const r = bothConditions(gold, t, [set]);
          const m = Math.max(-1, ...exponents);
          if (set.length === 0) ctx.classify("T = ∅");
          if (exponents.includes(0)) ctx.classify("T holds ε");
          if (set.length >= 3) ctx.classify("|T| ≥ 3");
          const f = r.correct.failure;
          // member m + 1 is {a^0..a^m}; for T = ∅ the first finite member {ε} (index 1)
          const expected = Math.max(1, m + 1);
          return (
            r.agree &&
            !r.correct.holds &&
            O.isSome(f) &&
            f.value.i === 0 &&
            f.value.j === expected &&
            f.value.reason === "proper-subset" &&
            properlyIncluded(t, expected, 0)
          );
        }),
    },
  ],
});
