/**
 * The queries L# asks, pinned. Its choices (which witness separates a frontier node, which
 * letter an adaptive walk takes next, which candidate a guess picks, the consistency check
 * before an equivalence query) change what it asks, not what it learns, so a test that only
 * checks the learned DFA cannot tell a good choice from a poor one. These figures are the
 * counts of the committed implementation on the n = 50 reference targets (the same runs as
 * bench/query.bench.ts at a smaller n); a change in strategy must show here, and update them
 * on purpose, with bench/RESULTS.md.
 */
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { accepts, type Dfa } from "../../../../src/automata/dfa.js";
import { equivalent } from "../../../../src/automata/equivalence.js";
import { type LSharpOptions, lsharp } from "../../../../src/identification/query/lsharp/lsharp.js";
import {
  blackBoxTeacher,
  type Teacher,
  type TeacherOptions,
  teacher,
} from "../../../../src/identification/query/teacher.js";
import { referenceTarget, rightOf } from "../reference.js";

type Config = readonly [(target: Dfa) => Teacher, LSharpOptions];
const exact = (options: TeacherOptions) => (target: Dfa) => teacher(target, options);

/** A configuration's teacher and learner options. */
const CONFIGS: Readonly<Record<string, Config>> = {
  words: [exact({}), {}],
  "words, untrusting": [exact({}), { shortestCounterexamples: false }],
  "words, guess 4": [exact({}), { guessUpTo: 4 }],
  "words, untrusting, guess 4": [exact({}), { shortestCounterexamples: false, guessUpTo: 4 }],
  runs: [exact({ answers: "runs" }), {}],
  "runs, untrusting": [exact({ answers: "runs" }), { shortestCounterexamples: false }],
  "runs, guess 3": [exact({ answers: "runs" }), { guessUpTo: 3 }],
  // Its counterexamples promise nothing, so L# must not trust them by default.
  "black box": [(target) => blackBoxTeacher((w) => accepts(target, w), target.alphabet), {}],
};

/** k → configuration → [membership queries, equivalence queries, symbols, cache hits]. */
const PINNED: Readonly<Record<number, Readonly<Record<string, readonly number[]>>>> = {
  2: {
    words: [221, 44, 1740, 43],
    "words, untrusting": [289, 47, 2258, 46],
    "words, guess 4": [105, 113, 834, 112],
    "words, untrusting, guess 4": [167, 133, 1291, 132],
    runs: [162, 37, 1334, 39],
    "runs, untrusting": [195, 38, 1580, 44],
    "runs, guess 3": [93, 74, 766, 73],
    "black box": [399, 18, 3622, 18],
  },
  3: {
    words: [531, 48, 3107, 47],
    "words, untrusting": [602, 48, 3475, 47],
    "words, guess 4": [263, 167, 1510, 166],
    "words, untrusting, guess 4": [346, 212, 1924, 211],
    runs: [366, 39, 2383, 38],
    "runs, untrusting": [387, 39, 2479, 38],
    "runs, guess 3": [225, 98, 1511, 97],
    "black box": [758, 7, 6986, 7],
  },
};

describe("lsharp's queries on the n = 50 reference targets", () => {
  for (const k of [2, 3]) {
    const target = referenceTarget(50, k);
    for (const [name, [teacherOf, options]] of Object.entries(CONFIGS))
      it(`k = ${k}, ${name}`, () => {
        const r = rightOf(lsharp(teacherOf(target), options));
        expect(equivalent(r.dfa, target)).toEqual(O.none);
        const s = r.stats;
        expect([s.membershipQueries, s.equivalenceQueries, s.symbols, s.cacheHits]).toEqual(
          PINNED[k]?.[name],
        );
      });
  }
});
