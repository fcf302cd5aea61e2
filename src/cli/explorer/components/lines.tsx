/**
 * Lines of text, each cut at the edge of its box (ink truncates a multi-line string as one
 * line, so each line gets its own element).
 *
 * @module
 */
import { Box, Text } from "ink";

/** Props of {@link Lines}. */
export interface LinesProps {
  /** The lines, in order; ANSI colours inside them are kept. */
  readonly lines: readonly string[];
  /** Columns of the box. */
  readonly width: number;
  /** Dim every line. @defaultValue false */
  readonly dim?: boolean;
}

/**
 * Renders `lines` one per row, truncated to `width`.
 *
 * @example
 * ```tsx
 * <Lines lines={chartText.split("\n")} width={40} />
 * ```
 */
export function Lines({ lines, width, dim = false }: LinesProps) {
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line's identity is its row
        <Text key={row} wrap="truncate-end" dimColor={dim}>
          {line.length === 0 ? " " : line}
        </Text>
      ))}
    </Box>
  );
}
