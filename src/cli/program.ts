/**
 * The `limitlab` program: the static list of commands handed to commander, and the one
 * place where a user's mistake becomes a single line on stderr and an exit code.
 *
 * Exit codes: 0 success, 1 a user error (bad regex, bad file, budget), 2 a usage error
 * (unknown command or flag), 130 interrupted.
 *
 * @module
 */
import { Command, CommanderError } from "commander";
import { isLimitLabError } from "../automata/support/errors.js";
import { commands } from "./commands/index.js";
import { UserError } from "./support/fail.js";
import type { CliIo } from "./support/io.js";
import { VERSION } from "./version.js";

/**
 * Builds the commander program over `io`.
 *
 * @example
 * ```ts
 * buildProgram(processIo()).parseAsync(["node", "limitlab", "compile", "(ab)*"]);
 * ```
 */
export function buildProgram(io: CliIo): Command {
  // a usage error is one line too: "limitlab: unknown option '--x' (see limitlab compile --help)"
  const output = (help: string) => ({
    writeOut: io.out,
    writeErr: io.err,
    outputError: (text: string, write: (s: string) => void) => {
      const line = text
        .replace(/^error: /u, "")
        .trim()
        .replace(/\s*\n\s*/gu, " ");
      write(`limitlab: ${line} (see ${help})\n`);
    },
  });
  const program = new Command("limitlab")
    .description(
      "Can the output of a language model be attributed to the model that produced it?\n" +
        "Identification in the limit, made executable.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .configureOutput(output("limitlab --help"))
    .exitOverride();
  for (const c of commands)
    program.addCommand(
      c
        .build(io)
        .exitOverride()
        .configureOutput(output(`limitlab ${c.name} --help`)),
    );
  return program;
}

/**
 * Runs the CLI on `args` (without `node` and the script) and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await runCli(["compile", "a*"], processIo());
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(["node", "limitlab", ...args]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit with code 0; usage errors were already printed by commander
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UserError) {
      io.err(`limitlab: ${e.message}\n${e.detail ?? ""}`);
      return e.code;
    }
    const carried = (e as { error?: unknown }).error;
    if (isLimitLabError(carried)) {
      io.err(`limitlab: ${carried.message}\n`);
      return 1;
    }
    throw e;
  }
}
