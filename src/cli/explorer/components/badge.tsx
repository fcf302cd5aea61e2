/**
 * A property badge: green when the member has the property, dim when it has not, a question
 * mark when it was not decided within its budget.
 *
 * @module
 */
import { Text } from "ink";

/** Props of {@link Badge}. */
export interface BadgeProps {
  /** The property, e.g. `"star-free"`. */
  readonly label: string;
  /** Whether the member has it; `undefined` when undecided within the budget. */
  readonly value: boolean | undefined;
}

/**
 * Renders `label`, `not label` or `label?`.
 *
 * @example
 * ```tsx
 * <Badge label="star-free" value={true} />
 * ```
 */
export function Badge({ label, value }: BadgeProps) {
  if (value === undefined) return <Text color="yellow">{`${label}?`}</Text>;
  return value ? (
    <Text color="green" bold>
      {label}
    </Text>
  ) : (
    <Text dimColor>{`not ${label}`}</Text>
  );
}
