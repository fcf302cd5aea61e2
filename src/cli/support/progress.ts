/**
 * Driving the library's step-wise generators (AMENDMENTS "Long work is step-wise"): the CLI
 * runs a generator in slices of a few milliseconds with `setImmediate` between them, so
 * Ctrl-C is handled between two steps; shows progress and an ETA on stderr; and on Ctrl-C
 * stops with the last partial value, which the command writes marked `"partial": true`
 * before it exits with code 130.
 *
 * Progress stays quiet for the first half second (short runs print nothing), then redraws one
 * line on a terminal or prints a line every few seconds into a log.
 *
 * @module
 */
import { UserError } from "./fail.js";
import type { CliIo } from "./io.js";

/** What the library's generators yield (`Progress`, `ProofProgress`, `QueryProgress`). */
export interface ProgressValue<P> {
  readonly done: number;
  readonly total?: number;
  readonly partial: P;
  /** What is about to run, when the generator says. */
  readonly current?: string;
}

/** How a driven run ended: its result, or interrupted with the last partial value. */
export type Driven<P, R> =
  | { readonly interrupted: false; readonly value: R }
  | { readonly interrupted: true; readonly partial: P | undefined; readonly done: number };

/** Options of {@link drive} and {@link progressMeter}. */
export interface DriveOptions {
  /** What is running, e.g. `"proofs"`. */
  readonly label: string;
  /** What `done` counts, e.g. `"units"`. @defaultValue "steps" */
  readonly unit?: string;
  /** Longest synchronous slice between two looks at the event loop. @defaultValue 50 ms */
  readonly sliceMs?: number;
  /** No progress at all (`--quiet`, or a child process reporting otherwise). @defaultValue false */
  readonly quiet?: boolean;
}

/** A progress line on stderr. */
export interface ProgressMeter {
  /** Records progress; redraws when it is time. */
  update(done: number, total?: number, note?: string): void;
  /**
   * Clears the line (terminal) or prints the last figures (log), if anything was shown;
   * `completed` says the work ran to its end (done = total).
   */
  finish(completed?: boolean): void;
}

const QUIET_FOR_MS = 500;
const TTY_REDRAW_MS = 200;
const LOG_EVERY_MS = 5000;

/**
 * Seconds as a person reads them: `0.4 s`, `12 s`, `3 min 05 s`, `2 h 04 min`.
 *
 * @example
 * ```ts
 * formatDuration(185_000); // "3 min 05 s"
 * ```
 */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(Math.round(s % 60)).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

/**
 * The progress line: done of total with percent, elapsed, ETA (linear in the rate so far).
 *
 * @example
 * ```ts
 * progressLine("proofs", "units", 10, 40, 5000); // "proofs: 10/40 units (25%), 5.0 s elapsed, ETA 15 s"
 * ```
 */
export function progressLine(
  label: string,
  unit: string,
  done: number,
  total: number | undefined,
  elapsedMs: number,
  note?: string,
): string {
  const parts = [`${label}: ${done}${total === undefined ? "" : `/${total}`} ${unit}`];
  if (total !== undefined && total > 0) parts[0] += ` (${Math.floor((100 * done) / total)}%)`;
  parts.push(`${formatDuration(elapsedMs)} elapsed`);
  if (total !== undefined && done > 0 && done < total)
    parts.push(`ETA ${formatDuration((elapsedMs * (total - done)) / done)}`);
  const line = parts.join(", ");
  return note === undefined ? line : `${line} · ${note}`;
}

/**
 * A progress meter on `io.err` (see the module doc for when it draws).
 *
 * @example
 * ```ts
 * const m = progressMeter(io, { label: "proofs", unit: "units" });
 * m.update(3, 40, "C11 #2");
 * m.finish();
 * ```
 */
export function progressMeter(io: CliIo, options: DriveOptions): ProgressMeter {
  const now = io.now ?? (() => performance.now());
  const tty = io.errIsTTY === true;
  const unit = options.unit ?? "steps";
  const start = now();
  let shownAt: number | undefined;
  let last = {
    done: 0,
    total: undefined as number | undefined,
    note: undefined as string | undefined,
  };
  const line = () =>
    progressLine(options.label, unit, last.done, last.total, now() - start, last.note);
  const columns = () => (tty ? Math.max(20, (process.stderr.columns ?? 80) - 1) : Infinity);
  const draw = () => {
    const text = line();
    io.err(tty ? `\r\x1b[K${text.slice(0, columns())}` : `${text}\n`);
    shownAt = now();
  };
  return {
    update(done, total, note) {
      last = { done, total, note };
      if (options.quiet === true) return;
      const t = now();
      if (
        shownAt === undefined
          ? t - start >= QUIET_FOR_MS
          : t - shownAt >= (tty ? TTY_REDRAW_MS : LOG_EVERY_MS)
      )
        draw();
    },
    finish(completed) {
      if (shownAt === undefined || options.quiet === true) return;
      if (completed === true && last.total !== undefined)
        last = { ...last, done: last.total, note: undefined };
      if (tty) io.err("\r\x1b[K");
      else io.err(`${line()}\n`);
    },
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `steps` to its end in slices, with progress on stderr; on Ctrl-C (through
 * `io.onInterrupt`) stops between two steps and returns the last partial value. Errors the
 * generator throws propagate.
 *
 * @example
 * ```ts
 * const r = await drive(runProofs(proofs, options), io, { label: "proofs", unit: "units" });
 * if (r.interrupted) write(r.partial); else write(r.value);
 * ```
 */
export async function drive<P, R>(
  steps: Iterator<ProgressValue<P>, R, undefined>,
  io: CliIo,
  options: DriveOptions,
): Promise<Driven<P, R>> {
  const now = io.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 50;
  const meter = progressMeter(io, options);
  let stop = false;
  const unsubscribe = io.onInterrupt?.(() => {
    stop = true;
  });
  let partial: P | undefined;
  let done = 0;
  let completed = false;
  try {
    for (;;) {
      const sliceEnd = now() + sliceMs;
      do {
        const s = steps.next();
        if (s.done === true) {
          completed = true;
          return { interrupted: false, value: s.value };
        }
        partial = s.value.partial;
        done = s.value.done;
        meter.update(done, s.value.total, s.value.current);
      } while (now() < sliceEnd);
      await nextTurn();
      if (stop) return { interrupted: true, partial, done };
    }
  } finally {
    unsubscribe?.();
    meter.finish(completed);
    steps.return?.();
  }
}

/**
 * The error a command throws after it has written its partial result: exit code 130.
 *
 * @example
 * ```ts
 * throw interrupted("partial report written to reports/proof-report.json");
 * ```
 */
export function interrupted(what: string): UserError {
  return new UserError(`interrupted: ${what}`, { code: 130 });
}
