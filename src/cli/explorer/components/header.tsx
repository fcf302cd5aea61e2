/**
 * The top line: where the user is (scenario and screen) and the two keys everyone needs.
 *
 * @module
 */
import { Text } from "ink";
import { cell } from "./layout.js";

/** Props of {@link Header}. */
export interface HeaderProps {
  /** The opened scenario's id. */
  readonly scenario: string;
  /** The screen's title. */
  readonly screen: string;
  /** Columns of the terminal. */
  readonly width: number;
}

const KEYS = " ? help  q quit ";

/**
 * Renders ` LimitLab · P4-finetune · run            ? help  q quit ` in inverse video.
 *
 * @example
 * ```tsx
 * <Header scenario="P4-finetune" screen="class" width={80} />
 * ```
 */
export function Header({ scenario, screen, width }: HeaderProps) {
  const left = ` LimitLab explorer · ${scenario} · ${screen}`;
  return (
    <Text inverse wrap="truncate-end">
      {cell(left, Math.max(0, width - KEYS.length)) + KEYS}
    </Text>
  );
}
