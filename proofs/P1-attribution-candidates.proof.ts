/**
 * P1 (THEORY.md): attribution as identification.
 *
 * Statement. Given a sample S ⊆ L(M*) of the true model's outputs, the candidate set is
 * {M : S ⊆ L(M)}; attribution is certain only when this set is a singleton up to language
 * equality. The true model always stays a candidate, and more outputs can only shrink the set.
 * In a zoo {L₁, L₂} of two different languages, a text for L₁ eventually makes attribution
 * certain exactly when L₁ ⊄ L₂: a model whose outputs all lie in another's language can never be
 * told apart from it by its outputs alone (the superset problem behind P4).
 *
 * Finite shadow. Random zoos of DFAs with up to 3 states over {a, b}, with repeated languages,
 * and samples drawn from a random-fair text of a random member; the ambiguity curve over seeded
 * texts on an EX-ZOO zoo; and every ordered pair of distinct languages among the 26 with minimal
 * DFAs of at most 2 states, presented by all their words of length ≤ 3 (a shortest word of
 * L₁ ∖ L₂ has length below n₁·n₂, the states of the product).
 *
 * Independent check. Candidate sets against brute-force enumeration (each model's membership
 * table over Σ^{≤ℓ} with ℓ = 2n − 2, which separates any two different languages of DFAs with
 * at most n states); inclusion by the library's product construction (`isSubset`), against
 * candidate sets computed by running DFAs on the sample.
 *
 * Controls. Counting models instead of languages calls a zoo with one language under two names
 * ambiguous, though its attribution is certain; a tabulation over words of length ≤ 1, below
 * 2n − 2, merges different languages of 2-state DFAs, so the brute force's bound is needed.
 */
import fc from "fast-check";
import { ambiguityCurve } from "../src/attribution/attribution/ambiguity.js";
import { candidatesByEnumeration } from "../src/attribution/attribution/brute-force.js";
import { candidates } from "../src/attribution/attribution/candidates.js";
import type { CandidateModel } from "../src/attribution/attribution/classes.js";
import { arbDfa } from "../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa, makeDfa } from "../src/automata/dfa.js";
import { isSubset } from "../src/automata/inclusion.js";
import type { Word } from "../src/automata/word.js";
import { isPause } from "../src/identification/datum.js";
import { exZoo } from "../src/identification/family/examples.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText } from "../src/identification/presentation/text.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { ab, smallWorld, wordsUpTo } from "./support/small-world.js";

/** A zoo of 1–6 random DFAs, some repeated under another name (same language, two models). */
const arbZoo: fc.Arbitrary<CandidateModel[]> = fc
  .array(arbDfa(ab, { maxStates: 3 }), { minLength: 1, maxLength: 6 })
  .chain((ds) =>
    fc
      .subarray(ds)
      .map((again) => [
        ...ds.map((dfa, i) => ({ name: `m${i}`, dfa })),
        ...again.map((dfa, i) => ({ name: `copy ${i}`, dfa })),
      ]),
  );

const sortedGroups = (groups: readonly (readonly number[])[]): string =>
  JSON.stringify(
    groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0)),
  );

/** The words of a random-fair text prefix of L(d) (pauses dropped). */
function textSample(d: Dfa, seed: number, length: number): Word[] {
  return take(randomText(d, seed), length).filter((x): x is Word => !isPause(x));
}

/** The same language on twice the states: (q, i) goes to (δ(q, s), 1 − i), not minimal. */
function twin(d: Dfa): Dfa {
  const k = d.alphabet.symbols.length;
  const delta = new Int32Array(2 * d.states * k);
  const accepting = new Uint8Array(2 * d.states);
  for (let q = 0; q < d.states; q++)
    for (let i = 0; i < 2; i++) {
      accepting[2 * q + i] = d.accepting[q] as number;
      for (let s = 0; s < k; s++)
        delta[(2 * q + i) * k + s] = 2 * (d.delta[q * k + s] as number) + (1 - i);
    }
  return makeDfa(d.alphabet, 2 * d.states, 0, delta, accepting);
}

const pairs = () => {
  const world = smallWorld(2).map((l) => l.minimal);
  return world.flatMap((l1, i) => world.filter((_, j) => j !== i).map((l2) => [l1, l2] as const));
};

