/**
 * Test helpers for query learning: the shared reference targets (../shared/reference beside
 * the repository) and an independent brute-force oracle.
 */
import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import { fromJson } from "../../../src/automata/interop/json.js";
import type { Word } from "../../../src/automata/word.js";

const ROOT = new URL("../../../../shared/reference/query-targets/", import.meta.url);

/** The AALpy target with n states over k letters (seed 42). */
export function referenceTarget(n: number, k: number): Dfa {
  const text = readFileSync(new URL(`random-minimal-n${n}-k${k}-seed42.json`, ROOT), "utf8");
  return rightOf(fromJson(text));
}

/** The right value of an Either, or a thrown error with the left's message. */
export function rightOf<A>(e: E.Either<{ readonly message: string }, A>): A {
  if (E.isLeft(e)) throw new Error(e.left.message);
  return e.right;
}

/**
 * The shortest, then shortlex-least word on which a and b disagree, by BFS over the product
 * with symbols in order (written apart from `equivalent`, to check it).
 */
export function bruteForceCounterexample(a: Dfa, b: Dfa): O.Option<Word> {
  const k = a.alphabet.symbols.length;
  const seen = new Set<number>();
  const queue: [number, number, Word][] = [[a.start, b.start, []]];
  seen.add(a.start * b.states + b.start);
  for (let i = 0; i < queue.length; i++) {
    const [p, q, w] = queue[i] as [number, number, Word];
    if (a.accepting[p] !== b.accepting[q]) return O.some(w);
    for (let s = 0; s < k; s++) {
      const p2 = a.delta[p * k + s] as number;
      const q2 = b.delta[q * k + s] as number;
      const key = p2 * b.states + q2;
      if (!seen.has(key)) {
        seen.add(key);
        queue.push([p2, q2, [...w, s]]);
      }
    }
  }
  return O.none;
}

/** Does `d` agree with `membership` on every word of length ≤ `max`? */
export function agreesUpTo(d: Dfa, membership: (w: Word) => boolean, max: number): boolean {
  const k = d.alphabet.symbols.length;
  let layer: Word[] = [[]];
  for (let len = 0; len <= max; len++) {
    for (const w of layer) if (accepts(d, w) !== membership(w)) return false;
    layer = layer.flatMap((w) => Array.from({ length: k }, (_, s) => [...w, s]));
  }
  return true;
}
