/**
 * A registry scenario's report in the gallery: its progress while it runs, then its verdict,
 * the notion of (non-)identifiability it shows, its summary and its checks.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { Box, Text } from "ink";
import type { ReportState } from "../gallery-model.js";

/** Props of {@link ReportPanel}. */
export interface ReportPanelProps {
  readonly report: ReportState;
  /** Columns and lines of the box. */
  readonly width: number;
  readonly height: number;
}

/**
 * Renders the progress or the report.
 *
 * @example
 * ```tsx
 * <ReportPanel report={{ id: "R4a", status: "running", phase: "sampling", done: 2 }} width={78} height={10} />
 * ```
 */
export function ReportPanel({ report, width, height }: ReportPanelProps) {
  if (report.status === "running")
    return (
      <Text color="yellow" wrap="truncate-end">
        {`running ${report.id}: ${report.phase} (${report.done}${report.total === undefined ? "" : ` of ${report.total}`} done)`}
      </Text>
    );
  if (E.isLeft(report.result))
    return <Text color="red" wrap="wrap">{`${report.id} failed: ${report.result.left}`}</Text>;
  const r = report.result.right;
  const checks = r.checks.slice(0, Math.max(0, height - 4));
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text color={r.verdict === "shown" ? "green" : "red"} bold>
          {r.verdict}
        </Text>
        {` · ${r.notion} · seed ${r.seed}, horizon ${r.options.horizon}`}
      </Text>
      <Box height={2} overflow="hidden">
        <Text wrap="wrap">{r.summary}</Text>
      </Box>
      {checks.map((c) => (
        <Text key={c.name} wrap="truncate-end" color={c.passed ? "green" : "red"}>
          {`${c.passed ? "✓" : "✗"} ${c.name}`}
        </Text>
      ))}
      {checks.length < r.checks.length ? (
        <Text dimColor>{`… ${r.checks.length - checks.length} more (limitlab run ${r.id})`}</Text>
      ) : null}
    </Box>
  );
}
