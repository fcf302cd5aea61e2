/**
 * How the CLI starts another copy of itself (the shards of `prove --jobs`): the same Node
 * binary on the same entry file, built (`dist/src/cli/main.js`) or from source
 * (`src/cli/main.ts` through tsx's loader).
 *
 * @module
 */
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

/** A program and its arguments, for `child_process.spawn`. */
export interface SelfCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/**
 * The command line that runs `limitlab <args>` in a fresh process.
 *
 * @example
 * ```ts
 * const { command, args } = selfCommand(["prove", "--shard", "1/2"]);
 * spawn(command, args, { stdio: "inherit" });
 * ```
 */
export function selfCommand(args: readonly string[]): SelfCommand {
  const here = import.meta.url;
  const fromSource = here.endsWith(".ts");
  const main = fileURLToPath(new URL(fromSource ? "../main.ts" : "../main.js", here));
  if (!fromSource) return { command: process.execPath, args: [main, ...args] };
  const loader = pathToFileURL(createRequire(here).resolve("tsx")).href;
  return { command: process.execPath, args: ["--import", loader, main, ...args] };
}
