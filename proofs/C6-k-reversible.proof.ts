/**
 * C6 (THEORY.md): Angluin 1982, k-reversible languages.
 *
 * Statement. For each fixed k the k-reversible languages are identifiable from text: k-RI
 * (ZR for k = 0, near-linear) outputs the smallest k-reversible language containing the sample,
 * and every k-reversible L has a finite characteristic sample S (S ⊆ S' ⊆ L ⇒ the output on S'
 * is L), so on any text for L the guesses converge to L (Angluin 1982, "Inference of reversible
 * languages"). Every finite language whose longest word has length m is k-reversible for k ≥ m,
 * so the union over all k contains every finite language and infinite ones (a*): it is
 * superfinite and not identifiable from text. Bounded capacity is attributable, unbounded is not.
 *
 * Finite shadow. (1) The whole small world: each of the 1054 languages with minimal DFAs of at
 * most 3 states over {a, b} that is k-reversible for some k ≤ 2, learned by k-RI (and ZR for
 * k = 0) from its characteristic sample, for its least k and the next two. (2) Random
 * zero-reversible targets with up to 12 states (30 deep) over 1–3 letters, built directly (each
 * letter a partial injection, one accepting state; no filtering), learned by ZR and 1-RI from
 * their characteristic samples and from random samples between those and L. (3) Random finite
 * languages of longest length m are m-reversible and m-RI returns them unchanged; the
 * hierarchy is strict: {ε, a, …, a^(k+1)} is (k+1)- but not k-reversible, and k-RI
 * overgeneralises it to a*. Not a restatement: the characteristic samples are built here from
 * the target's automaton, and the inferrers see only the words.
 *
 * Independent check. k-reversibility is decided from Angluin's definition (k-leaders on the
 * useful part of the minimal DFA, proofs/support/reversible.ts), not by the inferrers; the
 * outputs are compared with the targets by `equivalent` (and with the canonical minimal DFA by
 * `dfaEquals`); finite languages by a trie built from the words; sample words are run on the
 * target.
 *
 * Control. a*b* is not 0-reversible (its two accepting states share the 0-leader ε), so ZR,
 * whose outputs are always 0-reversible, learns it from none of its samples: every subset of
 * its words up to length 3, and random samples up to length 6, give another language (some
 * overgeneralised, some undergeneralised), while 1-RI learns it from its characteristic sample
 * (part of (1)).
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { unsafeAlphabet } from "../src/automata/alphabet.js";
import { dfaEquals } from "../src/automata/canonical.js";
import { compile } from "../src/automata/compile.js";
import { isFinite as isFiniteLanguage } from "../src/automata/decide.js";
import { accepts, type Dfa, stateCount } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { isSubset } from "../src/automata/inclusion.js";
import { minimize } from "../src/automata/minimize.js";
import { reachable, useful } from "../src/automata/reach.js";
import type { Word } from "../src/automata/word.js";
import { kReversible } from "../src/identification/passive/k-reversible.js";
import { zeroReversible } from "../src/identification/passive/zero-reversible.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { firstWords, trie } from "./support/finite-languages.js";
import { orThrow } from "./support/or-throw.js";
import {
  characteristicSample,
  injectionDfa,
  isKReversible,
  reversibilityIndex,
} from "./support/reversible.js";
import { ab, smallWorld } from "./support/small-world.js";

const a = unsafeAlphabet(["a"]);
const abc = unsafeAlphabet(["a", "b", "c"]);

/** The useful states of d: n in the characteristic sample's length bound 2n − 1 + k. */
const usefulCount = (d: Dfa): number => useful(d).reduce((n, u) => n + u, 0);

/** Learns `target` with k-RI (and ZR when k = 0) from `sample`; true when exact both ways. */
function learns(target: Dfa, sample: readonly Word[], k: number): boolean {
  const out = orThrow(kReversible(sample, target.alphabet, k));
  const zr = k === 0 ? [zeroReversible(sample, target.alphabet)] : [];
  return [out, ...zr].every(
    (d) => O.isNone(equivalent(d, target)) && dfaEquals(minimize(d), minimize(target)),
  );
}

/** A characteristic sample checked: inside L and within Angluin's length bound 2n − 1 + k. */
function checkedSample(target: Dfa, k: number): Word[] {
  const s = characteristicSample(target, k);
  const longest = 2 * usefulCount(target) - 1 + k;
  if (!s.every((w) => accepts(target, w) && w.length <= longest))
    throw new Error(`the characteristic sample leaves L or the bound ${longest}`);
  return s;
}

