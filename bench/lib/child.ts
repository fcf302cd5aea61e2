/**
 * Running part of a bench in a process of its own (so that its peak memory is its own, or so
 * that it can have a larger heap): the child prints one JSON line last on stdout, which is
 * returned parsed.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (tsx resolves from there). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Runs `node [nodeArgs] --import tsx script args` from the repository root, stderr passed
 * through, and parses the last line of its stdout as JSON.
 *
 * @example
 * ```ts
 * const r = runChild("bench/minimize.bench.ts", ["--child", "ours", "1000000", "2"]);
 * ```
 */
export function runChild(
  script: string,
  args: readonly string[],
  nodeArgs: readonly string[] = [],
): unknown {
  const r = spawnSync(process.execPath, [...nodeArgs, "--import", "tsx", script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 << 20,
  });
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} exited with ${r.status}`);
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last);
}

/** Peak resident memory of this process so far, in MB (process.resourceUsage().maxRSS). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
