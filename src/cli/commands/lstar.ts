/**
 * `limitlab lstar [target]`: query learning (L*, Kearns–Vazirani, L#) against a regex, an
 * automaton file, or a command that answers membership queries on stdin/stdout (so a real
 * model behind a script can be queried). With a target the teacher is exact (the shortest,
 * then shortlex-least counterexample) unless `--black-box`; a command is always a black box,
 * whose equivalence queries are tested by seeded random words and then the W-method. Prints
 * the learned DFA's properties and the query counts; Ctrl-C prints the counts so far,
 * marked partial, and exits 130.
 *
 * @module
 */
import { Command } from "commander";
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { accepts, type Dfa, stateCount } from "../../automata/dfa.js";
import { equivalent } from "../../automata/equivalence.js";
import { minimize } from "../../automata/minimize.js";
import type { LearnResult, QueryStats } from "../../identification/query/learner.js";
import { lstarBound } from "../../identification/query/lstar/lstar.js";
import { type QueryProgress, queryRun } from "../../identification/query/run.js";
import { blackBoxTeacher, type Teacher, teacher } from "../../identification/query/teacher.js";
import { alphabetFromFlags } from "../support/alphabet-options.js";
import { type CommandMembership, commandMembership } from "../support/command-membership.js";
import { emit, integerFlag, jsonText, withCommonFlags } from "../support/common-flags.js";
import { orFail, UserError } from "../support/fail.js";
import { readLanguage } from "../support/files.js";
import type { CliIo } from "../support/io.js";
import { drive, interrupted, type ProgressValue } from "../support/progress.js";
import {
  PROCESSOR_NAMES,
  QUERY_ALGORITHMS,
  type QueryAlgorithm,
  queryAlgorithm,
  queryLearner,
} from "../support/query-learners.js";
import {
  DEFAULT_SUMMARY,
  type DfaSummary,
  dfaSummaryRows,
  formatRows,
  summarizeDfa,
} from "../views/dfa-summary.js";
import { queryStatsRows } from "../views/query-stats.js";

interface LstarFlags {
  readonly alphabet?: string;
  readonly tokens?: string;
  readonly algorithm: string;
  readonly processor?: string;
  readonly command?: string;
  readonly blackBox?: boolean;
  readonly queries: string;
  readonly words: number;
  readonly maxLength: number;
  readonly depth: number;
  readonly timeout: number;
  readonly seed: number;
  readonly budget: number;
  readonly json?: boolean;
  readonly out?: string;
}

/** The `--json` report of `lstar` (version 1). */
export interface LstarReport {
  readonly version: 1;
  readonly algorithm: QueryAlgorithm;
  readonly processor: string;
  readonly target: string | null;
  readonly command: string | null;
  readonly teacher: "exact" | "black-box";
  /** The query model: one bit per word (`words`) or letter-by-letter runs (`runs`). */
  readonly queries: "words" | "runs";
  readonly seed: number;
  readonly partial: boolean;
  /** Why the report is partial (`"interrupted"`), or null. */
  readonly reason: string | null;
  readonly stats: QueryStats | null;
  readonly learned: DfaSummary | null;
  /** Is the learned DFA equivalent to the target? null without a target (a command). */
  readonly correct: boolean | null;
  /** Angluin's bound (k+1)(n+m(n−1))n for L*, with n the target's states, m the longest counterexample. */
  readonly lstarBound: number | null;
}

function* withNote<R>(
  steps: Generator<QueryProgress, R, void>,
): Generator<ProgressValue<QueryProgress["partial"]>, R, undefined> {
  for (;;) {
    const s = steps.next();
    if (s.done === true) return s.value;
    const st = s.value.partial.stats;
    yield { ...s.value, current: `${st.membershipQueries} membership queries` };
  }
}

