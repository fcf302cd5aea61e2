/**
 * The terminal view of a proof report: one line per theorem, then its failures.
 *
 * @module
 */
import type { ProofReport } from "../../proof/types.js";

/**
 * Formats a proof report for the terminal (the Markdown and JSON files hold the details).
 *
 * @example
 * ```ts
 * io.out(formatProofSummary(report, ["reports/proof-report.json"]));
 * ```
 */
export function formatProofSummary(report: ProofReport, written: readonly string[]): string {
  const t = report.totals;
  const scope = report.shard === null ? "" : `, shard ${report.shard.index}/${report.shard.count}`;
  const runs = report.runs === null ? "" : `, ${report.runs} runs per property`;
  const lines = [
    `Proof run: ${report.mode} mode, seed ${report.seed}${runs}${scope}`,
    "",
    ...report.proofs.map((f) => {
      const passed = f.properties.filter((p) => p.verdict === "pass").length;
      return `  ${f.id.padEnd(5)} ${f.verdict.padEnd(7)} ${`${passed}/${f.properties.length}`.padStart(5)} properties ${String(f.runs).padStart(8)} runs  ${f.title}`;
    }),
    "",
  ];
  for (const f of report.proofs)
    for (const p of f.properties)
      if (p.failure !== null) {
        const ce = p.failure.counterexample === null ? "" : ` on ${p.failure.counterexample}`;
        lines.push(
          `  FAILED ${f.id} #${p.index + 1} (${p.role}) ${p.name}: ${p.failure.error}${ce}`,
        );
      }
  lines.push(
    `Verdict: ${report.verdict}: ${t.passed} passed, ${t.failed} failed, ${t.pending} pending of ${t.properties} properties; ${t.runs} runs; ${t.unitsDone}/${t.units} units of work${report.partial ? " (partial)" : ""}`,
  );
  if (written.length > 0) lines.push(`Written: ${written.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
