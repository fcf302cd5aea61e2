/**
 * Canonical state numbering and structural identity of DFAs.
 *
 * The canonical numbering is breadth-first from the start state, symbols in alphabet order:
 * the start state is 0 and each newly seen state gets the next number. Two DFAs that are
 * isomorphic on their reachable parts get identical arrays, so for minimal DFAs (where
 * isomorphism is language equality) {@link dfaEquals} decides language equality.
 *
 * @module
 */
import { sameAlphabet } from "./alphabet.js";
import { type Dfa, makeDfa } from "./dfa.js";
import { bfsOrder } from "./reach.js";

/**
 * The quotient of `d` by a congruence given as `classOf` (state → class in `0..classes-1`),
 * numbered canonically; `order` is `bfsOrder(d)`. Only classes reachable from the start class
 * appear. The congruence must be one (members of a class agree on acceptance and on the classes
 * of their successors); it is not checked.
 *
 * The classes in order of first appearance along `order` are exactly the breadth-first order
 * of the quotient: a class's first member is dequeued before its other members, and discovers
 * the classes of its successors in symbol order, as the class does in the quotient; the other
 * members' successors are in classes already seen. So no second search is needed: one pass over
 * `order` numbers the classes, one pass in the new order writes the table (its loads are
 * independent of each other, so the processor overlaps their cache misses).
 *
 * Cost: O(m + classes · k) time for m reachable states, O(classes · k) memory.
 *
 * @example
 * ```ts
 * const p = refine(d);
 * quotient(d, p.classes, p.classOf, p.order); // the minimal DFA of d
 * ```
 * @internal
 */
export function quotient(d: Dfa, classes: number, classOf: Int32Array, order: Int32Array): Dfa {
  const k = d.alphabet.symbols.length;
  const delta = d.delta;
  const number = new Int32Array(classes);
  const first = new Int32Array(classes);
  let count = 0;
  for (let i = 0; i < order.length && count < classes; i++) {
    const q = order[i] as number;
    const c = classOf[q] as number;
    if (number[c] === 0) {
      first[count] = q;
      number[c] = ++count;
    }
  }
  const out = new Int32Array(count * k);
  const acc = new Uint8Array(count);
  for (let j = 0; j < count; j++) {
    const q = first[j] as number;
    acc[j] = d.accepting[q] as number;
    const row = q * k;
    const outRow = j * k;
    for (let a = 0; a < k; a++)
      out[outRow + a] = (number[classOf[delta[row + a] as number] as number] as number) - 1;
  }
  return makeDfa(d.alphabet, count, 0, out, acc);
}

/**
 * The reachable part of `d`, renumbered breadth-first from the start state (symbols in
 * alphabet order). States are not merged: use `minimize` for the canonical minimal DFA.
 * Metadata is not carried over.
 *
 * Cost: O(n·k) time and memory.
 *
 * @example
 * ```ts
 * // 0 -a-> 2, 2 -a-> 1 over {a}: BFS order is 0, 2, 1
 * const c = canonicalize(d);
 * c.start; // 0
 * transitionTable(c); // [[1], [2], [2]]
 * ```
 */
export function canonicalize(d: Dfa): Dfa {
  const identity = new Int32Array(d.states);
  for (let q = 0; q < d.states; q++) identity[q] = q;
  return quotient(d, d.states, identity, bfsOrder(d));
}

/**
 * Structural identity: the same alphabet (symbols in the same order), state count, start
 * state, transition table and accepting flags. Metadata is ignored. On outputs of `minimize`
 * this is language equality.
 *
 * Cost: O(n·k) time, no allocation.
 *
 * @example
 * ```ts
 * dfaEquals(minimize(compileOrThrow("(ab)*")), minimize(compileOrThrow("(ab)*(ab)*"))); // true
 * dfaEquals(d, withMeta(d, { name: "x" })); // true
 * ```
 */
export function dfaEquals(a: Dfa, b: Dfa): boolean {
  if (a === b) return true;
  if (!sameAlphabet(a.alphabet, b.alphabet)) return false;
  if (a.states !== b.states || a.start !== b.start) return false;
  const n = a.delta.length;
  if (b.delta.length !== n) return false;
  for (let i = 0; i < n; i++) if (a.delta[i] !== b.delta[i]) return false;
  for (let q = 0; q < a.states; q++) if (a.accepting[q] !== b.accepting[q]) return false;
  return true;
}

/**
 * A 32-bit hash of the structure {@link dfaEquals} compares (FNV-1a over the symbols, state
 * count, start, transitions and accepting flags): `dfaEquals(a, b)` implies
 * `dfaHash(a) === dfaHash(b)`. On outputs of `minimize` it is a hash of the language, for
 * deduplicating families and caches.
 *
 * Cost: O(n·k) time, no allocation.
 *
 * @example
 * ```ts
 * dfaHash(minimize(a)) === dfaHash(minimize(b)); // true when a and b accept the same language
 * ```
 */
export function dfaHash(d: Dfa): number {
  let h = 0x811c9dc5;
  const mix = (x: number): void => {
    h = Math.imul(h ^ (x & 0xffff), 0x01000193);
    h = Math.imul(h ^ (x >>> 16), 0x01000193);
  };
  for (const s of d.alphabet.symbols) {
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
    mix(0x10000 - 1);
  }
  mix(d.states);
  mix(d.start);
  for (let i = 0; i < d.delta.length; i++) mix(d.delta[i] as number);
  for (let q = 0; q < d.states; q++) mix(d.accepting[q] as number);
  return h >>> 0;
}
