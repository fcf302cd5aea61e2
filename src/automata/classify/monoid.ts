/**
 * The transition monoid of a DFA: the transformations of its state set induced by words.
 *
 * Invariants of a `Monoid` of an n-state DFA over k letters:
 * - element i is the transformation q ↦ δ*(q, w_i), stored at `elements[i*n .. i*n+n)`;
 *   the elements are distinct; element 0 is the identity (w_0 = ε);
 * - w_i is the shortlex-least word inducing element i, and the elements are numbered in
 *   shortlex order of these words (breadth-first closure under the letters in alphabet order);
 * - `right[i*k + s]` is the element of w_i·s (the right Cayley graph), so the product of
 *   elements i and j (first i, then j) is reached from i along the letters of w_j;
 * - w_i is `w_parent[i]` followed by `letter[i]`.
 * The transition monoid of the minimal DFA is the syntactic monoid of the language.
 *
 * Cost: O(|M|·k·n) time with a hash table keyed on the transformations, O(|M|·(n + k))
 * memory. |M| can reach n^n, hence the budget.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../alphabet.js";
import type { Dfa, ReadonlyInt32Array } from "../dfa.js";
import { type StateBudget, stateLimit } from "../support/budget.js";
import { budgetError, type LimitLabError } from "../support/errors.js";
import type { Word } from "../word.js";

/** A finite transformation monoid with its right Cayley graph (see the module invariants). */
export interface Monoid {
  readonly alphabet: Alphabet;
  /** n: the number of states the elements transform. */
  readonly states: number;
  /** |M|: the number of elements. */
  readonly size: number;
  /** `elements[i * states + q]`: the image of q under element i. */
  readonly elements: ReadonlyInt32Array;
  /** `right[i * k + s]`: the element of w_i followed by letter s. */
  readonly right: ReadonlyInt32Array;
  /** The element whose word is w_i without its last letter (-1 for the identity). */
  readonly parent: ReadonlyInt32Array;
  /** The last letter of w_i (-1 for the identity). */
  readonly letter: ReadonlyInt32Array;
}

/**
 * The most transformation entries (elements × states) a monoid may hold whatever the budget:
 * 2^27 entries, 512 MiB.
 */
export const MAX_MONOID_ENTRIES = 2 ** 27;

/**
 * The transition monoid of the DFA as given (minimise first for the syntactic monoid).
 *
 * The budget's `states` limit counts elements (default 10^6); the limit is lowered to
 * ⌊{@link MAX_MONOID_ENTRIES} / n⌋ for large n so memory stays bounded. Running out gives a
 * `Left` of kind `budget` named `"elements"`.
 *
 * Cost: O(|M|·k·n) time, O(|M|·(n + k)) memory.
 *
 * @example
 * ```ts
 * const m = transitionMonoid(minimize(abStar)); // right(monoid with 6 elements)
 * // ε, a, b, ab, ba, aa: aa is the zero (everything to the sink)
 * transitionMonoid(d, { states: 10 }); // left(budget) when d's monoid has more than 10
 * ```
 */
export function transitionMonoid(d: Dfa, budget?: StateBudget): E.Either<LimitLabError, Monoid> {
  const n = d.states;
  const k = d.alphabet.symbols.length;
  const limit = Math.min(stateLimit(budget), Math.floor(MAX_MONOID_ENTRIES / n));
  let cap = 16;
  let elements = new Int32Array(cap * n);
  let right = new Int32Array(cap * k);
  let parent = new Int32Array(cap);
  let letter = new Int32Array(cap);
  let hashes = new Int32Array(cap);
  let slots = new Int32Array(4 * cap).fill(-1);
  const candidate = new Int32Array(n);
  for (let q = 0; q < n; q++) elements[q] = q;
  hashes[0] = hashOf(elements.subarray(0, n));
  parent[0] = -1;
  letter[0] = -1;
  insert(slots, hashes[0] as number, 0);
  let size = 1;
  for (let i = 0; i < size; i++) {
    for (let s = 0; s < k; s++) {
      for (let q = 0; q < n; q++)
        candidate[q] = d.delta[(elements[i * n + q] as number) * k + s] as number;
      const h = hashOf(candidate);
      const found = lookup(slots, hashes, elements, n, candidate, h);
      if (found >= 0) {
        right[i * k + s] = found;
        continue;
      }
      if (size >= limit)
        return E.left(
          budgetError("elements", limit, size + 1, `transition monoid of a ${n}-state DFA`),
        );
      if (size === cap) {
        cap *= 2;
        elements = grow(elements, cap * n);
        right = grow(right, cap * k);
        parent = grow(parent, cap);
        letter = grow(letter, cap);
        hashes = grow(hashes, cap);
        slots = rehash(hashes, size, 4 * cap);
      }
      elements.set(candidate, size * n);
      parent[size] = i;
      letter[size] = s;
      hashes[size] = h;
      insert(slots, h, size);
      right[i * k + s] = size;
      size++;
    }
  }
  return E.right({
    alphabet: d.alphabet,
    states: n,
    size,
    elements: elements.slice(0, size * n),
    right: right.slice(0, size * k),
    parent: parent.slice(0, size),
    letter: letter.slice(0, size),
  });
}

/**
 * The shortlex-least word inducing element i.
 *
 * @example
 * ```ts
 * monoidWord(m, 0); // [] (the identity)
 * ```
 */
export function monoidWord(m: Monoid, i: number): Word {
  const out: number[] = [];
  for (let e = i; e > 0; e = m.parent[e] as number) out.push(m.letter[e] as number);
  return out.reverse();
}

/**
 * The element induced by a word, from element `from` (default: the identity), along the right
 * Cayley graph. Cost O(|w|).
 *
 * @example
 * ```ts
 * elementOfWord(m, [0, 1]); // the element of "ab"
 * ```
 */
export function elementOfWord(m: Monoid, w: Word, from = 0): number {
  const k = m.alphabet.symbols.length;
  let e = from;
  for (const s of w) e = m.right[e * k + s] as number;
  return e;
}

/**
 * The product of elements i and j (first i, then j). Cost O(|w_j|).
 *
 * @example
 * ```ts
 * monoidMultiply(m, elementOfWord(m, [0]), elementOfWord(m, [1])); // the element of "ab"
 * ```
 */
export function monoidMultiply(m: Monoid, i: number, j: number): number {
  return elementOfWord(m, monoidWord(m, j), i);
}

function hashOf(t: Int32Array): number {
  let h = 0x811c9dc5;
  for (let q = 0; q < t.length; q++) h = Math.imul(h ^ (t[q] as number), 0x01000193);
  return h | 0;
}

function insert(slots: Int32Array, h: number, index: number): void {
  const mask = slots.length - 1;
  let p = h & mask;
  while ((slots[p] as number) !== -1) p = (p + 1) & mask;
  slots[p] = index;
}

function lookup(
  slots: Int32Array,
  hashes: Int32Array,
  elements: Int32Array,
  n: number,
  t: Int32Array,
  h: number,
): number {
  const mask = slots.length - 1;
  for (let p = h & mask; ; p = (p + 1) & mask) {
    const e = slots[p] as number;
    if (e === -1) return -1;
    if (hashes[e] !== h) continue;
    let same = true;
    for (let q = 0; q < n && same; q++) same = elements[e * n + q] === t[q];
    if (same) return e;
  }
}

function rehash(hashes: Int32Array, size: number, capacity: number): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(capacity).fill(-1);
  for (let e = 0; e < size; e++) insert(slots, hashes[e] as number, e);
  return slots;
}

function grow(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}
