/**
 * `npm run bench`: runs every bench/<topic>.bench.ts in turn, each in a child process of its
 * own, then rewrites bench/RESULTS.md from the per-topic results (bench/results/<topic>.json,
 * rendered as bench/results/<topic>.md is).
 *
 * Usage: `npm run bench [-- --only minimize,equivalence] [-- --refa-1e6]`. Other flags are
 * passed to every bench file. RESULTS.md is rebuilt from every bench/results/<topic>.json
 * present, so a partial run keeps the other topics' last results (each table carries its date).
 *
 * Conventions for a bench file (see bench/lib/README.md):
 * - it is named bench/<topic>.bench.ts and runs as a script (`tsx bench/<topic>.bench.ts`);
 * - it builds every input outside the timing, fresh for each run (bench/lib/workloads.ts), and
 *   times with `timeRuns` (median of 7 after 2 warm-ups, bench/lib/timing.ts) after a
 *   `jitWarmUp` on small inputs of another seed;
 * - it runs its peers (refa, the C++ limit) in the same run and reports ratios, not only times;
 * - it checks every answer (a wrong answer aborts the bench);
 * - it ends with `writeTopic` (bench/lib/report.ts), which writes bench/results/<topic>.json
 *   (machine, date, options, rows, targets) and bench/results/<topic>.md;
 * - targets come from the issues and AMENDMENTS.md, each reported met / not met / not measured.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/child.js";
import { CPP_BUILD } from "./lib/cpp.js";
import { machine, machineLine } from "./lib/machine.js";
import {
  formatFiles,
  RESULTS_DIR,
  renderTopic,
  type TopicReport,
  writeAtomic,
} from "./lib/report.js";

const BENCH = join(ROOT, "bench");

/** The names of the files in `dir` ending in `suffix`, without it, sorted (none if no dir). */
function namesIn(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

const usage = (
  all: readonly string[],
) => `Usage: npm run bench [-- --only <topics>] [-- <flags for every bench file>]

Runs bench/<topic>.bench.ts for each topic (default: all), each in its own process, then
rewrites bench/RESULTS.md from bench/results/<topic>.json. Topics: ${all.join(", ")}.
A topic with results but no bench file (mutation) only rebuilds RESULTS.md.
Example: npm run bench -- --only minimize,query
`;

function main(argv: readonly string[]): number {
  const all = namesIn(BENCH, ".bench.ts");
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(usage(all));
    return 0;
  }
  const onlyAt = argv.indexOf("--only");
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? "").split(",") : null;
  // a topic with results but no bench file (mutation, from bench/mutation-summary.ts) only
  // rebuilds RESULTS.md
  const recorded = namesIn(RESULTS_DIR, ".json");
  const unknown = (only ?? []).filter((t) => !all.includes(t) && !recorded.includes(t));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: --only: no topic ${unknown.join(", ")} (topics: ${all.join(", ")})\n`,
    );
    return 2;
  }
  const passed = argv.filter((a, i) => a !== "--only" && (onlyAt < 0 || i !== onlyAt + 1));
  const topics = all.filter((t) => only === null || only.includes(t));
  let failed = 0;
  for (const t of topics) {
    process.stderr.write(`\n=== bench/${t}.bench.ts\n`);
    const r = spawnSync(process.execPath, ["--import", "tsx", `bench/${t}.bench.ts`, ...passed], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (r.status !== 0) {
      process.stderr.write(`bench/${t}.bench.ts failed (exit ${r.status})\n`);
      failed++;
    }
  }
  writeResults();
  return failed === 0 ? 0 : 1;
}

/** bench/RESULTS.md: machine, date, command, the target lines, then every topic's table. */
function writeResults(): void {
  const reports = namesIn(RESULTS_DIR, ".json").map(
    (t) => JSON.parse(readFileSync(join(RESULTS_DIR, `${t}.json`), "utf8")) as TopicReport,
  );
  const m = machine();
  const lines = [
    "# Benchmark results",
    "",
    `Command: \`npm run bench\`. Written ${m.date.slice(0, 10)} on ${machineLine(m)}.`,
    "",
    "Each figure is the median of 7 runs after 2 warm-ups, every run on a freshly built input,",
    "in a process whose JIT was first warmed on small inputs of another seed; ratios compare",
    "peers measured in the same run (refa 0.12.1 in process, the C++ Hopcroft of bench/limit/",
    `built with \`${CPP_BUILD}\` as a subprocess). This machine is shared and noisy: compare`,
    "ratios, not absolute times, across runs.",
    "",
    "## Targets",
    "",
  ];
  for (const r of reports)
    for (const t of r.targets) {
      const verdict = t.met === null ? "not measured" : t.met ? "met" : "NOT MET";
      lines.push(`- ${r.title}: ${t.target}: **${verdict}** (${t.measured})`);
    }
  lines.push("");
  for (const r of reports) lines.push(renderTopic(r));
  const out = join(BENCH, "RESULTS.md");
  writeAtomic(out, `${lines.join("\n").trimEnd()}\n`);
  formatFiles([out]);
  process.stderr.write(`\nwrote bench/RESULTS.md (${reports.length} topics)\n`);
}

process.exitCode = main(process.argv.slice(2));
