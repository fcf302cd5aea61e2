/**
 * C5 (THEORY.md, classical results): Wright 1989, finite elasticity.
 *
 * Statement. A class has infinite elasticity when there are words w_0, w_1, … and members
 * L_1, L_2, … with {w_0, …, w_(n−1)} ⊆ L_n and w_n ∉ L_n for every n. Finite elasticity is
 * sufficient for identifiability from text, and it is closed under finite unions: the unions
 * L ∪ L' of members of two classes of finite elasticity again form one (Wright 1989, "Identification
 * of unions of languages drawn from an identifiable class"; Motoki, Shinohara and Wright 1991).
 * It is not necessary: EX-LEN = {{a^k : k ≤ n}} has infinite elasticity and is identifiable
 * (each L_n has the tell-tale {a, …, a^n}).
 *
 * Finite shadow. Chains are searched within a bound (words of length ≤ ℓ, the first M members)
 * by `elasticityChain`. (1) EX-LEN: for ℓ, M up to 24 the longest chain has length min(ℓ, M),
 * so chains grow with the bound (≥ 20 at ℓ = M = 20); and every L_n, n ≤ 20, has the tell-tale
 * {a, …, a^n} against the first 40 members, and the tell-tale learner is right on random-fair
 * texts from the step the tell-tale has appeared. (2) Finite elasticity: {a^n b*} has longest
 * chain 1 at every bound, the class of its pairwise unions L ∪ L' has longest chain exactly 2 at
 * every bound (closure under unions, within the bound), and the tell-tale learner identifies random
 * members of both on random-fair texts (sufficiency, within the horizon); random finite zoos
 * have longest chains of at most their number of languages, equal to a brute-force search.
 *
 * Independent check. Each chain is re-checked here by running the DFAs ({w_0..w_(n−1)} ⊆ L_n,
 * w_n ∉ L_n) and by `verifyElasticity` (automata imports only, including maximality within the
 * bound); "longest" is cross-checked by a brute-force search over word sets (not candidate
 * sets) for small bounds; tell-tales by products (proofs/support/products.ts); learners' guesses
 * by products against the target.
 *
 * Control. The finite-elasticity predicate ("the longest chain does not grow when the bound
 * doubles") fails for EX-LEN, EX-GOLD and EX-COFIN; tampered chains (a word changed, a member
 * dropped, the chain shortened so it is no longer maximal) are rejected.
 */
import fc from "fast-check";
import { accepts, type Dfa } from "../src/automata/dfa.js";
import { union } from "../src/automata/product.js";
import type { Word } from "../src/automata/word.js";
import type { ElasticityCertificate } from "../src/identification/certificate/bounded.js";
import { verifyElasticity } from "../src/identification/certificate/verify-bounded.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exCofin, exGold, exLen, exThick, exZoo } from "../src/identification/family/examples.js";
import { type Family, indexedFamily, member } from "../src/identification/family/family.js";
import { runLearner } from "../src/identification/learner/run.js";
import { tellTaleLearner } from "../src/identification/learner/tell-tale-learner.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText } from "../src/identification/presentation/text.js";
import { elasticityChain } from "../src/identification/structure/elasticity.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { properSubsetByProduct, subsetByProduct } from "./support/products.js";
import { firstOfSigmaStar } from "./support/shortlex.js";

const key = (w: readonly number[]): string => w.join(",");
const pow = (n: number): Word => new Array<number>(n).fill(0);

/** The chain conditions, by running the automata. */
function isChain(family: Family, c: ElasticityCertificate): boolean {
  return (
    c.words.length === c.members.length + 1 &&
    c.words.every((w) => w.length <= c.length) &&
    c.members.every((l, i) => {
      const d = member(family, l);
      return (
        l < c.searched &&
        c.words.slice(0, i + 1).every((w) => accepts(d, w)) &&
        !accepts(d, c.words[i + 1] as Word)
      );
    })
  );
}

/** The longest chain by brute force over the sets of words chosen (small bounds only). */
function bruteLongest(dfas: readonly Dfa[], words: readonly Word[]): number {
  const memo = new Map<string, number>();
  const from = (chosen: readonly Word[]): number => {
    const k = chosen.map(key).sort().join("|");
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    let best = 0;
    for (const d of dfas)
      if (chosen.every((w) => accepts(d, w)))
        for (const w of words) if (!accepts(d, w)) best = Math.max(best, 1 + from([...chosen, w]));
    memo.set(k, best);
    return best;
  };
  return Math.max(0, ...words.filter((w) => dfas.some((d) => accepts(d, w))).map((w) => from([w])));
}

const sigmaUpTo = (k: number, l: number): Word[] => {
  let n = 0;
  for (let i = 0; i <= l; i++) n += k ** i;
  return firstOfSigmaStar(k, n);
};

