/**
 * The run's two charts side by side: mind changes per learner, and the ambiguity (size of the
 * candidate set) over the steps.
 *
 * @module
 */
import { Box } from "ink";
import type { Chart } from "../../support/plot.js";
import { TerminalChart } from "../components/chart.js";
import type { Points, RunState } from "../run-state.js";

/** Props of {@link RunCharts}. */
export interface RunChartsProps {
  readonly run: RunState;
  /** Columns and lines of the box. */
  readonly width: number;
  readonly height: number;
}

/** The series extended to the current step (its value holds since the last change). */
function upTo(points: Points, step: number): Points {
  const last = points[points.length - 1];
  return last === undefined || last[0] >= step ? points : [...points, [step, last[1]]];
}

/**
 * The two charts of a run, as data.
 *
 * @example
 * ```ts
 * runCharts(run)[0].series.length; // one series per learner
 * ```
 */
export function runCharts(run: RunState): readonly [Chart, Chart] {
  return [
    {
      title: "mind changes",
      xLabel: "step",
      yLabel: "changes",
      steps: true,
      series: run.learners.map((r) => ({
        name: r.learner.name,
        points: upTo(r.changes, run.step),
      })),
    },
    {
      title: "ambiguity",
      xLabel: "step",
      yLabel: "candidates",
      steps: true,
      series: [{ name: "candidates", points: upTo(run.ambiguity, run.step) }],
    },
  ];
}

/**
 * Renders the two charts in halves of the box.
 *
 * @example
 * ```tsx
 * <RunCharts run={run} width={80} height={9} />
 * ```
 */
export function RunCharts({ run, width, height }: RunChartsProps) {
  const [changes, ambiguity] = runCharts(run);
  const half = Math.floor((width - 1) / 2);
  return (
    <Box width={width} height={height} columnGap={1}>
      <TerminalChart chart={changes} width={half} height={height} />
      <TerminalChart chart={ambiguity} width={width - 1 - half} height={height} />
    </Box>
  );
}
