/**
 * C7 (THEORY.md): Angluin 1987, L*, and its successors.
 *
 * Statement. With a minimally adequate teacher (membership queries, and equivalence queries
 * answered by a counterexample), L* learns the minimal DFA of every regular target exactly, in
 * time polynomial in n (the target's minimal size) and m (the longest counterexample): at most
 * n equivalence queries, since each counterexample adds a state, and at most
 * (k+1)(n + m(n−1))n membership queries over k letters, O(k·m·n²) (Angluin 1987, "Learning
 * regular sets from queries and counterexamples"). The successors keep exactness and the n
 * equivalence queries while asking fewer membership queries: Rivest and Schapire's (1993)
 * counterexample processing, Kearns and Vazirani's (1994) discrimination tree, L# (Vaandrager,
 * Melse, Garhewal, Rot, Wißmann 2022). TTT (Isberner et al. 2014) is cited, not in the library.
 *
 * Finite shadow. Seeded random minimal targets (`randomMinimalTarget`: exactly n states, sink
 * included) over 1 to 3 letters (4 in deep mode), n up to 12 (40 in deep mode), each learned
 * by L* with Angluin's processing, L* with Rivest–Schapire's, Kearns–Vazirani and L#, against
 * the exact teacher. Every result must be exact and of size n, every run must use at most n
 * equivalence queries, and both L* runs must stay within Angluin's bound computed from the
 * run's own m. This is not a restatement: the learners never see the target, only answers,
 * and the checks below never look at how the hypothesis was built.
 *
 * Independent check. Exactness three ways, none of them the learner: `equivalent` (a product
 * search for a word of the symmetric difference), the canonical minimal form (`minimize` then
 * `dfaEquals`: the same arrays as the target), and explicit enumeration (both automata run on
 * every word up to the longest length with at most 2000 words). The counts come from the
 * driver's counting teacher, which stands between learner and target.
 *
 * Controls (near-misses on which the same check must fail). A teacher that lies about one word
 * (its answers are those of the target with one word's membership flipped, consistently, so no
 * learner can notice): every learner returns a hypothesis and the exactness check rejects all
 * of them, at exactly the flipped word. A learner run with one membership query less than it
 * needs: the driver stops it with a budget error, so no hypothesis passes.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { dfaEquals } from "../src/automata/canonical.js";
import { accepts, type Dfa, stateCount } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { minimize } from "../src/automata/minimize.js";
import { symmetricDifference } from "../src/automata/product.js";
import type { LimitLabError } from "../src/automata/support/errors.js";
import { type Word, wordEquals } from "../src/automata/word.js";
import { finiteLanguage } from "../src/identification/family/finite-language.js";
import {
  kearnsVazirani,
  type LearnResult,
  lsharp,
  lstar,
  lstarBound,
  type QueryBudget,
  randomMinimalTarget,
  type Teacher,
  teacher,
} from "../src/identification/query/index.js";
import { defineProof } from "../src/proof/define.js";
import type { ProofContext } from "../src/proof/types.js";
import { orThrow } from "./support/or-throw.js";
import { firstDisagreement, lengthWithin } from "./support/shortlex.js";

/** A query learner of the library, run against a teacher within a budget. */
interface Algorithm {
  readonly name: string;
  /** Is Angluin's membership bound a law of this algorithm? */
  readonly angluinBound: boolean;
  readonly learn: (t: Teacher, budget?: QueryBudget) => E.Either<LimitLabError, LearnResult>;
  /** The query model its teacher uses (see `teacher`). */
  readonly answers: "words" | "runs";
}

const ALGORITHMS: readonly Algorithm[] = [
  {
    name: "L* (Angluin)",
    angluinBound: true,
    learn: (t, budget = {}) => lstar(t, { counterexamples: "angluin", budget }),
    answers: "words",
  },
  {
    name: "L* (Rivest–Schapire)",
    angluinBound: true,
    learn: (t, budget = {}) => lstar(t, { counterexamples: "rivest-schapire", budget }),
    answers: "words",
  },
  {
    name: "Kearns–Vazirani",
    angluinBound: false,
    learn: (t, budget = {}) => kearnsVazirani(t, { budget }),
    answers: "words",
  },
  {
    name: "L#",
    angluinBound: false,
    learn: (t, budget = {}) => lsharp(t, { budget }),
    answers: "words",
  },
  {
    name: "L# (runs)",
    angluinBound: false,
    learn: (t, budget = {}) => lsharp(t, { budget }),
    answers: "runs",
  },
];

