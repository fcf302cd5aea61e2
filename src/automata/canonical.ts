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

/**
 * The quotient of `d` by a congruence given as `classOf` (state → class in `0..classes-1`) and
 * `rep` (class → one member), numbered canonically. Only classes reachable from the start class
 * appear. The congruence must be one (members of a class agree on acceptance and on the classes
 * of their successors); it is not checked.
 *
 * Cost: O(classes · k) time and memory (two passes: the class-indexed table in class order,
 * whose loads are independent, then the breadth-first numbering over that compact table).
 *
 * @example
 * ```ts
 * const p = refine(d);
 * quotient(d, p.classes, p.classOf, p.rep); // the minimal DFA of d
 * ```
 * @internal
 */
export function quotient(d: Dfa, classes: number, classOf: Int32Array, rep: Int32Array): Dfa {
  const k = d.alphabet.symbols.length;
  const delta = d.delta;
  // Pass 1, in class order with no branches (independent loads): the class-indexed quotient.
  const qt = new Int32Array(classes * k);
  const qacc = new Uint8Array(classes);
  for (let c = 0; c < classes; c++) {
    const q = rep[c] as number;
    qacc[c] = d.accepting[q] as number;
    const row = q * k;
    const qrow = c * k;
    for (let a = 0; a < k; a++) qt[qrow + a] = classOf[delta[row + a] as number] as number;
  }
  // Pass 2: breadth-first numbering over the compact table.
  const number = new Int32Array(classes);
  const order = new Int32Array(classes);
  const out = new Int32Array(classes * k);
  const acc = new Uint8Array(classes);
  const first = classOf[d.start] as number;
  order[0] = first;
  number[first] = 1;
  let count = 1;
  for (let head = 0; head < count; head++) {
    const c0 = order[head] as number;
    acc[head] = qacc[c0] as number;
    const row = c0 * k;
    const outRow = head * k;
    for (let a = 0; a < k; a++) {
      const c = qt[row + a] as number;
      let id = number[c] as number;
      if (id === 0) {
        order[count] = c;
        id = ++count;
        number[c] = id;
      }
      out[outRow + a] = id - 1;
    }
  }
  return count === classes
    ? makeDfa(d.alphabet, count, 0, out, acc)
    : makeDfa(d.alphabet, count, 0, out.slice(0, count * k), acc.slice(0, count));
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
  return quotient(d, d.states, identity, identity);
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
