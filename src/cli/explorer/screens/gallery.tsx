/**
 * The scenario gallery: every scenario with its title, the THEORY ids it makes executable and
 * what it demonstrates.
 *
 * @module
 */
import { Box, Text } from "ink";
import { cell } from "../components/layout.js";
import type { ExplorerScenario } from "../scenario.js";

/** Props of {@link Gallery}. */
export interface GalleryProps {
  readonly scenarios: readonly ExplorerScenario[];
  /** The highlighted scenario. */
  readonly cursor: number;
  /** The scenario whose class is open. */
  readonly opened: string;
  /** Columns of the box. */
  readonly width: number;
}

/**
 * Renders the list; the highlighted scenario also shows what it demonstrates.
 *
 * @example
 * ```tsx
 * <Gallery scenarios={explorerScenarios()} cursor={0} opened="P4-finetune" width={80} />
 * ```
 */
export function Gallery({ scenarios, cursor, opened, width }: GalleryProps) {
  const idWidth = Math.min(24, Math.max(...scenarios.map((s) => s.id.length)) + 1);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>Scenarios</Text>
      {scenarios.map((s, i) => (
        <Box key={s.id} flexDirection="column">
          <Text wrap="truncate-end" inverse={i === cursor}>
            {`${i === cursor ? "›" : " "} ${cell(s.id, idWidth)} ${s.title}  [${s.theoryIds.join(" ")}]${s.id === opened ? "  (open)" : ""}`}
          </Text>
          {i === cursor ? (
            <Box paddingLeft={idWidth + 3}>
              <Text wrap="wrap" dimColor>
                {s.demonstrates}
              </Text>
            </Box>
          ) : null}
        </Box>
      ))}
    </Box>
  );
}
