/**
 * Decisions on one DFA: emptiness, universality, finiteness, with shortest witnesses.
 *
 * Laws: `isEmpty(d)` ⇔ `shortestWord(d)` is none; `isUniversal(d)` ⇔ `shortestRejected(d)`
 * is none; every witness is the shortest, then shortlex-least, word of its kind. `isFinite(d)`
 * ⇔ no cycle passes through a useful (reachable and live) state.
 *
 * @module
 */
import type * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "./dfa.js";
import { reachable, useful } from "./reach.js";
import { dfaView } from "./view.js";
import { shortestMarked } from "./witness.js";
import type { Word } from "./word.js";

function reachesAcceptance(d: Dfa, want: number): boolean {
  const r = reachable(d);
  for (let q = 0; q < d.states; q++) if (r[q] === 1 && d.accepting[q] === want) return true;
  return false;
}

/**
 * Is L(d) empty? Cost O(n·k).
 *
 * @example
 * ```ts
 * isEmpty(intersect(a, complement(a))); // true
 * ```
 */
export function isEmpty(d: Dfa): boolean {
  return !reachesAcceptance(d, 1);
}

/**
 * The shortest, then shortlex-least, accepted word; none when L(d) is empty. Cost O(n·k).
 *
 * @example
 * ```ts
 * shortestWord(abStar); // some([]): ε is accepted
 * ```
 */
export function shortestWord(d: Dfa): O.Option<Word> {
  return shortestMarked(dfaView(d, true));
}

/**
 * Is L(d) = Σ*? Cost O(n·k).
 *
 * @example
 * ```ts
 * isUniversal(complement(emptyDfa)); // true
 * ```
 */
export function isUniversal(d: Dfa): boolean {
  return !reachesAcceptance(d, 0);
}

/**
 * The shortest, then shortlex-least, rejected word; none when L(d) = Σ*. Cost O(n·k).
 *
 * @example
 * ```ts
 * shortestRejected(abStar); // some([0]): "a"
 * ```
 */
export function shortestRejected(d: Dfa): O.Option<Word> {
  return shortestMarked(dfaView(d, false));
}

/**
 * Is L(d) finite? True iff the graph restricted to useful states (reachable and live) has
 * no cycle, decided by peeling states of in-degree 0 (Kahn's algorithm). Cost O(n·k).
 *
 * @example
 * ```ts
 * isFinite(abStar); // false
 * isFinite(complement(universal)); // true: the empty language
 * ```
 */
export function isFinite(d: Dfa): boolean {
  const n = d.states;
  const k = d.alphabet.symbols.length;
  const keep = useful(d);
  const indegree = new Int32Array(n);
  let remaining = 0;
  for (let q = 0; q < n; q++) {
    if (keep[q] === 0) continue;
    remaining++;
    for (let s = 0; s < k; s++) {
      const t = d.delta[q * k + s] as number;
      if (keep[t] === 1) indegree[t] = (indegree[t] as number) + 1;
    }
  }
  const queue = new Int32Array(n);
  let tail = 0;
  for (let q = 0; q < n; q++) if (keep[q] === 1 && indegree[q] === 0) queue[tail++] = q;
  for (let head = 0; head < tail; head++) {
    const q = queue[head] as number;
    remaining--;
    for (let s = 0; s < k; s++) {
      const t = d.delta[q * k + s] as number;
      if (keep[t] === 1 && --(indegree[t] as number) === 0) queue[tail++] = t;
    }
  }
  return remaining === 0;
}
