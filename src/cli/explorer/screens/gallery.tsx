/**
 * The scenario gallery: every scenario with its title and THEORY ids; the highlighted one says
 * what it demonstrates, and a registry scenario's report appears under the list once asked for.
 *
 * @module
 */
import { Box, Text } from "ink";
import { cell } from "../components/layout.js";
import type { GalleryEntry, ReportState } from "../gallery-model.js";
import { ReportPanel } from "./report-panel.js";

/** Props of {@link Gallery}. */
export interface GalleryProps {
  readonly entries: readonly GalleryEntry[];
  /** The highlighted entry. */
  readonly cursor: number;
  /** The scenario whose class is open. */
  readonly opened: string;
  /** The registry report asked for, if any. */
  readonly report: ReportState | undefined;
  /** Columns and lines of the box. */
  readonly width: number;
  readonly height: number;
}

function what(e: GalleryEntry): string {
  return e.explorer !== undefined ? "explore" : "report";
}

/**
 * Renders the list (scrolling with the cursor) and, under it, the report of the highlighted
 * entry when it was asked for.
 *
 * @example
 * ```tsx
 * <Gallery entries={galleryEntries(explorerScenarios(), [])} cursor={0} opened="P4-finetune" report={undefined} width={80} height={21} />
 * ```
 */
export function Gallery({ entries, cursor, opened, report, width, height }: GalleryProps) {
  const idWidth = Math.min(24, Math.max(...entries.map((e) => e.record.id.length)) + 1);
  const chosen = entries[cursor];
  const listed = Math.max(1, Math.min(entries.length, Math.floor(height / 2)));
  const first = Math.max(0, Math.min(entries.length - listed, cursor - Math.floor(listed / 2)));
  const shown = entries.slice(first, first + listed);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{`Scenarios (${entries.length}): Enter explores a class or runs a report`}</Text>
      {shown.map((e) => {
        const i = entries.indexOf(e);
        const r = e.record;
        return (
          <Text key={r.id} wrap="truncate-end" inverse={i === cursor}>
            {`${i === cursor ? "›" : " "} ${cell(r.id, idWidth)} ${cell(what(e), 7)} ${r.title}  [${r.theoryIds.join(" ")}]${r.id === opened ? "  (open)" : ""}`}
          </Text>
        );
      })}
      {chosen === undefined ? null : (
        <Box paddingLeft={2} flexDirection="column">
          <Text wrap="wrap" dimColor>
            {chosen.record.demonstrates}
          </Text>
          {report?.id === chosen.record.id ? (
            <ReportPanel report={report} width={width - 2} height={height - listed - 3} />
          ) : null}
        </Box>
      )}
    </Box>
  );
}
