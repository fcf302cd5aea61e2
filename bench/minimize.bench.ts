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
 * Each timed call is `minimize` on a fresh copy (canonical numbering included), 7 runs after 2
 * warm-ups; LimitLab and the C++ alternate twice per case and each side's 14 runs are pooled
 * (the median of the pool is reported), so that load drifting on a shared machine does not
 * favour either side. refa runs once per case (7 runs after 2 warm-ups). All of this happens
 * in a process whose JIT was first warmed on small DFAs of another seed
 * (bench/lib/timing.ts, jitWarmUp). Child modes (used by this file itself):
 * `--child ours N K` and `--child refa N K` print one JSON line.
 *
 * @module
 */
import type { Dfa } from "../src/automata/dfa.js";
import { minimize } from "../src/automata/minimize.js";
import { peakRssMb, runChild } from "./lib/child.js";
import { runCpp } from "./lib/cpp.js";
import { toRefaDfa } from "./lib/refa.js";
import { type Cell, type Column, ratio, type Target, writeTopic } from "./lib/report.js";
import { jitWarmUp, median, type Timing, timeRuns } from "./lib/timing.js";
import { chainDfa, copyDfa, seededDfa } from "./lib/workloads.js";

const SCRIPT = "bench/minimize.bench.ts";
/** LimitLab and C++ measurements alternate this many times per case (runs pooled). */
const ROUNDS = 2;
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

/** The worst known ratio of a list (null when one is unknown), by `worse`. */
function worst(
  xs: readonly [string, number | null][],
  worse: (a: number, b: number) => boolean,
): [string, number] | null {
  const known = xs.filter((x): x is [string, number] => x[1] !== null);
  if (known.length < xs.length || known.length === 0) return null;
  return known.reduce((a, b) => (worse(b[1], a[1]) ? b : a));
}

function main(args: readonly string[]): void {
  const withRefa1e6 = args.includes("--refa-1e6");
  const rows: Record<string, Cell>[] = [];
  const notes: string[] = [];
  const wallRatios: [string, number | null][] = [];
  const cpuRatios: [string, number | null][] = [];
  const refaRatios: [string, number | null][] = [];
  let peak1e6: number | null = null;
  let cppMissing: string | null = null;
  warmUp(true);
  for (const c of CASES) {
    process.stderr.write(`minimize: ${c.name}\n`);
    const big = c.n >= 1_000_000;
    const d = c.chain ? chainDfa(c.n) : seededDfa(c.n, c.k);
    // LimitLab and the C++ alternate, ROUNDS times, and each side's runs are pooled: the
    // machine's load drifts, and the ratio should not depend on which side ran first.
    const ours = { wall: [] as number[], cpu: [] as number[], states: -1, peak: 0 };
    const cpp = { wall: [] as number[], cpu: [] as number[], peak: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const o: Measured = big
        ? (runChild(SCRIPT, ["--child", "ours", String(c.n), String(c.k)]) as Measured)
        : timeOurs(d);
      ours.wall.push(...o.runsMs);
      ours.cpu.push(...o.cpuMs);
      ours.states = o.states;
      ours.peak = Math.max(ours.peak, o.peakMb ?? 0);
      if (c.chain) continue;
      const r = runCpp(c.n, c.k);
      if (!r.ok) {
        cppMissing = r.reason;
        continue;
      }
      if (r.states !== o.states)
        throw new Error(`${c.name}: C++ gives ${r.states} states, LimitLab ${o.states}`);
      cpp.wall.push(...r.runsMs);
      cpp.cpu.push(...r.cpuMs);
      cpp.peak = Math.max(cpp.peak, r.peakMb);
    }
    const expected = c.chain ? c.n + 1 : EXPECTED[`${c.n}/${c.k}`];
    if (expected !== undefined && ours.states !== expected)
      throw new Error(`${c.name}: ${ours.states} states after minimisation, expected ${expected}`);
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
    const oursMs = median(ours.wall);
    const oursCpu = median(ours.cpu);
    const cppMs = cpp.wall.length > 0 ? median(cpp.wall) : null;
    const cppCpu = cpp.cpu.length > 0 ? median(cpp.cpu) : null;
    const rr = ratio(refa?.medianMs, oursMs);
    if (!c.chain) {
      wallRatios.push([c.name, ratio(oursMs, cppMs)]);
      cpuRatios.push([c.name, ratio(oursCpu, cppCpu)]);
    }
    refaRatios.push([c.name, rr]);
    if (big) peak1e6 = ours.peak;
    rows.push({
      case: c.name,
      states: ours.states,
      ours: oursMs,
      cpp: cppMs,
      vsCpp: ratio(oursMs, cppMs),
      oursCpu,
      cppCpu,
      vsCppCpu: ratio(oursCpu, cppCpu),
      refa: refa?.medianMs ?? null,
      vsRefa: rr,
      peak: big ? ours.peak : null,
      cppPeak: big && cpp.wall.length > 0 ? cpp.peak : null,
    });
  }
  if (cppMissing !== null) notes.push(`C++ peer: ${cppMissing}.`);
  if (!withRefa1e6)
    notes.push(
      "refa at 10^6 states was not run (about 30 s and 2 GB): `npm run bench -- --refa-1e6`.",
    );
  notes.push(
    `LimitLab and the C++ alternate ${ROUNDS} times per case, 7 runs after 2 warm-ups each; the figures are medians of the pooled runs. "CPU" is the CPU time of the same runs (LimitLab: the whole process, JIT and GC threads included; C++: its thread), which waiting for a core on a loaded machine does not inflate. LimitLab / C++: lower is better; refa / LimitLab (wall clock): how many times faster LimitLab is. The 10^6 row's peak is the resident memory of the child process that ran only that case.`,
  );
  const columns: Column[] = [
    { key: "case", heading: "case", format: "text" },
    { key: "states", heading: "minimal states", format: "int" },
    { key: "ours", heading: "LimitLab ms", format: "ms" },
    { key: "cpp", heading: "C++ ms", format: "ms" },
    { key: "vsCpp", heading: "LimitLab / C++", format: "ratio" },
    { key: "oursCpu", heading: "LimitLab CPU ms", format: "ms" },
    { key: "cppCpu", heading: "C++ CPU ms", format: "ms" },
    { key: "vsCppCpu", heading: "LimitLab / C++ (CPU)", format: "ratio" },
    { key: "refa", heading: "refa ms", format: "ms" },
    { key: "vsRefa", heading: "refa / LimitLab", format: "ratio" },
    { key: "peak", heading: "LimitLab peak MB", format: "mb" },
    { key: "cppPeak", heading: "C++ peak MB", format: "mb" },
  ];
  const ww = worst(wallRatios, (a, b) => a > b);
  const wc = worst(cpuRatios, (a, b) => a > b);
  const wr = worst(
    refaRatios.filter(([, r]) => r !== null),
    (a, b) => a < b,
  );
  const cppTarget = (w: [string, number] | null, clock: string): Target => ({
    target: `within 2× of the C++ limit on every minimisation workload (${clock})`,
    met: w === null ? null : w[1] <= 2,
    measured: w === null ? "C++ not run" : `worst ${w[1].toFixed(2)}× (${w[0]})`,
  });
  const targets: Target[] = [
    cppTarget(ww, "wall clock"),
    cppTarget(wc, "CPU time"),
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
    options: { warmups: 2, runs: 7, rounds: ROUNDS, seed: 42, refa1e6: withRefa1e6 },
    columns,
    rows,
    targets,
    notes,
  });
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") child(argv[1] ?? "ours", Number(argv[2]), Number(argv[3]));
else main(argv);
