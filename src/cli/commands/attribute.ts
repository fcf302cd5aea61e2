/**
 * `limitlab attribute`: which candidate models could have produced a sample (THEORY.md P1)?
 * Candidates are regexes or automaton files (`--model name=regex|file`, or a family file with
 * `--models`); the sample is a file with one output per line. Prints the candidate set
 * {M : S ⊆ L(M)} up to language equality (each excluded model with the output that excludes
 * it, and a word separating the first two classes left) and the ambiguity curve: candidate
 * classes after the first n outputs of the sample; with `--target`, also the library's curve
 * over seeded random-fair texts of that model.
 *
 * @module
 */
import { Command } from "commander";
import { type AmbiguityCurve, ambiguityCurve } from "../../attribution/attribution/ambiguity.js";
import { type CandidateSet, candidatesIn } from "../../attribution/attribution/candidates.js";
import { type CandidateModel, zooClasses } from "../../attribution/attribution/classes.js";
import { alphabetFromFlags } from "../support/alphabet-options.js";
import { csvText, emit, integerFlag, jsonText, withCommonFlags } from "../support/common-flags.js";
import { orFail, UserError } from "../support/fail.js";
import { buildMembers, type MemberSpec, readFamilyFile } from "../support/family-file.js";
import { automatonFormat, readSample } from "../support/files.js";
import type { CliIo } from "../support/io.js";
import { type Chart, svgChart, terminalChart } from "../support/plot.js";
import { writeAtomic } from "../support/write.js";

interface AttributeFlags {
  readonly model: readonly string[];
  readonly models?: string;
  readonly sample: string;
  readonly alphabet?: string;
  readonly tokens?: string;
  readonly target?: string;
  readonly horizon: number;
  readonly presentations: number;
  readonly chart?: boolean;
  readonly seed: number;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly out?: string;
  readonly svg?: string;
}

/** The `--json` report of `attribute` (version 1). */
export interface AttributeReport {
  readonly version: 1;
  readonly seed: number;
  readonly sample: string;
  readonly alphabet: readonly string[];
  readonly models: readonly string[];
  /** Distinct languages among the models. */
  readonly classes: number;
  readonly candidates: CandidateSet;
  /** Candidate classes after the first `size` outputs of the sample, size = 0..|S|. */
  readonly curve: readonly { readonly size: number; readonly candidates: number }[];
  /** With `--target`: the curve over seeded random-fair texts of that model. */
  readonly targetCurve: AmbiguityCurve | null;
}

function parseModel(spec: string): MemberSpec {
  const m = /^([^=]+)=(.+)$/u.exec(spec);
  if (m === null)
    throw new UserError(`--model takes name=regex or name=file, not ${JSON.stringify(spec)}`);
  const [, name, source] = m as unknown as [string, string, string];
  return {
    name: name.trim(),
    ...(automatonFormat(source) === undefined ? { regex: source } : { file: source }),
    provenance: { operator: "given" },
  };
}

function models(flags: AttributeFlags): CandidateModel[] {
  const alphabet = alphabetFromFlags(flags);
  if ((flags.models === undefined) === (flags.model.length === 0))
    throw new UserError(
      "give the candidates with --model name=regex (repeatable) or with --models family.json",
    );
  if (flags.models !== undefined) {
    const f = readFamilyFile(flags.models, alphabet === undefined ? {} : { alphabet });
    return Array.from({ length: f.size }, (_, i) => ({ name: f.at(i).name, dfa: f.at(i).dfa }));
  }
  const specs = flags.model.map(parseModel);
  const members = buildMembers(specs, alphabet === undefined ? {} : { alphabet }, (i) =>
    i === undefined ? "--model" : `--model ${specs[i]?.name}`,
  );
  return members.map((m, i) => ({ name: specs[i]?.name ?? `M${i}`, dfa: m.dfa }));
}

/**
 * Builds the report the flags ask for (the command prints it).
 *
 * @example
 * ```ts
 * attributeReport({ model: ["base=(a|b)*", "ft=a*"], sample: "outputs.txt", ... });
 * ```
 */
export function attributeReport(flags: AttributeFlags): AttributeReport {
  const list = models(flags);
  const zoo = orFail(zooClasses(list), "the models");
  const sample = readSample(flags.sample, zoo.alphabet);
  const set = orFail(candidatesIn(zoo, sample), flags.sample);
  const dropped = new Map<number, number>();
  for (const x of set.excluded) dropped.set(zoo.classOf[x.model] as number, x.position);
  const curve = Array.from({ length: sample.length + 1 }, (_, size) => ({
    size,
    candidates: zoo.classes.length - [...dropped.values()].filter((p) => p < size).length,
  }));
  let targetCurve: AmbiguityCurve | null = null;
  if (flags.target !== undefined) {
    const t = list.findIndex((m) => m.name === flags.target);
    if (t < 0)
      throw new UserError(
        `--target ${JSON.stringify(flags.target)} is not a model (models: ${list.map((m) => m.name).join(", ")})`,
      );
    targetCurve = orFail(
      ambiguityCurve(list, t, {
        horizon: flags.horizon,
        presentations: flags.presentations,
        seed: flags.seed,
      }),
      "--target",
    );
  }
  return {
    version: 1,
    seed: flags.seed,
    sample: flags.sample,
    alphabet: zoo.alphabet.symbols,
    models: list.map((m) => m.name),
    classes: zoo.classes.length,
    candidates: set,
    curve,
    targetCurve,
  };
}

