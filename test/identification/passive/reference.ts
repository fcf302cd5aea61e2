/** The shared reference files the passive-inference tests read (../shared/reference). */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dfa } from "../../../src/automata/dfa.js";
import { fromJson } from "../../../src/automata/interop/json.js";
import { type LabelledSample, parseSample } from "../../../src/identification/passive/sample.js";
import { right } from "../helpers.js";

const REFERENCE = join(dirname(fileURLToPath(import.meta.url)), "../../../../shared/reference");

/** The text of a file under shared/reference. */
export function referenceText(path: string): string {
  return readFileSync(join(REFERENCE, path), "utf8");
}

/** A passive sample of shared/reference/passive-samples, parsed (alphabet inferred: {a, b}). */
export function referenceSample(name: "complete" | "random"): LabelledSample {
  return right(parseSample(referenceText(`passive-samples/n200-k2-seed42-${name}.jsonl`)));
}

/** The 200-state target the reference samples are labelled by. */
export function referenceTarget(): Dfa {
  return right(fromJson(referenceText("query-targets/random-minimal-n200-k2-seed42.json")));
}
