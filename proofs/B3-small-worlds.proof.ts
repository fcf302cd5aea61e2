/**
 * B3 (THEORY.md, beyond the paper): exhaustive small-world checks.
 *
 * Statement. Over {a, b} there are exactly 2, 26 and 1054 languages whose minimal complete
 * DFAs have at most 1, 2 and 3 states (AMENDMENTS.md, issue 7), and on every one of the 1054
 * the library's verdicts are right: `minimize` finds the minimal size, `isStarFree` is
 * aperiodicity of the syntactic monoid (Schützenberger 1965) and `isRTrivial` is R-triviality
 * of the syntactic monoid (Brzozowski and Fich 1980).
 *
 * Finite shadow. All 5 898 complete DFAs with 1 to 3 states (start 0) are enumerated, not
 * sampled: bounded model checking of the classifiers on a whole domain. The classifiers are
 * also run on a non-minimal "twin" of each language's DFA (every state split in two by word
 * length parity), whose own transition monoid contains a group whenever a letter loops, so a
 * classifier that forgot to minimise would be caught.
 *
 * Independent check. Languages are told apart by their membership over the 31 words of length
 * ≤ 4, a complete invariant for DFAs with ≤ 3 states (proofs/support/small-world.ts); the first
 * DFA met per language has the fewest states, so it is the minimal DFA without calling
 * `minimize`. The syntactic monoid is built by composing the transformations of words of growing
 * length, aperiodicity is tested by powers, R-triviality by the definition on right ideals.
 *
 * Controls. The near-misses fail: signatures over words of length ≤ 3 merge distinct
 * languages (fewer than 1054 classes); the twin's own transition monoid is not aperiodic for
 * some star-free language, and the twin is not partially ordered for some R-trivial one, so the
 * sweeps can tell a classifier that skips minimisation from a correct one.
 *
 * The tell-tale learner (Angluin 1980, THEORY.md C4) on every family of up to three of the 26
 * languages with at most 2-state minimal DFAs (the 2 951 sets in index order; every order, 16 276
 * families, deep): its canonical tell-tales equal a brute-force construction from membership over
 * the words of length ≤ 4 (complete: a shortest word of L_i ∖ L_j has length < 2 · 2), and on
 * the shortlex text of each member (random-fair texts too, deep) it is right from the predicted
 * step (AMENDMENTS.md: T_t shown and every earlier member not containing L_t refuted,
 * proofs/support/tell-tale-law.ts) to 20 data past it. Control: the bound is not slack, since
 * for some family the learner is still wrong one step before the predicted step.
 */
import { dfaEquals, dfaHash } from "../src/automata/canonical.js";
import { transitionMonoid } from "../src/automata/classify/monoid.js";
import { isPartiallyOrdered, isRTrivial } from "../src/automata/classify/r-trivial.js";
import { isAperiodic, isStarFree } from "../src/automata/classify/star-free.js";
import {
  acceptingStates,
  type Dfa,
  makeDfa,
  stateCount,
  transitionTable,
} from "../src/automata/dfa.js";
import { minimize } from "../src/automata/minimize.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { type LawText, lawFamily, lawRun, smallFamilies } from "./support/small-families.js";
import {
  bruteAperiodic,
  bruteMonoid,
  bruteRTrivial,
  type SmallLanguage,
  signature,
  smallWorld,
  tables,
  wordsUpTo,
} from "./support/small-world.js";
import { rightFrom, settledFrom } from "./support/tell-tale-law.js";

/** The pinned counts of languages with minimal size ≤ n (AMENDMENTS.md, issue 7). */
const COUNTS = [
  { states: 1, languages: 2 },
  { states: 2, languages: 26 },
  { states: 3, languages: 1054 },
] as const;

/** The same language on twice the states: (q, i) goes to (δ(q, s), 1 − i). */
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

function starFree(d: Dfa): boolean {
  return orThrow(isStarFree(d));
}

const show = (l: SmallLanguage): string =>
  `${JSON.stringify(transitionTable(l.minimal))} accepting ${JSON.stringify(acceptingStates(l.minimal))}`;

const world = (): SmallLanguage[] => smallWorld(3);

/** A small family (indices into the 26 languages) and the texts its members are shown in. */
interface LawCase {
  readonly languages: readonly number[];
  readonly texts: readonly LawText[];
}

