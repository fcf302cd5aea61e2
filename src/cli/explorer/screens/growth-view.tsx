/**
 * The growth view (THEORY.md P7): the doubling times implied by the calibration (labelled a
 * reconstruction), a chart of log2 N_k over time from a stated starting point, and the counts
 * of distinct languages of small DFAs.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { TerminalChart } from "../components/chart.js";
import { GROWTH_START, growthFacts } from "../growth-model.js";

/** Props of {@link GrowthView}. */
export interface GrowthViewProps {
  /** Columns and lines of the box. */
  readonly width: number;
  readonly height: number;
}

const years = (y: number) => `${y.toFixed(2)} y`;

/**
 * Renders the numbers and the chart.
 *
 * @example
 * ```tsx
 * <GrowthView width={80} height={21} />
 * ```
 */
export function GrowthView({ width, height }: GrowthViewProps) {
  const facts = useMemo(growthFacts, []);
  if (E.isLeft(facts)) return <Text color="red">{facts.left.message}</Text>;
  const f = facts.right;
  const c = f.calibration;
  const tj = f.growth.doublingYears.map((d) => `T${d.j} ${years(d.years)}`).join("  ");
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">
        Growth of the hypothesis space: N_k = M · Σ_(i≤k) C(D, i) fine-tunes
      </Text>
      <Text wrap="truncate-end">{`calibration (reconstruction): T1 = ${c.t1} y, T${c.k} = ${c.tk} y`}</Text>
      <Text wrap="truncate-end">
        {`implied: models double every ${years(f.growth.modelDoublingYears)}, datasets every ${years(f.growth.datasetDoublingYears)}`}
      </Text>
      <Text wrap="truncate-end">{tj}</Text>
      <Text wrap="truncate-end" dimColor>
        {`distinct languages of complete DFAs with ≤ 1..4 states over {a, b}: ${f.dfaLanguages.join(", ")}`}
      </Text>
      <TerminalChart
        chart={{
          title: `log2 N_k from M = ${GROWTH_START.models} models, D = ${GROWTH_START.datasets} datasets`,
          xLabel: "years",
          yLabel: "log2 N_k",
          series: f.curves.map((k) => ({ name: `k = ${k.k}`, points: k.points })),
        }}
        width={width}
        height={Math.max(4, height - 5)}
      />
    </Box>
  );
}
