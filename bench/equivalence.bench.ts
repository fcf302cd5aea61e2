/**
 * Equivalence bench (AMENDMENTS.md, Issue 3 "Benchmarks"): the 10^5-state seeded DFA against a
 * copy of itself with every state split into two equivalent twins and the states renumbered by
 * a seeded permutation (bench/lib/workloads.ts, twinnedCopy); the answer is "equal". LimitLab:
 * `equivalent` (src/automata/equivalence.ts, Hopcroft–Karp). For comparison in the same run:
 * deciding the same by minimising both and comparing the canonical results (`dfaEquals`). refa
 * 0.12.1 has no equivalence test, and its `structurallyEqual` after minimising both overflows
 * the stack at this size (it recurses along paths), so it is not a peer here. Fresh copies for
 * every run; median of 7 after 2 warm-ups, after a JIT warm-up on small DFAs of another seed.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { dfaEquals } from "../src/automata/canonical.js";
import type { Dfa } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { minimize } from "../src/automata/minimize.js";
import { type Cell, type Column, ratio, type Target, writeTopic } from "./lib/report.js";
import { jitWarmUp, timeRuns } from "./lib/timing.js";
import { copyDfa, seededDfa, twinnedCopy } from "./lib/workloads.js";

const TARGET_MS = 300;

function main(): void {
  const small = seededDfa(5_000, 2, 1);
  const smallTwin = twinnedCopy(small);
  jitWarmUp(() => equivalent(small, smallTwin));
  jitWarmUp(() => dfaEquals(minimize(small), minimize(smallTwin)));
  const rows: Record<string, Cell>[] = [];
  const notes: string[] = [];
  const targets: Target[] = [];
  for (const [n, k] of [
    [100_000, 2],
    [100_000, 10],
  ] as const) {
    const name = `10^5 / ${k} vs its twinned, renumbered copy`;
    process.stderr.write(`equivalence: ${name}\n`);
    const a = seededDfa(n, k);
    const b = twinnedCopy(a);
    const pair = (): [Dfa, Dfa] => [copyDfa(a), copyDfa(b)];
    const hk = timeRuns(pair, ([x, y]) => equivalent(x, y), { check: O.isNone });
    const viaMin = timeRuns(pair, ([x, y]) => dfaEquals(minimize(x), minimize(y)), {
      check: (r) => r,
    });
    rows.push({
      case: name,
      states: `${a.states} + ${b.states}`,
      ours: hk.medianMs,
      viaMin: viaMin.medianMs,
      vsMin: ratio(viaMin.medianMs, hk.medianMs),
    });
    targets.push({
      target: `equivalence of two 10^5-state DFAs (${k} letters) under ${TARGET_MS} ms`,
      met: hk.medianMs < TARGET_MS,
      measured: `${hk.medianMs.toFixed(1)} ms`,
    });
  }
  const columns: Column[] = [
    { key: "case", heading: "case", format: "text" },
    { key: "states", heading: "states", format: "text" },
    { key: "ours", heading: "LimitLab equivalent ms", format: "ms" },
    { key: "viaMin", heading: "LimitLab minimise both ms", format: "ms" },
    { key: "vsMin", heading: "minimise both / equivalent", format: "ratio" },
  ];
  notes.push('Every run answers "equal" (checked).');
  writeTopic({
    topic: "equivalence",
    title: "Equivalence (Hopcroft–Karp)",
    options: { warmups: 2, runs: 7, seed: 42, twinSeed: 7 },
    columns,
    rows,
    targets,
    notes,
  });
}

main();
