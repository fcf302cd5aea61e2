/** Small helpers shared by the identification tests. */
import * as E from "fp-ts/lib/Either.js";

/** The right value, or a thrown error naming the left (tests only). */
export function right<A>(e: E.Either<{ readonly message: string }, A>): A {
  if (E.isLeft(e)) throw new Error(`expected right, got left: ${e.left.message}`);
  return e.right;
}

/** a^n as a word over {a}. */
export function pow(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/**
 * Classification for property tests: label the generated cases while the property runs, then
 * assert that the interesting classes were generated (fast-check has no `classify`; this is
 * the same idea, checked rather than only printed).
 */
export class Classes {
  readonly counts = new Map<string, number>();
  /** Counts the case under `label` when `holds`. */
  note(label: string, holds = true): void {
    if (holds) this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }
  /** How many cases fell under `label`. */
  count(label: string): number {
    return this.counts.get(label) ?? 0;
  }
}
