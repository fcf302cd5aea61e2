/**
 * Every command of `limitlab`, in the order `--help` lists them. Registered by import,
 * never by scanning a folder.
 *
 * @module
 */
import type { Command } from "commander";
import type { CliIo } from "../support/io.js";
import { adversaryCommand } from "./adversary.js";
import { attributeCommand } from "./attribute.js";
import { compileCommand } from "./compile.js";
import { costCommand } from "./cost.js";
import { exploreCommand } from "./explore.js";
import { growthCommand } from "./growth.js";
import { learnCommand } from "./learn.js";
import { lstarCommand } from "./lstar.js";
import { passwordCommand } from "./password.js";
import { proveCommand } from "./prove.js";
import { runCommand } from "./run.js";
import { scenariosCommand } from "./scenarios.js";
import { telltaleCommand } from "./telltale.js";

/** A command: its name and how to build it over a terminal. */
export interface CliCommand {
  readonly name: string;
  readonly build: (io: CliIo) => Command;
}

/**
 * The static list of commands.
 *
 * @example
 * ```ts
 * for (const c of commands) program.addCommand(c.build(io));
 * ```
 */
export const commands: readonly CliCommand[] = [
  exploreCommand,
  scenariosCommand,
  runCommand,
  compileCommand,
  learnCommand,
  adversaryCommand,
  telltaleCommand,
  lstarCommand,
  passwordCommand,
  attributeCommand,
  growthCommand,
  costCommand,
  proveCommand,
];