/** Index p ↦ the pair (n, m), n ≤ m, ordered by m then n. */
function pair(p: number): [number, number] {
  let m = 0;
  while (((m + 1) * (m + 2)) / 2 <= p) m++;
  return [p - (m * (m + 1)) / 2, m];
}

/** {a^n b* ∪ a^m b* : n ≤ m}: unions of two members of a class of finite elasticity. */
function unions(): Family {
  const thick = exThick();
  return indexedFamily({
    alphabet: thick.alphabet,
    size: Number.POSITIVE_INFINITY,
    description: "unions a^n b* ∪ a^m b*, n <= m, by m then n",
    layout: "custom",
    member: (p) => {
      const [n, m] = pair(p);
      return { dfa: union(member(thick, n), member(thick, m)), name: `a^${n} b* ∪ a^${m} b*` };
    },
  });
}

const chain = (f: Family, length: number, members: number): ElasticityCertificate =>
  orThrow(elasticityChain(f, { length, members }));

/** Is the guess at each of the last `tail` steps a member with the target's language? */
function rightAtTheEnd(
  family: Family,
  target: Dfa,
  guesses: readonly (number | null)[],
  tail: number,
): boolean {
  return guesses.slice(-tail).every((g) => {
    if (g === null) return false;
    const d = member(family, g);
    return subsetByProduct(d, target) && subsetByProduct(target, d);
  });
}

