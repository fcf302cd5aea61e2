/**
 * The flags every command spells the same way (issue 8, "Common flags"): `--seed`, `--json`
 * (machine-readable, stable schema), `--csv`, `--out FILE` (written atomically), `--svg FILE`
 * (a plot) and `--budget`; the number parsers behind them, which turn a bad value into one
 * line naming the flag; and {@link emit}, which sends a command's output to `--out` or stdout.
 *
 * @module
 */
import { type Command, Option } from "commander";
import { UserError } from "./fail.js";
import type { CliIo } from "./io.js";
import { writeAtomic } from "./write.js";

/**
 * The default seed of every seeded command: 42.
 *
 * @example
 * ```ts
 * withCommonFlags(cmd, { seed: true }); // --seed defaults to DEFAULT_CLI_SEED
 * ```
 */
export const DEFAULT_CLI_SEED = 42;

/** The common flags as commander hands them to an action. */
export interface CommonFlags {
  readonly seed: number;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly out?: string;
  readonly svg?: string;
}

const quoted = (v: string) => JSON.stringify(v);

/**
 * A parser of whole numbers ≥ `min` for the flag `name`.
 *
 * @example
 * ```ts
 * integerFlag("--steps", 1)("20"); // 20
 * integerFlag("--steps", 1)("0"); // throws: --steps takes a whole number ≥ 1, not "0"
 * ```
 */
export function integerFlag(
  name: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): (v: string) => number {
  return (v) => {
    const n = v.trim() === "" ? Number.NaN : Number(v);
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new UserError(
        `${name} takes a whole number ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in ${min}..${max}`}, not ${quoted(v)}`,
      );
    return n;
  };
}

/**
 * A parser of finite real numbers for the flag `name`, optionally bounded below (exclusive).
 *
 * @example
 * ```ts
 * realFlag("--rate", 0)("1.5"); // 1.5
 * realFlag("--rate", 0)("0"); // throws: --rate takes a number > 0, not "0"
 * ```
 */
export function realFlag(name: string, above?: number): (v: string) => number {
  return (v) => {
    const n = v.trim() === "" ? Number.NaN : Number(v);
    if (!Number.isFinite(n) || (above !== undefined && n <= above))
      throw new UserError(
        `${name} takes a number${above === undefined ? "" : ` > ${above}`}, not ${quoted(v)}`,
      );
    return n;
  };
}

/**
 * Parses a seed: a 32-bit unsigned integer.
 *
 * @example
 * ```ts
 * seedFlag("7"); // 7
 * ```
 */
export const seedFlag: (v: string) => number = integerFlag("--seed", 0, 0xffffffff);

/** Which of the common flags a command takes, and its budget flag if any. */
export interface CommonFlagSpec {
  readonly seed?: boolean;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly out?: boolean;
  /** `--svg FILE` with what the plot shows. */
  readonly svg?: string;
  /** `--budget N` with what it counts and its default. */
  readonly budget?: { readonly what: string; readonly default: number };
}

/**
 * Adds the common flags to `command` (each spelled and described the same everywhere).
 *
 * @example
 * ```ts
 * withCommonFlags(new Command("learn"), { seed: true, json: true, csv: true, out: true });
 * ```
 */
export function withCommonFlags(command: Command, spec: CommonFlagSpec): Command {
  if (spec.seed === true)
    command.option(
      "--seed <n>",
      "seed of every random choice (0..2^32-1)",
      seedFlag,
      DEFAULT_CLI_SEED,
    );
  if (spec.json === true)
    command.addOption(
      new Option("--json", "print one JSON object (stable schema) instead of text"),
    );
  if (spec.csv === true)
    command.addOption(new Option("--csv", "print CSV instead of text").conflicts("json"));
  if (spec.out === true)
    command.option("--out <file>", "write the output to a file (atomically) instead of stdout");
  if (spec.svg !== undefined)
    command.option("--svg <file>", `also draw ${spec.svg} as an SVG file`);
  if (spec.budget !== undefined)
    command.option(
      "--budget <n>",
      `most ${spec.budget.what}`,
      integerFlag("--budget", 1),
      spec.budget.default,
    );
  return command;
}

/**
 * Sends a command's output to `--out` (atomically) or to stdout.
 *
 * @example
 * ```ts
 * emit(io, flags, `${JSON.stringify(report, null, 2)}\n`);
 * ```
 */
export function emit(io: CliIo, flags: { readonly out?: string }, text: string): void {
  if (flags.out !== undefined) writeAtomic(flags.out, text);
  else io.out(text);
}

/**
 * Pretty JSON with a final newline, bigints as decimal strings.
 *
 * @example
 * ```ts
 * jsonText({ n: 3n }); // '{\n  "n": "3"\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v), 2)}\n`;
}

/**
 * CSV text of rows (RFC 4180 quoting where a cell needs it), with a final newline.
 *
 * @example
 * ```ts
 * csvText([["step", "guess"], [1, "a,b"]]); // 'step,guess\n1,"a,b"\n'
 * ```
 */
export function csvText(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const cell = (v: string | number | boolean | null) => {
    const s = v === null ? "" : String(v);
    return /[",\n\r]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((r) => `${r.map(cell).join(",")}\n`).join("");
}
