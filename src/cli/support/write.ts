/**
 * Files the CLI writes are written atomically: a temporary file in the same folder, then a
 * rename, so an interrupted run never leaves a half-written file behind.
 *
 * @module
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "./fail.js";

/**
 * Writes `content` to `path` atomically (creating the folder if needed).
 *
 * @example
 * ```ts
 * writeAtomic("reports/run.json", JSON.stringify(report));
 * ```
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UserError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
