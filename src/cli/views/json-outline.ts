/**
 * A JSON value as an indented outline for the terminal: objects as `key: value` lines,
 * lists of records as tables of their scalar fields, everything cut to a width and a number of rows, with a
 * pointer to `--json` for what was cut.
 *
 * @module
 */
import type { Json } from "../../attribution/scenarios/types.js";

/** Limits of {@link jsonOutline}. */
export interface OutlineOptions {
  /** The widest line. @defaultValue 100 */
  readonly width?: number;
  /** The most rows of a table or items of a list. @defaultValue 8 */
  readonly rows?: number;
  /** Nesting shown as an outline; deeper values are compact JSON. @defaultValue 4 */
  readonly depth?: number;
}

type Scalar = null | boolean | number | string;
type Record_ = { readonly [key: string]: Json };

const isScalar = (v: Json): v is Scalar => v === null || typeof v !== "object";
const isRecord = (v: Json): v is Record_ =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`;
}

function scalar(v: Scalar): string {
  return typeof v === "number" && !Number.isInteger(v)
    ? String(Number(v.toPrecision(6)))
    : String(v);
}

/** Records as a table of their scalar fields; nested fields are named below it. */
function table(items: readonly Record_[], width: number, rows: number, pad: string): string[] {
  const all = [...new Set(items.flatMap((r) => Object.keys(r)))];
  const keys = all.filter((k) => items.every((r) => r[k] === undefined || isScalar(r[k] as Json)));
  const nested = all.filter((k) => !keys.includes(k));
  const shown = items.slice(0, rows);
  const raw = shown.map((r) => keys.map((k) => scalar((r[k] ?? "") as Scalar)));
  const widths = keys.map((k, i) => Math.max(k.length, ...raw.map((c) => (c[i] as string).length)));
  // Narrow the widest column until the table fits (no column under 8).
  const total = () => pad.length + widths.reduce((a, b) => a + b + 2, -2);
  while (total() > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] as number) <= 8) break;
    widths[widest] = (widths[widest] as number) - 1;
  }
  const narrowed = (c: readonly string[]) => c.map((x, i) => cut(x, widths[i] as number));
  const cells = raw.map(narrowed);
  const line = (c: readonly string[]) =>
    cut(`${pad}${c.map((x, i) => x.padEnd(widths[i] as number)).join("  ")}`.trimEnd(), width);
  const out = [line(narrowed(keys)), ...cells.map(line)];
  if (items.length > rows) out.push(`${pad}… ${items.length - rows} more (--json for all)`);
  if (nested.length > 0) out.push(`${pad}(also ${nested.join(", ")}: --json for all)`);
  return out;
}

function lines(v: Json, pad: string, o: Required<OutlineOptions>, depth: number): string[] {
  if (isScalar(v)) return [cut(`${pad}${scalar(v)}`, o.width)];
  if (depth >= o.depth) return [cut(`${pad}${JSON.stringify(v)}`, o.width)];
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${pad}(none)`];
    if (v.every(isScalar)) {
      const more = v.length > o.rows ? `, … ${v.length - o.rows} more` : "";
      return [cut(`${pad}${v.slice(0, o.rows).map(scalar).join(", ")}${more}`, o.width)];
    }
    if (v.every(isRecord)) return table(v, o.width, o.rows, pad);
    const out = v
      .slice(0, o.rows)
      .flatMap((item, i) => [`${pad}${i + 1}.`, ...lines(item, `${pad}   `, o, depth + 1)]);
    if (v.length > o.rows) out.push(`${pad}… ${v.length - o.rows} more (--json for all)`);
    return out;
  }
  return Object.entries(v).flatMap(([k, x]) =>
    isScalar(x) || (Array.isArray(x) && x.every(isScalar))
      ? [cut(`${pad}${k}: ${lines(x, "", o, depth + 1)[0] ?? ""}`, o.width)]
      : [`${pad}${k}:`, ...lines(x, `${pad}  `, o, depth + 1)],
  );
}

/**
 * The outline of `v`, each line starting with `indent`.
 *
 * @example
 * ```ts
 * jsonOutline({ runs: [{ learner: "tell-tale", mindChanges: 63 }] }, "  ");
 * // ["  runs:", "    learner    mindChanges", "    tell-tale  63"]
 * ```
 */
export function jsonOutline(v: Json, indent = "", options: OutlineOptions = {}): string[] {
  const o = { width: options.width ?? 100, rows: options.rows ?? 8, depth: options.depth ?? 4 };
  return lines(v, indent, o, 0);
}
