/**
 * Timing for the benches: every run times one call on a value built outside the timing, so a
 * call cannot profit from an earlier one (nothing is cached between runs).
 *
 * @module
 */

/** Warm-up runs (not recorded) and timed runs of {@link timeRuns}. */
export const WARMUPS = 2;
export const RUNS = 7;

/** The recorded runs of one case, in milliseconds: wall clock and process CPU time. */
export interface Timing {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /**
   * Process CPU time (user + system, all threads: JIT and GC helpers included, so it never
   * flatters us). On a loaded machine a run's wall time includes the time the process waited
   * for a core; its CPU time does not.
   */
  readonly medianCpuMs: number;
  readonly cpuMs: readonly number[];
  /** Warm-up runs actually made (fewer than {@link WARMUPS} only for a slow peer). */
  readonly warmups: number;
}

/**
 * A peer whose first warm-up run takes longer than this gets 1 warm-up and 3 timed runs
 * instead of 2 and 7 (refa on the largest cases would otherwise take minutes per row); the
 * result files record the counts. LimitLab's own runs never use it.
 */
export const SLOW_PEER_MS = 3000;

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Times `run(make())`: `warmups` unrecorded runs, then `runs` recorded ones; `make` is called
 * before each run, outside the timing. `check` sees every result (for asserting the answer);
 * `slowPeer` allows the shorter schedule of {@link SLOW_PEER_MS}.
 *
 * @example
 * ```ts
 * const t = timeRuns(() => copyDfa(d), (x) => minimize(x), { check: (m) => m.states === 79846 });
 * t.medianMs;
 * ```
 */
export function timeRuns<T, R>(
  make: () => T,
  run: (value: T) => R,
  options: { check?: (result: R) => boolean; slowPeer?: boolean } = {},
): Timing {
  let warmups = WARMUPS;
  let runs = RUNS;
  const out: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const value = make();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = run(value);
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    if (options.check !== undefined && !options.check(result))
      throw new Error(`wrong result in run ${i + 1}`);
    if (i === 0 && options.slowPeer === true && t1 - t0 > SLOW_PEER_MS) {
      warmups = 1;
      runs = 3;
    }
    if (i >= warmups) {
      out.push(t1 - t0);
      cpu.push((c1.user + c1.system) / 1000);
    }
  }
  return { medianMs: median(out), runsMs: out, medianCpuMs: median(cpu), cpuMs: cpu, warmups };
}

/**
 * Brings JIT-compiled code to its steady state before any case is timed: V8 compiles a hot
 * function only after it has run for a while, and recompiles it when a later phase meets code
 * it had no type feedback for, so the first calls in a process run slower code than later
 * ones (the C++ peer is compiled ahead of time). Each bench process calls this with small
 * inputs unrelated to its workloads (another seed), `times` times each. Per-case warm-ups
 * ({@link WARMUPS}) still follow.
 *
 * @example
 * ```ts
 * jitWarmUp(() => minimize(seededDfa(20_000, 2, 1)));
 * ```
 */
export function jitWarmUp(run: () => unknown, times = 12): void {
  for (let i = 0; i < times; i++) run();
}
