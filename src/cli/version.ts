/**
 * The package version, read from package.json once.
 *
 * @module
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function findVersion(): string {
  for (const p of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === "limitlab" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // try the next location (source tree vs dist/src)
    }
  }
  return "0.0.0";
}

/**
 * The version of this LimitLab, as package.json says.
 *
 * @example
 * ```ts
 * io.out(`${VERSION}\n`); // "0.1.0"
 * ```
 */
export const VERSION: string = findVersion();
