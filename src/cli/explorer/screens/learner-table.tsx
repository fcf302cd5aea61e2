/**
 * One row per learner: its current guess, its mind changes so far and whether the guess is
 * the target (up to language equality). The selected row is the adversary's victim.
 *
 * @module
 */
import { Box, Text } from "ink";
import { cell } from "../components/layout.js";
import { memberLabel } from "../member-facts.js";
import { guessIsRight, type RunState } from "../run-state.js";

/** Props of {@link LearnerTable}. */
export interface LearnerTableProps {
  readonly run: RunState;
  /** Columns of the box. */
  readonly width: number;
}

/**
 * Renders a header and one line per learner.
 *
 * @example
 * ```tsx
 * <LearnerTable run={run} width={80} />
 * ```
 */
export function LearnerTable({ run, width }: LearnerTableProps) {
  const name = Math.min(24, Math.max(10, Math.floor(width / 3)));
  const guess = Math.max(8, width - name - 20);
  return (
    <Box flexDirection="column" width={width}>
      <Text color="cyan">
        {`  ${cell("learner", name)} ${cell("guess", guess)} ${cell("changes", 7, "right")}  right?`}
      </Text>
      {run.learners.map((row, i) => {
        const right = guessIsRight(run, row);
        return (
          <Text key={row.learner.name} inverse={i === run.selected} wrap="truncate-end">
            {`${i === run.selected ? "›" : " "} ${cell(row.learner.name, name)} ${cell(row.guess === null ? "no guess yet" : memberLabel(run.family, row.guess), guess)} ${cell(String(row.mindChanges), 7, "right")}  `}
            <Text color={right ? "green" : "red"}>
              {row.guess === null ? "-" : right ? "yes" : "no"}
            </Text>
          </Text>
        );
      })}
    </Box>
  );
}
