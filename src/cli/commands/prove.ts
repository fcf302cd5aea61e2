/**
 * `limitlab prove`: runs the proof suite (proofs/, through the library's runner in
 * src/proof) in deep mode, or fast with `--fast`, and writes its report as JSON and Markdown
 * (reports/proof-report.{json,md}, atomically). `--shard i/n` runs one slice and writes a
 * partial report; `--merge` joins the partial reports; `--jobs N` (default: every core) runs
 * N shards in child processes and merges them. Progress and an ETA go to stderr; Ctrl-C
 * writes the report so far (`"partial": true`) and exits 130. `LIMITLAB_SEED` and
 * `LIMITLAB_PROOF_RUNS` stand in for `--seed` and `--runs`.
 *
 * Exit codes: 0 when every property in the report passes (or is pending in a shard), 1 when
 * one fails, 130 when interrupted.
 *
 * @module
 */
import { rmSync } from "node:fs";
import { Command, Option } from "commander";
import * as E from "fp-ts/lib/Either.js";
import { mergeReports } from "../../proof/merge.js";
import { mutationScoreFromJson, withMutationScore } from "../../proof/mutation.js";
import { proofReportFromJson } from "../../proof/read-report.js";
import { proofReportToMarkdown } from "../../proof/report-markdown.js";
import { runProofs } from "../../proof/run.js";
import { parseShard, workUnits } from "../../proof/shard.js";
import {
  DEFAULT_SEED,
  type MutationScore,
  type ProofFile,
  type ProofOptions,
  type ProofReport,
  type Shard,
} from "../../proof/types.js";
import { integerFlag, jsonText, seedFlag } from "../support/common-flags.js";
import { orFailFlag, UserError } from "../support/fail.js";
import { readText } from "../support/files.js";
import type { CliIo } from "../support/io.js";
import { drive, interrupted, type ProgressValue } from "../support/progress.js";
import { PROGRESS_PREFIX, runShards } from "../support/shards.js";
import { writeAtomic } from "../support/write.js";
import { formatProofSummary } from "../views/proof-summary.js";

interface ProveFlags {
  readonly fast?: boolean;
  readonly runs?: number;
  readonly seed?: number;
  readonly shard?: string;
  readonly merge?: readonly string[];
  readonly jobs?: number;
  readonly out?: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
  readonly progressLines?: boolean;
  readonly proof?: string;
  readonly mutation?: string;
}

/**
 * The default report path (its `.md` twin is written beside it).
 *
 * @example
 * ```ts
 * reportPaths(undefined).json === DEFAULT_REPORT; // true
 * ```
 */
export const DEFAULT_REPORT = "reports/proof-report.json";

function fromEnv(name: string, parse: (v: string) => number): number | undefined {
  const v = process.env[name];
  if (v === undefined || v.trim() === "") return undefined;
  try {
    return parse(v);
  } catch (e) {
    throw new UserError(`${name}: ${(e as Error).message}`);
  }
}

const runsFlag = integerFlag("--runs", 1);

function proofOptions(flags: ProveFlags): ProofOptions {
  const seed = flags.seed ?? fromEnv("LIMITLAB_SEED", seedFlag) ?? DEFAULT_SEED;
  const runs = flags.runs ?? fromEnv("LIMITLAB_PROOF_RUNS", runsFlag);
  const shard =
    flags.shard === undefined ? undefined : orFailFlag(parseShard(flags.shard), "--shard");
  return {
    mode: flags.fast === true ? "fast" : "deep",
    seed,
    ...(runs === undefined ? {} : { runs }),
    ...(shard === undefined ? {} : { shard }),
  };
}

/**
 * Where a report goes: `--out` as given, else reports/proof-report.json (with the shard in
 * the name for a shard), and the Markdown beside it.
 *
 * @example
 * ```ts
 * reportPaths(undefined, { index: 2, count: 4 });
 * // { json: "reports/proof-report.shard-2-of-4.json", md: "reports/proof-report.shard-2-of-4.md" }
 * ```
 */
export function reportPaths(out: string | undefined, shard?: Shard): { json: string; md: string } {
  const stem = (out ?? DEFAULT_REPORT).replace(/\.json$/iu, "");
  return withSuffix(stem, out === undefined && shard !== undefined ? shardSuffix(shard) : "");
}

