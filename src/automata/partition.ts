/**
 * The partition-refinement engine behind {@link minimize}: Hopcroft's algorithm on flat
 * typed arrays, in the block/element layout of Valmari and Lehtinen.
 *
 * Layout: `elems` lists the reachable states block by block; block b owns
 * `elems[bStart[b] .. bEnd[b])`, its marked states gathered at the front. `blockOf[p]` is p's
 * block and `pos[p]` its index in `elems`. A block of one state can never split again, so its
 * state carries the block id complemented (`~b`, negative) and marking skips it without touching
 * the block arrays. Splitters come k at a time (a block with every symbol), so the worklist
 * holds blocks (or `~q` for a singleton {q}) meaning "(Y, a) for every symbol a".
 *
 * Cost: O(k·n log n) time (the smaller-half rule), O(k·n) memory: the inverse transitions in CSR
 * form keyed state-major (`q * k + a`) and a handful of arrays of n or m entries (m = reachable
 * states). Nothing is allocated per state or per split.
 *
 * @internal
 * @module
 */
import type { Dfa } from "./dfa.js";
import { reachable } from "./reach.js";

/** The coarsest congruence of a DFA's reachable part that separates accepting states. */
export interface Partition {
  /** Number of classes. */
  readonly classes: number;
  /** `classOf[q]`: the class of state q (meaningless for unreachable states). */
  readonly classOf: Int32Array;
  /** `rep[c]`: a reachable state of class c. */
  readonly rep: Int32Array;
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
  const n = d.states;
  const k = d.alphabet.symbols.length;
  const delta = d.delta;
  const acc = d.accepting;
  const seen = reachable(d);

  // Inverse transitions of the reachable part, CSR keyed q * k + a: count, turn counts into end
  // positions, fill backwards so that off[key] ends as the start of key's list.
  const nk = n * k;
  const off = new Int32Array(nk + 1);
  let m = 0;
  let nacc = 0;
  for (let p = 0; p < n; p++) {
    if (seen[p] === 0) continue;
    m++;
    nacc += acc[p] as number;
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

  // Initial partition {accepting, rejecting} of the reachable states.
  const elems = new Int32Array(m);
  const blockOf = new Int32Array(n);
  const pos = new Int32Array(n);
  const bStart = new Int32Array(m + 1);
  const bEnd = new Int32Array(m + 1);
  const bMarked = new Int32Array(m + 1);
  let nb = 0;
  const accBlock = nacc > 0 ? nb++ : -1;
  const rejBlock = nacc < m ? nb++ : -1;
  if (accBlock >= 0) bEnd[accBlock] = nacc;
  if (rejBlock >= 0) {
    bStart[rejBlock] = nacc;
    bEnd[rejBlock] = m;
  }
  {
    const accTag = nacc === 1 ? ~accBlock : accBlock;
    const rejTag = m - nacc === 1 ? ~rejBlock : rejBlock;
    let ia = 0;
    let ir = nacc;
    for (let p = 0; p < n; p++) {
      if (seen[p] === 0) continue;
      const at = acc[p] === 1 ? ia++ : ir++;
      elems[at] = p;
      pos[p] = at;
      blockOf[p] = acc[p] === 1 ? accTag : rejTag;
    }
  }

  // Worklist: a split keeps the larger half under the old id and pushes the smaller one, for
  // every symbol; a pending (X, a) then stands for the larger half. Initially the smaller of
  // F and Q∖F.
  const wl = new Int32Array(m + 1);
  let top = 0;
  if (nb === 2) {
    const accSmaller = nacc <= m - nacc;
    const s = accSmaller ? accBlock : rejBlock;
    const size = accSmaller ? nacc : m - nacc;
    wl[top++] = size === 1 ? ~(elems[bStart[s] as number] as number) : s;
  }
  const buf = new Int32Array(m);
  const touched = new Int32Array(m);

  while (top > 0) {
    const entry = wl[--top] as number;
    for (let a = 0; a < k; a++) {
      // Predecessors on a of the splitter (distinct states: d is deterministic).
      let nbuf = 0;
      if (entry < 0) {
        const key = ~entry * k + a;
        for (let j = off[key] as number, je = off[key + 1] as number; j < je; j++)
          buf[nbuf++] = pred[j] as number;
      } else {
        for (let i = bStart[entry] as number, e = bEnd[entry] as number; i < e; i++) {
          const key = (elems[i] as number) * k + a;
          for (let j = off[key] as number, je = off[key + 1] as number; j < je; j++)
            buf[nbuf++] = pred[j] as number;
        }
      }
      // Mark: move each predecessor to the front of its block.
      let nt = 0;
      for (let j = 0; j < nbuf; j++) {
        const p = buf[j] as number;
        const x = blockOf[p] as number;
        if (x < 0) continue;
        const mk = bMarked[x] as number;
        if (mk === 0) touched[nt++] = x;
        bMarked[x] = mk + 1;
        const i = (bStart[x] as number) + mk;
        const q = elems[i] as number;
        const pp = pos[p] as number;
        elems[i] = p;
        pos[p] = i;
        elems[pp] = q;
        pos[q] = pp;
      }
      // Split every touched block that is not wholly marked; the smaller half gets a new id.
      for (let t = 0; t < nt; t++) {
        const x = touched[t] as number;
        const mk = bMarked[x] as number;
        const s = bStart[x] as number;
        const e = bEnd[x] as number;
        bMarked[x] = 0;
        if (mk === e - s) continue;
        const y = nb++;
        let ys: number;
        let ye: number;
        if (mk <= e - s - mk) {
          ys = s;
          ye = s + mk;
          bStart[x] = ye;
        } else {
          ys = s + mk;
          ye = e;
          bEnd[x] = ys;
        }
        bStart[y] = ys;
        bEnd[y] = ye;
        if (ye - ys === 1) {
          const q = elems[ys] as number;
          blockOf[q] = ~y;
          wl[top++] = ~q;
        } else {
          for (let i = ys; i < ye; i++) blockOf[elems[i] as number] = y;
          wl[top++] = y;
        }
        const xs = bStart[x] as number;
        if ((bEnd[x] as number) - xs === 1) blockOf[elems[xs] as number] = ~x;
      }
    }
  }

  // Decode the singleton flags (x ^ (x >> 31) is ~x for negative x) and pick representatives.
  for (let i = 0; i < m; i++) {
    const q = elems[i] as number;
    const x = blockOf[q] as number;
    blockOf[q] = x ^ (x >> 31);
  }
  const rep = new Int32Array(nb);
  for (let b = 0; b < nb; b++) rep[b] = elems[bStart[b] as number] as number;
  return { classes: nb, classOf: blockOf, rep };
}
