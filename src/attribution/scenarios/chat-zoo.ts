/**
 * The chat zoo the scenarios share: the chat base model (THEORY.md, "The default scenario")
 * and three of its fine-tunes, made with the fine-tuning operators so their provenance names
 * the base: its first 4 and first 8 outputs in shortlex order, and the base without its first
 * output. It has the superset problem twice over (first 4 ⊊ first 8 ⊊ base, and the base minus
 * one word ⊊ base), in the token language of LLM-like output.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { enumerate } from "../../automata/count/enumerate.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { chatBase } from "../models/chat.js";
import { deterministicModel, type Model } from "../models/model.js";
import { forbid, restrictTo } from "../operators/restrict.js";

/** A result of a fallible step. */
export type Result<A> = E.Either<LimitLabError, A>;

/**
 * All the values, or the first error.
 *
 * @example
 * ```ts
 * all([E.right(1), E.right(2)]); // right([1, 2])
 * ```
 */
export function all<A>(xs: readonly Result<A>[]): Result<A[]> {
  const out: A[] = [];
  for (const x of xs) {
    if (E.isLeft(x)) return x;
    out.push(x.right);
  }
  return E.right(out);
}

/**
 * The chat zoo: `chat`, `chat: first 4`, `chat: first 8`, `chat: not the first`.
 *
 * Cost: one compile of the chat language, three products with finite languages.
 *
 * @example
 * ```ts
 * chatZoo().right.map((m) => m.name); // ["chat", "chat: first 4", "chat: first 8", "chat: not the first"]
 * ```
 */
export function chatZoo(): Result<Model[]> {
  const base = deterministicModel("chat", chatBase());
  if (E.isLeft(base)) return base;
  const first: Word[] = [];
  for (const w of enumerate(base.right.dfa)) {
    if (first.length >= 8) break;
    first.push(w);
  }
  return all([
    E.right(base.right),
    restrictTo(base.right, first.slice(0, 4), { name: "chat: first 4" }),
    restrictTo(base.right, first, { name: "chat: first 8" }),
    forbid(base.right, first.slice(0, 1), { name: "chat: not the first" }),
  ]);
}
