/**
 * `limitlab learn`: runs learners on a family and a presentation of one of its members (a
 * text or an informant: shortlex, seeded random-fair, or a file) and prints each trace: mind
 * changes, convergence point, final guess, whether it is right and from which step.
 *
 * @module
 */
import { Command, Option } from "commander";
import * as O from "fp-ts/lib/Option.js";
import { wordToString } from "../../automata/word.js";
import { type Datum, isInformantDatum, isPause } from "../../identification/datum.js";
import { type Family, hasMember, member } from "../../identification/family/family.js";
import { learners } from "../../identification/learner/catalogue.js";
import { runPresentation } from "../../identification/learner/run.js";
import { correctFrom, finalCorrect, type Trace } from "../../identification/learner/trace.js";
import { informantViolation } from "../../identification/presentation/informant.js";
import { type Presentation, take } from "../../identification/presentation/presentation.js";
import { textViolation } from "../../identification/presentation/text.js";
import { alphabetFromFlags } from "../support/alphabet-options.js";
import { csvText, emit, integerFlag, jsonText, withCommonFlags } from "../support/common-flags.js";
import { orFailFlag } from "../support/fail.js";
import { checkIndex, FAMILIES, familyFromFlags, familyOptions } from "../support/families.js";
import type { CliIo } from "../support/io.js";
import { guardLearner, learnersFromFlags } from "../support/learners.js";
import { svgChart, terminalChart } from "../support/plot.js";
import { informantFromFlag, ORDERS, textFromFlag } from "../support/presentations.js";
import { writeAtomic } from "../support/write.js";
import { formatRuns, mindChangeChart, type RunView, traceCsvRows } from "../views/trace.js";

interface LearnFlags {
  readonly family: string;
  readonly base?: string;
  readonly capacity?: number;
  readonly alphabet?: string;
  readonly tokens?: string;
  readonly target: number;
  readonly learner: readonly string[];
  readonly text?: string;
  readonly informant?: string;
  readonly steps: number;
  readonly members?: number;
  readonly seed: number;
  readonly chart?: boolean;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly out?: string;
  readonly svg?: string;
}

