/**
 * C3 (THEORY.md, classical results): Blum & Blum 1975, locking sequences.
 *
 * Statement. If a learner φ identifies L from text, there is a finite σ ⊆ L with φ(σ) an index
 * of L and φ(στ) = φ(σ) for every finite τ ⊆ L (a locking sequence; Blum & Blum 1975, "Toward
 * a mathematical theory of inductive inference"). Corollary: a locking sequence for an infinite
 * L∞ makes φ fail on the finite language content(σ) (or on any finite member F ⊊ L∞ holding it):
 * σ followed by F's words forever is a text for F on which φ stays on L∞. So no learner
 * identifies L∞ together with its finite subsets (C2 from the other side).
 *
 * Finite shadow. (1) Random finite zoos (EX-ZOO over {a, b}, 4–12 members, 3–5 states), which
 * the tell-tale learner identifies: every member searched has a locking sequence within the
 * bound (τ of ≤ 2 data from the pause and the member's words of length ≤ 2), and beyond the
 * bound the guess survives σ followed by 150 data of a seeded random-fair text for the member.
 * (2) The conservative enumeration learner on the first 60 members of EX-FIN-LAYERS(2) and (3):
 * locked by exactly the member's words. (3) The corollary on EX-GOLD, EX-FT(a*) and EX-FT((ab)*)
 * for every text learner of the library and a user-written one (the least finite member holding
 * the data): each is either locked on L∞ within the bound (and on the probe beyond it: σ then a
 * finite member's words for 50 data) and then wrong, at every step, on a text for that finite
 * member, or never locked within the bound, driven along a text prefix for L∞ on which it is
 * unlocked round after round. Not a
 * restatement: the search only proposes σ; locking and failure are re-checked from the learner's
 * own steps.
 *
 * Independent check. `verifyLocking` (automata imports only) re-runs each learner from `init` on
 * σ and on every τ within the bound; here the learner is also folded over σ followed by long
 * random-fair texts; the failure member is shown finite, a proper subset of L∞ and equal to the
 * text's content by products against L∞ and against a trie of the text's words
 * (proofs/support/products.ts, finite-languages.ts); every guess on the failure text is compared
 * with it by products; the members' words are listed by counting through Σ*.
 *
 * Control. A learner that does not converge has no locking sequence: the parity learner (the
 * member on even steps, another on odd ones) is unlocked by a single pause in every round, so
 * the claim's predicate ("a locking sequence is found") fails for it, and its no-locking report
 * verifies round by round. Where a* is identifiable (the finite family a*, {ε}, {ε, a}, (aa)*),
 * the tell-tale learner's locking sequence for a* has no failure witness: no finite member holds
 * content(σ). Tampered certificates (σ shortened, another guess) are rejected.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { unsafeAlphabet } from "../src/automata/alphabet.js";
import { compile } from "../src/automata/compile.js";
import { isFinite } from "../src/automata/decide.js";
import { accepts, type Dfa } from "../src/automata/dfa.js";
import type { Word } from "../src/automata/word.js";
import { findLockingSequence } from "../src/identification/adversary/locking.js";
import type {
  LockingCertificate,
  LockingResult,
} from "../src/identification/certificate/bounded.js";
import { verifyLocking } from "../src/identification/certificate/verify-bounded.js";
import type { TextDatum } from "../src/identification/datum.js";
import { exFinLayers, exFt, exGold, exZoo } from "../src/identification/family/examples.js";
import { type Family, finiteFamily, member } from "../src/identification/family/family.js";
import { finiteLanguage } from "../src/identification/family/finite-language.js";
import { textLearners } from "../src/identification/learner/catalogue.js";
import { enumerationLearner } from "../src/identification/learner/enumeration.js";
import type { Learner } from "../src/identification/learner/learner.js";
import { tellTaleLearner } from "../src/identification/learner/tell-tale-learner.js";
import { take } from "../src/identification/presentation/presentation.js";
import { randomText } from "../src/identification/presentation/text.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { trie } from "./support/finite-languages.js";
import { orThrow } from "./support/or-throw.js";
import { properSubsetByProduct, subsetByProduct } from "./support/products.js";
import { firstOfSigmaStar } from "./support/shortlex.js";

type TextLearner = Learner<unknown, TextDatum>;

const key = (w: readonly number[]): string => w.join(",");
const contentOf = (data: readonly TextDatum[]): Set<string> =>
  new Set(data.filter((d): d is Word => d !== "#").map(key));
const sameLanguage = (a: Dfa, b: Dfa): boolean => subsetByProduct(a, b) && subsetByProduct(b, a);

/** The learner's guesses after each datum of `data`, folded from `init`. */
function guesses(learner: TextLearner, data: readonly TextDatum[]): O.Option<number>[] {
  let s = learner.init;
  return data.map((d) => {
    s = learner.step(s, d);
    return learner.guess(s);
  });
}