const lawCases = (deep: boolean): LawCase[] =>
  smallFamilies(deep).map((languages) => ({
    languages,
    texts: deep ? ["shortlex", "random"] : ["shortlex"],
  }));

export const proof = defineProof({
  id: "B3",
  title:
    "Exhaustive small worlds: every minimal DFA with up to 3 states over {a, b}, every family of up to three 2-state languages",
  statement:
    "Over {a, b} exactly 2, 26 and 1054 languages have minimal complete DFAs with at most 1, 2 and 3 states; on each of them minimisation gives the minimal size, isStarFree decides aperiodicity of the syntactic monoid (Schützenberger 1965) and isRTrivial its R-triviality (Brzozowski–Fich 1980); and on every family of up to three languages with at most 2-state minimal DFAs the tell-tale learner is right from its predicted convergence step (Angluin 1980; AMENDMENTS.md).",
  shadow:
    "All 5898 complete DFAs with 1–3 states over {a, b} are enumerated (bounded model checking, not sampling), and the classifiers also run on a non-minimal twin of each language's DFA, so a classifier that skipped minimisation would fail; all 2951 sets (16 276 ordered families, deep) of up to three of the 26 languages with ≤ 2 states run the tell-tale learner on each member's shortlex (and, deep, random-fair) text.",
  check:
    "Languages are told apart by membership over the 31 words of length ≤ 4 (complete for ≤ 3 states); the first DFA met per language is minimal by construction; the monoid is built by composing word transformations, aperiodicity tested by powers and R-triviality by distinct right ideals: no library classifier or minimiser is used. Tell-tales against a membership table over words of length ≤ 4, the predicted step read off the data, guesses compared with the target by products.",
  control:
    "Signatures over words of length ≤ 3 merge languages (fewer than 1054 classes); the twin's own transition monoid is not aperiodic for some star-free language and the twin is not partially ordered for some R-trivial one; for some small family the tell-tale learner is still wrong one step before the predicted step (the bound is not slack).",
  properties: [
    exhaustive({
      name: "there are 2, 26 and 1054 languages with minimal DFAs of at most 1, 2 and 3 states, counted by signatures and by minimisation alike",
      role: "claim",
      covers: ["at most 3 states"],
      cases: () => [...COUNTS],
      check: ({ states, languages }, ctx) => {
        ctx.classify(`at most ${states} states`);
        const words = wordsUpTo(4);
        // signature ↔ canonical minimal DFA must be a bijection over every DFA enumerated
        const bySignature = new Map<string, Dfa>();
        const byMinimal = new Map<number, { dfa: Dfa; signature: string }[]>();
        let dfas = 0;
        for (let n = 1; n <= states; n++)
          for (const d of tables(n)) {
            dfas++;
            const s = signature(d, words);
            const m = minimize(d);
            const known = bySignature.get(s);
            if (known !== undefined && !dfaEquals(known, m)) return false;
            bySignature.set(s, m);
            const bucket = byMinimal.get(dfaHash(m)) ?? [];
            const twinOf = bucket.find((e) => dfaEquals(e.dfa, m));
            if (twinOf !== undefined && twinOf.signature !== s) return false;
            if (twinOf === undefined) bucket.push({ dfa: m, signature: s });
            byMinimal.set(dfaHash(m), bucket);
          }
        const minimalForms = [...byMinimal.values()].reduce((n, b) => n + b.length, 0);
        ctx.witness(`DFAs with at most ${states} states`, dfas);
        ctx.witness(`languages of minimal size at most ${states}`, bySignature.size);
        return (
          bySignature.size === languages &&
          minimalForms === languages &&
          smallWorld(states).length === languages
        );
      },
    }),
    exhaustive({
      name: "minimize gives each of the 1054 languages its brute-force minimal size and one canonical DFA from any representative",
      role: "claim",
      chunks: 4,
      covers: ["1 state", "2 states", "3 states"],
      cases: world,
      check: (l, ctx) => {
        const m = minimize(l.largest);
        const n = l.minimal.states;
        ctx.classify(n === 1 ? "1 state" : `${n} states`);
        ctx.witness("minimal size", stateCount(m));
        return (
          stateCount(m) === n &&
          dfaEquals(m, minimize(l.minimal)) &&
          dfaEquals(minimize(twin(l.largest)), m)
        );
      },
      show,
    }),
    exhaustive({
      name: "isStarFree is aperiodicity of the syntactic monoid on each of the 1054 languages, from the minimal DFA and from its twin",
      role: "claim",
      chunks: 4,
      covers: ["star-free", "not star-free"],
      cases: world,
      check: (l, ctx) => {
        const monoid = bruteMonoid(l.minimal);
        const expected = bruteAperiodic(monoid);
        ctx.classify(expected ? "star-free" : "not star-free");
        ctx.witness("syntactic monoid size", monoid.length);
        return starFree(l.minimal) === expected && starFree(twin(l.largest)) === expected;
      },
      show,
    }),
    exhaustive({
      name: "isRTrivial is R-triviality of the syntactic monoid on each of the 1054 languages, and every R-trivial one is star-free",
      role: "claim",
      chunks: 4,
      covers: ["R-trivial", "not R-trivial"],
      cases: world,
      check: (l, ctx) => {
        const monoid = bruteMonoid(l.minimal);
        const expected = bruteRTrivial(monoid);
        ctx.classify(expected ? "R-trivial" : "not R-trivial");
        return (
          isRTrivial(l.minimal) === expected &&
          isRTrivial(twin(l.largest)) === expected &&
          (!expected || bruteAperiodic(monoid))
        );
      },
      show,
    }),
    exhaustive({
      name: "on every family of up to three languages with at most 2-state minimal DFAs the tell-tales are canonical and the tell-tale learner is right from the predicted step on texts of each member",
      role: "claim",
      chunks: 4,
      covers: [
        "1 language",
        "2 languages",
        "3 languages",
        "converged exactly at a predicted step > 1",
      ],
      cases: ({ mode }) => lawCases(mode === "deep"),
      check: (c, ctx) => {
        const n = c.languages.length;
        ctx.classify(n === 1 ? "1 language" : `${n} languages`);
        const family = lawFamily(c.languages);
        for (let t = 0; t < n; t++)
          for (const kind of c.texts) {
            const r = lawRun(family, t, kind);
            const settled = settledFrom(r.guesses);
            if (!r.right || settled > r.step) return false;
            if (r.step > 1 && settled === r.step)
              ctx.classify("converged exactly at a predicted step > 1");
            ctx.witness("predicted step", r.step);
          }
        return true;
      },
      show: (c) => `languages ${c.languages.join(", ")} of the 26`,
    }),
    exhaustive({
      name: "signatures over words of length at most 3 merge distinct languages: fewer than 1054 classes",
      role: "control",
      cases: () => [3],
      check: (length, ctx) => {
        const classes = smallWorld(3, length).length;
        ctx.witness("classes", classes);
        return classes < 1054;
      },
    }),
    exhaustive({
      name: "a star-free classifier that skips minimisation is caught: the twin's own transition monoid is not aperiodic for some star-free language",
      role: "control",
      cases: () => [world()],
      check: (languages, ctx) => {
        let caught = 0;
        for (const l of languages) {
          const m = orThrow(transitionMonoid(twin(l.minimal)));
          if (isAperiodic(m) !== bruteAperiodic(bruteMonoid(l.minimal))) caught++;
        }
        ctx.witness("languages caught", caught);
        return caught > 0;
      },
      show: (languages) => `${languages.length} languages`,
    }),
    exhaustive({
      name: "an R-trivial classifier that skips minimisation is caught: the twin is not partially ordered for some R-trivial language",
      role: "control",
      cases: () => [world()],
      check: (languages, ctx) => {
        let caught = 0;
        for (const l of languages)
          if (isPartiallyOrdered(twin(l.minimal)) !== bruteRTrivial(bruteMonoid(l.minimal)))
            caught++;
        ctx.witness("languages caught", caught);
        return caught > 0;
      },
      show: (languages) => `${languages.length} languages`,
    }),
    exhaustive({
      name: "the tell-tale learner's predicted step is not slack: for some small family the learner is still wrong one step before it",
      role: "control",
      cases: () => [smallFamilies(false)],
      check: (families, ctx) => {
        let early = 0;
        for (const languages of families) {
          const family = lawFamily(languages);
          for (let t = 0; t < languages.length; t++) {
            const r = lawRun(family, t, "shortlex");
            if (r.step > 1 && !rightFrom(family, t, r.guesses, r.step - 1)) early++;
          }
        }
        ctx.witness("targets wrong one step before the predicted step", early);
        return early > 0;
      },
      show: (families) => `${families.length} families`,
    }),
  ],
});
