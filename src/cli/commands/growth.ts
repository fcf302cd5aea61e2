/**
 * `limitlab growth`: the hypothesis-space model of THEORY.md P7 with every parameter a flag.
 * Two doubling times T_1 and T_k fix the growth rates of models and datasets (closed form);
 * from a starting point (M_0 models, D_0 datasets) it tabulates N_j(t) = M·Σ_{i≤j} C(D, i),
 * the fine-tunes on at most j datasets, and N_∞ = M·2^D, exactly while they fit and as log2
 * beyond. The defaults are the paper's calibration (0.5, 0.28) y read as k = 3 (a
 * reconstruction) and an illustrative start (100 models, 1000 datasets).
 *
 * @module
 */
import { Command } from "commander";
import * as E from "fp-ts/lib/Either.js";
import { type BigCountJson, bigCountJson } from "../../attribution/growth/big-count.js";
import {
  type GrowthJson,
  growthFromDoublingTimes,
  growthJson,
  P7_CALIBRATION,
} from "../../attribution/growth/doubling.js";
import { spaceOverTime } from "../../attribution/growth/hypothesis-space.js";
import {
  csvText,
  emit,
  integerFlag,
  jsonText,
  realFlag,
  withCommonFlags,
} from "../support/common-flags.js";
import { orFailFlag, UserError } from "../support/fail.js";
import type { CliIo } from "../support/io.js";
import { type Chart, svgChart, terminalChart } from "../support/plot.js";
import { writeAtomic } from "../support/write.js";
import { formatRows } from "../views/dfa-summary.js";

interface GrowthFlags {
  readonly t1: number;
  readonly tk: number;
  readonly k: number;
  readonly models: number;
  readonly datasets: number;
  readonly years: number;
  readonly step: number;
  readonly fineTunes: readonly number[];
  readonly chart?: boolean;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly out?: string;
  readonly svg?: string;
}

/** The `--json` report of `growth` (version 1). */
export interface GrowthReport {
  readonly version: 1;
  readonly parameters: {
    readonly t1: number;
    readonly tk: number;
    readonly k: number;
    readonly models: number;
    readonly datasets: number;
  };
  /** Set when T_1, T_k and k are the paper's calibration: what in it is a reconstruction. */
  readonly reconstruction: string | null;
  readonly growth: GrowthJson;
  /** Per j of `--fine-tunes` (null: N_∞), N_j at each time. */
  readonly curves: readonly {
    readonly j: number | null;
    readonly points: readonly {
      readonly years: number;
      readonly models: number;
      readonly datasets: number;
      readonly count: BigCountJson;
    }[];
  }[];
}

const parseJs = (v: string): number[] =>
  v.split(",").map((x) => {
    const t = x.trim().toLowerCase();
    if (t === "inf" || t === "infinity" || t === "∞") return Number.POSITIVE_INFINITY;
    return integerFlag("--fine-tunes")(t);
  });

/**
 * Builds the report the flags ask for.
 *
 * @example
 * ```ts
 * growthReport({ t1: 0.5, tk: 0.28, k: 3, models: 100, datasets: 1000, years: 4, step: 0.25, fineTunes: [1, 2, Infinity] });
 * ```
 */
export function growthReport(flags: GrowthFlags): GrowthReport {
  const field: Readonly<Record<string, string>> = { t1: "--t1", tk: "--tk", k: "--k" };
  const g = growthFromDoublingTimes(flags.t1, flags.tk, flags.k);
  const at = E.isLeft(g) && g.left.kind === "invalid-input" ? g.left.field : undefined;
  const growth = orFailFlag(g, (at === undefined ? undefined : field[at]) ?? "growth");
  const steps = Math.floor(flags.years / flags.step + 1e-9);
  const years = Array.from({ length: steps + 1 }, (_, i) =>
    Number((i * flags.step).toPrecision(12)),
  );
  const start = {
    models: flags.models,
    datasets: flags.datasets,
    modelDoublingYears: growth.modelDoublingYears,
    datasetDoublingYears: growth.datasetDoublingYears,
  };
  const curves = flags.fineTunes.map((j) => {
    const s = orFailFlag(spaceOverTime(start, j, years), "growth");
    return {
      j: Number.isFinite(j) ? j : null,
      points: s.map((p) => ({
        years: p.years,
        models: p.models,
        datasets: p.datasets,
        count: bigCountJson(p.count),
      })),
    };
  });
  const c = P7_CALIBRATION;
  const calibrated = flags.t1 === c.t1 && flags.tk === c.tk && flags.k === c.k;
  return {
    version: 1,
    parameters: {
      t1: flags.t1,
      tk: flags.tk,
      k: flags.k,
      models: flags.models,
      datasets: flags.datasets,
    },
    reconstruction: calibrated ? c.source : null,
    growth: growthJson(growth, [0, 1, 2, 3, 4, 5]),
    curves,
  };
}