function formatReport(r: LstarReport): string {
  const model = r.queries === "runs" ? ", queries are runs" : "";
  const head = `${QUERY_ALGORITHMS[r.algorithm]} (${r.processor}) against ${r.target ?? `the command ${r.command}`}, ${r.teacher} teacher${model}${r.partial ? ` — PARTIAL (${r.reason})` : ""}`;
  const rows: [string, string][] = [];
  if (r.learned !== null) rows.push(...dfaSummaryRows(r.learned));
  if (r.stats !== null) rows.push(...queryStatsRows(r.stats, r.queries === "runs"));
  if (r.lstarBound !== null)
    rows.push(["Angluin's bound", `${r.lstarBound} membership queries ((k+1)(n+m(n−1))n)`]);
  if (r.correct !== null)
    rows.push(["correct", r.correct ? "yes (equivalent to the target)" : "NO"]);
  return `${head}\n\n${formatRows(rows)}`;
}

function queryModel(flags: LstarFlags): "words" | "runs" {
  if (flags.queries !== "words" && flags.queries !== "runs")
    throw new UserError(
      `--queries: unknown query model ${JSON.stringify(flags.queries)} (known: words, runs)`,
    );
  if (flags.queries === "runs" && (flags.command !== undefined || flags.blackBox === true))
    throw new UserError(
      "--queries runs needs a target to run letter by letter (not --command or --black-box)",
    );
  return flags.queries;
}

function makeTeacher(
  flags: LstarFlags,
  target: Dfa | undefined,
  command: { readonly m: CommandMembership; readonly alphabet: Alphabet } | undefined,
): Teacher {
  const oracle = {
    randomWords: { words: flags.words, maxLength: flags.maxLength, seed: flags.seed },
    wMethod: { depth: flags.depth },
  };
  if (command !== undefined) return blackBoxTeacher(command.m.membership, command.alphabet, oracle);
  if (target === undefined)
    throw new UserError("give a target (regex or automaton file) or --command");
  return flags.blackBox === true
    ? blackBoxTeacher((w) => accepts(target, w), target.alphabet, oracle)
    : teacher(target, { answers: queryModel(flags) });
}

async function learn(io: CliIo, spec: string | undefined, flags: LstarFlags): Promise<void> {
  const algorithm = queryAlgorithm(flags.algorithm);
  const queries = queryModel(flags);
  if (spec !== undefined && flags.command !== undefined)
    throw new UserError("give a target or --command, not both");
  const given = alphabetFromFlags(flags);
  const target =
    spec === undefined
      ? undefined
      : minimize(readLanguage(spec, given === undefined ? {} : { alphabet: given }));
  if (flags.command !== undefined && given === undefined)
    throw new UserError("--command needs --alphabet or --tokens");
  const command =
    flags.command === undefined || given === undefined
      ? undefined
      : {
          m: commandMembership(flags.command, given, { timeoutMs: flags.timeout * 1000 }),
          alphabet: given,
        };
  const m = command?.m;
  try {
    await m?.ready;
    const t = makeTeacher(flags, target, command);
    const learner = queryLearner(algorithm, t.alphabet, {
      ...(flags.processor === undefined ? {} : { processor: flags.processor }),
      shortest: t.counterexamples === "shortest",
      runs: t.trace !== undefined,
    });
    const run = await drive(
      withNote(queryRun(learner, t, { membershipQueries: flags.budget })),
      io,
      {
        label: QUERY_ALGORITHMS[algorithm],
        unit: "equivalence queries",
      },
    );
    const base = {
      version: 1 as const,
      algorithm,
      processor: flags.processor ?? "rivest-schapire",
      target: spec ?? null,
      command: flags.command ?? null,
      teacher:
        flags.command !== undefined || flags.blackBox === true
          ? ("black-box" as const)
          : ("exact" as const),
      queries,
      seed: flags.seed,
    };
    if (run.interrupted) {
      const partial: LstarReport = {
        ...base,
        partial: true,
        reason: "interrupted",
        stats: run.partial?.stats ?? null,
        learned: null,
        correct: null,
        lstarBound: null,
      };
      emit(io, flags, flags.json === true ? jsonText(partial) : formatReport(partial));
      throw interrupted(
        `after ${run.done} equivalence queries${flags.out === undefined ? "" : `; partial report in ${flags.out}`}`,
      );
    }
    const { dfa, stats }: LearnResult = orFail(run.value, QUERY_ALGORITHMS[algorithm]);
    const report: LstarReport = {
      ...base,
      partial: false,
      reason: null,
      stats,
      learned: summarizeDfa(dfa, DEFAULT_SUMMARY),
      correct: target === undefined ? null : O.isNone(equivalent(dfa, target)),
      lstarBound:
        algorithm === "lstar" && target !== undefined
          ? lstarBound(
              target.alphabet.symbols.length,
              stateCount(target),
              stats.longestCounterexample,
            )
          : null,
    };
    emit(io, flags, flags.json === true ? jsonText(report) : formatReport(report));
  } finally {
    await m?.close();
  }
}

