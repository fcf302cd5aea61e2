/**
 * Line charts of a command's numbers (convergence, mind changes, ambiguity, growth): as SVG
 * text built here (no browser, no canvas: axes with 1-2-5 ticks, one polyline per series, a
 * legend), and as a terminal chart through asciichart. Both draw the same {@link Chart}.
 *
 * @module
 */
import { createRequire } from "node:module";

/** One line of a chart: points (x, y) in increasing x. */
export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
}

/** A chart: its series and labels. */
export interface Chart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  /** Draw steps (the value holds until the next point), as for counts over time. @defaultValue false */
  readonly steps?: boolean;
  /** A logarithmic y axis (non-positive values are left out). @defaultValue false */
  readonly logY?: boolean;
}

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"];

const escapeXml = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/**
 * Round tick values covering [lo, hi]: multiples of 1, 2 or 5 times a power of ten.
 *
 * @example
 * ```ts
 * niceTicks(0, 37); // [0, 10, 20, 30, 40]
 * ```
 */
export function niceTicks(lo: number, hi: number, target = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / target;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  const out: number[] = [];
  let first = Math.floor(lo / step) * step;
  if (first > lo) first -= step; // lo / step underflowed
  for (let v = first; ; v += step) {
    out.push(Number(v.toPrecision(12)));
    if (v >= hi - step * 1e-9) break;
  }
  return out;
}

const tickText = (v: number, log: boolean) =>
  log ? `1e${Math.round(v)}` : Math.abs(v) >= 1e6 ? v.toExponential(1) : String(v);

function visible(chart: Chart): Series[] {
  return chart.series.map((s) => ({
    name: s.name,
    points:
      chart.logY === true
        ? s.points.filter(([, y]) => y > 0).map(([x, y]) => [x, Math.log10(y)] as const)
        : s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
  }));
}

function bounds(series: readonly Series[]): { x: [number, number]; y: [number, number] } {
  const xs = series.flatMap((s) => s.points.map(([x]) => x));
  const ys = series.flatMap((s) => s.points.map(([, y]) => y));
  const span = (v: number[]): [number, number] => {
    if (v.length === 0) return [0, 1];
    const lo = Math.min(...v);
    const hi = Math.max(...v);
    return hi > lo ? [lo, hi] : [lo - 1, hi + 1];
  };
  return { x: span(xs), y: span(ys) };
}

/**
 * The chart as a standalone SVG document (`width` × `height` pixels).
 *
 * @example
 * ```ts
 * svgChart({ title: "mind changes", xLabel: "step", yLabel: "changes",
 *   series: [{ name: "enumeration", points: [[1, 0], [2, 1], [5, 2]] }], steps: true });
 * ```
 */
