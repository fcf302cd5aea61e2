/**
 * Elasticity chains, bounded (Wright 1989, THEORY.md C5). A class has infinite elasticity when
 * there are words w_0, w_1, … and members L_1, L_2, … with {w_0, …, w_(n−1)} ⊆ L_n and
 * w_n ∉ L_n for every n; finite elasticity (no such infinite chain) is sufficient for
 * identifiability from text, closed under finite unions, and not necessary (EX-LEN).
 *
 * Method: within the bound (words of length ≤ `length`, members 0..members−1) a chain is a
 * path of candidate sets C_n = {i : {w_0, …, w_(n−1)} ⊆ L_i}: C_1 = Mem(w_0) ≠ ∅ and
 * C_(n+1) = C_n ∩ Mem(w_n) ⊊ C_n (some L_n ∈ C_n misses w_n), C_n ≠ ∅ for n ≤ m. The future of
 * a chain depends only on its candidate set, so the longest chain is a longest path in the DAG
 * of candidate sets (bitsets, strictly decreasing), found by a memoised depth-first search over
 * the distinct sets Mem(w). The search stops at a state budget (or once a chain of the asked
 * length is found) and then returns the longest chain it has, extended greedily until maximal.
 *
 * Pins: EX-LEN has chains of length min(length, members) (≥ 20 for length and members ≥ 20);
 * {a^n b*} (`exThick`) has longest chain 1 at every bound; a finite family of n languages has
 * chains of length at most n.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import type { ElasticityCertificate } from "../certificate/bounded.js";
import { type Family, member } from "../family/family.js";
import { runToEnd, type Steps } from "../progress.js";
import { acceptedFlags, atLeast, DEFAULT_WORDS } from "./short-words.js";
import {
  DEFAULT_STRUCTURE_LENGTH,
  DEFAULT_STRUCTURE_MEMBERS,
  structureWindow,
} from "./thickness.js";

/**
 * The default number of distinct candidate sets the chain search expands: 100 000.
 *
 * @example
 * ```ts
 * elasticityChain(zoo, { states: DEFAULT_CHAIN_STATES / 10 }); // a smaller search
 * ```
 */
export const DEFAULT_CHAIN_STATES = 100_000;

/** What {@link elasticityChain} searches. */
export interface ElasticityBound {
  /** Words of length ≤ `length`. @defaultValue {@link DEFAULT_STRUCTURE_LENGTH} */
  readonly length?: number;
  /** Members 0..members−1 (all of a smaller family). @defaultValue {@link DEFAULT_STRUCTURE_MEMBERS} */
  readonly members?: number;
  /** The most words of Σ^≤length. @defaultValue {@link DEFAULT_WORDS} */
  readonly words?: number;
  /** The most distinct candidate sets expanded. @defaultValue {@link DEFAULT_CHAIN_STATES} */
  readonly states?: number;
  /** Stop as soon as a chain of at least this length is found. @defaultValue none: the longest */
  readonly chain?: number;
}

/** Progress of the chain search. */
export interface ElasticityProgress {
  /** Candidate sets expanded so far. */
  readonly states: number;
  /** The longest chain length known so far. */
  readonly best: number;
}

type Bits = Uint32Array;

function key(b: Bits): string {
  let s = "";
  for (const x of b) s += String.fromCharCode(x & 0xffff, x >>> 16);
  return s;
}

function and(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) & (b[i] as number);
  return out;
}

function same(a: Bits, b: Bits): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function popcount(a: Bits): number {
  let n = 0;
  for (let x of a) {
    x >>>= 0;
    for (; x !== 0; n++) x &= x - 1;
  }
  return n;
}

function empty(a: Bits): boolean {
  return a.every((x) => x === 0);
}

/** The least index set in a but not in b. */
function leastIn(a: Bits, b: Bits): number {
  for (let i = 0; i < a.length; i++) {
    const x = ((a[i] as number) & ~(b[i] as number)) >>> 0;
    if (x !== 0) return 32 * i + (31 - Math.clz32(x & -x));
  }
  return -1;
}

interface Frame {
  readonly c: Bits;
  readonly key: string;
  /** An upper bound on the chain length from c: its members that miss some short word. */
  readonly ub: number;
  next: number;
  best: number;
  choice: number;
}

interface Memo {
  readonly value: number;
  /** The index into the distinct sets of the best next word, or −1. */
  readonly choice: number;
}

/**
 * {@link elasticityChain} step by step: yields every 256 candidate sets expanded and after
 * each start word.
 *
 * @example
 * ```ts
 * const steps = elasticitySteps(exLen(), { length: 24, members: 24 });
 * for (let r = steps.next(); r.done !== true; r = steps.next()) show(r.value.partial.best);
 * ```
 */
