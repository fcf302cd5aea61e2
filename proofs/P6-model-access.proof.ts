/**
 * P6 (THEORY.md): model access and monitoring.
 *
 * Statement. With direct access to a model (membership queries, hence an informant), every
 * class with decidable membership is identifiable by enumeration (Gold 1967; C1), at a cost:
 * (a) enumeration examines as many candidates as the target's index; (b) with membership
 * queries alone the singletons {w}, w ∈ {0,1}^n, force at least 2^n − 1 queries (Angluin
 * 1987/1988; C8); (c) with equivalence queries as well, L* learns any DFA with polynomially
 * many queries (Angluin 1987; C7).
 *
 * Finite shadow. (a) Gold's enumeration learner of the library, driven by membership queries in
 * shortlex order (the shortlex informant) up to the computable bound of C1, on EX-PASSWORD(n),
 * random zoos, EX-GOLD and EX-COFIN: it returns the target, asks exactly the bound's number of
 * queries, and has examined exactly the candidates 0..t (t + 1 of them, t the target's index);
 * on EX-PASSWORD the bound is 2^n − 1 + t queries. (b) The password adversary forces exactly
 * 2^n − 1 queries from the baseline for every n up to 8 (12 deep; C8 has the full statement).
 * (c) L* with both counterexample processings learns every password {w}, |w| ≤ 16 (24 deep),
 * exactly within Angluin's bound, and from n = 8 on with fewer than 2^n − 1 queries. Not a
 * restatement: the counts are measured by a counting teacher and a counting family wrapper
 * that sit outside the learners.
 *
 * Independent check. Results are compared with the target by `equivalent`; the bound of (a) is
 * also given in closed form for EX-PASSWORD; queries are counted by the driver's counting
 * teacher and candidate evaluations by a wrapper around the family (`countingFamily`, in
 * src/identification/query/informant.ts); the adversary's verdict is replayed in C8.
 *
 * Control. The polynomial cost of (c) needs real equivalence queries: with each equivalence
 * query replaced by 4n² random membership tests of words up to length n (a black-box teacher),
 * L* still returns a hypothesis for every password, but it can be exact only when the tests of
 * the empty hypothesis (the same words for every secret) hit the secret, so on at most 4n² of
 * the 2^n passwords: for n = 10 (and 12 deep) the exactness check rejects most of them.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa, stateCount } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { exCofin, exGold, exPassword, exZoo } from "../src/identification/family/examples.js";
import { type Family, member } from "../src/identification/family/family.js";
import { enumerationLearner } from "../src/identification/learner/enumeration.js";
import {
  BITS,
  enumerationLearner as baselineLearner,
  blackBoxTeacher,
  lstar,
  lstarBound,
  passwordAdversary,
  runQueryLearner,
  singletonDfa,
  teacher,
} from "../src/identification/query/index.js";
import {
  countingFamily,
  informantBound,
  informantQueries,
} from "../src/identification/query/informant.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";

/** A family and a target index in it. */
interface Instance {
  readonly kind: string;
  readonly family: Family;
  readonly t: number;
  /** For EX-PASSWORD: n. */
  readonly n?: number;
}

function arbInstance(deep: boolean): fc.Arbitrary<Instance> {
  const show = (i: Omit<Instance, "family">) => ({
    [fc.toStringMethod]: () => `${i.kind}${i.n === undefined ? "" : `(${i.n})`} index ${i.t}`,
  });
  const password = fc
    .integer({ min: 1, max: deep ? 10 : 6 })
    .chain((n) => fc.record({ n: fc.constant(n), t: fc.nat(2 ** n - 1) }))
    .map(({ n, t }) => ({
      kind: "EX-PASSWORD",
      family: exPassword(n),
      t,
      n,
      ...show({ kind: "EX-PASSWORD", t, n }),
    }));
  const zoo = fc.record({ seed: fc.nat(), t: fc.nat(11) }).map(({ seed, t }) => ({
    kind: "EX-ZOO",
    family: orThrow(exZoo(seed, { members: 12, states: 5 })),
    t,
    ...show({ kind: `EX-ZOO seed ${seed}`, t }),
  }));
  const unary = (kind: string, family: () => Family) =>
    fc.nat(deep ? 200 : 40).map((t) => ({ kind, family: family(), t, ...show({ kind, t }) }));
  return fc.oneof(password, zoo, unary("EX-GOLD", exGold), unary("EX-COFIN", exCofin));
}

const exact = (h: Dfa, target: Dfa): boolean => O.isNone(equivalent(h, target));