const shardSuffix = (s: Shard) => `.shard-${s.index}-of-${s.count}`;
const withSuffix = (stem: string, suffix: string) => ({
  json: `${stem}${suffix}.json`,
  md: `${stem}${suffix}.md`,
});

function writeReport(report: ProofReport, paths: { json: string; md: string }): void {
  writeAtomic(paths.json, jsonText(report));
  writeAtomic(paths.md, proofReportToMarkdown(report));
}

function readReport(path: string): ProofReport {
  const r = proofReportFromJson(readText(path));
  if (E.isLeft(r)) throw new UserError(`${path}: ${r.left.message}`, { error: r.left });
  return r.right;
}

/** The recorded mutation score `--mutation` names, read before any proof runs. */
function readMutation(path: string | undefined): MutationScore | undefined {
  if (path === undefined) return undefined;
  const m = mutationScoreFromJson(readText(path), path);
  if (E.isLeft(m)) throw new UserError(`--mutation ${path}: ${m.left.message}`, { error: m.left });
  return m.right;
}

function finish(
  io: CliIo,
  flags: ProveFlags,
  result: ProofReport,
  paths: { json: string; md: string },
  mutation?: MutationScore,
): void {
  const report = mutation === undefined ? result : withMutationScore(result, mutation);
  writeReport(report, paths);
  io.out(
    flags.json === true ? jsonText(report) : formatProofSummary(report, [paths.json, paths.md]),
  );
  if (report.verdict === "fail")
    throw new UserError(
      `${report.totals.failed} of ${report.totals.properties} properties failed (see ${paths.md})`,
    );
}

function* tapProgress<P, R>(
  steps: Generator<ProgressValue<P>, R, unknown>,
  io: CliIo,
): Generator<ProgressValue<P>, R, undefined> {
  let total = 0;
  for (;;) {
    const s = steps.next();
    if (s.done === true) {
      io.err(`${PROGRESS_PREFIX}${total} ${total}\n`);
      return s.value;
    }
    total = s.value.total ?? 0;
    io.err(`${PROGRESS_PREFIX}${s.value.done} ${total}\n`);
    yield s.value;
  }
}

/**
 * The proof registry, loaded only when proofs run (so no other command depends on proofs/),
 * or the proof files `only` names (comma-separated THEORY ids).
 */
async function registry(only: string | undefined): Promise<readonly ProofFile[]> {
  const all = (await import("../../../proofs/index.js")).proofs;
  if (only === undefined) return all;
  const ids = only.split(",").map((x) => x.trim());
  for (const id of ids)
    if (!all.some((p) => p.id === id))
      throw new UserError(
        `--proof: no proof file ${JSON.stringify(id)} (known: ${all.map((p) => p.id).join(", ")})`,
      );
  return all.filter((p) => ids.includes(p.id));
}

async function runHere(
  io: CliIo,
  flags: ProveFlags,
  options: ProofOptions,
  proofs: readonly ProofFile[],
  mutation: MutationScore | undefined,
): Promise<void> {
  const paths = reportPaths(flags.out, options.shard);
  const steps = runProofs(proofs, options);
  const child = flags.progressLines === true;
  const r = await drive(child ? tapProgress(steps, io) : steps, io, {
    label: `proofs (${options.mode})`,
    unit: "units",
    quiet: child || flags.quiet === true,
  });
  if (!r.interrupted) return finish(io, flags, r.value, paths, mutation);
  if (r.partial !== undefined) writeReport(r.partial, paths);
  throw interrupted(
    r.partial === undefined
      ? "nothing was run"
      : `partial report (${r.done} units) written to ${paths.json} and ${paths.md}`,
  );
}

