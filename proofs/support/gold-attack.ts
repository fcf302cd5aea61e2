/**
 * Gold's adversary in the proofs (THEORY.md C2, P4/R1, B2, P5): running it against a learner,
 * a second check of its certificates that shares no code with the adversary or with the
 * library's verifier, and user-style learners written the way an outside user would write them.
 *
 * The re-check replays the learner with its own loop and counts mind changes itself, checks
 * every word of the text by running the member's automaton and, when Σ^≤(longest word) is
 * small, by an explicit shortlex enumeration of Σ*, compares a finite member's words with the
 * text's content, and compares the last guesses with the member by products.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { enumerate } from "../../src/automata/count/enumerate.js";
import { isFinite as finiteLanguage } from "../../src/automata/decide.js";
import { accepts, type Dfa } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";
import { type GoldOptions, goldAdversary } from "../../src/identification/adversary/gold.js";
import type { Certificate } from "../../src/identification/certificate/types.js";
import type { TextDatum } from "../../src/identification/datum.js";
import { exFinLayers } from "../../src/identification/family/examples.js";
import { type Family, indexedFamily, member } from "../../src/identification/family/family.js";
import { finiteLanguage as wordsLanguage } from "../../src/identification/family/finite-language.js";
import { learners } from "../../src/identification/learner/catalogue.js";
import type { Learner } from "../../src/identification/learner/learner.js";
import type { ProofContext } from "../../src/proof/types.js";
import { orThrow } from "./or-throw.js";
import { properSubsetByProduct, subsetByProduct } from "./products.js";
import { lengthWithin, sigmaStar } from "./shortlex.js";

const key = (w: readonly number[]): string => w.join(",");

/**
 * The adversary's certificate against `learner`; throws (a failed property) on a `Left`.
 *
 * @example
 * ```ts
 * attack(exGold(), learner, { mindChanges: 20, horizon: 200 }).kind; // "mind-changes" or "stuck"
 * ```
 */
export function attack(
  family: Family,
  learner: Learner<unknown, TextDatum>,
  options: GoldOptions,
): Certificate {
  const c = goldAdversary(family, learner, options);
  if (E.isLeft(c)) throw new Error(`the adversary gave no certificate: ${c.left.message}`);
  return c.right;
}

/** Is every word of `words` in L(d)? By running d, and by enumerating Σ* when that is small. */
function allIn(d: Dfa, words: readonly Word[]): boolean {
  if (!words.every((w) => accepts(d, w))) return false;
  const longest = Math.max(0, ...words.map((w) => w.length));
  const k = d.alphabet.symbols.length;
  if (lengthWithin(k, 1 << 16) < longest) return true;
  const listed = new Set<string>();
  for (const w of sigmaStar(k)) {
    if (w.length > longest) break;
    if (accepts(d, w)) listed.add(key(w));
  }
  return words.every((w) => listed.has(key(w)));
}

/**
 * What is wrong with a certificate by this file's own checks, or undefined when it holds. The
 * text must be a run of data over the alphabet; `mind-changes`: exactly `changes` mind changes
 * on replay, every word in member 0, which is infinite; `stuck`: every word in the member, the
 * whole finite member shown (or, for an infinite one, every member word up to the longest word
 * shown), at least `horizon` data, and none of the last `horizon` guesses with its language.
 *
 * @example
 * ```ts
 * recheck(exGold(), learner, cert); // undefined
 * recheck(exGold(), learner, { ...cert, text: cert.text.slice(1) }); // "replay gives 19 mind changes, …"
 * ```
 */