/** A target: its parameters and the seeded minimal DFA. */
interface Target {
  readonly n: number;
  readonly k: number;
  readonly seed: number;
  readonly dfa: Dfa;
}

function arbTarget(deep: boolean): fc.Arbitrary<Target> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: deep ? 40 : 12 }),
      k: fc.integer({ min: 1, max: deep ? 4 : 3 }),
      seed: fc.nat(),
    })
    .map((p) => {
      const dfa = orThrow(randomMinimalTarget(p.n, p.k, p.seed));
      return { ...p, dfa, [fc.toStringMethod]: () => `n=${p.n} k=${p.k} seed=${p.seed}` };
    });
}

/**
 * Is `h` exactly the target (three independent ways)? Returns the first way that fails, or
 * undefined when all agree that it is.
 */
function inexactness(h: Dfa, target: Dfa): string | undefined {
  const cex = equivalent(h, target);
  if (O.isSome(cex)) return `equivalent found [${cex.value.join(", ")}]`;
  if (!dfaEquals(minimize(h), target)) return "the canonical minimal form differs";
  if (stateCount(h) !== stateCount(target)) return `${stateCount(h)} states, not minimal`;
  const w = firstDisagreement(h, target, lengthWithin(target.alphabet.symbols.length, 2000));
  return w === undefined ? undefined : `enumeration found [${w.join(", ")}]`;
}

/**
 * The checked predicate of the claim: the run gave a hypothesis, exact for `target`, with at
 * most n equivalence queries and, for L*, within Angluin's bound. Returns why it fails, or
 * undefined when it holds.
 */
function violation(
  a: Algorithm,
  run: E.Either<LimitLabError, LearnResult>,
  target: Dfa,
): string | undefined {
  if (E.isLeft(run)) return `${a.name} stopped: ${run.left.message}`;
  const { dfa, stats } = run.right;
  const wrong = inexactness(dfa, target);
  if (wrong !== undefined) return `${a.name} is not exact: ${wrong}`;
  const n = stateCount(target);
  const k = target.alphabet.symbols.length;
  if (stats.equivalenceQueries > n)
    return `${a.name} asked ${stats.equivalenceQueries} equivalence queries for n = ${n}`;
  const bound = lstarBound(k, n, stats.longestCounterexample);
  if (a.angluinBound && stats.membershipQueries > bound)
    return `${a.name} asked ${stats.membershipQueries} membership queries, above Angluin's ${bound}`;
  return undefined;
}

function record(ctx: ProofContext, a: Algorithm, r: LearnResult, n: number, k: number): void {
  const { membershipQueries: mq, equivalenceQueries: eq, longestCounterexample: m } = r.stats;
  ctx.witness(`membership queries, ${a.name}`, mq);
  ctx.witness(`equivalence queries, ${a.name}`, eq);
  if (a.angluinBound) ctx.witness(`share of Angluin's bound, ${a.name}`, mq / lstarBound(k, n, m));
  ctx.witness("longest counterexample m", m);
}

/** Flips the membership of `w`: the language a teacher that lies about w teaches. */
function flipped(target: Dfa, w: Word): Dfa {
  return minimize(symmetricDifference(target, finiteLanguage(target.alphabet, [w])));
}

/**
 * A teacher that answers for `target` except about `w`, consistently (equivalence and runs
 * included: a run reports the flipped word's label too).
 */
function lyingTeacher(target: Dfa, w: Word, answers: "words" | "runs"): Teacher {
  const honest = teacher(target);
  return {
    ...teacher(flipped(target, w), { answers }),
    membership: (x) => honest.membership(x) !== wordEquals(x, w),
  };
}

