/**
 * Running the CLI in-process against a fake terminal, and as a subprocess from source.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/program.js";
import type { CliIo } from "../../src/cli/support/io.js";

/** A fake terminal: what was written, a clock the test moves, Ctrl-C on demand. */
export interface FakeTerminal {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
  /** Presses Ctrl-C (calls the registered handlers). */
  readonly interrupt: () => void;
  /** How many Ctrl-C handlers are registered now. */
  readonly listeners: () => number;
}

/** Options of the fake terminal. */
export interface FakeOptions {
  /** The clock; by default it advances 100 ms per reading. */
  readonly now?: () => number;
  /** Press Ctrl-C as soon as a handler is registered (it fires at the next turn of the loop). */
  readonly interruptAtOnce?: boolean;
  /** Press Ctrl-C when the default clock reaches this many milliseconds. */
  readonly interruptAt?: number;
  readonly cores?: number;
  readonly errIsTTY?: boolean;
}

/** A fresh fake terminal. */
export function fakeTerminal(options: FakeOptions = {}): FakeTerminal {
  let out = "";
  let err = "";
  let t = 0;
  const handlers = new Set<() => void>();
  const io: CliIo = {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    isTTY: false,
    errIsTTY: options.errIsTTY ?? false,
    now:
      options.now ??
      (() => {
        t += 100;
        if (t === options.interruptAt) for (const h of handlers) h();
        return t;
      }),
    onInterrupt: (h) => {
      handlers.add(h);
      if (options.interruptAtOnce === true) setImmediate(h);
      return () => handlers.delete(h);
    },
    cores: options.cores ?? 1,
  };
  return {
    io,
    out: () => out,
    err: () => err,
    interrupt: () => {
      for (const h of handlers) h();
    },
    listeners: () => handlers.size,
  };
}

/** Runs `limitlab args` in-process; returns the exit code and what it wrote. */
export async function cli(
  args: readonly string[],
  options: FakeOptions = {},
): Promise<{ code: number; out: string; err: string }> {
  const term = fakeTerminal(options);
  const code = await runCli(args, term.io);
  return { code, out: term.out(), err: term.err() };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "limitlab-cli-"));
}

/** The command line that runs the CLI from source in a subprocess. */
export const SOURCE_CLI: readonly string[] = ["--import", "tsx", "src/cli/main.ts"];

/** Runs `limitlab args` from source in a subprocess (synchronously). */
export function subprocess(
  args: readonly string[],
  input?: string,
): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [...SOURCE_CLI, ...args], {
    encoding: "utf8",
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Starts `limitlab args` from source in its own process group. */
export function startSubprocess(args: readonly string[]) {
  return spawn(process.execPath, [...SOURCE_CLI, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
}
