/**
 * The bottom line: the last notice (in yellow), else the keys of the current screen.
 *
 * @module
 */
import { Text } from "ink";

/** Props of {@link Footer}. */
export interface FooterProps {
  /** A message for the user (an added model, a stopped run), shown instead of the hints. */
  readonly notice: string | undefined;
  /** The current screen's key hints. */
  readonly hints: string;
}

/**
 * Renders the notice or the hints on one line.
 *
 * @example
 * ```tsx
 * <Footer notice={undefined} hints="space play · → step · a adversary" />
 * ```
 */
export function Footer({ notice, hints }: FooterProps) {
  return notice === undefined ? (
    <Text dimColor wrap="truncate-end">
      {hints}
    </Text>
  ) : (
    <Text color="yellow" wrap="truncate-end">
      {notice}
    </Text>
  );
}