export const proof = defineProof({
  id: "P1",
  title: "Attribution as identification: candidate sets up to language equality",
  statement:
    "For a sample S ⊆ L(M*) the candidates are {M : S ⊆ L(M)}; attribution is certain only when one language class remains; the true model always remains and more outputs only shrink the set; in a zoo {L₁, L₂} a text for L₁ makes attribution certain exactly when L₁ ⊄ L₂.",
  shadow:
    "Random zoos of ≤ 3-state DFAs over {a, b} with repeated languages and samples from a random-fair text of a member; ambiguity curves over seeded texts on EX-ZOO; all 650 ordered pairs of distinct languages with minimal DFAs of ≤ 2 states, presented by their words of length ≤ 3 (below n₁·n₂, so a word of L₁ ∖ L₂ is among them when one exists).",
  check:
    "Brute-force membership tables over Σ^{≤2n−2} for candidate sets and language equality; inclusion by the product construction, against candidate sets computed by running DFAs on the sample.",
  control:
    "Counting models instead of languages calls a one-language zoo with two names ambiguous; tabulating only words of length ≤ 1 merges different languages of 2-state DFAs.",
  properties: [
    {
      name: "candidate sets equal brute-force enumeration, keep the true model, and shrink as its outputs accumulate",
      role: "claim",
      covers: ["certain", "ambiguous", "repeated language"],
      build: (ctx) =>
        fc.property(arbZoo, fc.nat(), fc.integer({ min: 0, max: 2 ** 31 }), (zoo, pick, seed) => {
          const t = pick % zoo.length;
          const sample = textSample((zoo[t] as CandidateModel).dfa, seed, 10);
          let before = Number.POSITIVE_INFINITY;
          for (let n = 0; n <= sample.length; n++) {
            const c = orThrow(candidates(zoo, sample.slice(0, n)));
            if (!c.classes.some((x) => x.members.includes(t))) return false;
            if (c.classes.length > before) return false;
            before = c.classes.length;
          }
          const c = orThrow(candidates(zoo, sample));
          const brute = orThrow(candidatesByEnumeration(zoo, sample));
          ctx.classify(c.certain ? "certain" : "ambiguous");
          if (c.classes.some((x) => x.members.length > 1)) ctx.classify("repeated language");
          ctx.witness("candidate classes", c.classes.length);
          ctx.witness("models", zoo.length);
          return (
            brute.complete &&
            sortedGroups(c.classes.map((x) => x.members)) === sortedGroups(brute.groups) &&
            c.excluded.every((x) => !accepts((zoo[x.model] as CandidateModel).dfa, x.word))
          );
        }),
    },
    exhaustive({
      name: "in a zoo {L₁, L₂} of two different languages, the words of L₁ up to length 3 make attribution certain exactly when L₁ ⊄ L₂",
      role: "claim",
      chunks: 2,
      covers: ["L₁ ⊊ L₂: never certain", "L₁ ⊄ L₂: certain"],
      cases: pairs,
      check: ([l1, l2], ctx) => {
        const zoo = [
          { name: "L1", dfa: l1 },
          { name: "L2", dfa: l2 },
        ];
        const sample = wordsUpTo(3).filter((w) => accepts(l1, w));
        const c = orThrow(candidates(zoo, sample));
        const inside = isSubset(l1, l2);
        ctx.classify(inside ? "L₁ ⊊ L₂: never certain" : "L₁ ⊄ L₂: certain");
        return c.certain === !inside && c.classes.some((x) => x.members.includes(0));
      },
    }),
    exhaustive({
      name: "on an EX-ZOO zoo the ambiguity curve starts at every class, never drops below one, and falls monotonically",
      role: "claim",
      cases: ({ mode }) => (mode === "deep" ? [0, 1, 2, 3, 4, 5, 6, 7] : [0, 3, 6]),
      check: (target, ctx) => {
        const zoo = orThrow(exZoo(42, { members: 8, states: 5 }));
        const curve = orThrow(ambiguityCurve(zoo, target, { horizon: 40, presentations: 5 }));
        ctx.witness("classes", curve.classes);
        ctx.witness("final mean candidates", curve.points.at(-1)?.mean ?? 0);
        return (
          curve.points[0]?.min === curve.classes &&
          curve.points.every((p) => p.min >= 1) &&
          curve.points.every((p, i) => i === 0 || p.mean <= (curve.points[i - 1]?.mean ?? 0))
        );
      },
    }),
    exhaustive({
      name: "counting models instead of languages calls a zoo with one language under two names ambiguous",
      role: "control",
      cases: () => smallWorld(2).map((l) => l.minimal),
      check: (d) => {
        const zoo = [
          { name: "model", dfa: d },
          { name: "renamed twin", dfa: twin(d) },
        ];
        const c = orThrow(candidates(zoo, []));
        const models = c.classes.reduce((n, x) => n + x.members.length, 0);
        return c.certain && models > 1;
      },
    }),
    exhaustive({
      name: "tabulating only words of length at most 1 merges different languages of 2-state DFAs",
      role: "control",
      cases: () => [smallWorld(2).map((l, i) => ({ name: `L${i}`, dfa: l.minimal }))],
      check: (zoo, ctx) => {
        const short = orThrow(candidatesByEnumeration(zoo, [], { length: 1 }));
        const exact = orThrow(candidates(zoo, []));
        ctx.witness("groups at length 1", short.groups.length);
        return !short.complete && short.groups.length < exact.classes.length;
      },
      show: (zoo) => `${zoo.length} languages`,
    }),
  ],
});
