/**
 * The terminal views of the scenario registry and of a scenario's report.
 *
 * @module
 */
import type { Report, Scenario } from "../../attribution/scenarios/types.js";
import { jsonOutline } from "./json-outline.js";

/**
 * The registry as a list: id, title, THEORY ids, what it shows, its horizon and parameters.
 *
 * @example
 * ```ts
 * io.out(formatScenarioList(CATALOGUE));
 * ```
 */
export function formatScenarioList(list: readonly Scenario[]): string {
  const width = Math.max(...list.map((s) => s.id.length));
  const lines: string[] = [];
  for (const s of list) {
    lines.push(`${s.id.padEnd(width)}  ${s.title} [${s.theoryIds.join(", ")}]`);
    lines.push(`${" ".repeat(width)}  ${s.demonstrates}`);
    lines.push(
      `${" ".repeat(width)}  horizon: ${s.horizonMeans} (${s.horizon.fast} fast, ${s.horizon.deep} deep)`,
    );
    for (const [name, p] of Object.entries(s.params))
      lines.push(`${" ".repeat(width)}  --param ${name}=${p.default}: ${p.description}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A scenario report for the terminal: verdict, notion, summary, checks, then the witnesses
 * as outlines (lists of records as tables, cut to a few rows; `--json` has them whole).
 *
 * @example
 * ```ts
 * io.out(formatScenarioReport(report));
 * ```
 */
export function formatScenarioReport(r: Report): string {
  const params = Object.entries(r.options.params)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  const lines = [
    `${r.id}: ${r.title} [${r.theoryIds.join(", ")}]`,
    `seed ${r.seed}, ${r.options.deep ? "deep" : "fast"}, horizon ${r.options.horizon}${params === "" ? "" : `, ${params}`}`,
    "",
    `verdict: ${r.verdict} (${r.notion})`,
    r.summary,
    "",
    ...r.checks.map((c) => `  ${c.passed ? "✓" : "✗"} ${c.name}`),
  ];
  if (r.standIn !== undefined) lines.push("", `stand-in: ${r.standIn}`);
  if (r.reconstruction !== undefined) lines.push("", `reconstruction: ${r.reconstruction}`);
  const witnesses = Object.entries(r.witnesses);
  if (witnesses.length > 0)
    lines.push("", "witnesses:", ...jsonOutline(Object.fromEntries(witnesses), "  "));
  return `${lines.join("\n")}\n`;
}
