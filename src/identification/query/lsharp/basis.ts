/**
 * The basis, the frontier and the frontier's candidates of L#, over an observation tree.
 *
 * Invariants: the basis is prefix-closed (node 0 first) and its nodes are pairwise apart;
 * every registered frontier node is a child of a basis node outside the basis, and its
 * candidates include every basis node it is not apart from. `isolated` holds the frontier
 * nodes with no candidate; `ambiguous`, those with more than max(1, `guessUpTo`); the
 * others are *held*: their candidates are exact, and `holders(b)` lists the held nodes that
 * have b as a candidate. Recording an output at x keeps this by comparing it with the node at
 * the same offset below each candidate of x's frontier ancestor, and below each held node
 * that has one of x's basis ancestors as a candidate; promoting or registering a node
 * compares whole subtrees. An ambiguous node's candidates may be stale (apart from it) until
 * {@link Basis.refresh} is called for it, which L# does before separating it: holding only
 * the few-candidate nodes keeps the upkeep small while promotions still cascade at once.
 *
 * A basis is a fresh mutable value owned by one learner run.
 *
 * @module
 */
import type { Alphabet } from "../../../automata/alphabet.js";
import { type Dfa, makeDfa } from "../../../automata/dfa.js";
import type { Word } from "../../../automata/word.js";
import { ObservationTree } from "./observation-tree.js";

const BASIS = 1;
const FRONTIER = 2;
/** How many candidate pairs {@link Basis.separator} scores. */
const POOL = 8;

/** Basis, frontier and candidates (see the module invariants). */
export class Basis {
  readonly tree: ObservationTree;
  readonly nodes: number[] = [0];
  readonly isolated = new Set<number>();
  readonly ambiguous = new Set<number>();
  private role = new Uint8Array(1024);
  private readonly candidates = new Map<number, number[]>();
  private readonly holders = new Map<number, Set<number>>([[0, new Set()]]);
  private readonly held = new Set<number>();
  private readonly witnesses = new Map<number, Word>();
  /** Pairs b·k + a (b a basis node) not yet known to be an identified-or-registered child. */
  private readonly toExtend: number[] = [];
  private index = new Int32Array(1024).fill(-1);

  constructor(
    readonly alphabet: Alphabet,
    readonly guessUpTo: number,
  ) {
    this.tree = new ObservationTree(alphabet.symbols.length);
    this.role[0] = BASIS;
    this.index[0] = 0;
    for (let a = this.tree.k - 1; a >= 0; a--) this.toExtend.push(a);
  }

  /**
   * A child b·a of a basis node that still needs its output or its registration (the
   * extension rule), or −1 when every basis node is extended.
   */
  unextended(): number {
    const t = this.tree;
    while (this.toExtend.length > 0) {
      const at = this.toExtend[this.toExtend.length - 1] as number;
      const c = t.extend(Math.floor(at / t.k), at % t.k);
      if (this.isBasis(c) || (this.isFrontier(c) && (t.output[c] as number) >= 0))
        this.toExtend.pop();
      else return c;
    }
    return -1;
  }

  isBasis(x: number): boolean {
    return x < this.role.length && this.role[x] === BASIS;
  }

  isFrontier(x: number): boolean {
    return x < this.role.length && this.role[x] === FRONTIER;
  }

  /** The candidates of frontier node f. */
  candidatesOf(f: number): readonly number[] {
    return this.candidates.get(f) as number[];
  }

  private setRole(x: number, r: number): void {
    if (x >= this.role.length) {
      const grown = new Uint8Array(Math.max(x + 1, this.role.length * 2));
      grown.set(this.role);
      this.role = grown;
    }
    this.role[x] = r;
  }

  /**
   * Files f as isolated, ambiguous or held after its candidates changed; a node about to be
   * held first loses its stale candidates (it may have been ambiguous).
   */
  private classify(f: number): void {
    const list = this.candidates.get(f) as number[];
    const ambiguous = list.length > Math.max(1, this.guessUpTo);
    if (!ambiguous && !this.held.has(f)) {
      let kept = 0;
      for (const b of list) if (!this.tree.apart(f, b)) list[kept++] = b;
      list.length = kept;
      this.held.add(f);
      for (const b of list) this.holders.get(b)?.add(f);
    } else if (ambiguous && this.held.has(f)) {
      this.held.delete(f);
      for (const b of list) this.holders.get(b)?.delete(f);
    }
    if (list.length === 0) this.isolated.add(f);
    else this.isolated.delete(f);
    if (ambiguous) this.ambiguous.add(f);
    else this.ambiguous.delete(f);
  }

  /** Keeps the candidates b of f for which `keep(b)`; true when any went. */
  private filter(f: number, keep: (b: number) => boolean): boolean {
    const list = this.candidates.get(f) as number[];
    const held = this.held.has(f);
    let kept = 0;
    for (const b of list)
      if (keep(b)) list[kept++] = b;
      else if (held) this.holders.get(b)?.delete(f);
    if (kept === list.length) return false;
    list.length = kept;
    this.classify(f);
    return true;
  }

  /**
   * Is the output at node·σ known and different from `bit`, where σ is up[len − 1], …, up[0]
   * (a path read upwards, as {@link Basis.record} collects it)?
   */
  private differs(node: number, up: readonly number[], len: number, bit: number): boolean {
    const child = this.tree.child;
    const k = this.tree.k;
    let z = node;
    for (let i = len - 1; i >= 0 && z >= 0; i--) z = child[z * k + (up[i] as number)] as number;
    return z >= 0 && (this.tree.output[z] as number) >= 0 && this.tree.output[z] !== bit;
  }

