/**
 * Minimisation bench (issue 3, AMENDMENTS.md "Benchmarks" and "The limit").
 *
 * Workloads: the seeded random complete DFAs (src/automata/random/dfa.ts, the generator the C++
 * peer shares) with 10^4 and 10^5 states over 2 and 10 letters and 10^6 over 2, and the
 * Moore-hard chain DFA of {a^(n−1)} over {a, b} with n = 10^5. Peers in the same run: the C++
 * Hopcroft of bench/limit/ (subprocess, when g++ is present) and refa 0.12.1 (in process, a
 * fresh refa DFA built outside the timing for every run). LimitLab's 10^6 run is a child
 * process of its own so that its peak memory is its own; refa at 10^6 takes ~30 s and 2 GB, so
 * it runs only with `npm run bench -- --refa-1e6`, in a child with a 4 GB heap.
 *
 * Each timed call is `minimize` on a fresh copy (canonical numbering included), median of 7
 * after 2 warm-ups, in a process whose JIT was first warmed on small DFAs of another seed
 * (bench/lib/timing.ts, jitWarmUp). Child modes (used by this file itself):
 * `--child ours N K` and `--child refa N K` print one JSON line.
 *
 * @module
 */
import type { Dfa } from "../src/automata/dfa.js";
import { minimize } from "../src/automata/minimize.js";
import { peakRssMb, runChild } from "./lib/child.js";
import { type CppOutcome, runCpp } from "./lib/cpp.js";
import { toRefaDfa } from "./lib/refa.js";
import { type Cell, type Column, ratio, type Target, writeTopic } from "./lib/report.js";
import { jitWarmUp, type Timing, timeRuns } from "./lib/timing.js";
import { chainDfa, copyDfa, seededDfa } from "./lib/workloads.js";

const SCRIPT = "bench/minimize.bench.ts";
/** Minimal sizes of the seeded DFAs, as the C++ peer reports them. */
const EXPECTED: Readonly<Record<string, number>> = {
  "100000/2": 79_846,
  "100000/10": 99_996,
  "1000000/2": 796_229,
};

interface Measured extends Timing {
  readonly states: number;
  readonly peakMb?: number;
}

function timeOurs(d: Dfa): Measured {
  let states = 0;
  const t = timeRuns(
    () => copyDfa(d),
    (x) => minimize(x),
    {
      check: (m) => {
        states = m.states;
        return true;
      },
    },
  );
  return { ...t, states };
}

function timeRefa(d: Dfa): Measured {
  let states = 0;
  const t = timeRuns(
    () => toRefaDfa(d),
    (r) => {
      r.minimize();
      return r;
    },
    {
      check: (r) => {
        states = r.countNodes();
        return true;
      },
      slowPeer: true,
    },
  );
  return { ...t, states };
}

/** JIT warm-up on small DFAs of another seed (see jitWarmUp). */
function warmUp(refa: boolean): void {
  const small = [seededDfa(20_000, 2, 1), seededDfa(5_000, 10, 1), chainDfa(5_000)];
  for (const d of small) jitWarmUp(() => minimize(copyDfa(d)));
  if (refa) for (const d of small) jitWarmUp(() => toRefaDfa(d).minimize(), 3);
}

function child(mode: string, n: number, k: number): void {
  warmUp(mode === "refa");
  const d = seededDfa(n, k);
  const m = mode === "ours" ? timeOurs(d) : timeRefa(d);
  process.stdout.write(`${JSON.stringify({ ...m, peakMb: peakRssMb() })}\n`);
}

interface Case {
  readonly name: string;
  readonly n: number;
  readonly k: number;
  readonly chain?: boolean;
}

const CASES: readonly Case[] = [
  { name: "random 10^4 / 2", n: 10_000, k: 2 },
  { name: "random 10^4 / 10", n: 10_000, k: 10 },
  { name: "random 10^5 / 2", n: 100_000, k: 2 },
  { name: "random 10^5 / 10", n: 100_000, k: 10 },
  { name: "random 10^6 / 2", n: 1_000_000, k: 2 },
  { name: "chain a^(n−1), n = 10^5", n: 100_000, k: 2, chain: true },
];

