/**
 * The families the CLI names (`--family`): the EX-* classes of THEORY.md by name, or a family
 * JSON file (see family-file.ts).
 *
 * @module
 */
import type { Command } from "commander";
import type { Alphabet } from "../../automata/alphabet.js";
import {
  exCofin,
  exFinLayers,
  exFt,
  exGold,
  exLen,
  exThick,
  exZoo,
} from "../../identification/family/examples.js";
import type { Family } from "../../identification/family/family.js";
import { integerFlag } from "./common-flags.js";
import { orFail, UserError } from "./fail.js";
import { readFamilyFile } from "./family-file.js";
import { compileRegex } from "./files.js";

/**
 * The EX-* families by CLI name, with what each is.
 *
 * @example
 * ```ts
 * Object.keys(FAMILIES); // ["len", "gold", "cofin", "ft", "fin-layers", "thick", "zoo"]
 * ```
 */
export const FAMILIES = {
  len: "EX-LEN: index n = {a^k : k ≤ n} (identifiable, infinite elasticity)",
  gold: "EX-GOLD: a* and every {a^k : k ≤ n} (superfinite: not identifiable from text)",
  cofin: "EX-COFIN: a* and every a* minus one word (all infinite, not identifiable)",
  ft: "EX-FT: --base and its restrictions to its first n words (fine-tunes)",
  "fin-layers": "EX-FIN-LAYERS: the subsets of a* with at most --capacity words (identifiable)",
  thick: "EX-THICK: index n = a^n b* (finite thickness)",
  zoo: "EX-ZOO: a seeded random zoo of 20 overlapping languages over {a, b}",
} as const;

/** How a family is named on the command line. */
export interface FamilyFlags {
  readonly base?: string;
  readonly capacity?: number;
  readonly seed: number;
  readonly alphabet?: Alphabet;
  readonly budget?: number;
}

/**
 * The family `spec` names: an EX-* name (`len`, `EX-GOLD`, …) or a `.json` family file.
 *
 * @example
 * ```ts
 * familyFromFlags("ft", { base: "(a|b)*", seed: 42 }); // EX-FT over (a|b)*
 * familyFromFlags("zoo.json", { seed: 42 });
 * ```
 */
export function familyFromFlags(spec: string, flags: FamilyFlags): Family {
  if (spec.toLowerCase().endsWith(".json"))
    return readFamilyFile(spec, {
      ...(flags.alphabet === undefined ? {} : { alphabet: flags.alphabet }),
      ...(flags.budget === undefined ? {} : { budget: flags.budget }),
    });
  const name = spec.toLowerCase().replace(/^ex-/u, "");
  if (name !== "ft" && flags.base !== undefined)
    throw new UserError(`--base is for --family ft, not ${spec}`);
  if (name !== "fin-layers" && flags.capacity !== undefined)
    throw new UserError(`--capacity is for --family fin-layers, not ${spec}`);
  switch (name) {
    case "len":
      return exLen();
    case "gold":
      return exGold();
    case "cofin":
      return exCofin();
    case "thick":
      return exThick();
    case "fin-layers":
      return exFinLayers(flags.capacity ?? 2);
    case "zoo":
      return orFail(exZoo(flags.seed), "--family zoo");
    case "ft": {
      if (flags.base === undefined) throw new UserError("--family ft needs --base <regex>");
      const base = compileRegex(
        flags.base,
        {
          ...(flags.alphabet === undefined ? {} : { alphabet: flags.alphabet }),
          ...(flags.budget === undefined ? {} : { budget: flags.budget }),
        },
        "--base",
      );
      return exFt(base, flags.base);
    }
    default:
      throw new UserError(
        `--family: unknown family ${JSON.stringify(spec)} (known: ${Object.keys(FAMILIES).join(", ")}, or a .json family file)`,
      );
  }
}

/**
 * The index a flag gives, checked against the family's size.
 *
 * @example
 * ```ts
 * checkIndex(exFinLayers(2), 3, "--target"); // 3
 * ```
 */
export function checkIndex(family: Family, index: number, flag: string): number {
  if (index >= family.size)
    throw new UserError(
      `${flag} ${index} is not an index of ${family.description} (indices 0..${family.size - 1})`,
    );
  return index;
}

/**
 * Adds the flags that name a family (`--family`, `--base`, `--capacity`, `--alphabet`,
 * `--tokens`) to a command, so every command that takes a family reads them alike.
 *
 * @param familyHelp - the help text of `--family` (which families the command accepts).
 * @example
 * ```ts
 * familyOptions(new Command("learn"), "a family: len, gold, …, or a family JSON file");
 * ```
 */
export function familyOptions(command: Command, familyHelp: string): Command {
  return command
    .requiredOption("--family <name|file.json>", familyHelp)
    .option("--base <regex>", "the base model of --family ft")
    .option(
      "--capacity <c>",
      "most words of a member of --family fin-layers",
      integerFlag("--capacity", 1),
    )
    .option("--alphabet <symbols>", "the alphabet of --base or of a family file")
    .option("--tokens <tokens>", "comma-separated word tokens");
}
