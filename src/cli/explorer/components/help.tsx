/**
 * The keyboard help (`?`): every key and what it does, from the key table.
 *
 * @module
 */
import { Box, Text } from "ink";
import { KEY_HELP } from "../keys.js";
import { cell } from "./layout.js";

/** Props of {@link Help}. */
export interface HelpProps {
  /** Columns of the box. */
  readonly width: number;
}

/**
 * Renders the key table.
 *
 * @example
 * ```tsx
 * <Help width={80} />
 * ```
 */
export function Help({ width }: HelpProps) {
  const keys = Math.min(22, Math.floor(width / 3));
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>Keys</Text>
      {KEY_HELP.map((h) => (
        <Text key={h.keys} wrap="truncate-end">
          <Text color="cyan">{cell(h.keys, keys)}</Text>
          {` ${h.does}`}
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        {"? or Esc closes this help. In the editor every printable key is text."}
      </Text>
    </Box>
  );
}
