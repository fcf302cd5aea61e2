/**
 * The learner contract, written once and run over every learner × counterexample processor:
 * each learns the reference targets (n = 50, k = 2..5) and seeded random minimal DFAs
 * (n ≤ 60, k = 2..5) exactly, returning the minimal DFA; L* and Kearns–Vazirani ask at most n
 * equivalence queries; L* stays within Angluin's bound on every run.
 */

import fc from "fast-check";
import type * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import type { Dfa } from "../../../src/automata/dfa.js";
import { equivalent } from "../../../src/automata/equivalence.js";
import type { LimitLabError } from "../../../src/automata/support/errors.js";
import {
  breakpointSearches,
  counterexampleProcessors,
} from "../../../src/identification/query/counterexample.js";
import { kearnsVazirani } from "../../../src/identification/query/kv/kv.js";
import type { LearnResult } from "../../../src/identification/query/learner.js";
import { lsharp } from "../../../src/identification/query/lsharp/lsharp.js";
import { lstar, lstarBound } from "../../../src/identification/query/lstar/lstar.js";
import { randomMinimalTarget } from "../../../src/identification/query/random-target.js";
import { type Teacher, teacher } from "../../../src/identification/query/teacher.js";
import { referenceTarget, rightOf } from "./reference.js";

interface Entry {
  readonly name: string;
  readonly family: "lstar" | "kv" | "lsharp";
  readonly learn: (t: Teacher) => E.Either<LimitLabError, LearnResult>;
  /** The query model of the teacher (see `teacher`). @defaultValue "words" */
  readonly answers?: "words" | "runs";
}

const LEARNERS: readonly Entry[] = [
  ...Object.values(counterexampleProcessors).map(
    (p): Entry => ({
      name: `lstar/${p.name}`,
      family: "lstar",
      learn: (t) => lstar(t, { counterexamples: p }),
    }),
  ),
  ...breakpointSearches.map(
    (p): Entry => ({
      name: `kv/${p.name}`,
      family: "kv",
      learn: (t) => kearnsVazirani(t, { counterexamples: p }),
    }),
  ),
  ...breakpointSearches.flatMap((p): Entry[] => [
    {
      name: `lsharp/${p.name}`,
      family: "lsharp",
      learn: (t) => lsharp(t, { counterexamples: p, shortestCounterexamples: false }),
    },
    {
      name: `lsharp/${p.name}/shortest`,
      family: "lsharp",
      learn: (t) => lsharp(t, { counterexamples: p }),
    },
  ]),
  { name: "lsharp/guess-3", family: "lsharp", learn: (t) => lsharp(t, { guessUpTo: 3 }) },
  // The runs model (AALpy's): every family against a teacher that runs its target.
  { name: "lstar/runs", family: "lstar", learn: (t) => lstar(t), answers: "runs" },
  { name: "kv/runs", family: "kv", learn: (t) => kearnsVazirani(t), answers: "runs" },
  { name: "lsharp/runs", family: "lsharp", learn: (t) => lsharp(t), answers: "runs" },
  {
    name: "lsharp/runs/any-cex",
    family: "lsharp",
    learn: (t) => lsharp(t, { shortestCounterexamples: false }),
    answers: "runs",
  },
  // A runs learner against a one-bit teacher: dearer, still exact.
  { name: "lsharp/runs-on-words", family: "lsharp", learn: (t) => lsharp(t, { runs: true }) },
];

/** The contract: exact, minimal, and the family's bounds. */
function checkContract(entry: Entry, target: Dfa): LearnResult {
  const r = rightOf(entry.learn(teacher(target, { answers: entry.answers ?? "words" })));
  expect(equivalent(r.dfa, target)).toEqual(O.none);
  expect(r.dfa.states).toBe(target.states);
  const { stats } = r;
  expect(stats.cacheHits).toBeGreaterThanOrEqual(0);
  if (entry.family !== "lsharp")
    expect(stats.equivalenceQueries).toBeLessThanOrEqual(target.states);
  if (entry.family === "lstar")
    expect(stats.membershipQueries).toBeLessThanOrEqual(
      lstarBound(target.alphabet.symbols.length, target.states, stats.longestCounterexample),
    );
  return r;
}

describe("every learner × processor on the reference targets (n = 50)", () => {
  for (const entry of LEARNERS)
    it(`${entry.name} learns all four exactly`, () => {
      for (const k of [2, 3, 4, 5]) {
        const r = checkContract(entry, referenceTarget(50, k));
        expect(r.stats.equivalenceQueries).toBeGreaterThan(1);
      }
    });
});

describe("every learner × processor on seeded random minimal DFAs (n ≤ 60, k = 2..5)", () => {
  const arbTarget = fc
    .record({
      n: fc.integer({ min: 1, max: 60 }),
      k: fc.integer({ min: 2, max: 5 }),
      seed: fc.nat(),
    })
    .map(({ n, k, seed }) => rightOf(randomMinimalTarget(n, k, seed)));
  for (const entry of LEARNERS)
    it(`${entry.name} learns them exactly and minimally`, () => {
      const sizes = { small: 0, large: 0 };
      fc.assert(
        fc.property(arbTarget, (target) => {
          sizes[target.states > 20 ? "large" : "small"]++;
          checkContract(entry, target);
        }),
        { numRuns: 20, seed: 42 },
      );
      expect(sizes.large).toBeGreaterThan(8);
    });
});
