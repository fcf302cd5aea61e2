/**
 * The views of learner runs (`learn`, `adversary`): a table of outcomes, the step-by-step
 * CSV, and the chart of mind changes over time.
 *
 * @module
 */
import type { Chart } from "../support/plot.js";

/** One learner's run, as the views show it. */
export interface RunView {
  readonly learner: string;
  /** `hypotheses[t − 1]`: the guess after datum t (null: none). */
  readonly hypotheses: readonly (number | null)[];
  readonly mindChanges: number;
  readonly changeSteps: readonly number[];
  readonly convergence: number | null;
  readonly final: number | null;
  readonly finalName: string | null;
  readonly correct: boolean;
  readonly correctFrom: number | null;
}

const dash = (v: number | null) => (v === null ? "–" : String(v));

/**
 * The outcome table: one row per learner.
 *
 * @example
 * ```ts
 * io.out(formatRuns(runs));
 * ```
 */
export function formatRuns(runs: readonly RunView[]): string {
  const head = ["learner", "mind changes", "converged at", "final guess", "correct", "right from"];
  const rows = runs.map((r) => [
    r.learner,
    String(r.mindChanges),
    dash(r.convergence),
    r.final === null ? "none" : `${r.final}${r.finalName === null ? "" : ` (${r.finalName})`}`,
    r.correct ? "yes" : "no",
    dash(r.correctFrom),
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) =>
        i === 0 || i === 3 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number),
      )
      .join("  ")
      .trimEnd();
  return `${[line(head), ...rows.map(line)].join("\n")}\n`;
}

/**
 * The step-by-step table as CSV rows: step, datum, then each learner's guess.
 *
 * @example
 * ```ts
 * csvText(traceCsvRows(data, runs));
 * ```
 */
export function traceCsvRows(
  data: readonly string[],
  runs: readonly RunView[],
): (string | number | null)[][] {
  return [
    ["step", "datum", ...runs.map((r) => r.learner)],
    ...data.map((d, t) => [t + 1, d, ...runs.map((r) => r.hypotheses[t] ?? null)]),
  ];
}

/**
 * Mind changes so far against the step, one line per learner.
 *
 * @example
 * ```ts
 * svgChart(mindChangeChart(runs, "EX-GOLD, target a*"));
 * ```
 */
export function mindChangeChart(runs: readonly RunView[], title: string): Chart {
  return {
    title,
    xLabel: "step (data read)",
    yLabel: "mind changes",
    steps: true,
    series: runs.map((r) => {
      const steps = r.hypotheses.length;
      const points: [number, number][] = [[1, 0]];
      r.changeSteps.forEach((t, i) => {
        points.push([t, i + 1]);
      });
      if (steps > 1) points.push([steps, r.mindChanges]);
      return { name: r.learner, points };
    }),
  };
}
