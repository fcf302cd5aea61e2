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