export const proof = defineProof({
  id: "P6",
  title: "Model access: enumeration with an informant, the password bound, and L*",
  statement:
    "With membership queries (an informant) every class with decidable membership is identifiable by enumeration (Gold 1967, C1), at a cost: (a) enumeration examines as many candidates as the target's index; (b) with membership queries alone the singletons {w}, w ∈ {0,1}^n, force ≥ 2^n − 1 queries (Angluin 1987/1988, C8); (c) with equivalence queries too, L* is polynomial (Angluin 1987, C7).",
  shadow:
    "(a) Gold's enumeration learner driven by shortlex membership queries up to C1's bound on EX-PASSWORD(n), random zoos, EX-GOLD and EX-COFIN returns the target after exactly the bound's number of queries (2^n − 1 + t on EX-PASSWORD) having examined exactly t + 1 candidates; (b) the adversary forces exactly 2^n − 1 queries for n ≤ 8 (12 deep); (c) L* learns every password with |w| ≤ 16 (24 deep) within Angluin's bound, below 2^n − 1 from n = 8 on.",
  check:
    "Results compared with the target by `equivalent`; the bound of (a) in closed form on EX-PASSWORD; queries counted by the driver's counting teacher and candidate evaluations by a wrapper around the family, both outside the learners.",
  control:
    "With each equivalence query replaced by 4n² random membership tests (words up to length n), L* returns a hypothesis for every password yet is exact only where the tests of the empty hypothesis hit the secret, at most 4n² of the 2^n (n = 10, and 12 deep): without real equivalence queries the polynomial cost buys no exactness.",
  properties: [
    {
      name: "(a) enumeration by membership queries returns the target after exactly C1's bound of queries, having examined exactly t + 1 candidates (t the target's index)",
      role: "claim",
      runs: { fast: 60, deep: 600 },
      covers: ["EX-PASSWORD", "EX-ZOO", "EX-GOLD", "EX-COFIN", "index ≥ 10"],
      build: (ctx) =>
        fc.property(arbInstance(ctx.mode === "deep"), (inst) => {
          ctx.classify(inst.kind);
          if (inst.t >= 10) ctx.classify("index ≥ 10");
          const target = member(inst.family, inst.t);
          const bound = informantBound(inst.family, inst.t).step;
          const counted = countingFamily(inst.family);
          // the window must reach the target: enumeration examines t + 1 candidates
          const learner = enumerationLearner(counted.family, "informant", { members: inst.t + 1 });
          const r = orThrow(
            runQueryLearner(informantQueries(learner, counted.family, bound), teacher(target)),
          );
          ctx.witness("target index", inst.t);
          ctx.witness("candidates examined", counted.examined());
          ctx.witness(`membership queries, ${inst.kind}`, r.stats.membershipQueries);
          const closedForm =
            inst.n === undefined || bound === (inst.t === 0 ? 1 : 2 ** inst.n - 1 + inst.t);
          return (
            exact(r.dfa, target) &&
            r.stats.membershipQueries === bound &&
            counted.examined() === inst.t + 1 &&
            closedForm
          );
        }),
    },
    exhaustive({
      name: "(b) membership queries alone: the password adversary forces exactly 2^n − 1 queries from the baseline, which is right, for every n up to 8 (12 deep)",
      role: "claim",
      covers: ["n = 8"],
      cases: ({ mode }) => Array.from({ length: mode === "deep" ? 12 : 8 }, (_, i) => i + 1),
      check: (n, ctx) => {
        if (n === 8) ctx.classify("n = 8");
        const r = orThrow(passwordAdversary(n, (ab) => baselineLearner(ab, n)));
        ctx.witness(`queries forced, n = ${n}`, r.membershipQueries);
        return r.correct && r.membershipQueries === 2 ** n - 1;
      },
    }),
    {
      name: "(c) with equivalence queries L* learns every password exactly within Angluin's bound, with fewer than 2^n − 1 membership queries from n = 8 on",
      role: "claim",
      runs: { fast: 40, deep: 400 },
      covers: ["below 2^n − 1", "above 2^n − 1 (small n)"],
      build: (ctx) =>
        fc.property(
          fc
            .integer({ min: 1, max: ctx.mode === "deep" ? 24 : 16 })
            .chain((n) => fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n })),
          (w) => {
            const n = w.length;
            const target = singletonDfa(BITS, w);
            for (const counterexamples of ["angluin", "rivest-schapire"] as const) {
              const r = orThrow(lstar(teacher(target), { counterexamples }));
              const { membershipQueries: mq, equivalenceQueries: eq } = r.stats;
              const bound = lstarBound(2, n + 2, r.stats.longestCounterexample);
              ctx.witness(`membership queries, L* (${counterexamples})`, mq);
              ctx.witness(
                `membership queries ÷ (2^n − 1), L* (${counterexamples})`,
                mq / (2 ** n - 1),
              );
              ctx.classify(mq < 2 ** n - 1 ? "below 2^n − 1" : "above 2^n − 1 (small n)");
              const ok =
                exact(r.dfa, target) &&
                stateCount(r.dfa) === n + 2 &&
                eq <= n + 2 &&
                mq <= bound &&
                (n < 8 || mq < 2 ** n - 1);
              if (!ok) return false;
            }
            return true;
          },
        ),
    },
    exhaustive({
      name: "with each equivalence query replaced by 4n² random membership tests, L* returns a hypothesis for every password but is exact on at most 4n² of the 2^n",
      role: "control",
      covers: ["the tests refuted the empty hypothesis", "most passwords learned wrong"],
      cases: ({ mode }) => (mode === "deep" ? [10, 12] : [10]),
      check: (n, ctx) => {
        const tests = 4 * n * n;
        let right = 0;
        let refuted = 0;
        const passwords = exPassword(n);
        for (let i = 0; i < passwords.size; i++) {
          const target = member(passwords, i);
          const t = blackBoxTeacher((x) => accepts(target, x), BITS, {
            randomWords: { words: tests, maxLength: n, seed: ctx.seed },
            wMethod: false,
          });
          const r = orThrow(lstar(t));
          if (r.stats.equivalenceQueries > 1) refuted++;
          if (exact(r.dfa, target)) right++;
          ctx.witness(
            "queries per password (membership and tests)",
            r.stats.membershipQueries + r.stats.oracleQueries,
          );
        }
        ctx.witness(`passwords learned exactly, n = ${n}`, right);
        ctx.witness(`empty hypothesis refuted by the tests, n = ${n}`, refuted);
        if (refuted > 0) ctx.classify("the tests refuted the empty hypothesis");
        if (2 * right < 2 ** n) ctx.classify("most passwords learned wrong");
        return right <= refuted && refuted <= tests;
      },
    }),
  ],
});
