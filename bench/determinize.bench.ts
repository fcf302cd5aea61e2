/**
 * Subset construction bench (issue 3): (a|b)*a(a|b){m} for m = 10..18, whose minimal DFA has
 * 2^(m+1) states. LimitLab: `determinize` (src/automata/determinize.ts) then `minimize`;
 * refa 0.12.1: its NFA → `DFA.fromFA` → `minimize()`. The NFA is built directly (buildNfa),
 * without the regex parser, and converted to refa's outside the timing. One timed run is the
 * whole chain on a fresh NFA; the determinisation part is timed inside it too. Median of 7
 * after 2 warm-ups, in a process whose JIT was first warmed on m = 6.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { determinize } from "../src/automata/determinize.js";
import { minimize } from "../src/automata/minimize.js";
import type { Nfa } from "../src/automata/nfa.js";
import { refaDeterminize, toRefaNfa } from "./lib/refa.js";
import { type Cell, type Column, ratio, type Target, writeTopic } from "./lib/report.js";
import { jitWarmUp, median, timeRuns, WARMUPS } from "./lib/timing.js";
import { suffixNfa } from "./lib/workloads.js";

const BUDGET = { states: 1 << 22 };

/** determinize then minimize, returning the minimal size and the determinisation time. */
function ours(n: Nfa): { states: number; detMs: number } {
  const t0 = performance.now();
  const d = determinize(n, BUDGET);
  const t1 = performance.now();
  if (E.isLeft(d)) throw new Error(d.left.message);
  return { states: minimize(d.right).states, detMs: t1 - t0 };
}

function main(): void {
  jitWarmUp(() => ours(suffixNfa(6)));
  jitWarmUp(() => refaDeterminize(toRefaNfa(suffixNfa(6))).minimize(), 4);
  const rows: Record<string, Cell>[] = [];
  const notes: string[] = [];
  const ratios: [string, number | null][] = [];
  for (let m = 10; m <= 18; m++) {
    const name = `(a|b)*a(a|b){${m}}`;
    process.stderr.write(`determinize: ${name}\n`);
    const expected = 2 ** (m + 1);
    const detOurs: number[] = [];
    const t = timeRuns(
      () => suffixNfa(m),
      (n) => ours(n),
      {
        check: (r) => {
          detOurs.push(r.detMs);
          return r.states === expected;
        },
      },
    );
    const detRefa: number[] = [];
    const tr = timeRuns(
      () => toRefaNfa(suffixNfa(m)),
      (n) => {
        const t0 = performance.now();
        const d = refaDeterminize(n);
        detRefa.push(performance.now() - t0);
        d.minimize();
        return d;
      },
      { slowPeer: true },
    );
    if (tr.warmups < WARMUPS)
      notes.push(`refa, ${name}: 1 warm-up and 3 timed runs (a run takes over 3 s).`);
    const oursDet = median(detOurs.slice(WARMUPS));
    const refaDet = median(detRefa.slice(tr.warmups));
    const r = ratio(tr.medianMs, t.medianMs);
    ratios.push([name, r]);
    rows.push({
      case: name,
      states: expected,
      oursDet,
      ours: t.medianMs,
      refaDet,
      refa: tr.medianMs,
      vsRefaDet: ratio(refaDet, oursDet),
      vsRefa: r,
    });
  }
  const columns: Column[] = [
    { key: "case", heading: "case", format: "text" },
    { key: "states", heading: "minimal states", format: "int" },
    { key: "oursDet", heading: "LimitLab determinize ms", format: "ms" },
    { key: "ours", heading: "LimitLab det + min ms", format: "ms" },
    { key: "refaDet", heading: "refa determinize ms", format: "ms" },
    { key: "refa", heading: "refa det + min ms", format: "ms" },
    { key: "vsRefaDet", heading: "refa / LimitLab (det)", format: "ratio" },
    { key: "vsRefa", heading: "refa / LimitLab (det + min)", format: "ratio" },
  ];
  const known = ratios.filter((x): x is [string, number] => x[1] !== null);
  const least = known.reduce((a, b) => (b[1] < a[1] ? b : a));
  const targets: Target[] = [
    {
      target: "at least 5× faster than refa on determinisation (det + min, every m)",
      met: least[1] >= 5,
      measured: `least ${least[1].toFixed(1)}× (${least[0]})`,
    },
  ];
  notes.push(
    "refa / LimitLab is how many times faster LimitLab is; the determinisation columns time the subset construction alone, inside the same runs.",
  );
  writeTopic({
    topic: "determinize",
    title: "Subset construction (a|b)*a(a|b){m}",
    options: { warmups: 2, runs: 7, budget: BUDGET },
    columns,
    rows,
    targets,
    notes,
  });
}

main();
