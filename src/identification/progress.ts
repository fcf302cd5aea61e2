/**
 * Step-wise long work: every operation that can run long (adversaries, searches) also exists
 * as a generator that yields progress values and returns its result, so a caller (the CLI) can
 * drive it in slices, show progress and stop with the last partial result. The plain function
 * runs the generator to its end with {@link runToEnd}.
 *
 * @module
 */

/** A progress report: how much is done, of how much (when known), and the result so far. */
export interface Progress<P> {
  readonly done: number;
  readonly total?: number;
  readonly partial: P;
}

/** A long computation: yields progress, returns its result. */
export type Steps<P, R> = Generator<Progress<P>, R, undefined>;

/**
 * Runs a step-wise computation to its end and returns its result (progress is discarded).
 *
 * @example
 * ```ts
 * function* count(): Steps<number, string> { yield { done: 1, partial: 1 }; return "ok"; }
 * runToEnd(count()); // "ok"
 * ```
 */
export function runToEnd<P, R>(steps: Steps<P, R>): R {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}