/** A zero-reversible target, built directly from partial injections (one per letter). */
interface ZeroReversibleTarget {
  readonly dfa: Dfa;
  readonly states: number;
  readonly letters: number;
}

function arbZeroReversible(deep: boolean): fc.Arbitrary<ZeroReversibleTarget> {
  const perLetter = (n: number) =>
    fc.record({
      keys: fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }),
      defined: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    });
  return fc
    .record({
      n: fc.integer({ min: 1, max: deep ? 30 : 12 }),
      letters: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ n, letters }) =>
      fc.record({
        n: fc.constant(n),
        letters: fc.constant(letters),
        tables: fc.array(perLetter(n), { minLength: letters, maxLength: letters }),
        accept: fc.nat(),
      }),
    )
    .map(({ n, letters, tables, accept }) => {
      const sigma = letters === 1 ? a : letters === 2 ? ab : abc;
      const images = tables.map(({ keys, defined }) => {
        const perm = keys.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
        return perm.map(([, image], q) => ((defined[q] ?? 0) === 0 ? -1 : image));
      });
      const shape = injectionDfa(sigma, { states: n, images, accepting: 0 });
      const seen = reachable(shape);
      const candidates = [...seen.keys()].filter((q) => seen[q] === 1 && q < n);
      const f = candidates[accept % candidates.length] as number;
      const dfa = minimize(injectionDfa(sigma, { states: n, images, accepting: f }));
      return { dfa, states: n, letters };
    });
}

/** The languages of the small world that are k-reversible for some k ≤ 2 (none needs 3 or 4), with that least k. */
function reversibleWorld(): { dfa: Dfa; least: number; k: number }[] {
  return smallWorld(3).flatMap((l) => {
    const dfa = minimize(l.minimal);
    const least = reversibilityIndex(dfa, 2);
    return least === undefined ? [] : [0, 1, 2].map((j) => ({ dfa, least, k: least + j }));
  });
}

/** Every subset of a word list, as bit masks. */
const subsets = <T>(xs: readonly T[]): T[][] =>
  Array.from({ length: 2 ** xs.length }, (_, m) => xs.filter((_, i) => ((m >> i) & 1) === 1));

const aStarBStar = (): Dfa => orThrow(compile("a*b*", ab));

const arbWords = fc.uniqueArray(fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 6 }), {
  maxLength: 8,
  selector: (w) => w.join(""),
});

