/**
 * Product + emptiness bench (AMENDMENTS.md, Issue 3 "Benchmarks"): A ∩ ¬A for the 10^4-state
 * seeded DFA A (answer: empty, after exploring the whole reachable product), and the same
 * against the twinned, renumbered copy A′ of A (a product twice as large), with 10^5 states as
 * a larger row. LimitLab: `isEmpty(intersect(a, b))` (src/automata/product.ts, decide.ts);
 * refa 0.12.1: `DFA.fromIntersection(a, b).isEmpty`. Complements and conversions are built
 * outside the timing, fresh for every run; median of 7 after 2 warm-ups, after a JIT warm-up
 * on small DFAs of another seed.
 *
 * @module
 */

import { DFA } from "refa";
import { complement } from "../src/automata/complement.js";
import { isEmpty } from "../src/automata/decide.js";
import type { Dfa } from "../src/automata/dfa.js";
import { intersect } from "../src/automata/product.js";
import { toRefaDfa } from "./lib/refa.js";
import { type Cell, type Column, ratio, writeTopic } from "./lib/report.js";
import { jitWarmUp, timeRuns, WARMUPS } from "./lib/timing.js";
import { copyDfa, seededDfa, twinnedCopy } from "./lib/workloads.js";

function refaNot(d: Dfa): DFA {
  const r = toRefaDfa(d);
  r.complement();
  return r;
}

function main(): void {
  const small = seededDfa(2_000, 2, 1);
  const smallNot = complement(small);
  jitWarmUp(() => isEmpty(intersect(small, smallNot)));
  jitWarmUp(
    () =>
      DFA.fromIntersection(toRefaDfa(small), refaNot(small), new DFA.LimitedNodeFactory(Infinity))
        .isEmpty,
    3,
  );
  const rows: Record<string, Cell>[] = [];
  const notes: string[] = [];
  for (const [n, twin] of [
    [10_000, false],
    [10_000, true],
    [100_000, false],
  ] as const) {
    const exp = n === 10_000 ? "10^4" : "10^5";
    const name = twin ? `A ∩ ¬A′, A′ twinned copy, ${exp} / 2` : `A ∩ ¬A, ${exp} / 2`;
    process.stderr.write(`product: ${name}\n`);
    const a = seededDfa(n, 2);
    const b = complement(twin ? twinnedCopy(a) : a);
    let pairs = 0;
    const ours = timeRuns(
      () => [copyDfa(a), copyDfa(b)] as const,
      ([x, y]) => {
        const p = intersect(x, y);
        pairs = p.states;
        return isEmpty(p);
      },
      { check: (r) => r },
    );
    const refa = timeRuns(
      () => [toRefaDfa(a), toRefaDfa(b)] as const,
      ([x, y]) => DFA.fromIntersection(x, y, new DFA.LimitedNodeFactory(Infinity)).isEmpty,
      { check: (r) => r, slowPeer: true },
    );
    if (refa.warmups < WARMUPS)
      notes.push(`refa, ${name}: 1 warm-up and 3 timed runs (a run takes over 3 s).`);
    const r = ratio(refa.medianMs, ours.medianMs);
    rows.push({ case: name, pairs, ours: ours.medianMs, refa: refa.medianMs, vsRefa: r });
  }
  const columns: Column[] = [
    { key: "case", heading: "case", format: "text" },
    { key: "pairs", heading: "product states", format: "int" },
    { key: "ours", heading: "LimitLab ms", format: "ms" },
    { key: "refa", heading: "refa ms", format: "ms" },
    { key: "vsRefa", heading: "refa / LimitLab", format: "ratio" },
  ];
  notes.push(
    'The issue sets no target for this workload. Every run answers "empty" (checked). The product states are the reachable pairs LimitLab builds.',
  );
  writeTopic({
    topic: "product",
    title: "Product + emptiness",
    options: { warmups: 2, runs: 7, seed: 42, twinSeed: 7 },
    columns,
    rows,
    targets: [],
    notes,
  });
}

main();
