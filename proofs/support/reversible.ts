/**
 * k-reversible languages for the proofs (THEORY.md C6), from Angluin's (1982) definitions and
 * without the inferrers or their block-merge engine: the decision on a DFA's useful part, the
 * characteristic sample of a target, and zero-reversible automata built directly (partial
 * injections per symbol), so random targets need no filtering.
 *
 * A k-leader of a state q is a word of length k read along useful states into q. A DFA's useful
 * part is k-reversible when no two distinct useful states that are both accepting, or both enter
 * one useful state on one symbol, share a k-leader; a language is k-reversible exactly when the
 * useful part of its minimal DFA is (Angluin 1982).
 */
import type { Alphabet } from "../../src/automata/alphabet.js";
import { type Dfa, makeDfa } from "../../src/automata/dfa.js";
import { useful } from "../../src/automata/reach.js";
import type { Word } from "../../src/automata/word.js";

/** Words of length k as numbers in base |Σ| (exact while |Σ|^k < 2^53). */
type Leaders = Set<number>[];

/** The k-leaders of every useful state (empty sets for the others). Cost: O(n² · |Σ|^k). */
function kLeaders(d: Dfa, k: number, use: Uint8Array): Leaders {
  const sigma = d.alphabet.symbols.length;
  let layer: Leaders = Array.from({ length: d.states }, (_, q) => new Set(use[q] === 1 ? [0] : []));
  for (let j = 0; j < k; j++) {
    const next: Leaders = Array.from({ length: d.states }, () => new Set<number>());
    for (let q = 0; q < d.states; q++)
      for (let s = 0; s < sigma; s++) {
        const t = d.delta[q * sigma + s] as number;
        if (use[t] === 1) for (const u of layer[q] as Set<number>) next[t]?.add(u * sigma + s);
      }
    layer = next;
  }
  return layer;
}

/**
 * Is the useful part of `d` k-reversible (Angluin's definition)? On a minimal DFA this decides
 * whether its language is k-reversible. Cost: O(n² · (|Σ| + |Σ|^k)).
 *
 * @example
 * ```ts
 * isKReversible(minimalOf("a*b*"), 0); // false: two accepting states
 * isKReversible(minimalOf("a*b*"), 1); // true: their 1-leaders are a and b
 * ```
 */
export function isKReversible(d: Dfa, k: number): boolean {
  const sigma = d.alphabet.symbols.length;
  const use = useful(d);
  const leaders = kLeaders(d, k, use);
  const clash = (p: number, q: number): boolean => {
    if (d.accepting[p] === 1 && d.accepting[q] === 1) return true;
    for (let s = 0; s < sigma; s++) {
      const t = d.delta[p * sigma + s] as number;
      if (use[t] === 1 && t === d.delta[q * sigma + s]) return true;
    }
    return false;
  };
  for (let p = 0; p < d.states; p++)
    for (let q = p + 1; q < d.states; q++) {
      if (use[p] === 0 || use[q] === 0 || !clash(p, q)) continue;
      const lq = leaders[q] as Set<number>;
      for (const u of leaders[p] as Set<number>) if (lq.has(u)) return false;
    }
  return true;
}

/**
 * The least k for which the language of the minimal DFA `d` is k-reversible, up to `max`
 * (undefined beyond it).
 *
 * @example
 * ```ts
 * reversibilityIndex(minimalOf("a*b*"), 3); // 1
 * ```
 */
export function reversibilityIndex(d: Dfa, max: number): number | undefined {
  for (let k = 0; k <= max; k++) if (isKReversible(d, k)) return k;
  return undefined;
}

/** Shortest words along useful states: from the start to each state, and to acceptance. */
function shortestWords(d: Dfa, use: Uint8Array): { access: (Word | undefined)[]; tail: Word[] } {
  const sigma = d.alphabet.symbols.length;
  const access: (Word | undefined)[] = new Array(d.states).fill(undefined);
  if (use[d.start] === 1) access[d.start] = [];
  for (const queue = [d.start]; queue.length > 0; ) {
    const q = queue.shift() as number;
    for (let s = 0; s < sigma; s++) {
      const t = d.delta[q * sigma + s] as number;
      if (use[t] === 1 && access[t] === undefined) {
        access[t] = [...(access[q] as Word), s];
        queue.push(t);
      }
    }
  }
  // tails by rounds of growing length: a state's shortest tail is a letter then a shorter tail
  const tail: (Word | undefined)[] = Array.from({ length: d.states }, (_, q) =>
    use[q] === 1 && d.accepting[q] === 1 ? [] : undefined,
  );
  for (let changed = true; changed; ) {
    changed = false;
    const before = [...tail];
    for (let q = 0; q < d.states; q++)
      for (let s = 0; s < sigma && use[q] === 1 && tail[q] === undefined; s++) {
        const rest = before[d.delta[q * sigma + s] as number];
        if (rest !== undefined) {
          tail[q] = [s, ...rest];
          changed = true;
        }
      }
  }
  return { access, tail: tail.map((w) => w ?? []) };
}