export function recheck(
  family: Family,
  learner: Learner<unknown, TextDatum>,
  cert: Certificate,
): string | undefined {
  const data = cert.text as TextDatum[];
  const words = data.filter((d): d is Word => d !== "#");
  if (cert.symbols !== words.reduce((n, w) => n + w.length, 0)) return "wrong symbol count";
  const guesses: (number | null)[] = [];
  let s = learner.init;
  for (const d of data) {
    s = learner.step(s, d);
    const g = learner.guess(s);
    guesses.push(O.isSome(g) ? g.value : null);
  }
  if (cert.kind === "mind-changes") {
    let changes = 0;
    let last: number | null = null;
    for (const g of guesses)
      if (g !== null) {
        if (last !== null && g !== last) changes++;
        last = g;
      }
    if (changes !== cert.changes)
      return `replay gives ${changes} mind changes, not ${cert.changes}`;
    const base = member(family, 0);
    if (finiteLanguage(base)) return "member 0 is finite";
    return allIn(base, words) ? undefined : "a word of the text is not in member 0";
  }
  const m = cert.member;
  if (!(Number.isInteger(m) && m >= 0 && m < family.size)) return `member ${m} is not an index`;
  const target = member(family, m);
  if (!allIn(target, words)) return `a word of the text is not in member ${m}`;
  const content = new Set(words.map(key));
  const longest = Math.max(0, ...words.map((w) => w.length));
  const finite = finiteLanguage(target);
  for (const w of enumerate(target)) {
    if (!finite && w.length > longest) break;
    if (!content.has(key(w))) return `member ${m}'s word ${key(w)} is never shown`;
  }
  if (data.length < cert.horizon) return "the text is shorter than the horizon";
  const last = guesses.slice(data.length - cert.horizon);
  const same = (g: number): boolean =>
    g >= 0 &&
    g < family.size &&
    subsetByProduct(member(family, g), target) &&
    subsetByProduct(target, member(family, g));
  return last.some((g) => g !== null && same(g))
    ? `a guess of the last ${cert.horizon} steps has member ${m}'s language`
    : undefined;
}

/**
 * The subsets of L∞ with at most c words, laid out as `exFinLayers(c)` lays out those of a*
 * (member i: the words w_e of L∞ for the exponents a^e of EX-FIN-LAYERS' member i), with
 * layout "fin-layers": the finite-member restriction of EX-FT over `base`, the control.
 *
 * @example
 * ```ts
 * member(finLayersOver(abStar, 2), 6); // {ab, abab}: exFinLayers(2)'s {a, aa}
 * ```
 */
export function finLayersOver(base: Dfa, c: number, name: string): Family {
  const layers = exFinLayers(c);
  const words: Word[] = [];
  const it = enumerate(base)[Symbol.iterator]();
  const nth = (e: number): Word => {
    while (words.length <= e) words.push(it.next().value as Word);
    return words[e] as Word;
  };
  return indexedFamily({
    alphabet: base.alphabet,
    size: Number.POSITIVE_INFINITY,
    description: `the subsets of ${name} with at most ${c} words`,
    layout: "fin-layers",
    base,
    capacity: c,
    member: (i) => ({
      dfa: wordsLanguage(
        base.alphabet,
        [...enumerate(member(layers, i))].map((a) => nth(a.length)),
      ),
    }),
  });
}

/**
 * The shortlex rank of a word in L(base) by enumerating the base (−1 for a word outside it:
 * the enumeration has passed its length, or ended).
 */
function ranker(base: Dfa): (w: Word) => number {
  const ranks = new Map<string, number>();
  const it = enumerate(base)[Symbol.iterator]();
  let reached = 0;
  return (w) => {
    const k = key(w);
    while (!ranks.has(k) && reached <= w.length) {
      const r = it.next();
      if (r.done === true) break;
      ranks.set(key(r.value), ranks.size);
      reached = r.value.length;
    }
    return ranks.get(k) ?? -1;
  };
}

/**
 * A user-style learner for the layouts gold and ft: guess F_m, m the largest shortlex rank in
 * L∞ of a word seen (index m + 1), which is conservative and identifies every finite member;
 * with `patience` K it guesses L∞ (index 0) instead once m ≥ K.
 *
 * @example
 * ```ts
 * runLearner(rankLearner(exGold()), [[0, 0], []]).hypotheses; // [3, 3]
 * ```
 */
