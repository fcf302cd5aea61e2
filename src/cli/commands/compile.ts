/**
 * `limitlab compile <regex>`: the minimal DFA of a regex, its properties, and the automaton
 * in JSON, DOT, SVG or JFLAP form.
 *
 * @module
 */
import { Command, Option } from "commander";
import type { Dfa } from "../../automata/dfa.js";
import { toDot } from "../../automata/interop/dot.js";
import { toJflap } from "../../automata/interop/jflap.js";
import { toJson } from "../../automata/interop/json.js";
import { minimize } from "../../automata/minimize.js";
import { alphabetFromFlags } from "../support/alphabet-options.js";
import { integerFlag } from "../support/common-flags.js";
import { readLanguage } from "../support/files.js";
import type { CliIo } from "../support/io.js";
import { renderSvg } from "../support/svg.js";
import { writeAtomic } from "../support/write.js";
import {
  type DfaSummary,
  dfaSummaryRows,
  formatRows,
  type SummaryOptions,
  summarizeDfa,
} from "../views/dfa-summary.js";

interface CompileFlags {
  readonly alphabet?: string;
  readonly tokens?: string;
  readonly json?: boolean;
  readonly dot?: boolean;
  readonly jflap?: boolean;
  readonly dfa?: boolean;
  readonly svg?: string;
  readonly out?: string;
  readonly budget: number;
  readonly lengths: number;
  readonly words: number;
}

/** The facts `compile` reports about a minimal DFA: the regex, then the DFA's summary. */
export interface CompileSummary extends DfaSummary {
  readonly regex: string;
}

/**
 * The summary of a compiled DFA (pure; the command prints it).
 *
 * @example
 * ```ts
 * summarize("(ab)*", dfa, { lengths: 8, words: 5, budget: 1e6 }).stateCount; // 3
 * ```
 */
export function summarize(regex: string, dfa: Dfa, options: SummaryOptions): CompileSummary {
  return { regex, ...summarizeDfa(dfa, options) };
}

/**
 * The human-readable form of a summary.
 *
 * @example
 * ```ts
 * io.out(formatSummary(summary));
 * ```
 */
export function formatSummary(s: CompileSummary): string {
  return formatRows([["regex", s.regex], ...dfaSummaryRows(s)]);
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
      .description(
        "compile a regex (or read an automaton, or draw a random target) to its minimal DFA and print its properties",
      )
      .argument(
        "<regex>",
        "the regex (tokens in angle brackets: <hello>; \\ escapes), an automaton file (.json, .dot, .gv, .jff), or random:N:K[:SEED]",
      )
      .option("--alphabet <symbols>", "single characters (ab) or comma-separated symbols (a,b)")
      .option("--tokens <tokens>", "comma-separated word tokens (hello,world)")
      .option("--json", "print one JSON object: the properties and the automaton")
      .addOption(
        new Option("--dot", "print the automaton in Graphviz DOT").conflicts(["json", "jflap"]),
      )
      .addOption(
        new Option("--jflap", "print the automaton as a JFLAP .jff file").conflicts(["json"]),
      )
      .addOption(
        new Option(
          "--dfa",
          "print the automaton alone as LimitLab JSON (version 1), the format every command reads",
        ).conflicts(["json", "dot", "jflap"]),
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
  limitlab compile '!(.*aa.*)' --alphabet ab       # star-free: no two a's in a row
  limitlab compile random:200:2:42 --dfa --out target.json   # a seeded random query target
  limitlab compile random:200:2:42 --dot --out target.dot    # the same target for Graphviz`,
      )
      .action(async (regex: string, flags: CompileFlags) => {
        const given = alphabetFromFlags(flags);
        const dfa = minimize(
          readLanguage(regex, {
            ...(given === undefined ? {} : { alphabet: given }),
            budget: flags.budget,
          }),
        );
        const summary = summarize(regex, dfa, flags);
        const text = flags.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : flags.dfa
            ? toJson(dfa)
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
