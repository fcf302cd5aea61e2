/**
 * The Markdown view of a proof report: a summary table first, then per theorem its texts,
 * verdict, properties (role, runs, seed), witness sizes, statistics and failures. A view of
 * the JSON report, adding nothing to it.
 *
 * @module
 */
import type { MutationScore, ProofFileReport, ProofReport, PropertyReport } from "./types.js";

function cell(text: string): string {
  return text.replace(/\r?\n/gu, " ").replace(/\|/gu, "\\|");
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}

function share(count: number, runs: number): string {
  return runs === 0 ? "–" : `${((100 * count) / runs).toFixed(1)}%`;
}

function propertyLabel(p: PropertyReport): string {
  return `#${p.index + 1} ${p.name}`;
}

function runsCell(p: PropertyReport): string {
  const skipped = p.skips > 0 ? ` (${p.skips} skipped)` : "";
  const planned = p.kind === "exhaustive" ? " (all cases)" : "";
  return `${p.runs}${planned}${skipped}`;
}

function failureLines(p: PropertyReport): string[] {
  const f = p.failure;
  if (f === null) return [];
  const where = f.chunk === null ? "" : ` chunk ${f.chunk + 1}/${p.chunks},`;
  const ce = f.counterexample === null ? "" : ` counterexample \`${cell(f.counterexample)}\`,`;
  const path = f.path === null ? "" : ` path \`${f.path}\`,`;
  return [
    `- ${propertyLabel(p)}:${ce}${where} seed ${p.seed},${path} after ${f.shrinks} shrinks: ${cell(f.error)}`,
  ];
}

function proofSection(f: ProofFileReport): string[] {
  const ps = f.properties;
  const witnesses = ps.flatMap((p) =>
    Object.entries(p.witnesses).map(([key, s]) => [
      propertyLabel(p),
      key,
      String(s.min),
      String(s.max),
      String(s.last),
      String(s.count),
    ]),
  );
  const classes = ps.flatMap((p) =>
    Object.entries(p.classes).map(([label, n]) => [
      propertyLabel(p),
      label,
      String(n),
      share(n, p.runs),
    ]),
  );
  const failures = ps.flatMap(failureLines);
  return [
    `## ${f.id}: ${f.title} (${f.verdict})`,
    "",
    `**Statement.** ${f.statement}`,
    "",
    `**Finite shadow.** ${f.shadow}`,
    "",
    `**Independent check.** ${f.check}`,
    "",
    `**Control.** ${f.control}`,
    "",
    ...table(
      ["#", "role", "property", "verdict", "runs", "seed"],
      ps.map((p) => [String(p.index + 1), p.role, p.name, p.verdict, runsCell(p), String(p.seed)]),
    ),
    "",
    ...(witnesses.length === 0
      ? []
      : [
          "Witness sizes:",
          "",
          ...table(["property", "witness", "min", "max", "last", "count"], witnesses),
          "",
        ]),
    ...(classes.length === 0
      ? []
      : ["Statistics:", "", ...table(["property", "class", "count", "share"], classes), ""]),
    ...(failures.length === 0 ? [] : ["Failures:", "", ...failures, ""]),
  ];
}

const count = (n: number) => n.toLocaleString("en-US");

function mutationSection(m: MutationScore): string[] {
  return [
    "## Mutation score",
    "",
    `Recorded, not re-run by this proof run: Stryker's mutation score from \`${m.source}\` ` +
      `(measured ${m.date.slice(0, 10)}, \`${m.command}\`). Score = (killed + timeout) / ` +
      "(killed + timeout + survived + no coverage).",
    "",
    ...table(
      [
        "folder",
        "files",
        "mutants",
        "killed",
        "survived",
        "timeout",
        "no coverage",
        "errors",
        "score %",
      ],
      m.rows.map((r) => [
        r.folder,
        String(r.files),
        count(r.mutants),
        count(r.killed),
        count(r.survived),
        count(r.timeout),
        count(r.noCoverage),
        count(r.errors),
        r.score === null ? "–" : r.score.toFixed(1),
      ]),
    ),
    "",
    ...m.notes.map((n) => `- ${n}`),
    ...(m.notes.length === 0 ? [] : [""]),
  ];
}

/**
 * The report as Markdown. Cost: O(size of the report).
 *
 * @example
 * ```ts
 * proofReportToMarkdown(runProofsToEnd(registry, { mode: "deep", seed: 42 }));
 * // "# Proof report\n\nVerdict: **pass** (mode deep, seed 42, …)\n\n| id | title | …"
 * ```
 */
export function proofReportToMarkdown(report: ProofReport): string {
  const t = report.totals;
  const runs =
    report.runs === null ? "each property's own runs" : `${report.runs} runs per property`;
  const scope =
    report.shard === null
      ? ""
      : ` Shard ${report.shard.index}/${report.shard.count}: merge the shards for the whole run.`;
  const partial = report.partial
    ? ` Partial: ${t.unitsDone} of ${t.units} units of work are in this report.`
    : "";
  return [
    "# Proof report",
    "",
    `Verdict: **${report.verdict}** (mode ${report.mode}, seed ${report.seed}, ${runs}, report version ${report.version}). ` +
      `${t.proofs} proofs, ${t.properties} properties: ${t.passed} passed, ${t.failed} failed, ${t.pending} pending; ${t.runs} runs in all.${scope}${partial}`,
    "",
    ...table(
      ["id", "title", "verdict", "properties passed", "runs"],
      report.proofs.map((f) => [
        f.id,
        f.title,
        f.verdict,
        `${f.properties.filter((p) => p.verdict === "pass").length}/${f.properties.length}`,
        String(f.runs),
      ]),
    ),
    "",
    ...(report.mutation === undefined ? [] : mutationSection(report.mutation)),
    ...report.proofs.flatMap(proofSection),
  ].join("\n");
}