export function svgChart(chart: Chart, width = 720, height = 420): string {
  const series = visible(chart);
  const log = chart.logY === true;
  const b = bounds(series);
  const xt = niceTicks(b.x[0], b.x[1]);
  const yt = log
    ? niceTicks(Math.floor(b.y[0]), Math.ceil(b.y[1])).filter(Number.isInteger)
    : niceTicks(b.y[0], b.y[1]);
  const [x0, x1] = [xt[0] ?? 0, xt[xt.length - 1] ?? 1];
  const [y0, y1] = [yt[0] ?? 0, yt[yt.length - 1] ?? 1];
  const m = { left: 70, right: 170, top: 40, bottom: 50 };
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const sx = (x: number) => m.left + (x1 === x0 ? 0 : ((x - x0) / (x1 - x0)) * pw);
  const sy = (y: number) => m.top + ph - (y1 === y0 ? 0 : ((y - y0) / (y1 - y0)) * ph);
  const f = (v: number) => v.toFixed(1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(chart.title)}</text>`,
  ];
  for (const v of xt)
    out.push(
      `<line x1="${f(sx(v))}" y1="${m.top}" x2="${f(sx(v))}" y2="${m.top + ph}" stroke="#eee"/>`,
      `<text x="${f(sx(v))}" y="${m.top + ph + 16}" text-anchor="middle">${tickText(v, false)}</text>`,
    );
  for (const v of yt)
    out.push(
      `<line x1="${m.left}" y1="${f(sy(v))}" x2="${m.left + pw}" y2="${f(sy(v))}" stroke="#eee"/>`,
      `<text x="${m.left - 6}" y="${f(sy(v) + 4)}" text-anchor="end">${tickText(v, log)}</text>`,
    );
  out.push(
    `<rect x="${m.left}" y="${m.top}" width="${pw}" height="${ph}" fill="none" stroke="#444"/>`,
    `<text x="${m.left + pw / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`,
    `<text transform="translate(16 ${m.top + ph / 2}) rotate(-90)" text-anchor="middle">${escapeXml(chart.yLabel)}${log ? " (log scale)" : ""}</text>`,
  );
  for (const [i, s] of series.entries()) {
    const color = PALETTE[i % PALETTE.length] as string;
    const pts: string[] = [];
    let prev: number | undefined;
    for (const [x, y] of s.points) {
      if (chart.steps === true && prev !== undefined) pts.push(`${f(sx(x))},${f(sy(prev))}`);
      pts.push(`${f(sx(x))},${f(sy(y))}`);
      prev = y;
    }
    if (pts.length > 0)
      out.push(
        `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.join(" ")}"/>`,
      );
    const ly = m.top + 10 + 18 * i;
    out.push(
      `<line x1="${m.left + pw + 12}" y1="${ly}" x2="${m.left + pw + 32}" y2="${ly}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${m.left + pw + 38}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

interface AsciiChart {
  plot(
    series: number[][],
    cfg: { height: number; colors?: string[]; format?: (x: number) => string },
  ): string;
  readonly [color: string]: unknown;
}

const asciichart = createRequire(import.meta.url)("asciichart") as AsciiChart;
const TERMINAL_COLORS = ["blue", "red", "green", "yellow", "magenta", "cyan", "lightgray"];

/** The series sampled at `columns` evenly spaced x values (the last point at or before each). */
function resample(series: readonly Series[], columns: number, x: [number, number]): number[][] {
  return series.map((s) => {
    const row: number[] = [];
    let j = 0;
    let y = s.points[0]?.[1] ?? 0;
    for (let c = 0; c < columns; c++) {
      const at = x[0] + ((x[1] - x[0]) * c) / Math.max(1, columns - 1);
      while (j < s.points.length && (s.points[j]?.[0] as number) <= at)
        y = s.points[j++]?.[1] as number;
      row.push(y);
    }
    return row;
  });
}

/**
 * The chart for a terminal: asciichart lines `columns` wide and `rows` high, then the x range
 * and a legend (colours when `colors`).
 *
 * @example
 * ```ts
 * io.out(terminalChart(chart, { columns: 60, rows: 10, colors: io.isTTY }));
 * ```
 */
export function terminalChart(
  chart: Chart,
  options: { readonly columns?: number; readonly rows?: number; readonly colors?: boolean } = {},
): string {
  const series = visible(chart).filter((s) => s.points.length > 0);
  if (series.length === 0) return `${chart.title}: nothing to draw\n`;
  const b = bounds(series);
  const rows = resample(series, options.columns ?? 60, b.x);
  const colors =
    options.colors === true
      ? series.map(
          (_, i) => asciichart[TERMINAL_COLORS[i % TERMINAL_COLORS.length] as string] as string,
        )
      : undefined;
  const log = chart.logY === true;
  const height = options.rows ?? 10;
  // Counts get whole-number labels when there are at least as many values as label rows.
  const whole =
    !log &&
    b.y[1] - b.y[0] >= height &&
    series.every((s) => s.points.every(([, y]) => Number.isInteger(y)));
  const plot = asciichart.plot(rows, {
    height,
    ...(colors === undefined ? {} : { colors }),
    format: (v) =>
      (log
        ? `1e${v.toFixed(1)}`
        : whole
          ? Math.round(v).toString()
          : Number(v.toPrecision(4)).toString()
      ).padStart(9),
  });
  const legend = series
    .map((s, i) => {
      const c = colors?.[i];
      return c === undefined
        ? `${i + 1}. ${s.name}`
        : `${c}──${asciichart.reset as string} ${s.name}`;
    })
    .join("   ");
  return `${chart.title} (${chart.yLabel}${log ? ", log scale" : ""} against ${chart.xLabel} ${b.x[0]}..${b.x[1]})\n${plot}\n${legend}\n`;
}
