/**
 * The counting machinery of n-gram models (internal to models/ngram.ts): context counts,
 * Witten–Bell rows, and the longest-occurring-suffix transitions of smoothed models.
 *
 * @module
 */
import type { Fraction } from "fraction.js";
import { ratio } from "../../automata/pdfa/exact.js";
import type { Word } from "../../automata/word.js";

/** The counts of one context: its occurrences and the outcomes that followed it. */
export interface Counts {
  readonly ctx: readonly number[];
  total: number;
  readonly by: Map<number, number>;
}

/** Context key (token ids joined by commas) → counts. */
export type Table = Map<string, Counts>;

/**
 * Counts every context of the given lengths in the padded outputs (begin markers `bos` in front,
 * the end `eos` as the last outcome).
 *
 * @internal
 */
export function count(
  sentences: readonly Word[],
  c: number,
  bos: number,
  eos: number,
  lengths: readonly number[],
): Table {
  const table: Table = new Map();
  for (const s of sentences) {
    const padded = [...new Array<number>(c).fill(bos), ...s];
    for (let i = 0; i <= s.length; i++) {
      const o = i < s.length ? (s[i] as number) : eos;
      for (const j of lengths) {
        const ctx = padded.slice(i + c - j, i + c);
        const key = ctx.join(",");
        let e = table.get(key);
        if (e === undefined) {
          e = { ctx, total: 0, by: new Map() };
          table.set(key, e);
        }
        e.total++;
        e.by.set(o, (e.by.get(o) ?? 0) + 1);
      }
    }
  }
  return table;
}

/** One state's outgoing distribution over the outcomes 0..k (k = stop). */
export interface Row {
  readonly p: Float64Array;
  readonly x: Fraction[] | undefined;
}

/**
 * The interpolated Witten–Bell rows, memoised per context (see ngram.ts).
 *
 * @internal
 */
export function wittenBell(table: Table, k: number, exact: boolean): (key: string) => Row {
  const memo = new Map<string, Row>();
  const row = (key: string): Row => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const e = table.get(key) as Counts;
    const t = e.by.size;
    const denom = e.total + t;
    const back: Row =
      e.ctx.length === 0
        ? {
            p: new Float64Array(k + 1).fill(1 / (k + 1)),
            x: exact ? new Array<Fraction>(k + 1).fill(ratio(1, k + 1)) : undefined,
          }
        : row(e.ctx.slice(1).join(","));
    const p = new Float64Array(k + 1);
    const x: Fraction[] | undefined = exact ? [] : undefined;
    for (let o = 0; o <= k; o++) {
      const c = e.by.get(o) ?? 0;
      p[o] = (c + t * (back.p[o] as number)) / denom;
      if (x !== undefined && back.x !== undefined)
        x.push(
          ratio(c, 1)
            .add((back.x[o] as Fraction).mul(t))
            .div(denom),
        );
    }
    const r = { p, x };
    memo.set(key, r);
    return r;
  };
  return row;
}

/**
 * For a smoothed table (every suffix of an occurring context occurs): the key of the longest
 * occurring suffix of (ctx · t) of length ≤ c, by child maps and suffix links, so each step
 * costs O(1) map look-ups instead of string building.
 *
 * @internal
 */
export function suffixAutomaton(table: Table, c: number): (key: string, t: number) => string {
  const keys = [...table.keys()];
  const id = new Map<string, number>(keys.map((k, i) => [k, i]));
  const ctxs = keys.map((k) => (table.get(k) as Counts).ctx);
  const children = keys.map(() => new Map<number, number>());
  const link = new Int32Array(keys.length);
  const root = id.get("") as number;
  for (const [i, ctx] of ctxs.entries()) {
    if (ctx.length === 0) continue;
    link[i] = id.get(ctx.slice(1).join(",")) as number;
    const parent = id.get(ctx.slice(0, -1).join(",")) as number;
    (children[parent] as Map<number, number>).set(ctx[ctx.length - 1] as number, i);
  }
  return (key, t) => {
    const me = id.get(key) as number;
    let s = (ctxs[me] as readonly number[]).length === c ? (link[me] as number) : me;
    for (;;) {
      const child = (children[s] as Map<number, number>).get(t);
      if (child !== undefined) return keys[child] as string;
      if (s === root) return "";
      s = link[s] as number;
    }
  };
}
