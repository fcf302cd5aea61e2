#!/usr/bin/env node
/**
 * The `limitlab` executable.
 *
 * @module
 */
import { runCli } from "./program.js";
import { processIo } from "./support/io.js";

process.exitCode = await runCli(process.argv.slice(2), processIo());
