/**
 * A terminal line chart (asciichart, through the CLI's shared chart model) sized to a box.
 *
 * @module
 */
import { type Chart, terminalChart } from "../../support/plot.js";
import { Lines } from "./lines.js";

/** Props of {@link TerminalChart}. */
export interface TerminalChartProps {
  /** The series and labels to draw. */
  readonly chart: Chart;
  /** Columns the chart may use, its y labels included. */
  readonly width: number;
  /** Lines the chart may use: its title, the plot and the legend. */
  readonly height: number;
}

/** Columns asciichart's y labels take: 9 characters and " ┤". */
const LABEL_COLUMNS = 11;

/**
 * Draws `chart` within `width` × `height` (the plot gets what the title, legend and labels
 * leave; lines that do not fit are cut).
 *
 * @example
 * ```tsx
 * <TerminalChart chart={{ title: "ambiguity", xLabel: "step", yLabel: "candidates", series }} width={40} height={9} />
 * ```
 */
export function TerminalChart({ chart, width, height }: TerminalChartProps) {
  const text = terminalChart(chart, {
    columns: Math.max(4, width - LABEL_COLUMNS - 1),
    rows: Math.max(1, height - 3),
    colors: true,
  });
  return <Lines lines={text.replace(/\n$/, "").split("\n").slice(0, height)} width={width} />;
}
