/**
 * The W-method equivalence oracle (Chow 1978; Vasilevskii 1973).
 *
 * Law: for a minimal hypothesis H with state cover P and characterisation set W, the test
 * words P · Σ^{≤ depth+1} · W reveal every target with at most |H| + `depth` states that
 * differs from H: if the target passes them all, it is equivalent. So a `some(w)` answer is a
 * real counterexample, and `none` is a proof of equivalence under that size assumption
 * (or, when `maxTests` ran out first, only that no tested word was a counterexample).
 *
 * P holds the shortest, then shortlex-least, access word of each reachable state (BFS).
 * W comes from a splitting tree: blocks of states are split by a letter a and the word that
 * separates the blocks their a-successors lie in (the word at the lowest common ancestor),
 * so |W| ≤ |H| − 1 words.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa, run } from "../../../automata/dfa.js";
import type { Word } from "../../../automata/word.js";
import type { EquivalenceOracle } from "./oracle.js";

/** Options of {@link wMethodOracle}. */
export interface WMethodOptions {
  /** How many states the target may have beyond the hypothesis's. @defaultValue 1 */
  readonly depth?: number;
  /** The most test words per equivalence query; past it the oracle answers none. @defaultValue 100000 */
  readonly maxTests?: number;
}

/**
 * Shortest, then shortlex-least access words of the reachable states, in BFS order.
 *
 * @example
 * ```ts
 * stateCover(abStar); // [[], [0], [1]]
 * ```
 */
export function stateCover(h: Dfa): Word[] {
  const k = h.alphabet.symbols.length;
  const access: (Word | undefined)[] = new Array(h.states);
  access[h.start] = [];
  const order = [h.start];
  for (let i = 0; i < order.length; i++) {
    const q = order[i] as number;
    for (let s = 0; s < k; s++) {
      const t = h.delta[q * k + s] as number;
      if (access[t] === undefined) {
        access[t] = [...(access[q] as Word), s];
        order.push(t);
      }
    }
  }
  return order.map((q) => access[q] as Word);
}

/**
 * A characterisation set of the reachable part of `h`: words that tell every two
 * inequivalent reachable states apart (ε first). Cost: O(n²·k) in the worst case.
 *
 * @example
 * ```ts
 * characterizingSet(abStar); // [[], [0], ...]
 * ```
 */
export function characterizingSet(h: Dfa): Word[] {
  const k = h.alphabet.symbols.length;
  const cover = stateCover(h);
  const states = cover.map((w) => run(h, w));
  const parent: number[] = [-1];
  const depth: number[] = [0];
  const separator: Word[] = [[]];
  const leafOf = new Int32Array(h.states);
  const words: Word[] = [[]];
  let blocks: { node: number; members: number[] }[] = [];
  const split = (node: number, members: readonly number[], w: Word): void => {
    separator[node] = w;
    const sides: number[][] = [[], []];
    for (const q of members) (sides[h.accepting[run(h, w, q)] as number] as number[]).push(q);
    for (const side of sides) {
      const child = parent.length;
      parent.push(node);
      depth.push((depth[node] as number) + 1);
      separator.push([]);
      for (const q of side) leafOf[q] = child;
      blocks.push({ node: child, members: side });
    }
  };
  const lca = (x: number, y: number): number => {
    let u = x;
    let v = y;
    while ((depth[u] as number) > (depth[v] as number)) u = parent[u] as number;
    while ((depth[v] as number) > (depth[u] as number)) v = parent[v] as number;
    while (u !== v) {
      u = parent[u] as number;
      v = parent[v] as number;
    }
    return u;
  };
  const splitter = (members: readonly number[]): Word | undefined => {
    for (let s = 0; s < k; s++) {
      const first = leafOf[h.delta[(members[0] as number) * k + s] as number] as number;
      for (const q of members) {
        const l = leafOf[h.delta[q * k + s] as number] as number;
        if (l !== first) return [s, ...(separator[lca(first, l)] as Word)];
      }
    }
    return undefined;
  };
  if (states.some((q) => h.accepting[q] !== h.accepting[states[0] as number])) split(0, states, []);
  else blocks.push({ node: 0, members: states });
  for (let changed = true; changed; ) {
    changed = false;
    const pending = blocks;
    blocks = [];
    for (const b of pending) {
      const w = b.members.length < 2 ? undefined : splitter(b.members);
      if (w === undefined) blocks.push(b);
      else {
        split(b.node, b.members, w);
        words.push(w);
        changed = true;
      }
    }
  }
  return words;
}

/**
 * The W-method oracle: tests P · Σ^{≤ depth+1} · W in order of the middle part's length,
 * then shortlex, and returns the first word the hypothesis gets wrong.
 *
 * Cost per query: |P| · (k^{depth+2} − 1)/(k − 1) · |W| tests at most (capped by
 * `maxTests`), each a membership query, plus O(n²·k) for W.
 *
 * @example
 * ```ts
 * wMethodOracle({ depth: 2 })(hypothesis, (w) => accepts(target, w));
 * ```
 */
export function wMethodOracle(options: WMethodOptions = {}): EquivalenceOracle {
  const extra = options.depth ?? 1;
  const maxTests = options.maxTests ?? 100_000;
  return (hypothesis, membership) => {
    const k = hypothesis.alphabet.symbols.length;
    const cover = stateCover(hypothesis);
    const w = characterizingSet(hypothesis);
    let tests = 0;
    for (let length = 0; length <= extra + 1; length++) {
      const middle = new Array<number>(length).fill(0);
      for (let more = true; more; ) {
        for (const p of cover)
          for (const suffix of w) {
            if (tests++ >= maxTests) return O.none;
            const word = [...p, ...middle, ...suffix];
            if (membership(word) !== accepts(hypothesis, word)) return O.some(word);
          }
        more = false;
        for (let i = length - 1; i >= 0 && !more; i--) {
          if ((middle[i] as number) + 1 < k) {
            middle[i] = (middle[i] as number) + 1;
            more = true;
          } else middle[i] = 0;
        }
      }
    }
    return O.none;
  };
}