export const proof = defineProof({
  id: "C5",
  title: "Finite elasticity (Wright 1989): sufficient, closed under unions, not necessary",
  statement:
    "Finite elasticity (no infinite w_0, w_1, … and L_1, L_2, … with {w_0..w_(n−1)} ⊆ L_n ∌ w_n) is sufficient for identifiability from text and closed under finite unions of languages (Wright 1989; Motoki, Shinohara, Wright 1991); it is not necessary: EX-LEN has infinite elasticity and is identifiable.",
  shadow:
    "Chains within a bound (words of length ≤ ℓ, first M members): EX-LEN's longest chain is min(ℓ, M) for ℓ, M ≤ 24 (≥ 20 at 20, 20), while every L_n (n ≤ 20) has the tell-tale {a..a^n} and the tell-tale learner identifies it on random-fair texts; {a^n b*} has longest chain 1 and its pairwise unions exactly 2 at every bound, the tell-tale learner identifies random members of both; random finite zoos have longest chains of at most their size, equal to a brute-force search.",
  check:
    "Chains re-checked by running the DFAs and by verifyElasticity (automata imports only, maximality included); 'longest' cross-checked by brute force over word sets for small bounds; tell-tales by products against the first 40 members; guesses by products against the target.",
  control:
    "The finite-elasticity predicate (the longest chain does not grow when the bound doubles) fails for EX-LEN, EX-GOLD and EX-COFIN; tampered chains (a word changed, a member dropped, shortened so no longer maximal) are rejected.",
  properties: [
    exhaustive({
      name: "EX-LEN's longest chain within words of length ≤ ℓ and M members is min(ℓ, M): it grows with the bound (infinite elasticity), ≥ 20 at ℓ = M = 20",
      role: "claim",
      covers: ["chain of 20 or more"],
      cases: () =>
        [4, 8, 12, 16, 20, 24].flatMap((l) => [l, Math.floor(l / 2), l + 3].map((m) => ({ l, m }))),
      check: ({ l, m }, ctx) => {
        const c = chain(exLen(), l, m);
        ctx.witness("chain length", c.members.length);
        if (c.members.length >= 20) ctx.classify("chain of 20 or more");
        return (
          c.exhaustive &&
          c.members.length === Math.min(l, m) &&
          isChain(exLen(), c) &&
          verifyElasticity(exLen(), c)
        );
      },
    }),
    exhaustive({
      name: "yet EX-LEN is identifiable: each L_n (n ≤ 20) has the tell-tale {a..a^n} against the first 40 members, and the tell-tale learner is right on a random-fair text from the step it has appeared",
      role: "claim",
      cases: () => Array.from({ length: 21 }, (_, n) => n),
      check: (n, ctx) => {
        const len = exLen();
        const ln = member(len, n);
        const tale = Array.from({ length: n }, (_, k) => pow(k + 1));
        const isTellTale = Array.from({ length: 40 }, (_, j) => member(len, j)).every(
          (lj) => !tale.every((w) => accepts(lj, w)) || !properSubsetByProduct(lj, ln),
        );
        const text = take(randomText(ln, n), 4 * n + 40);
        const seen = tale.map((w) => text.findIndex((d) => d !== "#" && key(d) === key(w)) + 1);
        const from = Math.max(1, ...seen);
        ctx.witness("tell-tale appeared by step", from);
        const guesses = runLearner(orThrow(tellTaleLearner(len, { members: 40 })), text).hypotheses;
        return (
          isTellTale &&
          seen.every((s) => s > 0) &&
          rightAtTheEnd(len, ln, guesses, text.length - from + 1)
        );
      },
    }),
    exhaustive({
      name: "{a^n b*} has longest chain 1 and its pairwise unions exactly 2 at every bound (finite elasticity, closed under unions)",
      role: "claim",
      covers: ["a^n b*", "unions"],
      cases: () =>
        [
          [2, 6],
          [4, 15],
          [6, 28],
          [7, 36],
        ].flatMap(([l, m]) => [
          { name: "a^n b*", family: exThick(), l: l as number, m: m as number, longest: 1 },
          { name: "unions", family: unions(), l: l as number, m: m as number, longest: 2 },
        ]),
      show: ({ name, l, m }) => `${name}, length ${l}, ${m} members`,
      check: ({ name, family, l, m, longest }, ctx) => {
        ctx.classify(name);
        const c = chain(family, l, m);
        return (
          c.exhaustive &&
          c.members.length === longest &&
          isChain(family, c) &&
          verifyElasticity(family, c)
        );
      },
    }),
    exhaustive({
      name: "the longest chains of {a^n b*} and of its unions at a small bound equal a brute-force search over word sets",
      role: "claim",
      cases: () => [
        { family: exThick(), l: 3, m: 6 },
        { family: unions(), l: 3, m: 10 },
      ],
      show: ({ family }) => family.description,
      check: ({ family, l, m }) => {
        const dfas = Array.from({ length: m }, (_, i) => member(family, i));
        return chain(family, l, m).members.length === bruteLongest(dfas, sigmaUpTo(2, l));
      },
    }),
    {
      name: "the tell-tale learner identifies random members of {a^n b*} and of its unions from random-fair texts (sufficiency)",
      role: "claim",
      runs: { fast: 20, deep: 200 },
      covers: ["a^n b*", "unions", "a union of two different members"],
      build: (ctx) =>
        fc.property(fc.boolean(), fc.nat(14), fc.nat(0xffff), (both, i, seed) => {
          const family = both ? unions() : exThick();
          ctx.classify(both ? "unions" : "a^n b*");
          if (both && pair(i)[0] !== pair(i)[1]) ctx.classify("a union of two different members");
          const target = member(family, i);
          const text: TextDatum[] = take(randomText(target, seed), 300);
          const guesses = runLearner(
            orThrow(tellTaleLearner(family, { members: 32 })),
            text,
          ).hypotheses;
          return rightAtTheEnd(family, target, guesses, 20);
        }),
    },
    {
      name: "random finite zoos have longest chains of at most their size, equal to a brute-force search",
      role: "claim",
      runs: { fast: 25, deep: 250 },
      covers: ["chain of 2 or more"],
      build: (ctx) =>
        fc.property(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 2, max: 6 }),
          fc.nat(2),
          (seed, n, l) => {
            const zoo = orThrow(exZoo(seed, { members: n, states: 3 }));
            const c = chain(zoo, l, n);
            const dfas = Array.from({ length: n }, (_, i) => member(zoo, i));
            if (c.members.length >= 2) ctx.classify("chain of 2 or more");
            ctx.witness("chain length", c.members.length);
            return (
              c.exhaustive &&
              c.members.length <= n &&
              c.members.length === bruteLongest(dfas, sigmaUpTo(2, l)) &&
              isChain(zoo, c) &&
              verifyElasticity(zoo, c)
            );
          },
        ),
    },
    exhaustive({
      name: "the finite-elasticity predicate (the longest chain stays put when the bound doubles) fails for EX-LEN, EX-GOLD and EX-COFIN",
      role: "control",
      cases: () => [exLen(), exGold(), exCofin()],
      show: (f) => f.description,
      check: (f, ctx) => {
        const small = chain(f, 6, 8).members.length;
        const large = chain(f, 12, 16).members.length;
        ctx.witness("chain at the doubled bound", large);
        return large > small;
      },
    }),
    exhaustive({
      name: "tampered chains are rejected: a word changed, a member dropped, the chain shortened (no longer maximal)",
      role: "control",
      cases: () => ["word changed", "member dropped", "shortened"] as const,
      check: (how) => {
        const c = chain(exLen(), 8, 10);
        const bad: ElasticityCertificate =
          how === "word changed"
            ? { ...c, words: c.words.map((w, i) => (i === 3 ? pow(1) : w)) }
            : how === "member dropped"
              ? { ...c, members: c.members.slice(1) }
              : { ...c, words: c.words.slice(0, -1), members: c.members.slice(0, -1) };
        return verifyElasticity(exLen(), c) && !verifyElasticity(exLen(), bad);
      },
    }),
  ],
});
