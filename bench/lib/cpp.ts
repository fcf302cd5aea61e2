/**
 * The C++ peer: bench/limit/hopcroft.cpp (a tuned Hopcroft on flat arrays over the same seeded
 * DFAs, the project's reference "limit"), compiled with g++ into bench/.build/ (gitignored) and
 * run as a subprocess. Its runs are split like ours: the first {@link WARMUPS} are dropped and
 * the median of the next {@link RUNS} is reported.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, RUNS, WARMUPS } from "./timing.js";

const BENCH = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = join(BENCH, "limit", "hopcroft.cpp");
const BINARY = join(BENCH, ".build", "hopcroft");
/** The build line of shared/reference/README.md. */
export const CPP_BUILD = "g++ -O2 -march=native -std=c++17";

/** A C++ measurement, or why there is none. */
export type CppOutcome =
  | {
      readonly ok: true;
      readonly medianMs: number;
      readonly runsMs: readonly number[];
      /** Thread CPU time of each run (bench/limit/hopcroft.cpp prints it beside the wall time). */
      readonly cpuMs: readonly number[];
      readonly states: number;
      readonly peakMb: number;
    }
  | { readonly ok: false; readonly reason: string };

let built: { ok: true } | { ok: false; reason: string } | undefined;

function compile(): { ok: true } | { ok: false; reason: string } {
  if (existsSync(BINARY) && statSync(BINARY).mtimeMs >= statSync(SOURCE).mtimeMs)
    return { ok: true };
  const probe = spawnSync("g++", ["--version"], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0)
    return { ok: false, reason: "g++ is not installed: the C++ peer was not run" };
  mkdirSync(dirname(BINARY), { recursive: true });
  const r = spawnSync("g++", [...CPP_BUILD.split(" ").slice(1), "-o", BINARY, SOURCE], {
    encoding: "utf8",
  });
  return r.status === 0
    ? { ok: true }
    : { ok: false, reason: `g++ failed: ${r.stderr.slice(0, 300)}` };
}

/** Compiles the peer once per process (again only when the source is newer than the binary). */
export function buildCpp(): { ok: true } | { ok: false; reason: string } {
  built ??= compile();
  return built;
}

/**
 * Minimises the seeded n-state DFA over k letters `WARMUPS + RUNS` times in the C++ peer.
 *
 * @example
 * ```ts
 * const c = runCpp(100_000, 2); // { ok: true, medianMs: 10.4, states: 79846, ... }
 * ```
 */
export function runCpp(n: number, k: number): CppOutcome {
  const b = buildCpp();
  if (!b.ok) return b;
  const r = spawnSync(BINARY, [String(n), String(k), String(WARMUPS + RUNS)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) return { ok: false, reason: `hopcroft exited with ${r.status}: ${r.stderr}` };
  const runs = [...r.stdout.matchAll(/states=(\d+) ms=([\d.]+) cpu_ms=([\d.]+)/g)];
  const peak = /peak_rss_mb=([\d.]+)/.exec(r.stdout);
  if (runs.length !== WARMUPS + RUNS || peak === null)
    return { ok: false, reason: `unexpected output of hopcroft: ${r.stdout.slice(0, 200)}` };
  const runsMs = runs.slice(WARMUPS).map((m) => Number(m[2]));
  return {
    ok: true,
    medianMs: median(runsMs),
    runsMs,
    cpuMs: runs.slice(WARMUPS).map((m) => Number(m[3])),
    states: Number(runs[0]?.[1]),
    peakMb: Number(peak[1]),
  };
}