function main(args: readonly string[]): void {
  const withRefa1e6 = args.includes("--refa-1e6");
  const rows: Record<string, Cell>[] = [];
  const notes: string[] = [];
  const cppRatios: [string, number | null][] = [];
  const refaRatios: [string, number | null][] = [];
  let peak1e6: number | null = null;
  let cppMissing: string | null = null;
  warmUp(true);
  for (const c of CASES) {
    process.stderr.write(`minimize: ${c.name}\n`);
    const big = c.n >= 1_000_000;
    const d = c.chain ? chainDfa(c.n) : seededDfa(c.n, c.k);
    const ours: Measured = big
      ? (runChild(SCRIPT, ["--child", "ours", String(c.n), String(c.k)]) as Measured)
      : timeOurs(d);
    const expected = c.chain ? c.n + 1 : EXPECTED[`${c.n}/${c.k}`];
    if (expected !== undefined && ours.states !== expected)
      throw new Error(`${c.name}: ${ours.states} states after minimisation, expected ${expected}`);
    const cpp: CppOutcome | null = c.chain ? null : runCpp(c.n, c.k);
    if (cpp !== null && !cpp.ok) cppMissing = cpp.reason;
    if (cpp?.ok && cpp.states !== ours.states)
      throw new Error(`${c.name}: C++ gives ${cpp.states} states, LimitLab ${ours.states}`);
    let refa: Measured | null = null;
    if (!big) refa = timeRefa(d);
    else if (withRefa1e6)
      refa = runChild(
        SCRIPT,
        ["--child", "refa", String(c.n), String(c.k)],
        ["--max-old-space-size=4096"],
      ) as Measured;
    if (refa !== null && refa.warmups < 2)
      notes.push(`refa, ${c.name}: 1 warm-up and 3 timed runs (a run takes over 3 s).`);
    const cppMs = cpp?.ok ? cpp.medianMs : null;
    const rc = ratio(ours.medianMs, cppMs);
    const rr = ratio(refa?.medianMs, ours.medianMs);
    if (!c.chain) cppRatios.push([c.name, rc]);
    refaRatios.push([c.name, rr]);
    if (big) peak1e6 = ours.peakMb ?? null;
    rows.push({
      case: c.name,
      states: ours.states,
      ours: ours.medianMs,
      cpp: cppMs,
      refa: refa?.medianMs ?? null,
      vsCpp: rc,
      vsRefa: rr,
      peak: big ? (ours.peakMb ?? null) : null,
      cppPeak: big && cpp?.ok ? cpp.peakMb : null,
    });
  }
  if (cppMissing !== null) notes.push(`C++ peer: ${cppMissing}.`);
  if (!withRefa1e6)
    notes.push(
      "refa at 10^6 states was not run (about 30 s and 2 GB): `npm run bench -- --refa-1e6`.",
    );
  notes.push(
    "LimitLab / C++ is our median over the C++ median (lower is better); refa / LimitLab is how many times faster we are. The 10^6 row's peak is the resident memory of the child process that ran only that case.",
  );
  const columns: Column[] = [
    { key: "case", heading: "case", format: "text" },
    { key: "states", heading: "minimal states", format: "int" },
    { key: "ours", heading: "LimitLab ms", format: "ms" },
    { key: "cpp", heading: "C++ ms", format: "ms" },
    { key: "refa", heading: "refa ms", format: "ms" },
    { key: "vsCpp", heading: "LimitLab / C++", format: "ratio" },
    { key: "vsRefa", heading: "refa / LimitLab", format: "ratio" },
    { key: "peak", heading: "LimitLab peak MB", format: "mb" },
    { key: "cppPeak", heading: "C++ peak MB", format: "mb" },
  ];
  const worst = (xs: [string, number | null][], pick: (a: number, b: number) => boolean) => {
    const known = xs.filter((x): x is [string, number] => x[1] !== null);
    if (known.length < xs.length || known.length === 0) return null;
    return known.reduce((a, b) => (pick(b[1], a[1]) ? b : a));
  };
  const wc = worst(cppRatios, (a, b) => a > b);
  const wr = worst(
    refaRatios.filter(([, r]) => r !== null),
    (a, b) => a < b,
  );
  const targets: Target[] = [
    {
      target: "within 2× of the C++ limit on every minimisation workload",
      met: wc === null ? null : wc[1] <= 2,
      measured: wc === null ? "C++ not run" : `worst ${wc[1].toFixed(2)}× (${wc[0]})`,
    },
    {
      target: "10^6 / 2 process under 300 MB peak",
      met: peak1e6 === null ? null : peak1e6 < 300,
      measured: peak1e6 === null ? "not run" : `${peak1e6.toFixed(0)} MB`,
    },
    {
      target: "at least 30× faster than refa",
      met: wr === null ? null : wr[1] >= 30,
      measured: wr === null ? "refa not run" : `least ${wr[1].toFixed(0)}× (${wr[0]})`,
    },
  ];
  writeTopic({
    topic: "minimize",
    title: "Minimisation (Hopcroft + canonical numbering)",
    options: { warmups: 2, runs: 7, seed: 42, refa1e6: withRefa1e6 },
    columns,
    rows,
    targets,
    notes,
  });
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") child(argv[1] ?? "ours", Number(argv[2]), Number(argv[3]));
else main(argv);