const nName = (j: number | null) => (j === null ? "N_∞" : `N_${j}`);

function chartOf(r: GrowthReport): Chart {
  return {
    title: `fine-tunes of ${r.parameters.models} models on ${r.parameters.datasets} datasets, growing`,
    xLabel: "years",
    yLabel: "log2 of the count",
    series: r.curves.map((c) => ({
      name: nName(c.j),
      points: c.points.map((p) => [p.years, p.count.log2] as const),
    })),
  };
}

function showCount(c: BigCountJson): string {
  return c.exact !== null && c.exact.length <= 15 ? c.exact : `2^${c.log2.toFixed(1)}`;
}

function formatGrowth(r: GrowthReport, chart: boolean, colors: boolean): string {
  const p = r.parameters;
  const lines = [
    `Hypothesis space (P7): T_1 = ${p.t1} y, T_${p.k} = ${p.tk} y; start ${p.models} models, ${p.datasets} datasets`,
    ...(r.reconstruction === null ? [] : [`(calibration: ${r.reconstruction})`]),
    "",
    formatRows([
      ["models double every", `${r.growth.modelDoublingYears.toFixed(3)} y`],
      ["datasets double every", `${r.growth.datasetDoublingYears.toFixed(3)} y`],
      ...r.growth.doublingYears.map(
        (d) => [`N_${d.j} doubles every`, `${d.years.toFixed(3)} y`] as [string, string],
      ),
    ]).trimEnd(),
    "",
    ["years", "models", "datasets", ...r.curves.map((c) => nName(c.j))].join("\t"),
  ];
  const first = r.curves[0];
  for (const [i, pt] of (first?.points ?? []).entries())
    lines.push(
      [
        pt.years,
        pt.models,
        pt.datasets,
        ...r.curves.map((c) => showCount((c.points[i] as { count: BigCountJson }).count)),
      ].join("\t"),
    );
  if (chart) lines.push("", terminalChart(chartOf(r), { colors }).trimEnd());
  return `${lines.join("\n")}\n`;
}

/**
 * The `growth` command.
 *
 * @example
 * ```ts
 * program.addCommand(growthCommand.build(io));
 * ```
 */
export const growthCommand = {
  name: "growth",
  build(io: CliIo): Command {
    const c = P7_CALIBRATION;
    const command = new Command("growth")
      .description("how fast the space of candidate models grows (P7), every parameter a flag")
      .option("--t1 <years>", "doubling time of single-dataset fine-tunes", realFlag("--t1"), c.t1)
      .option(
        "--tk <years>",
        "doubling time of fine-tunes on up to k datasets",
        realFlag("--tk"),
        c.tk,
      )
      .option("--k <k>", "the k of --tk (> 1)", realFlag("--k"), c.k)
      .option("--models <n>", "base models at time 0", integerFlag("--models"), 100)
      .option("--datasets <n>", "datasets at time 0", integerFlag("--datasets"), 1000)
      .option("--years <y>", "years shown", realFlag("--years", 0), 4)
      .option("--step <y>", "years between rows", realFlag("--step", 0), 0.5)
      .option("--fine-tunes <js>", "the N_j shown: comma-separated j, inf for N_∞", parseJs, [
        1,
        2,
        3,
        Number.POSITIVE_INFINITY,
      ])
      .option("--chart", "draw log2 N_j in the terminal");
    return withCommonFlags(command, { json: true, csv: true, out: true, svg: "log2 N_j over time" })
      .addHelpText(
        "after",
        `
Examples:
  limitlab growth                              # the calibration (0.5, 0.28) y, k = 3
  limitlab growth --t1 0.6 --tk 0.3 --k 2 --models 50 --datasets 5000 --years 10 --svg growth.svg
  limitlab growth --fine-tunes 1,inf --json`,
      )
      .action((flags: GrowthFlags) => {
        if (flags.fineTunes.length === 0) throw new UserError("--fine-tunes needs at least one j");
        const r = growthReport(flags);
        if (flags.svg !== undefined) writeAtomic(flags.svg, svgChart(chartOf(r)));
        const csv = () => {
          const first = r.curves[0]?.points ?? [];
          return csvText([
            ["years", "models", "datasets", ...r.curves.map((x) => `log2 ${nName(x.j)}`)],
            ...first.map((pt, i) => [
              pt.years,
              pt.models,
              pt.datasets,
              ...r.curves.map((x) => (x.points[i] as { count: BigCountJson }).count.log2),
            ]),
          ]);
        };
        emit(
          io,
          flags,
          flags.json === true
            ? jsonText(r)
            : flags.csv === true
              ? csv()
              : formatGrowth(r, flags.chart === true, io.isTTY),
        );
      });
  },
};
