/**
 * Counterexample processors as values, and their catalogue.
 *
 * Two kinds:
 * - `"prefixes"`: Angluin's original handling (1987) — add every prefix of the
 *   counterexample to the access rows of the observation table (L* only);
 * - `"breakpoint"`: find where the counterexample stops being explained. For a counterexample
 *   c of length m and a hypothesis with access words ⌊u⌋, let α(i) = T(⌊c[0..i)⌋ · c[i..m)).
 *   α(0) = T(c) and α(m) = H(c) differ, so some i has α(i) ≠ α(i+1): there the transition
 *   ⌊c[0..i)⌋·c[i] leads to a state that the suffix c[i+1..m) tells apart from the
 *   hypothesis's choice (Rivest & Schapire 1993). Strategies differ in the order they evaluate
 *   α, each evaluation one membership query: binary search (Rivest–Schapire, ⌈log₂ m⌉
 *   queries), linear from the front or the back (up to m − 1), exponential then binary search
 *   (Isberner & Steffen 2014, O(log i) for a breakpoint at i).
 *
 * Law of every breakpoint search: given α(0) ≠ α(m), it returns i in [0, m) with
 * α(i) ≠ α(i+1), evaluating α only strictly between 0 and m.
 *
 * @module
 */
import type { LearnerStep } from "./learner.js";

/** α(i) for 0 < i < m, one membership query each. */
export type Alpha = (i: number) => LearnerStep<boolean>;

/** A breakpoint search (see the module law). */
export interface BreakpointSearch {
  readonly kind: "breakpoint";
  readonly name: string;
  /** Finds i with α(i) ≠ α(i+1), knowing α(0) = `first` and α(m) = ¬`first`. */
  readonly find: (m: number, first: boolean, alpha: Alpha) => LearnerStep<number>;
}

/** Angluin's handling: add all prefixes of the counterexample as access rows. */
export interface PrefixProcessing {
  readonly kind: "prefixes";
  readonly name: "angluin";
}

/** A counterexample processor. */
export type CounterexampleProcessor = BreakpointSearch | PrefixProcessing;

/**
 * Angluin's original processing (L* only).
 *
 * @example
 * ```ts
 * lstar(teacher(target), { counterexamples: angluin });
 * ```
 */
export const angluin: PrefixProcessing = { kind: "prefixes", name: "angluin" };

/**
 * Rivest–Schapire: binary search, ⌈log₂ m⌉ membership queries.
 *
 * @example
 * ```ts
 * kearnsVazirani(teacher(target), { counterexamples: rivestSchapire });
 * ```
 */
export const rivestSchapire: BreakpointSearch = {
  kind: "breakpoint",
  name: "rivest-schapire",
  *find(m, first, alpha) {
    let lo = 0;
    let hi = m;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((yield* alpha(mid)) === first) lo = mid;
      else hi = mid;
    }
    return lo;
  },
};

/**
 * Linear search from the front: the first i whose α(i+1) differs from α(0) (up to m − 1
 * queries; the breakpoint closest to the start).
 *
 * @example
 * ```ts
 * kearnsVazirani(teacher(target), { counterexamples: linearForward });
 * ```
 */
export const linearForward: BreakpointSearch = {
  kind: "breakpoint",
  name: "linear-forward",
  *find(m, first, alpha) {
    for (let i = 1; i < m; i++) if ((yield* alpha(i)) !== first) return i - 1;
    return m - 1;
  },
};

/**
 * Linear search from the back: the last i whose α(i) differs from α(m) (up to m − 1
 * queries; the shortest distinguishing suffix).
 *
 * @example
 * ```ts
 * lstar(teacher(target), { counterexamples: linearBackward });
 * ```
 */
export const linearBackward: BreakpointSearch = {
  kind: "breakpoint",
  name: "linear-backward",
  *find(m, first, alpha) {
    for (let i = m - 1; i > 0; i--) if ((yield* alpha(i)) === first) return i;
    return 0;
  },
};

/**
 * Exponential search from the front (probe 1, 2, 4, … until α changes), then binary search
 * inside the last gap: O(log i) queries for a breakpoint at i.
 *
 * @example
 * ```ts
 * lsharp(teacher(target), { counterexamples: exponential });
 * ```
 */
export const exponential: BreakpointSearch = {
  kind: "breakpoint",
  name: "exponential",
  *find(m, first, alpha) {
    let lo = 0;
    let hi = m;
    for (let step = 1; lo + step < m; step *= 2) {
      if ((yield* alpha(lo + step)) !== first) {
        hi = lo + step;
        break;
      }
      lo += step;
    }
    return lo + (yield* rivestSchapire.find(hi - lo, first, (i) => alpha(lo + i)));
  },
};

/** The catalogue of processors by name. */
export const counterexampleProcessors = {
  angluin,
  "rivest-schapire": rivestSchapire,
  "linear-forward": linearForward,
  "linear-backward": linearBackward,
  exponential,
} as const;

/** The name of a catalogued processor. */
export type CounterexampleProcessorName = keyof typeof counterexampleProcessors;

/** The breakpoint searches of the catalogue (every learner accepts these). */
export const breakpointSearches: readonly BreakpointSearch[] = [
  rivestSchapire,
  linearForward,
  linearBackward,
  exponential,
];

/**
 * A processor from a value or a catalogue name; the default is Rivest–Schapire.
 *
 * @example
 * ```ts
 * resolveProcessor("angluin"); // angluin
 * resolveProcessor(undefined); // rivestSchapire
 * ```
 */
export function resolveProcessor(
  p: CounterexampleProcessor | CounterexampleProcessorName | undefined,
): CounterexampleProcessor {
  if (p === undefined) return rivestSchapire;
  return typeof p === "string" ? counterexampleProcessors[p] : p;
}