export function rankLearner(family: Family, patience?: number): Learner<number, TextDatum> {
  const rank = ranker(family.base as Dfa);
  const name =
    patience === undefined ? "user: largest rank" : `user: largest rank, L∞ after ${patience}`;
  return {
    name,
    init: -1,
    step: (m, d) => (d === "#" ? m : Math.max(m, rank(d))),
    guess: (m) => (m < 0 ? O.none : O.some(patience !== undefined && m >= patience ? 0 : m + 1)),
  };
}

/**
 * A user-style learner for EX-COFIN: guess a* ∖ {a^m} for the least a^m not yet seen (index
 * m + 1); it identifies every member except a*.
 *
 * @example
 * ```ts
 * runLearner(holeLearner(), [[], [0, 0]]).hypotheses; // [2, 2]: a is the least unseen
 * ```
 */
export function holeLearner(): Learner<readonly boolean[], TextDatum> {
  const least = (seen: readonly boolean[]): number => {
    const i = seen.indexOf(false);
    return i < 0 ? seen.length : i;
  };
  return {
    name: "user: least unseen hole",
    init: [],
    step: (seen, d) => {
      if (d === "#" || seen[d.length] === true) return seen;
      const next = [...seen];
      while (next.length <= d.length) next.push(false);
      next[d.length] = true;
      return next;
    },
    guess: (seen) => O.some(least(seen) + 1),
  };
}

/**
 * A user-style learner that always guesses index 0 (the infinite member).
 *
 * @example
 * ```ts
 * runLearner(alwaysBase(), [[0]]).hypotheses; // [0]
 * ```
 */
export function alwaysBase(): Learner<null, TextDatum> {
  return { name: "user: always L∞", init: null, step: () => null, guess: () => O.some(0) };
}

/**
 * Is L_j a proper subset of L_0 for every j ≥ 1 below `n` (the family lies under its base)?
 * By products.
 *
 * @example
 * ```ts
 * underBase(exGold(), 10); // true
 * ```
 */
export function underBase(family: Family, n: number): boolean {
  const base = member(family, 0);
  return Array.from({ length: n - 1 }, (_, j) => j + 1).every((j) =>
    properSubsetByProduct(member(family, j), base),
  );
}

/**
 * Records a certificate's witness sizes and kind in a property's context.
 *
 * @example
 * ```ts
 * recordCertificate(ctx, attack(exGold(), learner, { mindChanges: 20, horizon: 200 }));
 * ```
 */
export function recordCertificate(
  ctx: Pick<ProofContext, "witness" | "classify">,
  c: Certificate,
): void {
  ctx.classify(c.kind);
  ctx.witness("text length", c.text.length);
  ctx.witness("symbols", c.symbols);
  if (c.kind === "mind-changes") ctx.witness("mind changes forced", c.changes);
  else ctx.witness("stuck member", c.member);
}

/**
 * Arbitraries of the library's odd learners with their parameters (randomised, delaying,
 * tell-tale with a window), one per kind, for `fc.oneof(...oddVariants, …)`.
 *
 * @example
 * ```ts
 * const arb = fc.oneof(...oddVariants);
 * ```
 */
export const oddVariants = [
  fc.record({
    kind: fc.constant("randomised" as const),
    seed: fc.nat(),
    choices: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant("delaying" as const), delay: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ kind: fc.constant("tell-tale" as const), members: fc.integer({ min: 8, max: 96 }) }),
] as const;

/** One drawn odd learner: what {@link oddVariants} generate. */
export type OddVariant = (typeof oddVariants)[number] extends fc.Arbitrary<infer T> ? T : never;

/**
 * The library learner an {@link OddVariant} names, over `family`.
 *
 * @example
 * ```ts
 * oddLearner(exGold(), { kind: "delaying", delay: 3 }).name; // "delaying(…, 3)"
 * ```
 */
export function oddLearner(family: Family, v: OddVariant): Learner<unknown, TextDatum> {
  if (v.kind === "randomised")
    return orThrow(learners.randomised(family, { seed: v.seed % 2 ** 32, choices: v.choices }));
  if (v.kind === "delaying") return orThrow(learners.delaying(family, { delay: v.delay }));
  return orThrow(learners["tell-tale"](family, { members: v.members }));
}