/** The `--json` report of `learn` (version 1). */
export interface LearnReport {
  readonly version: 1;
  readonly seed: number;
  readonly family: {
    readonly description: string;
    readonly size: number | null;
    readonly layout: string;
  };
  readonly target: { readonly index: number; readonly name: string };
  readonly presentation: { readonly kind: "text" | "informant"; readonly description: string };
  /** Data read (the horizon, or fewer when a finite presentation ends). */
  readonly steps: number;
  /** The data as people read them: words (ε), `#` pauses, `+w`/`-w` for an informant. */
  readonly data: readonly string[];
  /** Where a given presentation is not one for the target, or null. */
  readonly violation: string | null;
  readonly runs: readonly RunView[];
  /** Catalogue learners `all` left out, with why. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

function showDatum(family: Family, d: Datum): string {
  if (isPause(d)) return "#";
  if (isInformantDatum(d)) return `${d.label ? "+" : "-"}${wordToString(family.alphabet, d.word)}`;
  return wordToString(family.alphabet, d);
}

function runView(trace: Trace, family: Family, index: number): RunView {
  const target = member(family, index);
  const final = O.toNullable(trace.final);
  return {
    learner: trace.learner,
    hypotheses: trace.hypotheses,
    mindChanges: trace.mindChanges,
    changeSteps: trace.changeSteps,
    convergence: O.toNullable(trace.convergence),
    final,
    finalName: final !== null && hasMember(family, final) ? family.at(final).name : null,
    correct: finalCorrect(trace, family, target),
    correctFrom: O.toNullable(correctFrom(trace, family, target)),
  };
}

/** The presentation the flags name, its first data, and where it leaves the target. */
function presented(
  flags: LearnFlags,
  family: Family,
  index: number,
): { p: Presentation<Datum>; data: Datum[]; violation: string | null } {
  const target = member(family, index);
  const name = family.at(index).name;
  if (flags.informant === undefined) {
    const text = textFromFlag(flags.text ?? "shortlex", target, name, flags.seed);
    const data = take(text, flags.steps);
    const v = O.toNullable(textViolation(target, data));
    const violation =
      v === null
        ? null
        : `step ${v.step} shows ${wordToString(family.alphabet, v.word)}, not in ${name}`;
    return { p: text, data, violation };
  }
  const informant = informantFromFlag(flags.informant, target, name, flags.seed);
  const data = take(informant, flags.steps);
  const v = O.toNullable(informantViolation(target, data));
  const violation =
    v === null
      ? null
      : `step ${v.step} labels ${wordToString(family.alphabet, v.datum.word)} ${v.datum.label ? "+" : "-"}, wrongly for ${name}`;
  return { p: informant, data, violation };
}

/**
 * Runs the learners the flags name and builds the report (the command prints it).
 *
 * @example
 * ```ts
 * const r = await learnReport({ family: "len", target: 3, learner: ["enumeration"], steps: 20, seed: 42 });
 * ```
 */
export async function learnReport(flags: LearnFlags): Promise<LearnReport> {
  const alphabet = alphabetFromFlags(flags);
  const family = familyFromFlags(flags.family, {
    seed: flags.seed,
    ...(flags.base === undefined ? {} : { base: flags.base }),
    ...(flags.capacity === undefined ? {} : { capacity: flags.capacity }),
    ...(alphabet === undefined ? {} : { alphabet }),
  });
  const index = checkIndex(family, flags.target, "--target");
  const name = family.at(index).name;
  const kind = flags.informant === undefined ? "text" : "informant";
  const { p, data, violation } = presented(flags, family, index);
  const chosen = await learnersFromFlags(
    flags.learner.length === 0
      ? [kind === "text" ? "all" : "enumeration-informant"]
      : flags.learner,
    family,
    kind,
    { seed: flags.seed, ...(flags.members === undefined ? {} : { members: flags.members }) },
  );
  const runs = chosen.learners.map((l) =>
    runView(
      orFailFlag(
        guardLearner(l.name, () => runPresentation(l, p, flags.steps)),
        "--learner",
      ),
      family,
      index,
    ),
  );
  return {
    version: 1,
    seed: flags.seed,
    family: {
      description: family.description,
      size: Number.isFinite(family.size) ? family.size : null,
      layout: family.layout,
    },
    target: { index, name },
    presentation: { kind, description: p.description },
    steps: data.length,
    data: data.map((d) => showDatum(family, d)),
    violation,
    runs,
    skipped: chosen.skipped,
  };
}

function formatLearn(r: LearnReport, chart: boolean, colors: boolean): string {
  const lines = [
    `${r.family.description}: target ${r.target.index} (${r.target.name})`,
    `${r.presentation.description}, ${r.steps} data, seed ${r.seed}`,
    "",
    formatRuns(r.runs).trimEnd(),
    "",
    `data: ${r.data.slice(0, 30).join(", ")}${r.data.length > 30 ? ", …" : ""}`,
  ];
  if (r.violation !== null)
    lines.push(`warning: the presentation is not one for the target: ${r.violation}`);
  for (const s of r.skipped) lines.push(`skipped ${s.name}: ${s.reason}`);
  if (chart)
    lines.push("", terminalChart(mindChangeChart(r.runs, "mind changes"), { colors }).trimEnd());
  return `${lines.join("\n")}\n`;
}

const collect = (v: string, previous: readonly string[]) => [
  ...previous,
  ...v.split(",").filter((s) => s !== ""),
];

/**
 * The `learn` command.
 *
 * @example
 * ```ts
 * program.addCommand(learnCommand.build(io));
 * ```
 */
export const learnCommand = {
  name: "learn",
  build(io: CliIo): Command {
    const command = familyOptions(
      new Command("learn").description(
        "run learners on a family and a presentation, and print their traces",
      ),
      `a family: ${Object.keys(FAMILIES).join(", ")}, or a family JSON file`,
    )
      .option("--target <index>", "the member presented", integerFlag("--target"), 0)
      .option(
        "--learner <names>",
        `learners (repeat or comma-separate): all, ${Object.keys(learners).join(", ")}, or ./module.js`,
        collect,
        [] as string[],
      )
      .addOption(
        new Option(
          "--text <order|file>",
          `a text: ${ORDERS.join(", ")}, or a file (a word per line, # a pause)`,
        ).conflicts("informant"),
      )
      .option(
        "--informant <order|file>",
        `an informant: ${ORDERS.join(", ")}, or a JSONL file of {"word", "label"}`,
      )
      .option("--steps <n>", "data to read", integerFlag("--steps", 1), 100)
      .option(
        "--members <n>",
        "members a learner examines per datum (its window)",
        integerFlag("--members", 1),
      )
      .option("--chart", "draw the mind changes in the terminal");
    return withCommonFlags(command, {
      seed: true,
      json: true,
      csv: true,
      out: true,
      svg: "the mind changes over time",
    })
      .addHelpText(
        "after",
        `
Examples:
  limitlab learn --family len --target 3 --steps 20
  limitlab learn --family gold --target 0 --learner enumeration,tell-tale --chart
  limitlab learn --family ft --base '<hi> <there>*' --target 4 --text random-fair --seed 7
  limitlab learn --family gold --informant shortlex --learner enumeration-informant
  limitlab learn --family zoo.json --learner ./my-learner.js --csv --out trace.csv

A learner module exports (as default or as "learner") a factory
  (family, { seed, members }) => ({ name, input?: "text" | "informant",
    init, step(state, datum), guess(state) })   // guess: fp-ts Option of an index
where a text datum is an array of symbol indices or "#", an informant datum { word, label }.`,
      )
      .action(async (flags: LearnFlags) => {
        const r = await learnReport(flags);
        if (flags.svg !== undefined)
          writeAtomic(
            flags.svg,
            svgChart(mindChangeChart(r.runs, `${r.family.description}: target ${r.target.index}`)),
          );
        emit(
          io,
          flags,
          flags.json === true
            ? jsonText(r)
            : flags.csv === true
              ? csvText(traceCsvRows(r.data, r.runs))
              : formatLearn(r, flags.chart === true, io.isTTY),
        );
      });
  },
};
