/**
 * `limitlab compile <regex>`: the minimal DFA of a regex, its properties, and the automaton
 * in JSON, DOT, SVG or JFLAP form.
 *
 * @module
 */
import { Command, Option } from "commander";
import * as E from "fp-ts/lib/Either.js";
import { isRTrivial } from "../../automata/classify/r-trivial.js";
import { isStarFree } from "../../automata/classify/star-free.js";
import { countWords } from "../../automata/count/count.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { growthRate } from "../../automata/count/growth.js";
import { isFinite } from "../../automata/decide.js";
import { type Dfa, stateCount } from "../../automata/dfa.js";
import { toDot } from "../../automata/interop/dot.js";
import { toJflap } from "../../automata/interop/jflap.js";
import { toJson } from "../../automata/interop/json.js";
import { wordToString } from "../../automata/word.js";
import { alphabetFromFlags } from "../support/alphabet-options.js";
import { integerFlag } from "../support/common-flags.js";
import { compileRegex } from "../support/files.js";
import type { CliIo } from "../support/io.js";
import { renderSvg } from "../support/svg.js";
import { writeAtomic } from "../support/write.js";

interface CompileFlags {
  readonly alphabet?: string;
  readonly tokens?: string;
  readonly json?: boolean;
  readonly dot?: boolean;
  readonly jflap?: boolean;
  readonly svg?: string;
  readonly out?: string;
  readonly budget: number;
  readonly lengths: number;
  readonly words: number;
}

/** The facts `compile` reports about a minimal DFA. */
export interface CompileSummary {
  readonly regex: string;
  readonly alphabet: readonly string[];
  readonly stateCount: number;
  readonly finite: boolean;
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

/**
 * The summary of a compiled DFA (pure; the command prints it).
 *
 * @example
 * ```ts
 * summarize("(ab)*", dfa, { lengths: 8, words: 5, budget: 1e6 }).stateCount; // 3
 * ```
 */
export function summarize(
  regex: string,
  dfa: Dfa,
  options: { readonly lengths: number; readonly words: number; readonly budget: number },
): CompileSummary {
  const sf = isStarFree(dfa, { states: options.budget });
  const first: string[] = [];
  for (const w of enumerate(dfa)) {
    if (first.length >= options.words) break;
    first.push(wordToString(dfa.alphabet, w));
  }
  return {
    regex,
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

const yesNo = (b: boolean | null) =>
  b === null ? "unknown (monoid budget exceeded)" : b ? "yes" : "no";

/**
 * The human-readable form of a summary.
 *
 * @example
 * ```ts
 * io.out(formatSummary(summary));
 * ```
 */
export function formatSummary(s: CompileSummary): string {
  const g = s.growth;
  const growth =
    g.kind === "finite"
      ? "finite"
      : g.kind === "polynomial"
        ? `polynomial, degree ${g.degree}`
        : `exponential, rate ≈ ${g.rate?.toFixed(4)}`;
  const rows: [string, string][] = [
    ["regex", s.regex],
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
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")}\n`;
}

/**
 * The `compile` command.
 *
 * @example
 * ```ts
 * program.addCommand(compileCommand.build(io));
 * ```
 */
export const compileCommand = {
  name: "compile",
  build(io: CliIo): Command {
    return new Command("compile")
      .description("compile a regex to its minimal DFA and print its properties")
      .argument("<regex>", "the regex (tokens in angle brackets: <hello>; \\ escapes)")
      .option("--alphabet <symbols>", "single characters (ab) or comma-separated symbols (a,b)")
      .option("--tokens <tokens>", "comma-separated word tokens (hello,world)")
      .option("--json", "print one JSON object: the properties and the automaton")
      .addOption(
        new Option("--dot", "print the automaton in Graphviz DOT").conflicts(["json", "jflap"]),
      )
      .addOption(
        new Option("--jflap", "print the automaton as a JFLAP .jff file").conflicts(["json"]),
      )
      .option("--svg <file>", "also draw the automaton as an SVG file")
      .option("--out <file>", "write the output to a file (atomically) instead of stdout")
      .option(
        "--budget <states>",
        "most states a construction may create",
        integerFlag("--budget"),
        1_000_000,
      )
      .option("--lengths <n>", "count words of lengths 0..n", integerFlag("--lengths"), 8)
      .option("--words <n>", "show the first n words in shortlex order", integerFlag("--words"), 5)
      .addHelpText(
        "after",
        `
Examples:
  limitlab compile '(ab)*'
  limitlab compile 'a*b*' --alphabet ab --json
  limitlab compile '<hi> <there>* <bye>' --dot --svg hi.svg
  limitlab compile '!(.*aa.*)' --alphabet ab       # star-free: no two a's in a row`,
      )
      .action(async (regex: string, flags: CompileFlags) => {
        const given = alphabetFromFlags(flags);
        const dfa = compileRegex(regex, {
          ...(given === undefined ? {} : { alphabet: given }),
          budget: flags.budget,
        });
        const summary = summarize(regex, dfa, flags);
        const text = flags.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : flags.dot
            ? toDot(dfa)
            : flags.jflap
              ? toJflap(dfa)
              : formatSummary(summary);
        if (flags.svg !== undefined) writeAtomic(flags.svg, await renderSvg(toDot(dfa)));
        if (flags.out !== undefined) writeAtomic(flags.out, text);
        else io.out(text);
      });
  },
};
