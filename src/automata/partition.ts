/**
 * The partition-refinement engine behind {@link minimize}: Hopcroft's algorithm on flat
 * typed arrays, in the block/element layout of Valmari and Lehtinen.
 *
 * Layout: `elems` lists the reachable states block by block; block b owns
 * `elems[blk[4b] .. blk[4b + 1])`, its `blk[4b + 2]` marked states gathered at the front.
 * `slot[2p]` is state p's block and `slot[2p + 1]` its index in `elems` (fields read together
 * share a cache line). A block of one state can never split again, so its state carries the
 * block id complemented (`~b`, negative) and marking skips it without touching the block
 * array. Splitters come k at a time (a block with every symbol), so the worklist holds blocks
 * (or `~q` for a singleton {q}) meaning "(Y, a) for every symbol a".
 *
 * Cost: O(k·n log n) time (the smaller-half rule), O(k·n) memory: the inverse transitions in CSR
 * form keyed state-major (`q * k + a`) and a handful of arrays of n or m entries (m = reachable
 * states). Nothing is allocated per state or per split.
 *
 * Each phase is a function of its own with one hot loop, so V8 optimises each on its own
 * instead of deoptimising one large function whenever control reaches a phase not yet run.
 *
 * @internal
 * @module
 */
import type { Dfa } from "./dfa.js";
import { bfsOrder } from "./reach.js";

/** The coarsest congruence of a DFA's reachable part that separates accepting states. */
export interface Partition {
  /** Number of classes. */
  readonly classes: number;
  /** `classOf[q]`: the class of state q (meaningless for unreachable states). */
  readonly classOf: Int32Array;
  /** The reachable states in breadth-first order ({@link bfsOrder}). */
  readonly order: Int32Array;
}

/**
 * Hopcroft refinement of the reachable states of `d` into Myhill–Nerode classes.
 *
 * Cost: O(k·n log n) time, O(k·n) memory.
 *
 * @example
 * ```ts
 * // (ab)* with two copies of its sink
 * const p = refine(dfaFromTableOrThrow(ab, 0, [0], [[1, 2], [3, 0], [2, 2], [3, 3]]));
 * p.classes; // 3
 * p.classOf[2] === p.classOf[3]; // true
 * ```
 * @internal
 */
export function refine(d: Dfa): Partition {
  const order = bfsOrder(d);
  const seen = new Uint8Array(d.states);
  for (let i = 0; i < order.length; i++) seen[order[i] as number] = 1;
  const inv = inverse(d, seen);
  const blocks = initialBlocks(d, seen, inv);
  const count = split(d.alphabet.symbols.length, inv, blocks);
  return { classes: count, classOf: extract(d.states, blocks), order };
}

/** Inverse transitions of the reachable part in CSR form, keyed `q * k + a`. */
interface Inverse {
  /** `pred[off[q * k + a] .. off[q * k + a + 1])`: the reachable p with δ(p, a) = q. */
  readonly off: Int32Array;
  readonly pred: Int32Array;
  readonly reachableCount: number;
  readonly acceptingCount: number;
}

/** The partition being refined (see the module comment for the layout). */
interface Blocks {
  readonly elems: Int32Array;
  readonly slot: Int32Array;
  readonly blk: Int32Array;
  /** Blocks of the initial partition: 1, or 2 when both F and Q∖F are non-empty. */
  readonly initial: number;
}

/** Counts, turns counts into end positions, fills backwards: off[key] ends as its start. */
function inverse(d: Dfa, seen: Uint8Array): Inverse {
  const n = d.states;
  const k = d.alphabet.symbols.length;
  const delta = d.delta;
  const nk = n * k;
  const off = new Int32Array(nk + 1);
  let m = 0;
  let nacc = 0;
  for (let p = 0; p < n; p++) {
    if (seen[p] === 0) continue;
    m++;
    nacc += d.accepting[p] as number;
    const row = p * k;
    for (let a = 0; a < k; a++) {
      const key = (delta[row + a] as number) * k + a;
      off[key] = (off[key] as number) + 1;
    }
  }
  let total = 0;
  for (let key = 0; key < nk; key++) {
    total += off[key] as number;
    off[key] = total;
  }
  off[nk] = total;
  const pred = new Int32Array(total);
  for (let p = n - 1; p >= 0; p--) {
    if (seen[p] === 0) continue;
    const row = p * k;
    for (let a = 0; a < k; a++) {
      const key = (delta[row + a] as number) * k + a;
      const at = (off[key] as number) - 1;
      off[key] = at;
      pred[at] = p;
    }
  }
  return { off, pred, reachableCount: m, acceptingCount: nacc };
}