  /** Makes child c of a basis node a frontier node with its exact candidates. */
  register(c: number): void {
    this.setRole(c, FRONTIER);
    const list: number[] = [];
    for (const b of this.nodes) if (!this.tree.apart(c, b)) list.push(b);
    this.candidates.set(c, list);
    this.classify(c);
  }

  /** Removes the stale candidates of frontier node f (those it is apart from). */
  refresh(f: number): void {
    this.filter(f, (b) => !this.tree.apart(f, b));
  }

  /** Stores output `bit` at x and updates the candidates it affects (see the invariants). */
  record(x: number, bit: number): void {
    const t = this.tree;
    t.output[x] = bit;
    const up: number[] = [];
    let y = x;
    let below = -1;
    while (!this.isBasis(y)) {
      below = y;
      up.push(t.via[y] as number);
      y = t.parent[y] as number;
    }
    if (below >= 0 && !this.isFrontier(below)) this.register(below);
    else if (below >= 0) this.filter(below, (b) => !this.differs(b, up, up.length - 1, bit));
    for (let b = y; ; ) {
      // Deleting the element being visited is safe while iterating a Set.
      for (const g of this.holders.get(b) as Set<number>)
        if (this.differs(g, up, up.length, bit)) this.filter(g, (c) => c !== b);
      if (b === 0) return;
      up.push(t.via[b] as number);
      b = t.parent[b] as number;
    }
  }

  /** Moves isolated frontier node f into the basis. */
  promote(f: number): void {
    this.candidates.delete(f);
    this.isolated.delete(f);
    this.ambiguous.delete(f);
    this.held.delete(f);
    this.setRole(f, BASIS);
    if (f >= this.index.length) {
      const grown = new Int32Array(Math.max(f + 1, this.index.length * 2)).fill(-1);
      grown.set(this.index);
      this.index = grown;
    }
    this.index[f] = this.nodes.length;
    this.nodes.push(f);
    for (let a = this.tree.k - 1; a >= 0; a--) this.toExtend.push(f * this.tree.k + a);
    const holding = new Set<number>();
    this.holders.set(f, holding);
    for (const [g, list] of this.candidates)
      if (!this.tree.apart(g, f)) {
        list.push(f);
        if (this.held.has(g)) holding.add(g);
        this.classify(g);
      }
    const k = this.tree.k;
    for (let a = 0; a < k; a++) {
      const c = this.tree.child[f * k + a] as number;
      if (c >= 0 && (this.tree.output[c] as number) >= 0) this.register(c);
    }
  }

  /** A shortest witness of two basis nodes (cached: apartness never goes away). */
  witness(p: number, q: number): Word {
    const key = p < q ? p * 2097152 + q : q * 2097152 + p;
    let w = this.witnesses.get(key);
    if (w === undefined) {
      w = this.tree.witness(p, q) as Word;
      this.witnesses.set(key, w);
    }
    return w;
  }

  /**
   * A witness to ask a frontier node with candidates c along: among the witnesses of up to
   * POOL pairs of neighbouring candidates, the one whose known outputs over c split most
   * evenly (the most candidates any answer is sure to remove), the shortest on ties.
   */
  separator(c: readonly number[]): Word {
    let best = this.witness(c[0] as number, c[1] as number);
    let bestScore = -1;
    for (let i = 0; i + 1 < c.length && i < POOL && c.length > 2; i++) {
      const sigma = this.witness(c[i] as number, c[i + 1] as number);
      let zeros = 0;
      let ones = 0;
      for (const b of c) {
        const z = this.tree.find(b, sigma);
        const o = z < 0 ? -1 : (this.tree.output[z] as number);
        if (o === 0) zeros++;
        else if (o === 1) ones++;
      }
      const score = Math.min(zeros, ones);
      if (score > bestScore || (score === bestScore && sigma.length < best.length)) {
        best = sigma;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The hypothesis: basis nodes are the states (in basis order), a frontier node goes to
   * `choose(f)` (its only candidate unless guessing).
   */
  hypothesis(choose: (f: number, candidates: readonly number[]) => number): Dfa {
    const t = this.tree;
    const k = t.k;
    const n = this.nodes.length;
    const delta = new Int32Array(n * k);
    const accepting = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const b = this.nodes[i] as number;
      accepting[i] = t.output[b] as number;
      for (let a = 0; a < k; a++) {
        const c = t.child[b * k + a] as number;
        const list = this.candidates.get(c) as number[];
        const target = this.isBasis(c)
          ? c
          : list.length === 1
            ? (list[0] as number)
            : choose(c, list);
        delta[i * k + a] = this.index[target] as number;
      }
    }
    return makeDfa(this.alphabet, n, 0, delta, accepting);
  }

  /** A tree node whose known output `h` gets wrong (a shortest one), or −1. */
  inconsistency(h: Dfa): number {
    const t = this.tree;
    const k = t.k;
    const nodes = [0];
    const states = [h.start];
    for (let i = 0; i < nodes.length; i++) {
      const x = nodes[i] as number;
      const q = states[i] as number;
      const o = t.output[x] as number;
      if (o >= 0 && o !== h.accepting[q]) return x;
      for (let a = 0; a < k; a++) {
        const c = t.child[x * k + a] as number;
        if (c >= 0) {
          nodes.push(c);
          states.push(h.delta[q * k + a] as number);
        }
      }
    }
    return -1;
  }
}