async function runInProcesses(
  io: CliIo,
  flags: ProveFlags,
  options: ProofOptions,
  jobs: number,
  mutation: MutationScore | undefined,
): Promise<void> {
  const paths = reportPaths(flags.out);
  const stem = paths.json.replace(/\.json$/u, "");
  const shard = (i: number) => withSuffix(stem, shardSuffix({ index: i, count: jobs }));
  const common = [
    ...(options.mode === "fast" ? ["--fast"] : []),
    "--seed",
    String(options.seed),
    ...(options.runs === undefined ? [] : ["--runs", String(options.runs)]),
    ...(flags.proof === undefined ? [] : ["--proof", flags.proof]),
  ];
  const shards = Array.from({ length: jobs }, (_, k) => shard(k + 1));
  const clean = () => {
    for (const f of shards) for (const p of [f.json, f.md]) rmSync(p, { force: true });
  };
  clean();
  const r = await runShards(
    io,
    jobs,
    (i) => [
      "prove",
      "--shard",
      `${i}/${jobs}`,
      "--out",
      shard(i).json,
      "--progress-lines",
      "--jobs",
      "1",
      ...common,
    ],
    flags.quiet === undefined ? {} : { quiet: flags.quiet },
  );
  const shardFiles = shards.map((f) => f.json);
  if (r.interrupted)
    throw interrupted(
      `partial shard reports kept in ${shardFiles.join(", ")}; re-run an unfinished shard with --shard i/${jobs}, then --merge`,
    );
  for (const e of r.exits)
    if (e.code !== 0 && e.code !== 1)
      throw new UserError(
        `shard ${e.index}/${jobs} stopped (${e.signal ?? `exit code ${e.code}`}); its messages are above`,
      );
  const merged = orFailFlag(mergeReports(shardFiles.map(readReport)), "--jobs");
  clean();
  finish(io, flags, merged, paths, mutation);
}

/**
 * The `prove` command.
 *
 * @example
 * ```ts
 * program.addCommand(proveCommand.build(io));
 * ```
 */
export const proveCommand = {
  name: "prove",
  build(io: CliIo): Command {
    return new Command("prove")
      .description("run the proof suite (deep mode) and write its report")
      .option("--fast", "fast mode (the runs of npm test) instead of deep")
      .option("--runs <n>", "runs per random property (overrides LIMITLAB_PROOF_RUNS)", runsFlag)
      .option("--seed <n>", `run seed (overrides LIMITLAB_SEED; default ${DEFAULT_SEED})`, seedFlag)
      .option("--proof <ids>", "run only these proof files (comma-separated THEORY ids)")
      .option("--shard <i/n>", "run only shard i of n and write a partial report")
      .addOption(
        new Option("--merge <reports...>", "join the partial reports of shards 1..n").conflicts([
          "shard",
          "fast",
          "runs",
          "seed",
          "jobs",
          "proof",
        ]),
      )
      .option(
        "--jobs <n>",
        "shards run in parallel processes (default: every core)",
        integerFlag("--jobs", 1),
      )
      .option(
        "--mutation <file>",
        "attach a recorded mutation score (bench/results/mutation.json) to the report",
      )
      .option("--out <file>", `the JSON report (the .md beside it; default ${DEFAULT_REPORT})`)
      .option("--json", "print the JSON report on stdout instead of the summary")
      .option("--quiet", "no progress on stderr")
      .addOption(
        new Option("--progress-lines", "machine-readable progress (for --jobs)").hideHelp(),
      )
      .addHelpText(
        "after",
        `
Examples:
  limitlab prove                            # deep run on every core: reports/proof-report.{json,md}
  limitlab prove --fast --jobs 1            # what npm test runs, in one process
  limitlab prove --runs 10000 --seed 7      # more runs, another seed
  limitlab prove --proof C11,B3             # only these proof files
  limitlab prove --shard 2/8                # one slice: reports/proof-report.shard-2-of-8.json
  limitlab prove --merge reports/proof-report.shard-*-of-8.json
  limitlab prove --mutation bench/results/mutation.json   # what npm run proofs runs

Ctrl-C writes the report so far, marked "partial": true, and exits with code 130.`,
      )
      .action(async (flags: ProveFlags) => {
        const mutation = readMutation(flags.mutation);
        if (flags.merge !== undefined) {
          const merged = orFailFlag(mergeReports(flags.merge.map(readReport)), "--merge");
          return finish(io, flags, merged, reportPaths(flags.out), mutation);
        }
        const options = proofOptions(flags);
        const proofs = await registry(flags.proof);
        const units = workUnits(proofs).length;
        const jobs = Math.min(
          options.shard === undefined ? (flags.jobs ?? io.cores ?? 1) : 1,
          units,
        );
        return jobs > 1
          ? runInProcesses(io, flags, options, jobs, mutation)
          : runHere(io, flags, options, proofs, mutation);
      });
  },
};