/** The partition {F, Q∖F} of the reachable states (block 0 = F when F is non-empty). */
function initialBlocks(d: Dfa, seen: Uint8Array, inv: Inverse): Blocks {
  const n = d.states;
  const m = inv.reachableCount;
  const nacc = inv.acceptingCount;
  const acc = d.accepting;
  const elems = new Int32Array(m);
  const slot = new Int32Array(2 * n);
  const blk = new Int32Array(4 * (m + 1));
  let nb = 0;
  const accBlock = nacc > 0 ? nb++ : -1;
  const rejBlock = nacc < m ? nb++ : -1;
  if (accBlock >= 0) blk[4 * accBlock + 1] = nacc;
  if (rejBlock >= 0) {
    blk[4 * rejBlock] = nacc;
    blk[4 * rejBlock + 1] = m;
  }
  const accTag = nacc === 1 ? ~accBlock : accBlock;
  const rejTag = m - nacc === 1 ? ~rejBlock : rejBlock;
  let ia = 0;
  let ir = nacc;
  for (let p = 0; p < n; p++) {
    if (seen[p] === 0) continue;
    const isAcc = acc[p] === 1;
    const at = isAcc ? ia++ : ir++;
    elems[at] = p;
    slot[2 * p] = isAcc ? accTag : rejTag;
    slot[2 * p + 1] = at;
  }
  return { elems, slot, blk, initial: nb };
}

/**
 * Hopcroft's loop; returns the final number of blocks. A split keeps the larger half under the
 * old id and pushes the smaller one for every symbol; a pending (X, a) then stands for the
 * larger half. The first splitter is the smaller of F and Q∖F.
 */
function split(k: number, inv: Inverse, blocks: Blocks): number {
  const { off, pred } = inv;
  const { elems, slot, blk } = blocks;
  const m = inv.reachableCount;
  let nb = blocks.initial;
  const wl = new Int32Array(m + 1);
  let top = 0;
  if (nb === 2) {
    const nacc = inv.acceptingCount;
    const s = nacc <= m - nacc ? 0 : 1;
    const size = s === 0 ? nacc : m - nacc;
    wl[top++] = size === 1 ? ~(elems[blk[4 * s] as number] as number) : s;
  }
  const buf = new Int32Array(m);
  const touched = new Int32Array(m);

  while (top > 0) {
    const entry = wl[--top] as number;
    for (let a = 0; a < k; a++) {
      // The predecessors on a of the splitter (distinct states: d is deterministic). A
      // singleton's are read in place (pred never changes); a block's are copied first, since
      // marking reorders elems, possibly inside the splitter itself.
      let src: Int32Array;
      let from: number;
      let to: number;
      if (entry < 0) {
        const key = ~entry * k + a;
        src = pred;
        from = off[key] as number;
        to = off[key + 1] as number;
      } else {
        let nbuf = 0;
        for (let i = blk[4 * entry] as number, e = blk[4 * entry + 1] as number; i < e; i++) {
          const key = (elems[i] as number) * k + a;
          for (let j = off[key] as number, je = off[key + 1] as number; j < je; j++)
            buf[nbuf++] = pred[j] as number;
        }
        src = buf;
        from = 0;
        to = nbuf;
      }
      // Mark: move each predecessor to the front of its block.
      let nt = 0;
      for (let j = from; j < to; j++) {
        const p = src[j] as number;
        const x = slot[2 * p] as number;
        if (x < 0) continue;
        const mk = blk[4 * x + 2] as number;
        if (mk === 0) touched[nt++] = x;
        blk[4 * x + 2] = mk + 1;
        const i = (blk[4 * x] as number) + mk;
        const q = elems[i] as number;
        const pp = slot[2 * p + 1] as number;
        elems[i] = p;
        slot[2 * p + 1] = i;
        elems[pp] = q;
        slot[2 * q + 1] = pp;
      }
      // Split every touched block that is not wholly marked; the smaller half gets a new id.
      for (let t = 0; t < nt; t++) {
        const x = touched[t] as number;
        const mk = blk[4 * x + 2] as number;
        const s = blk[4 * x] as number;
        const e = blk[4 * x + 1] as number;
        blk[4 * x + 2] = 0;
        if (mk === e - s) continue;
        const y = nb++;
        let ys = s + mk;
        let ye = e;
        let xs = s;
        let xe = ys;
        if (mk <= e - s - mk) {
          ys = s;
          ye = s + mk;
          xs = ye;
          xe = e;
        }
        blk[4 * x] = xs;
        blk[4 * x + 1] = xe;
        blk[4 * y] = ys;
        blk[4 * y + 1] = ye;
        if (ye - ys === 1) {
          const q = elems[ys] as number;
          slot[2 * q] = ~y;
          wl[top++] = ~q;
        } else {
          for (let i = ys; i < ye; i++) slot[2 * (elems[i] as number)] = y;
          wl[top++] = y;
        }
        if (xe - xs === 1) slot[2 * (elems[xs] as number)] = ~x;
      }
    }
  }
  return nb;
}

/** The class of every state: its block with the singleton flag decoded (x ^ (x >> 31) is ~x
 * for negative x). */
function extract(n: number, blocks: Blocks): Int32Array {
  const { slot } = blocks;
  const classOf = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const x = slot[2 * p] as number;
    classOf[p] = x ^ (x >> 31);
  }
  return classOf;
}