/** σ is locking beyond the bound: the guess after σ survives `more` data of a text for L. */
function survives(
  learner: TextLearner,
  c: LockingCertificate,
  more: readonly TextDatum[],
): boolean {
  return guesses(learner, [...c.sigma, ...more])
    .slice(c.sigma.length)
    .every((g) => O.isSome(g) && g.value === c.guess);
}

/** The words of length ≤ `maxLength` of a language, by counting through Σ*. */
function wordsOf(d: Dfa, maxLength: number): Set<string> {
  const k = d.alphabet.symbols.length;
  let count = 0;
  for (let l = 0; l <= maxLength; l++) count += k ** l;
  return new Set(
    firstOfSigmaStar(k, count)
      .filter((w) => accepts(d, w))
      .map(key),
  );
}

/**
 * C3's corollary, checked here: F ⊊ L∞ and F ⊆ the trie of the text's words (products), every
 * word of the text in F, so F is finite and is the text's content; no guess after σ is F.
 */
function failsOnFinite(family: Family, learner: TextLearner, c: LockingCertificate): boolean {
  const f = c.failure;
  if (f === undefined) return false;
  const fin = member(family, f.member);
  if (!properSubsetByProduct(fin, member(family, c.target))) return false;
  const words = f.text.filter((d): d is Word => d !== "#");
  if (!words.every((w) => accepts(fin, w))) return false;
  if (!subsetByProduct(fin, trie(family.alphabet, words))) return false;
  const memo = new Map<number, boolean>();
  return guesses(learner, f.text)
    .slice(c.sigma.length)
    .every((g) => {
      if (O.isNone(g)) return true;
      let same = memo.get(g.value);
      if (same === undefined) {
        same = sameLanguage(member(family, g.value), fin);
        memo.set(g.value, same);
      }
      return !same;
    });
}

const arbZoo = fc.record({
  seed: fc.integer({ min: 0, max: 9999 }),
  members: fc.integer({ min: 4, max: 12 }),
  states: fc.integer({ min: 3, max: 5 }),
  target: fc.nat(),
  text: fc.integer({ min: 0, max: 0xffff }),
});

const a = unsafeAlphabet(["a"]);

/** The classes of the corollary, index 0 an infinite L∞ with all its initial finite subsets. */
const goldClasses = (): { name: string; family: Family }[] => [
  { name: "EX-GOLD", family: exGold() },
  { name: "EX-FT(a*)", family: exFt(orThrow(compile("a*", a)), "a*") },
  { name: "EX-FT((ab)*)", family: exFt(orThrow(compile("(ab)*")), "(ab)*") },
];

/** A learner with no locking sequence: `target` on even steps, `other` on odd ones. */
function parity(target: number, other: number): TextLearner {
  return {
    name: "parity",
    init: 0,
    step: (n) => (n as number) + 1,
    guess: (n) => O.some((n as number) % 2 === 0 ? target : other),
  };
}

/**
 * A user-written learner that never guesses L∞: the least member j ≥ 1 (in these layouts, the
 * least finite member) containing every word seen.
 */
function leastFinite(family: Family): TextLearner {
  type State = { readonly content: readonly Word[]; readonly j: number };
  return {
    name: "least finite member (user-written)",
    init: { content: [], j: 1 } satisfies State,
    step: (state, d) => {
      const s = state as State;
      if (d === "#") return s;
      const content = [...s.content, d];
      let j = s.j;
      while (!content.every((w) => accepts(member(family, j), w))) j++;
      return { content, j };
    },
    guess: (state) => O.some((state as State).j),
  };
}

