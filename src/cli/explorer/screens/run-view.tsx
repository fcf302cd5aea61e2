/**
 * The run view: the presentation stepped datum by datum (space plays, → steps, a lets Gold's
 * adversary choose), what each learner guesses, the candidate set and the charts.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { Box, Text } from "ink";
import { wordToString } from "../../../automata/word.js";
import { isPause } from "../../../identification/datum.js";
import { candidateList } from "../candidates.js";
import type { RunState } from "../run-state.js";
import { LearnerTable } from "./learner-table.js";
import { RunCharts } from "./run-charts.js";

/** Props of {@link RunView}. */
export interface RunViewProps {
  readonly run: RunState;
  /** Columns and lines of the box. */
  readonly width: number;
  readonly height: number;
}

function lastDatum(run: RunState): string {
  if (run.last === undefined)
    return "no data yet: → reads the first datum of the text, a lets the adversary choose";
  const d = run.last.datum;
  const shown = isPause(d) ? "# (a pause)" : wordToString(run.family.alphabet, d);
  return `datum ${run.step} from ${run.last.by === "text" ? "the text" : "the adversary"}: ${shown}`;
}

function adversaryLine(run: RunState): string {
  if (E.isLeft(run.adversary)) return `adversary: none (${run.adversary.left})`;
  const a = run.adversary.right;
  const victim = run.learners[run.selected]?.learner.name ?? "?";
  const f = `F (the ${run.content.size} words shown)`;
  return a.repeats === 0
    ? `adversary vs ${victim}: ${a.reveals} revealed; reveals again once it guesses ${f}`
    : `adversary vs ${victim}: repeats F until it guesses ${f}: ${a.repeats} repeats`;
}

function candidatesLine(run: RunState): string {
  const c = run.candidates;
  const names = candidateList(c, 12).map((i) => `L${i}`);
  const more = c.count > names.length ? " …" : "";
  const window = `of L0..L${c.alive.length - 1}${c.beyond ? " (more beyond)" : ""}`;
  return `candidates: ${c.count} ${window}: ${names.join(" ")}${more}`;
}

/**
 * Renders the status lines, the learner table, the candidates and the charts.
 *
 * @example
 * ```tsx
 * <RunView run={run} width={80} height={21} />
 * ```
 */
export function RunView({ run, width, height }: RunViewProps) {
  const target = run.family.at(run.target).name;
  const status = `step ${run.step} · target L${run.target} ${target} · ${run.playing ? "playing" : "paused"}`;
  const used = 3 + 1 + run.learners.length + 1;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end" bold>
        {status}
      </Text>
      <Text wrap="truncate-end">{lastDatum(run)}</Text>
      <Text wrap="truncate-end" dimColor>
        {adversaryLine(run)}
      </Text>
      <LearnerTable run={run} width={width} />
      <Text wrap="truncate-end">{candidatesLine(run)}</Text>
      <RunCharts run={run} width={width} height={Math.max(4, height - used)} />
    </Box>
  );
}
