/**
 * Result files of a bench topic: bench/results/<topic>.json (the data) and
 * bench/results/<topic>.md (a view of it, a table and the targets), which bench/run.ts
 * gathers into bench/RESULTS.md.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Machine, machine, machineLine } from "./machine.js";

const HERE = dirname(fileURLToPath(import.meta.url));
/** bench/results/, next to this folder. */
export const RESULTS_DIR = join(HERE, "..", "results");
const BIOME = join(HERE, "..", "..", "node_modules", ".bin", "biome");

/** A table cell: a number (printed with its column's format), text, or nothing measured. */
export type Cell = number | string | null;

/** A column: the row key it shows, its heading, and how numbers print. */
export interface Column {
  readonly key: string;
  readonly heading: string;
  /** "ms" (milliseconds), "ratio" (×), "int" (grouped integer), "mb" or "text". */
  readonly format: "ms" | "ratio" | "int" | "mb" | "text";
}

/** A goal from the issue or the amendments, and whether this run met it (null: not measured). */
export interface Target {
  readonly target: string;
  readonly met: boolean | null;
  readonly measured: string;
}

/** Everything a topic records. */
export interface TopicReport {
  readonly version: 1;
  readonly topic: string;
  readonly title: string;
  readonly machine: Machine;
  readonly command: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly columns: readonly Column[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  readonly targets: readonly Target[];
  readonly notes: readonly string[];
}

/** Markdown table cells cannot hold a bare `|`. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function formatCell(c: Cell, format: Column["format"]): string {
  if (c === null) return "–";
  if (typeof c === "string") return escapeCell(c);
  switch (format) {
    case "ms":
      return c >= 100 ? c.toFixed(0) : c >= 10 ? c.toFixed(1) : c.toFixed(2);
    case "ratio":
      return `${c >= 10 ? c.toFixed(0) : c.toFixed(2)}×`;
    case "int":
      return c.toLocaleString("en-US").replace(/,/g, " ");
    case "mb":
      return c.toFixed(0);
    case "text":
      return String(c);
  }
}

/** The Markdown view of a topic: heading, table, targets, notes. */
export function renderTopic(r: TopicReport): string {
  const lines = [`## ${r.title}`, ""];
  lines.push(`| ${r.columns.map((c) => escapeCell(c.heading)).join(" | ")} |`);
  lines.push(`|${r.columns.map((c) => (c.format === "text" ? "---" : "---:")).join("|")}|`);
  for (const row of r.rows)
    lines.push(`| ${r.columns.map((c) => formatCell(row[c.key] ?? null, c.format)).join(" | ")} |`);
  lines.push("");
  if (r.targets.length > 0) {
    lines.push("Targets:", "");
    for (const t of r.targets) {
      const verdict = t.met === null ? "not measured" : t.met ? "**met**" : "**not met**";
      lines.push(`- ${t.target}: ${verdict} (${t.measured})`);
    }
    lines.push("");
  }
  for (const n of r.notes) lines.push(`${n}`, "");
  lines.push(`Measured ${r.machine.date.slice(0, 10)} on ${machineLine(r.machine)}.`, "");
  return lines.join("\n");
}

/** Writes a file atomically (temporary file in the same folder, then rename). */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Formats written files the way `biome check` (run by `npm test`) expects: it pads Markdown
 * tables, so a results file written as is would fail the lint. A no-op without biome.
 */
export function formatFiles(paths: readonly string[]): void {
  if (existsSync(BIOME)) spawnSync(BIOME, ["format", "--write", ...paths], { stdio: "ignore" });
}

/**
 * Writes bench/results/<topic>.json and .md (formatted by biome) and prints the Markdown.
 *
 * @example
 * ```ts
 * writeTopic({ topic: "minimize", title: "Minimisation", options: {}, columns, rows, targets: [], notes: [] });
 * ```
 */
export function writeTopic(r: Omit<TopicReport, "version" | "machine" | "command">): TopicReport {
  const full: TopicReport = { version: 1, machine: machine(), command: "npm run bench", ...r };
  const json = join(RESULTS_DIR, `${r.topic}.json`);
  const mdPath = join(RESULTS_DIR, `${r.topic}.md`);
  writeAtomic(json, `${JSON.stringify(full, null, 2)}\n`);
  const md = renderTopic(full);
  writeAtomic(mdPath, md);
  formatFiles([json, mdPath]);
  process.stdout.write(`\n${md}`);
  return full;
}

/** A ratio, or null when either side was not measured. */
export function ratio(
  num: number | null | undefined,
  den: number | null | undefined,
): number | null {
  return num == null || den == null || den === 0 ? null : num / den;
}
