/**
 * The facts the CLI reports about a minimal DFA (compile, lstar, learn): size, finiteness,
 * star-freeness, R-triviality, growth, counts by length, first words and the version-1
 * automaton, with their text view.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { isRTrivial } from "../../automata/classify/r-trivial.js";
import { isStarFree } from "../../automata/classify/star-free.js";
import { countWords } from "../../automata/count/count.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { growthRate } from "../../automata/count/growth.js";
import { isFinite } from "../../automata/decide.js";
import { type Dfa, stateCount } from "../../automata/dfa.js";
import { toJson } from "../../automata/interop/json.js";
import { wordToString } from "../../automata/word.js";

/** The facts about a minimal DFA. */
export interface DfaSummary {
  readonly alphabet: readonly string[];
  readonly stateCount: number;
  readonly finite: boolean;
  /** null when the monoid budget ran out. */
  readonly starFree: boolean | null;
  readonly rTrivial: boolean;
  readonly growth: ReturnType<typeof growthRate>;
  /** Accepted words of each length 0..lengths (decimal strings: exact big integers). */
  readonly counts: readonly string[];
  /** The first words in shortlex order, printed. */
  readonly firstWords: readonly string[];
  /** The version-1 automaton as a nested JSON object. */
  readonly dfa: unknown;
}

/** How much of the language a summary shows, and the monoid budget. */
export interface SummaryOptions {
  readonly lengths: number;
  readonly words: number;
  readonly budget: number;
}

/**
 * The defaults of {@link SummaryOptions}: lengths 0..8, 5 words, 10^6 monoid elements.
 *
 * @example
 * ```ts
 * summarizeDfa(dfa, DEFAULT_SUMMARY).counts.length; // 9
 * ```
 */
export const DEFAULT_SUMMARY: SummaryOptions = { lengths: 8, words: 5, budget: 1_000_000 };

/**
 * The summary of a minimal DFA (pure). Cost: the monoid (within the budget), plus counting
 * and enumeration up to the lengths asked.
 *
 * @example
 * ```ts
 * summarizeDfa(dfa, { lengths: 8, words: 5, budget: 1e6 }).stateCount; // 3 for (ab)*
 * ```
 */
export function summarizeDfa(dfa: Dfa, options: SummaryOptions = DEFAULT_SUMMARY): DfaSummary {
  const sf = isStarFree(dfa, { states: options.budget });
  const first: string[] = [];
  for (const w of enumerate(dfa)) {
    if (first.length >= options.words) break;
    first.push(wordToString(dfa.alphabet, w));
  }
  return {
    alphabet: dfa.alphabet.symbols,
    stateCount: stateCount(dfa),
    finite: isFinite(dfa),
    starFree: E.isRight(sf) ? sf.right : null,
    rTrivial: isRTrivial(dfa),
    growth: growthRate(dfa),
    counts: Array.from({ length: options.lengths + 1 }, (_, n) => countWords(dfa, n).toString()),
    firstWords: first,
    dfa: JSON.parse(toJson(dfa)) as unknown,
  };
}

/**
 * "yes", "no", or why it is unknown.
 *
 * @example
 * ```ts
 * yesNo(null); // "unknown (monoid budget exceeded)"
 * ```
 */
export const yesNo = (b: boolean | null): string =>
  b === null ? "unknown (monoid budget exceeded)" : b ? "yes" : "no";

/**
 * The rows of the text view of a summary.
 *
 * @example
 * ```ts
 * formatRows(dfaSummaryRows(summary));
 * ```
 */
export function dfaSummaryRows(s: DfaSummary): [string, string][] {
  const g = s.growth;
  const growth =
    g.kind === "finite"
      ? "finite"
      : g.kind === "polynomial"
        ? `polynomial, degree ${g.degree}`
        : `exponential, rate ≈ ${g.rate?.toFixed(4)}`;
  return [
    ["alphabet", `{${s.alphabet.join(", ")}}`],
    ["states", `${s.stateCount} (minimal complete DFA, sink included)`],
    ["finite", yesNo(s.finite)],
    ["star-free", yesNo(s.starFree)],
    ["R-trivial", yesNo(s.rTrivial)],
    ["growth", growth],
    [`words of length 0..${s.counts.length - 1}`, s.counts.join(" ")],
    [
      "first words",
      s.firstWords.length === 0 ? "(none: the language is empty)" : s.firstWords.join(", "),
    ],
  ];
}

/**
 * Rows of (name, value) as aligned text lines.
 *
 * @example
 * ```ts
 * formatRows([["states", "3"], ["finite", "no"]]); // "states  3\nfinite  no\n"
 * ```
 */
export function formatRows(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(0, ...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`.trimEnd()).join("\n")}\n`;
}