function chartOf(r: AttributeReport): Chart {
  const series = [
    {
      name: `the sample (${r.sample})`,
      points: r.curve.map((p) => [p.size, p.candidates] as const),
    },
  ];
  const t = r.targetCurve;
  if (t !== null)
    series.push({
      name: `random-fair texts of ${t.targetName} (mean of ${t.seeds.length})`,
      points: t.points.map((p) => [p.size, p.mean] as const),
    });
  return {
    title: "ambiguity: candidate languages left",
    xLabel: "outputs read",
    yLabel: "candidate classes",
    steps: true,
    series,
  };
}

function formatAttribute(r: AttributeReport, chart: boolean, colors: boolean): string {
  const c = r.candidates;
  const lines = [
    `Attribution of ${c.sampleSize} outputs (${r.sample}) among ${r.models.length} models, ${r.classes} distinct languages`,
    "",
    `candidates: ${c.classes.length} language${c.classes.length === 1 ? "" : "s"}${c.certain ? " (certain)" : c.classes.length === 0 ? " (no model produces every output)" : ""}`,
    ...c.classes.map((k) => `  ${k.names.join(" = ")}`),
  ];
  if (c.separatingWord !== undefined)
    lines.push(`  an output separating the first two: ${c.separatingWord}`);
  if (c.excluded.length > 0)
    lines.push(
      "excluded:",
      ...c.excluded.map(
        (x) => `  ${x.name}: output ${x.position + 1} (${x.text}) is not in its language`,
      ),
    );
  lines.push(
    "",
    `ambiguity after 0..${c.sampleSize} outputs: ${r.curve.map((p) => p.candidates).join(" ")}`,
  );
  const t = r.targetCurve;
  if (t !== null)
    lines.push(
      `random-fair texts of ${t.targetName}: certain after ${t.certainAt.map((x) => x ?? "–").join(", ")} outputs (horizon ${t.horizon})`,
    );
  if (chart) lines.push("", terminalChart(chartOf(r), { colors }).trimEnd());
  return `${lines.join("\n")}\n`;
}

const collect = (v: string, previous: readonly string[]) => [...previous, v];

/**
 * The `attribute` command.
 *
 * @example
 * ```ts
 * program.addCommand(attributeCommand.build(io));
 * ```
 */
export const attributeCommand = {
  name: "attribute",
  build(io: CliIo): Command {
    const command = new Command("attribute")
      .description("which candidate models could have produced a sample of outputs?")
      .option(
        "--model <name=regex|file>",
        "a candidate model (repeatable); files: .json .dot .gv .jff",
        collect,
        [] as string[],
      )
      .option("--models <family.json>", "the candidates from a family file")
      .requiredOption(
        "--sample <file>",
        "one output per line (characters, or tokens separated by spaces; empty line = ε)",
      )
      .option("--alphabet <symbols>", "single characters (ab) or comma-separated symbols (a,b)")
      .option("--tokens <tokens>", "comma-separated word tokens (hello,world)")
      .option("--target <name>", "also the ambiguity curve over random-fair texts of this model")
      .option(
        "--horizon <n>",
        "outputs per random-fair text (--target)",
        integerFlag("--horizon", 1),
        40,
      )
      .option(
        "--presentations <n>",
        "random-fair texts (--target)",
        integerFlag("--presentations", 1),
        10,
      )
      .option("--chart", "draw the ambiguity curve in the terminal");
    return withCommonFlags(command, {
      seed: true,
      json: true,
      csv: true,
      out: true,
      svg: "the ambiguity curve",
    })
      .addHelpText(
        "after",
        `
Examples:
  limitlab attribute --model 'base=(a|b)*' --model 'ft=(ab)*' --model 'other=b*' --sample outputs.txt
  limitlab attribute --models zoo.json --sample outputs.txt --target base --svg ambiguity.svg
  limitlab attribute --tokens hi,there,bye --model 'chat=<hi> <there>* <bye>' --model 'short=<hi> <bye>' --sample chat.txt --json`,
      )
      .action((flags: AttributeFlags) => {
        const r = attributeReport(flags);
        if (flags.svg !== undefined) writeAtomic(flags.svg, svgChart(chartOf(r)));
        emit(
          io,
          flags,
          flags.json === true
            ? jsonText(r)
            : flags.csv === true
              ? csvText([["outputs", "candidates"], ...r.curve.map((p) => [p.size, p.candidates])])
              : formatAttribute(r, flags.chart === true, io.isTTY),
        );
      });
  },
};
