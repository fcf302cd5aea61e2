/**
 * Lazy shortlex enumeration of a regular language.
 *
 * Law: the words come in shortlex order (by length, then symbol by symbol in the alphabet's
 * order), each accepted word exactly once; the sequence ends exactly when the language is
 * finite.
 *
 * Method: on the trimmed graph, a table e_r(q) = "some accepted word of length r starts at q"
 * (e_0 = accepting, e_(r+1)(q) = ∃s. e_r(δ(q, s))) is extended one length at a time. A length
 * with e_len(start) = 0 is skipped after O(n·k) work; otherwise a depth-first search in
 * alphabet order only enters a state at remaining length r when e_r says a word can still be
 * finished, so every branch ends in a word and each word costs O(len·k). In an infinite
 * language two consecutive non-empty lengths are at most n apart (pump a cycle of the trimmed
 * graph), so the work between two words is polynomial; a finite language has no word of
 * length ≥ n (n = the number of useful states), so the enumeration stops there.
 *
 * @module
 */
import type { Dfa } from "../dfa.js";
import type { Word } from "../word.js";
import { type Trimmed, trimmed } from "./count.js";
import { hasCycle, stronglyConnected } from "./scc.js";

/**
 * The accepted words in shortlex order, lazily. Each iteration starts afresh.
 *
 * Cost: O(n·k) to start (trimming, cycle test), O(n·k) per length visited and O(len·k) per
 * word yielded; memory O(n · the longest length reached) bytes. Infinite languages give an
 * infinite iterable: take a prefix.
 *
 * @example
 * ```ts
 * [...enumerate(aOrAb)].map((w) => wordToString(ab, w)); // ["a", "ab"]
 * const first3 = []; for (const w of enumerate(abStar)) { if (first3.push(w) === 3) break; }
 * // ε, ab, abab
 * ```
 */
export function enumerate(d: Dfa): Iterable<Word> {
  return { [Symbol.iterator]: () => shortlex(d) };
}

function* shortlex(d: Dfa): Generator<Word, void, undefined> {
  const t = trimmed(d);
  if (t.start < 0) return;
  const finite = !hasCycle(stronglyConnected(t.states, t.k, t.next));
  const canFinish: Uint8Array[] = [t.accepting.slice()];
  for (let len = 0; !finite || len < t.states; len++) {
    if (len > 0) canFinish.push(existsStep(t, canFinish[len - 1] as Uint8Array));
    if ((canFinish[len] as Uint8Array)[t.start] === 1) yield* ofLength(t, canFinish, len);
  }
}

/** e_(r+1) from e_r. */
function existsStep(t: Trimmed, cur: Uint8Array): Uint8Array {
  const { states, k, next } = t;
  const out = new Uint8Array(states);
  for (let q = 0; q < states; q++)
    for (let s = 0; s < k; s++) {
      const r = next[q * k + s] as number;
      if (r >= 0 && cur[r] === 1) {
        out[q] = 1;
        break;
      }
    }
  return out;
}

/** The accepted words of length `len` in lexicographic order (some exist). */
function* ofLength(
  t: Trimmed,
  canFinish: readonly Uint8Array[],
  len: number,
): Generator<Word, void, undefined> {
  const { k, next } = t;
  const word = new Array<number>(len).fill(0);
  const at = new Int32Array(len + 1);
  const slot = new Int32Array(len + 1);
  at[0] = t.start;
  let depth = 0;
  while (depth >= 0) {
    if (depth === len) {
      yield word.slice();
      depth--;
      continue;
    }
    const q = at[depth] as number;
    const need = canFinish[len - depth - 1] as Uint8Array;
    let s = slot[depth] as number;
    let r = -1;
    for (; s < k; s++) {
      r = next[q * k + s] as number;
      if (r >= 0 && need[r] === 1) break;
    }
    if (s === k) {
      depth--;
      continue;
    }
    slot[depth] = s + 1;
    word[depth] = s;
    depth++;
    at[depth] = r;
    slot[depth] = 0;
  }
}