/**
 * The `lstar` command.
 *
 * @example
 * ```ts
 * program.addCommand(lstarCommand.build(io));
 * ```
 */
export const lstarCommand = {
  name: "lstar",
  build(io: CliIo): Command {
    const command = new Command("lstar")
      .description("learn a DFA with membership and equivalence queries (L*, KV, L#)")
      .argument(
        "[target]",
        "the target: a regex, an automaton file (.json, .dot, .gv, .jff) or random:N:K[:SEED]",
      )
      .option("--alphabet <symbols>", "single characters (ab) or comma-separated symbols (a,b)")
      .option("--tokens <tokens>", "comma-separated word tokens (hello,world)")
      .option("--algorithm <name>", `${Object.keys(QUERY_ALGORITHMS).join(", ")}`, "lstar")
      .option(
        "--processor <name>",
        `counterexample processing: ${PROCESSOR_NAMES.join(", ")} (default rivest-schapire)`,
      )
      .option(
        "--command <cmd>",
        "answer membership queries by this command (one word per line in, 1/0 out)",
      )
      .option("--black-box", "test equivalence on the target as on a black box, not exactly")
      .option(
        "--queries <model>",
        "words: a membership query answers one word (Angluin); runs: the target is run letter by letter, a query reports the label after every letter and may be continued (AALpy's model)",
        "words",
      )
      .option(
        "--words <n>",
        "random test words per equivalence query (black box)",
        integerFlag("--words"),
        1000,
      )
      .option(
        "--max-length <n>",
        "longest random test word (black box)",
        integerFlag("--max-length"),
        24,
      )
      .option(
        "--depth <n>",
        "W-method depth: extra states the target may have (black box)",
        integerFlag("--depth"),
        1,
      )
      .option(
        "--timeout <s>",
        "seconds the command may take per answer",
        integerFlag("--timeout", 1),
        60,
      );
    return withCommonFlags(command, {
      seed: true,
      json: true,
      out: true,
      budget: { what: "membership queries (runs, with --queries runs)", default: 10_000_000 },
    })
      .addHelpText(
        "after",
        `
Examples:
  limitlab lstar '(ab)*'                                 # exact teacher
  limitlab lstar '(a|b)*a(a|b){3}' --algorithm lsharp --json
  limitlab lstar random:200:2:42 --algorithm lsharp --queries runs   # as AALpy counts
  limitlab lstar target.dot --black-box --depth 2
  limitlab lstar --alphabet ab --command './model.sh'     # a model behind a script

The command reads one word per line on stdin (tokens separated by spaces, an empty
line for the empty word) and answers 1 or 0 (also true/false) per line, e.g.
  #!/bin/sh
  while IFS= read -r w; do case "$w" in *aa*) echo 0;; *) echo 1;; esac; done`,
      )
      .action((target: string | undefined, flags: LstarFlags) => learn(io, target, flags));
  },
};