/**
 * A characteristic sample for k-RI (after Angluin 1982): for every useful state q, its access
 * words y in every k-context (the shortest one, every word shorter than k reaching q, and for
 * each k-leader u of q the shortest x·u reaching q), the words y·v(q) and y·a·v(q·a) for each
 * letter a into a useful state, v(·) the shortest word to acceptance. Words have length at most 2n − 1 + k (n useful
 * states), in order of construction, without duplicates.
 * Cost: O(n² · |Σ|^(k+1) · n).
 *
 * @example
 * ```ts
 * characteristicSample(minimalOf("ab*"), 0); // [[0], [0, 1]]
 * ```
 */
export function characteristicSample(d: Dfa, k: number): Word[] {
  const sigma = d.alphabet.symbols.length;
  const use = useful(d);
  const { access, tail } = shortestWords(d, use);
  const out = new Map<string, Word>();
  const add = (w: Word): void => {
    out.set(w.join(","), w);
  };
  const decode = (u: number): Word =>
    Array.from({ length: k }, (_, i) => Math.floor(u / sigma ** (k - 1 - i)) % sigma);
  const leaders = kLeaders(d, k, use);
  // the words shorter than k along useful states: each is its own context
  const short: Word[][] = Array.from({ length: d.states }, () => []);
  let layer: [Word, number][] = use[d.start] === 1 ? [[[], d.start]] : [];
  for (let length = 0; length < k && layer.length > 0; length++) {
    for (const [y, q] of layer) short[q]?.push(y);
    layer = layer.flatMap(([y, q]) =>
      d.alphabet.symbols.flatMap((_, s): [Word, number][] => {
        const t = d.delta[q * sigma + s] as number;
        return use[t] === 1 ? [[[...y, s], t]] : [];
      }),
    );
  }
  for (let q = 0; q < d.states; q++) {
    const own = access[q];
    if (own === undefined) continue;
    const ys: Word[] = [own, ...(short[q] as Word[])];
    for (const u of leaders[q] as Set<number>) {
      const w = decode(u);
      let best: Word | undefined;
      for (let p = 0; p < d.states; p++) {
        const x = access[p];
        if (x === undefined) continue;
        let r = p;
        for (const s of w) r = d.delta[r * sigma + s] as number;
        if (r === q && (best === undefined || x.length < best.length)) best = x;
      }
      if (best !== undefined) ys.push([...best, ...w]);
    }
    for (const y of ys) {
      add([...y, ...(tail[q] as Word)]);
      for (let s = 0; s < sigma; s++) {
        const t = d.delta[q * sigma + s] as number;
        if (use[t] === 1) add([...y, s, ...(tail[t] as Word)]);
      }
    }
  }
  return [...out.values()];
}

/** A zero-reversible automaton's description: per symbol, each state's image or −1. */
export interface InjectionTables {
  readonly states: number;
  /** `images[s][q]`: where q goes on s, or −1; images of one symbol are pairwise distinct. */
  readonly images: readonly (readonly number[])[];
  /** The one accepting state. */
  readonly accepting: number;
}

/**
 * The complete DFA (a rejecting sink added) of a deterministic automaton whose symbols act as
 * partial injections and which has one accepting state: deterministic and reverse
 * deterministic, so its language is zero-reversible. Start state 0.
 *
 * @example
 * ```ts
 * injectionDfa(ab, { states: 1, images: [[0], [-1]], accepting: 0 }); // a*
 * ```
 */
export function injectionDfa(alphabet: Alphabet, t: InjectionTables): Dfa {
  const sigma = alphabet.symbols.length;
  const sink = t.states;
  const delta = new Int32Array((t.states + 1) * sigma).fill(sink);
  for (let s = 0; s < sigma; s++)
    for (let q = 0; q < t.states; q++) {
      const image = t.images[s]?.[q] ?? -1;
      if (image >= 0) delta[q * sigma + s] = image;
    }
  const accepting = new Uint8Array(t.states + 1);
  accepting[t.accepting] = 1;
  return makeDfa(alphabet, t.states + 1, 0, delta, accepting);
}
