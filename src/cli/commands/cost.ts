/**
 * `limitlab cost`: the compute cost of brute-force attribution (THEORY.md P8), every parameter
 * a flag and none defaulted: candidates × outputs × user contexts × 2·parameters·tokens FLOPs,
 * over the sustained FLOP/s, in Julian years. `--candidates` takes any positive integer (exact,
 * such as an N_k of `limitlab growth`) or a number like 1e5.
 *
 * @module
 */
import { Command } from "commander";
import { type BruteForceCost, bruteForceCost } from "../../attribution/cost.js";
import { emit, jsonText, realFlag, withCommonFlags } from "../support/common-flags.js";
import { orFailFlag, UserError } from "../support/fail.js";
import type { CliIo } from "../support/io.js";
import { formatDuration } from "../support/progress.js";
import { formatRows } from "../views/dfa-summary.js";

interface CostFlags {
  readonly candidates: number | bigint;
  readonly outputs: number;
  readonly userContexts: number;
  readonly parameters: number;
  readonly tokens: number;
  readonly sustainedFlops: number;
  readonly json?: boolean;
  readonly out?: string;
}

/**
 * Parses `--candidates`: digits give an exact bigint, anything else a positive number.
 *
 * @example
 * ```ts
 * candidatesFlag("16666750100"); // 16666750100n
 * candidatesFlag("1e5"); // 100000
 * ```
 */
export function candidatesFlag(v: string): number | bigint {
  if (/^\d+$/u.test(v.trim())) return BigInt(v.trim());
  return realFlag("--candidates", 0)(v);
}

const sci = (log10: number) => {
  const e = Math.floor(log10);
  return `${(10 ** (log10 - e)).toFixed(2)}e${e}`;
};

function formatCost(c: BruteForceCost): string {
  const p = c.params;
  const years = c.log10Years;
  return `Brute-force attribution (P8): every output scored by every candidate in every context\n\n${formatRows(
    [
      ["candidates", p.candidates],
      ["outputs", String(p.outputs)],
      ["user contexts", String(p.userContexts)],
      ["parameters", String(p.parameters)],
      ["tokens per output", String(p.tokens)],
      ["sustained FLOP/s", String(p.sustainedFlops)],
      [
        "FLOPs per evaluation",
        `${sci(Math.log10(c.flopsPerEvaluation))} (2 · parameters · tokens)`,
      ],
      ["evaluations", sci(c.log10Evaluations)],
      ["FLOPs", sci(c.log10Flops)],
      [
        "time",
        years >= 0
          ? `${sci(years)} years (Julian)`
          : c.log10Seconds >= 0
            ? formatDuration(10 ** c.log10Seconds * 1000)
            : `${sci(c.log10Seconds)} s`,
      ],
    ],
  )}`;
}

/**
 * The `cost` command.
 *
 * @example
 * ```ts
 * program.addCommand(costCommand.build(io));
 * ```
 */
export const costCommand = {
  name: "cost",
  build(io: CliIo): Command {
    const positive = (flag: string) => realFlag(flag, 0);
    const command = new Command("cost")
      .description("what brute-force attribution would cost (P8); every parameter explicit")
      .requiredOption(
        "--candidates <n>",
        "candidate models per output (an exact integer or e.g. 1e5)",
        candidatesFlag,
      )
      .requiredOption("--outputs <n>", "outputs to attribute", positive("--outputs"))
      .requiredOption(
        "--user-contexts <n>",
        "user contexts (prompts, states) per output and candidate",
        positive("--user-contexts"),
      )
      .requiredOption(
        "--parameters <n>",
        "parameters per candidate model",
        positive("--parameters"),
      )
      .requiredOption("--tokens <n>", "tokens scored per output and context", positive("--tokens"))
      .requiredOption(
        "--sustained-flops <n>",
        "sustained FLOP/s of the machine (not peak)",
        positive("--sustained-flops"),
      );
    return withCommonFlags(command, { json: true, out: true })
      .addHelpText(
        "after",
        `
Examples:
  limitlab cost --candidates 100100 --outputs 1e9 --user-contexts 100 \\
    --parameters 7e10 --tokens 1000 --sustained-flops 1e18
  limitlab cost --candidates 16666750100 --outputs 1e6 --user-contexts 10 \\
    --parameters 7e9 --tokens 500 --sustained-flops 1e18 --json`,
      )
      .action((flags: CostFlags) => {
        if (typeof flags.candidates === "bigint" && flags.candidates <= 0n)
          throw new UserError("--candidates takes a number > 0, not 0");
        const c = orFailFlag(bruteForceCost(flags), "cost");
        emit(io, flags, flags.json === true ? jsonText(c) : formatCost(c));
      });
  },
};