export const proof = defineProof({
  id: "C6",
  title: "k-reversible languages are learnable from text (Angluin 1982)",
  statement:
    "For each fixed k, k-RI (ZR for k = 0) outputs the smallest k-reversible language containing its sample, and every k-reversible language has a finite characteristic sample, so the class is identifiable from text (Angluin 1982); every finite language with longest word of length m is k-reversible for k ≥ m, so the union over k is superfinite and not identifiable from text.",
  shadow:
    "Every language of the small world (minimal DFAs ≤ 3 states over {a, b}) that is k-reversible for some k ≤ 2, learned by k-RI (and ZR) from its characteristic sample for its least k and the next two; random zero-reversible targets built from partial injections (≤ 12 states, 30 deep) learned by ZR and 1-RI from characteristic samples and any larger sample inside L; random finite languages returned unchanged by m-RI; {ε, …, a^(k+1)} is (k+1)- but not k-reversible and k-RI gives a*.",
  check:
    "k-reversibility from Angluin's definition (k-leaders on the useful part of the minimal DFA), not from the inferrers; outputs compared with targets by `equivalent` and canonical minimal DFAs; finite languages against a trie built from the words; every sample word run on the target.",
  control:
    "a*b* is not 0-reversible: ZR (whose outputs are 0-reversible) learns it from no sample: every subset of its words up to length 3 and random samples up to length 6 give another language, overgeneralised or undergeneralised; 1-RI learns it from its characteristic sample.",
  properties: [
    exhaustive({
      name: "every k-reversible language of the small world (k ≤ 2) is learned exactly by k-RI, and by ZR for k = 0, from its characteristic sample, for its least k and the next two",
      role: "claim",
      chunks: 2,
      covers: ["0-reversible", "1-reversible, not 0", "2-reversible, not 1"],
      cases: reversibleWorld,
      check: ({ dfa, least, k }, ctx) => {
        if (k === least)
          ctx.classify(least === 0 ? "0-reversible" : `${least}-reversible, not ${least - 1}`);
        const sample = checkedSample(dfa, k);
        ctx.witness(`characteristic sample size, k = ${k}`, sample.length);
        ctx.witness("minimal size", stateCount(dfa));
        return learns(dfa, sample, k);
      },
    }),
    {
      name: "random zero-reversible targets are learned exactly by ZR and 1-RI from their characteristic samples and from every larger sample inside the language",
      role: "claim",
      runs: { fast: 80, deep: 800 },
      covers: ["infinite", "finite", "at least 6 states", "3 letters"],
      build: (ctx) =>
        fc.property(arbZeroReversible(ctx.mode === "deep"), fc.array(fc.nat(29)), (t, extra) => {
          const n = stateCount(t.dfa);
          ctx.classify(isFiniteLanguage(t.dfa) ? "finite" : "infinite");
          if (n >= 6) ctx.classify("at least 6 states");
          if (t.letters === 3) ctx.classify("3 letters");
          ctx.witness("minimal size", n);
          const more = firstWords(t.dfa, 30);
          const larger = (s: Word[]) => [...s, ...extra.flatMap((i) => more.slice(i, i + 1))];
          const zero = checkedSample(t.dfa, 0);
          const one = checkedSample(t.dfa, 1);
          ctx.witness("characteristic sample size, k = 0", zero.length);
          return (
            isKReversible(t.dfa, 0) &&
            learns(t.dfa, zero, 0) &&
            learns(t.dfa, larger(zero), 0) &&
            learns(t.dfa, one, 1) &&
            learns(t.dfa, larger(one), 1)
          );
        }),
    },
    {
      name: "every finite language whose longest word has length m is m-reversible, and m-RI returns it unchanged",
      role: "claim",
      covers: ["∅", "longest word of length 6", "at least 5 words"],
      build: (ctx) =>
        fc.property(arbWords, (words) => {
          const m = Math.max(0, ...words.map((w) => w.length));
          if (words.length === 0) ctx.classify("∅");
          if (m === 6) ctx.classify("longest word of length 6");
          if (words.length >= 5) ctx.classify("at least 5 words");
          const t = trie(ab, words);
          const out = orThrow(kReversible(words, ab, m));
          ctx.witness("m", m);
          return isKReversible(minimize(t), m) && O.isNone(equivalent(out, t));
        }),
    },
    exhaustive({
      name: "the hierarchy is strict: {ε, a, …, a^(k+1)} is (k+1)- but not k-reversible, k-RI overgeneralises it to a* and (k+1)-RI returns it",
      role: "claim",
      covers: ["k = 0", "k ≥ 5"],
      cases: ({ mode }) => Array.from({ length: mode === "deep" ? 11 : 7 }, (_, k) => k),
      check: (k, ctx) => {
        ctx.classify(k === 0 ? "k = 0" : k >= 5 ? "k ≥ 5" : "1 ≤ k ≤ 4");
        const words = Array.from({ length: k + 2 }, (_, i) => new Array<number>(i).fill(0));
        const finite = minimize(trie(a, words));
        const star = orThrow(compile("a*", a));
        const bounded = orThrow(kReversible(words, a, k));
        const enough = orThrow(kReversible(words, a, k + 1));
        return (
          !isKReversible(finite, k) &&
          isKReversible(finite, k + 1) &&
          O.isNone(equivalent(bounded, star)) &&
          O.isNone(equivalent(enough, finite))
        );
      },
    }),
    exhaustive({
      name: "a*b* is not 0-reversible and ZR learns it from none of the subsets of its words up to length 3",
      role: "control",
      covers: ["overgeneralised", "undergeneralised"],
      cases: () => subsets(firstWords(aStarBStar(), 10)),
      check: (sample, ctx) => {
        const l = aStarBStar();
        const out = zeroReversible(sample, ab);
        ctx.classify(isSubset(out, l) ? "undergeneralised" : "overgeneralised");
        return !isKReversible(l, 0) && isKReversible(out, 0) && O.isSome(equivalent(out, l));
      },
    }),
    {
      name: "nor does ZR learn a*b* from random samples of its words up to length 6",
      role: "control",
      covers: ["overgeneralised", "undergeneralised"],
      build: (ctx) =>
        fc.property(fc.subarray(firstWords(aStarBStar(), 28)), (sample) => {
          const l = aStarBStar();
          const out = zeroReversible(sample, ab);
          ctx.classify(isSubset(out, l) ? "undergeneralised" : "overgeneralised");
          ctx.witness("sample size", sample.length);
          return isKReversible(out, 0) && O.isSome(equivalent(out, l));
        }),
    },
  ],
});
