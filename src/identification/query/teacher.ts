/**
 * Teachers (minimally adequate teachers, Angluin 1987): who answers a learner's queries.
 *
 * A teacher answers membership by asking its target and equivalence through an oracle; it
 * holds no counters and no cache (the driver wraps it, see `counting.ts`). `counterexamples`
 * says what a learner may assume of the counterexamples: `"shortest"` promises the shortest,
 * then shortlex-least word of the symmetric difference; `"any"` promises only a word on which
 * the hypothesis is wrong.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { accepts, type Dfa } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";
import { exactOracle } from "./oracles/exact.js";
import type { EquivalenceOracle } from "./oracles/oracle.js";
import { type RandomWordsOptions, randomWordsOracle } from "./oracles/random-words.js";
import { type WMethodOptions, wMethodOracle } from "./oracles/w-method.js";

/** A minimally adequate teacher. */
export interface Teacher {
  readonly alphabet: Alphabet;
  /** Is the word in the target language? */
  readonly membership: (word: Word) => boolean;
  /**
   * Equivalence, asking the target through the given (counted) membership function. Absent
   * for a membership-only teacher (an equivalence query to it ends the run with a `Left`).
   */
  readonly equivalence?: EquivalenceOracle;
  /** What the counterexamples promise (see the module doc). */
  readonly counterexamples: "shortest" | "any";
  /**
   * Present when the target is a system run letter by letter from a reset (AALpy's SUL
   * model): returns the label after every letter of the word, ε first. The driver then
   * treats a query as a run: it caches the label of every prefix, and a query whose word
   * extends the word of the previous run continues that run (the system has not been
   * reset), so the learner may choose the next letter after seeing the last label (an
   * adaptive query). `membershipQueries` then counts runs; `symbols`, the letters stepped.
   */
  readonly trace?: (word: Word) => readonly boolean[];
}

/** Options of {@link teacher}. */
export interface TeacherOptions {
  /**
   * `"words"`: a membership query answers its word only (one bit, Angluin's MAT);
   * `"runs"`: the target is run letter by letter (see {@link Teacher.trace}).
   * @defaultValue "words"
   */
  readonly answers?: "words" | "runs";
}

/**
 * The exact teacher of a DFA: membership by running it; equivalence exact, with the
 * shortest, then shortlex-least counterexample. With `answers: "runs"` a query is a run of
 * the DFA that reports the label after every letter (see {@link Teacher.trace}).
 *
 * Cost: membership O(|w|); equivalence as {@link exactOracle}.
 *
 * @example
 * ```ts
 * const t = teacher(target);
 * lstar(t); // right({ dfa, stats })
 * lsharp(teacher(target, { answers: "runs" })); // AALpy's query semantics
 * ```
 */
export function teacher(target: Dfa, options: TeacherOptions = {}): Teacher {
  const exact: Teacher = {
    alphabet: target.alphabet,
    membership: (w) => accepts(target, w),
    equivalence: exactOracle(target),
    counterexamples: "shortest",
  };
  return options.answers === "runs" ? { ...exact, trace: (w) => trace(target, w) } : exact;
}

/** The labels of every prefix of w in d, ε first, from one run. */
function trace(d: Dfa, w: Word): boolean[] {
  const k = d.alphabet.symbols.length;
  const out: boolean[] = [d.accepting[d.start] === 1];
  let q = d.start;
  for (const a of w) {
    q = d.delta[q * k + a] as number;
    out.push(d.accepting[q] === 1);
  }
  return out;
}

/**
 * Asks the oracles in turn and returns the first counterexample any of them finds.
 *
 * @example
 * ```ts
 * firstCounterexample([randomWordsOracle(), wMethodOracle()]);
 * ```
 */
export function firstCounterexample(oracles: readonly EquivalenceOracle[]): EquivalenceOracle {
  return (hypothesis, membership) => {
    for (const oracle of oracles) {
      const c = oracle(hypothesis, membership);
      if (O.isSome(c)) return c;
    }
    return O.none;
  };
}

/** Options of {@link blackBoxTeacher}. */
export interface BlackBoxOptions {
  /** The random-word stage; `false` skips it. @defaultValue `{}` (1000 words up to length 24, seed 42) */
  readonly randomWords?: RandomWordsOptions | false;
  /** The W-method stage; `false` skips it. @defaultValue `{}` (depth 1, at most 10^5 tests) */
  readonly wMethod?: WMethodOptions | false;
  /** Replaces both stages with this oracle. */
  readonly oracle?: EquivalenceOracle;
}

/**
 * A teacher for a black box `word → boolean` (a model behind an API, a script, a predicate).
 * Equivalence by testing: first seeded random words, then the W-method to a stated depth
 * (both counted as oracle queries by the driver). A hypothesis that passes is accepted, so
 * the result is exact when the target has at most |H| + depth states.
 *
 * Cost per equivalence query: up to 1000 + 10^5 membership queries with the defaults.
 *
 * @example
 * ```ts
 * const t = blackBoxTeacher((w) => w.length % 3 === 0, unsafeAlphabet(["a", "b"]));
 * lstar(t); // learns (Σ³)* with 3 states
 * ```
 */
export function blackBoxTeacher(
  membership: (word: Word) => boolean,
  alphabet: Alphabet,
  options: BlackBoxOptions = {},
): Teacher {
  const stages: EquivalenceOracle[] = [];
  if (options.randomWords !== false) stages.push(randomWordsOracle(options.randomWords ?? {}));
  if (options.wMethod !== false) stages.push(wMethodOracle(options.wMethod ?? {}));
  return {
    alphabet,
    membership,
    equivalence: options.oracle ?? firstCounterexample(stages),
    counterexamples: "any",
  };
}