export function* elasticitySteps(
  family: Family,
  bound: ElasticityBound = {},
): Steps<ElasticityProgress, E.Either<LimitLabError, ElasticityCertificate>> {
  const window = structureWindow(family, bound);
  if (E.isLeft(window)) return window;
  const { length, members: m, words } = window.right;
  const states = atLeast(bound.states ?? DEFAULT_CHAIN_STATES, "states", 1);
  if (E.isLeft(states)) return states;
  const target = atLeast(bound.chain ?? Number.MAX_SAFE_INTEGER, "chain", 1);
  if (E.isLeft(target)) return target;
  const width = Math.ceil(m / 32);
  const mem = words.map(() => new Uint32Array(width));
  for (let i = 0; i < m; i++) {
    const flags = acceptedFlags(member(family, i), words.length);
    for (let u = 0; u < words.length; u++)
      if (flags[u] === 1) {
        const b = mem[u] as Bits;
        b[i >>> 5] = ((b[i >>> 5] as number) | (1 << (i & 31))) >>> 0;
      }
  }
  // the distinct sets Mem(w), each with its shortlex-least word
  const sets: { readonly word: Word; readonly bits: Bits }[] = [];
  const seen = new Set<string>();
  for (const [u, bits] of mem.entries()) {
    const k = key(bits);
    if (seen.has(k)) continue;
    seen.add(k);
    sets.push({ word: words[u] as Word, bits });
  }
  // members containing every short word never leave a candidate set, and each step removes at
  // least one other member: so a chain from C has at most |C ∖ universal| more steps
  const universal = new Uint32Array(width).fill(0xffffffff);
  for (const b of mem)
    for (let x = 0; x < width; x++) universal[x] = (universal[x] as number) & (b[x] as number);
  const partial = universal.map((x) => ~x >>> 0);
  const frame = (c: Bits, k: string): Frame => ({
    c,
    key: k,
    ub: popcount(and(c, partial)),
    next: 0,
    best: 0,
    choice: -1,
  });
  const memo = new Map<string, Memo>();
  let expanded = 0;
  let best = 0;
  let cut = false;
  let stopped = false;
  const offer = (f: Frame, value: number, j: number): void => {
    if (value > f.best) {
      f.best = value;
      f.choice = j;
    }
  };
  for (const root of sets) {
    if (stopped || empty(root.bits) || memo.has(key(root.bits))) continue;
    const first = frame(root.bits, key(root.bits));
    if (first.ub <= best) continue;
    const stack: Frame[] = [first];
    while (stack.length > 0) {
      const f = stack[stack.length - 1] as Frame;
      if (stopped || f.next === sets.length || f.best >= f.ub) {
        memo.set(f.key, { value: f.best, choice: f.choice });
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent !== undefined) offer(parent, 1 + f.best, parent.next - 1);
        continue;
      }
      const j = f.next++;
      const c2 = and(f.c, (sets[j] as { bits: Bits }).bits);
      if (same(c2, f.c)) continue;
      if (empty(c2)) {
        offer(f, 1, j);
        if (stack.length >= target.right) stopped = true;
        continue;
      }
      const k2 = key(c2);
      const hit = memo.get(k2);
      if (hit !== undefined) {
        offer(f, 1 + hit.value, j);
        continue;
      }
      const child = frame(c2, k2);
      if (1 + child.ub <= f.best) continue;
      if (expanded >= states.right) {
        cut = true;
        offer(f, 1, j);
        continue;
      }
      expanded++;
      stack.push(child);
      if (stack.length - 1 >= target.right) stopped = true;
      if (expanded % 256 === 0)
        yield { done: expanded, total: states.right, partial: { states: expanded, best } };
    }
    best = Math.max(best, (memo.get(key(root.bits)) as Memo).value);
    yield { done: expanded, total: states.right, partial: { states: expanded, best } };
  }
  return E.right(chainFrom(family, length, m, sets, memo, !(cut || stopped)));
}

/** Reads the best chain off the memo, then extends it greedily until it is maximal. */
function chainFrom(
  family: Family,
  length: number,
  m: number,
  sets: readonly { readonly word: Word; readonly bits: Bits }[],
  memo: ReadonlyMap<string, Memo>,
  exhaustive: boolean,
): ElasticityCertificate {
  let root: (typeof sets)[number] | undefined;
  let rootValue = -1;
  for (const s of sets) {
    const v = memo.get(key(s.bits))?.value ?? -1;
    if (!empty(s.bits) && v > rootValue) {
      root = s;
      rootValue = v;
    }
  }
  const chainWords: Word[] = [root?.word ?? []];
  const members: number[] = [];
  let c = root?.bits;
  const take = (j: number): Bits => {
    const s = sets[j] as { readonly word: Word; readonly bits: Bits };
    const c2 = and(c as Bits, s.bits);
    chainWords.push(s.word);
    members.push(leastIn(c as Bits, c2));
    return c2;
  };
  while (c !== undefined && !empty(c)) {
    const choice = memo.get(key(c))?.choice ?? -1;
    const j =
      choice >= 0 ? choice : sets.findIndex((s) => !same(and(c as Bits, s.bits), c as Bits));
    if (j < 0) break;
    c = take(j);
  }
  return {
    version: 1,
    kind: "elasticity",
    family: family.description,
    length,
    searched: m,
    words: chainWords,
    members,
    exhaustive,
  };
}

/**
 * A longest elasticity chain within the bound (see the module comment and
 * `ElasticityCertificate`): words of length ≤ `bound.length`, members among the first
 * `bound.members`. The chain returned is always maximal within the bound; it is a longest one
 * when `exhaustive` (the search ran out neither of `bound.states` nor stopped at
 * `bound.chain`). `Left` for a bad bound or more than `bound.words` words.
 *
 * Cost: O(members · (|Σ^≤length| + n·k)) to tabulate, then O(d · members/32) per candidate set
 * expanded for d distinct membership sets, at most `bound.states` sets.
 *
 * @example
 * ```ts
 * elasticityChain(exLen(), { length: 20, members: 21 }); // right: 20 members, ε, a, …, a^20
 * elasticityChain(exThick(), { length: 5, members: 12 }); // right: 1 member, exhaustive
 * ```
 */
export function elasticityChain(
  family: Family,
  bound: ElasticityBound = {},
): E.Either<LimitLabError, ElasticityCertificate> {
  return runToEnd(elasticitySteps(family, bound));
}