function identifiableStar(): Family {
  return orThrow(
    finiteFamily([
      { dfa: orThrow(compile("a*", a)), name: "a*" },
      { dfa: finiteLanguage(a, [[]]) },
      { dfa: finiteLanguage(a, [[], [0]]) },
      { dfa: orThrow(compile("(aa)*", a)) },
    ]),
  );
}

const isLocking = (r: LockingResult): r is LockingCertificate => r.kind === "locking";

export const proof = defineProof({
  id: "C3",
  title: "Locking sequences (Blum & Blum 1975) and the failure on content(σ)",
  statement:
    "If a learner identifies L from text there is a finite σ ⊆ L with φ(σ) an index of L and φ(στ) = φ(σ) for every finite τ ⊆ L (Blum & Blum 1975). A locking sequence for an infinite L∞ makes φ fail on the finite language content(σ) (any finite member F ⊊ L∞ containing it): no learner identifies L∞ with its finite subsets.",
  shadow:
    "Random finite zoos (4–12 members, 3–5 states) with the tell-tale learner: every member locked within the bound (τ of ≤ 2 data, words of length ≤ 2) and still after 150 random-fair data; the enumeration learner on the first 60 members of EX-FIN-LAYERS(2) and (3), locked by exactly their words; every library text learner and a user-written one on EX-GOLD, EX-FT(a*) and EX-FT((ab)*): locked on L∞ (within the bound and on a 50-datum probe beyond it) and then wrong on a finite member at every step, or never locked within the bound.",
  check:
    "verifyLocking re-runs each learner from init on σ and on every τ within the bound (automata imports only); here the learner is folded over σ plus long random-fair texts, the failure member shown finite, a proper subset of L∞ and equal to the text's content by products against L∞ and a trie of the text's words, and every guess on the failure text compared with it by products.",
  control:
    "The parity learner (the member on even steps, another on odd ones) is unlocked by one pause per round: no locking sequence is found and its no-locking report verifies; where a* is identifiable (a*, {ε}, {ε, a}, (aa)*) the tell-tale learner is locked on a* with no failure witness, since no finite member holds content(σ); tampered certificates are rejected.",
  properties: [
    {
      name: "every member of a random finite zoo locks the tell-tale learner within the bound, and stays locked on 150 more random-fair data",
      role: "claim",
      runs: { fast: 25, deep: 250 },
      covers: ["finite target", "infinite target", "sigma of 3 data or more"],
      build: (ctx) =>
        fc.property(arbZoo, (z) => {
          const zoo = orThrow(exZoo(z.seed, { members: z.members, states: z.states }));
          const t = z.target % zoo.size;
          const learner = orThrow(tellTaleLearner(zoo)) as TextLearner;
          const r = orThrow(findLockingSequence(zoo, learner, { target: t, length: 2 }));
          if (!isLocking(r)) return false;
          const target = member(zoo, t);
          ctx.classify(isFinite(target) ? "finite target" : "infinite target");
          if (r.sigma.length >= 3) ctx.classify("sigma of 3 data or more");
          ctx.witness("sigma length", r.sigma.length);
          const more = take(randomText(target, z.text), 150);
          return (
            r.sigma.every((d) => d === "#" || accepts(target, d)) &&
            sameLanguage(member(zoo, r.guess), target) &&
            verifyLocking(zoo, learner, r) &&
            survives(learner, r, more)
          );
        }),
    },
    exhaustive({
      name: "the enumeration learner is locked on each of the first 60 members of EX-FIN-LAYERS(2) and (3) by exactly the member's words",
      role: "claim",
      covers: ["c = 2", "c = 3", "3 words"],
      cases: () => [2, 3].flatMap((c) => Array.from({ length: 60 }, (_, t) => ({ c, t }))),
      check: ({ c, t }, ctx) => {
        const fin = exFinLayers(c);
        const learner = enumerationLearner(fin) as TextLearner;
        const r = orThrow(findLockingSequence(fin, learner, { target: t }));
        if (!isLocking(r)) return false;
        const words = wordsOf(member(fin, t), 64);
        ctx.classify(`c = ${c}`);
        if (words.size === 3) ctx.classify("3 words");
        const content = contentOf(r.sigma);
        return (
          content.size === words.size &&
          [...content].every((w) => words.has(w)) &&
          verifyLocking(fin, learner, r) &&
          survives(learner, r, take(randomText(member(fin, t), t), 60))
        );
      },
    }),
    exhaustive({
      name: "every library text learner (and a user-written one) on EX-GOLD, EX-FT(a*) and EX-FT((ab)*) is either locked on L∞ and then wrong at every step on a text for a finite member, or never locked within the bound",
      role: "claim",
      covers: ["locked on L∞, wrong on a finite member", "never locked on L∞"],
      cases: () =>
        goldClasses().flatMap(({ name, family }) =>
          [...orThrow(textLearners(family)), leastFinite(family)].map((learner) => ({
            name,
            family,
            learner,
          })),
        ),
      show: ({ name, learner }) => `${learner.name} on ${name}`,
      check: ({ family, learner }, ctx) => {
        const l = learner as TextLearner;
        const r = orThrow(findLockingSequence(family, l, { target: 0, length: 4, sigma: 300 }));
        if (!verifyLocking(family, l, r)) return false;
        if (isLocking(r)) {
          ctx.classify("locked on L∞, wrong on a finite member");
          ctx.witness("failure text length", r.failure?.text.length ?? 0);
          return failsOnFinite(family, l, r);
        }
        ctx.classify("never locked on L∞");
        ctx.witness("rounds unlocked", r.rounds.length);
        return r.rounds.length > 0;
      },
    }),
    exhaustive({
      name: "the parity learner, which never converges, has no locking sequence: its report verifies round by round",
      role: "control",
      cases: () => [
        { family: exFinLayers(), target: 6, other: 5 },
        { family: exGold(), target: 0, other: 1 },
        { family: identifiableStar(), target: 0, other: 3 },
      ],
      show: ({ family, target }) => `${family.description}, member ${target}`,
      check: ({ family, target, other }, ctx) => {
        const l = parity(target, other);
        const r = orThrow(findLockingSequence(family, l, { target, sigma: 40 }));
        ctx.witness("rounds", r.kind === "no-locking" ? r.rounds.length : 0);
        return r.kind === "no-locking" && r.rounds.length > 10 && verifyLocking(family, l, r);
      },
    }),
    exhaustive({
      name: "where a* is identifiable, the tell-tale learner is locked on a* and no finite member holds content(σ): no failure witness",
      role: "control",
      cases: () => [identifiableStar()],
      check: (family) => {
        const l = orThrow(tellTaleLearner(family)) as TextLearner;
        const r = orThrow(findLockingSequence(family, l, { target: 0, length: 4 }));
        if (!isLocking(r) || r.failure !== undefined || !verifyLocking(family, l, r)) return false;
        const content = [...contentOf(r.sigma)];
        return [1, 2].every((j) => {
          const fin = wordsOf(member(family, j), 4);
          return content.some((w) => !fin.has(w));
        });
      },
    }),
    exhaustive({
      name: "tampered locking certificates (sigma shortened, another guess, a longer failure horizon) are rejected",
      role: "control",
      cases: () => ["sigma shortened", "another guess", "longer horizon"] as const,
      check: (how) => {
        const gold = exGold();
        const l = enumerationLearner(gold) as TextLearner;
        const r = orThrow(findLockingSequence(gold, l, { target: 0 }));
        if (!isLocking(r) || r.failure === undefined || !verifyLocking(gold, l, r)) return false;
        const bad: LockingCertificate =
          how === "sigma shortened"
            ? { ...r, sigma: r.sigma.slice(1), symbols: 0 }
            : how === "another guess"
              ? { ...r, guess: 1 }
              : { ...r, failure: { ...r.failure, horizon: r.failure.horizon + 1 } };
        return !verifyLocking(gold, l, bad);
      },
    }),
  ],
});
