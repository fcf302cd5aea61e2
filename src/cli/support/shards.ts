/**
 * Running the shards of a proof run in parallel child processes (`prove --jobs N`): each
 * child is `limitlab prove --shard i/N --out FILE --progress-lines`, which reports progress
 * as `@progress done total` lines on stderr; this module sums them into one progress line,
 * passes every other line through, and on Ctrl-C asks each child to stop (each then writes
 * its partial shard report). Children run in their own process group, so a Ctrl-C at the
 * terminal reaches them once, through the parent.
 *
 * @module
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { CliIo } from "./io.js";
import { progressMeter } from "./progress.js";
import { selfCommand } from "./self.js";

/**
 * The prefix of a child's machine-readable progress line.
 *
 * @example
 * ```ts
 * io.err(`${PROGRESS_PREFIX}3 25\n`); // a child has done 3 of its 25 units
 * ```
 */
export const PROGRESS_PREFIX = "@progress ";

/** How one child ended. */
export interface ShardExit {
  readonly index: number;
  /** The exit code, or null when a signal ended it. */
  readonly code: number | null;
  readonly signal: string | null;
}

/** What {@link runShards} returns. */
export interface ShardsResult {
  readonly interrupted: boolean;
  readonly exits: readonly ShardExit[];
}

/**
 * Starts `count` children, child i running `limitlab <args(i)>`, and waits for all of them.
 *
 * @example
 * ```ts
 * const r = await runShards(io, 4, (i) => ["prove", "--shard", `${i}/4`, "--out", path(i), "--progress-lines"]);
 * ```
 */
export async function runShards(
  io: CliIo,
  count: number,
  args: (index: number) => readonly string[],
  options: { readonly quiet?: boolean } = {},
): Promise<ShardsResult> {
  const meter = progressMeter(io, {
    label: `proofs (${count} processes)`,
    unit: "units",
    ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
  });
  const done = new Array<number>(count).fill(0);
  const totals = new Array<number | undefined>(count).fill(undefined);
  const children = Array.from({ length: count }, (_, k) => {
    const { command, args: argv } = selfCommand(args(k + 1));
    return spawn(command, argv, { stdio: ["ignore", "ignore", "pipe"], detached: true });
  });
  let interrupted = false;
  const unsubscribe = io.onInterrupt?.(() => {
    interrupted = true;
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGINT");
  });
  try {
    const exits = await Promise.all(
      children.map(
        (child, k) =>
          new Promise<ShardExit>((resolve) => {
            const lines = createInterface({ input: child.stderr });
            lines.on("line", (line) => {
              if (!line.startsWith(PROGRESS_PREFIX)) {
                io.err(`[shard ${k + 1}/${count}] ${line}\n`);
                return;
              }
              const [d, t] = line.slice(PROGRESS_PREFIX.length).split(" ").map(Number);
              done[k] = d ?? 0;
              totals[k] = t;
              const known = totals.every((x) => x !== undefined);
              const sum = (xs: readonly (number | undefined)[]) =>
                xs.reduce<number>((a, x) => a + (x ?? 0), 0);
              meter.update(sum(done), known ? sum(totals) : undefined);
            });
            child.on("error", (e) => {
              io.err(`[shard ${k + 1}/${count}] cannot start: ${e.message}\n`);
              resolve({ index: k + 1, code: null, signal: null });
            });
            child.on("close", (code, signal) => resolve({ index: k + 1, code, signal }));
          }),
      ),
    );
    meter.finish(!interrupted);
    return { interrupted, exits };
  } finally {
    unsubscribe?.();
  }
}
