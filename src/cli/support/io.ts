/**
 * The terminal a command talks to, passed in so commands can be run in tests.
 *
 * @module
 */
import { availableParallelism } from "node:os";

/** Where a command writes and what it knows of its terminal. */
export interface CliIo {
  /** Writes to standard output (the result). */
  readonly out: (text: string) => void;
  /** Writes to standard error (progress, warnings). */
  readonly err: (text: string) => void;
  /** Is standard output an interactive terminal? */
  readonly isTTY: boolean;
  /**
   * Is standard error an interactive terminal (progress then redraws one line)?
   * @defaultValue false
   */
  readonly errIsTTY?: boolean;
  /**
   * Milliseconds on a monotonic clock, for progress and ETAs.
   * @defaultValue `performance.now`
   */
  readonly now?: () => number;
  /**
   * Calls `handler` on Ctrl-C (SIGINT) until the returned function is called. While a handler
   * is registered the process does not die on Ctrl-C: the command stops cleanly instead.
   * @defaultValue never calls the handler
   */
  readonly onInterrupt?: (handler: () => void) => () => void;
  /**
   * Cores available to parallel work (`prove --jobs`).
   * @defaultValue 1
   */
  readonly cores?: number;
}

/**
 * The process's own terminal.
 *
 * @example
 * ```ts
 * processIo().out("hello\n");
 * ```
 */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true && process.stdin.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
    onInterrupt: (handler) => {
      process.on("SIGINT", handler);
      return () => process.off("SIGINT", handler);
    },
    cores: availableParallelism(),
  };
}