export const proof = defineProof({
  id: "C7",
  title: "L* and its successors learn the minimal DFA exactly (Angluin 1987)",
  statement:
    "With membership and equivalence queries L* learns the minimal DFA of any regular target exactly with at most n equivalence queries and at most (k+1)(n + m(n−1))n = O(k·m·n²) membership queries (Angluin 1987); Rivest–Schapire (1993), Kearns–Vazirani (1994) and L# (Vaandrager et al. 2022) keep exactness and ≤ n equivalence queries with fewer membership queries (TTT, Isberner et al. 2014, is cited).",
  shadow:
    "Seeded random minimal targets with exactly n states (n ≤ 12, 40 deep) over 1–3 letters (4 deep), learned by L* with Angluin's and with Rivest–Schapire's processing, Kearns–Vazirani and L# against the exact teacher, L# also in the runs model (a query is a letter-by-letter run, AALpy's model): exact results of size n, ≤ n equivalence queries, L* within Angluin's bound from the run's own m.",
  check:
    "Exactness by `equivalent`, by the canonical minimal form (minimize, dfaEquals) and by running both automata on every word up to the longest length with ≤ 2000 words; counts from the driver's counting teacher, not from the learners (runs: one per reset of the target).",
  control:
    "A teacher that lies about one word (consistently) makes every learner return a hypothesis that the exactness check rejects at exactly that word; a learner given one membership query less than it used is stopped by the budget, so no hypothesis passes.",
  properties: [
    {
      name: "L* (both processings), Kearns–Vazirani and L# learn random minimal targets exactly, with at most n equivalence queries and L* within Angluin's bound",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["n ≥ 8", "unary", "3 letters or more", "several counterexamples"],
      build: (ctx) =>
        fc.property(arbTarget(ctx.mode === "deep"), (t) => {
          ctx.witness("n", t.n);
          if (t.n >= 8) ctx.classify("n ≥ 8");
          ctx.classify(t.k === 1 ? "unary" : t.k === 2 ? "2 letters" : "3 letters or more");
          for (const a of ALGORITHMS) {
            const run = a.learn(teacher(t.dfa, { answers: a.answers }));
            const bad = violation(a, run, t.dfa);
            if (bad !== undefined) throw new Error(bad);
            const r = orThrow(run);
            record(ctx, a, r, t.n, t.k);
            if (r.stats.equivalenceQueries >= 3) ctx.classify("several counterexamples");
          }
          return true;
        }),
    },
    {
      name: "against a teacher that lies about one word every learner returns a hypothesis, and the exactness check rejects it at that word",
      role: "control",
      runs: { fast: 30, deep: 300 },
      covers: ["the flipped word is in the target", "the flipped word is not in the target"],
      build: (ctx) =>
        fc.property(
          arbTarget(ctx.mode === "deep"),
          fc.array(fc.nat(3), { maxLength: 14 }),
          (t, raw) => {
            const w = raw.map((s) => s % t.k);
            ctx.classify(
              accepts(t.dfa, w)
                ? "the flipped word is in the target"
                : "the flipped word is not in the target",
            );
            ctx.witness("flipped word length", w.length);
            for (const a of ALGORITHMS) {
              const run = a.learn(lyingTeacher(t.dfa, w, a.answers));
              if (E.isLeft(run)) throw new Error(`${a.name} stopped: ${run.left.message}`);
              const cex = equivalent(run.right.dfa, t.dfa);
              if (violation(a, run, t.dfa) === undefined) return false;
              if (!(O.isSome(cex) && wordEquals(cex.value, w))) return false;
            }
            return true;
          },
        ),
    },
    {
      name: "a learner given one membership query less than it used is stopped by the budget, so no hypothesis passes the check",
      role: "control",
      runs: { fast: 30, deep: 300 },
      covers: ["n ≥ 8"],
      build: (ctx) =>
        fc.property(arbTarget(ctx.mode === "deep"), (t) => {
          if (t.n >= 8) ctx.classify("n ≥ 8");
          for (const a of ALGORITHMS) {
            const used = orThrow(a.learn(teacher(t.dfa, { answers: a.answers }))).stats
              .membershipQueries;
            ctx.witness(`membership budget, ${a.name}`, used - 1);
            const run = a.learn(teacher(t.dfa, { answers: a.answers }), {
              membershipQueries: used - 1,
            });
            if (violation(a, run, t.dfa) === undefined) return false;
            if (!(E.isLeft(run) && run.left.kind === "budget")) return false;
          }
          return true;
        }),
    },
  ],
});
