/**
 * The terminal a command talks to, passed in so commands can be run in tests.
 *
 * @module
 */

/** Where a command writes and what it knows of its terminal. */
export interface CliIo {
  /** Writes to standard output (the result). */
  readonly out: (text: string) => void;
  /** Writes to standard error (progress, warnings). */
  readonly err: (text: string) => void;
  /** Is standard output an interactive terminal? */
  readonly isTTY: boolean;
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
  };
}
