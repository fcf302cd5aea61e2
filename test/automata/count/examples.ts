/**
 * Hand-built DFAs for the counting and classification tests, the chat language of THEORY.md
 * ("The default scenario") and its R-trivial variant, the reference fixtures, and small
 * brute-force helpers.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { chatAlphabet } from "../../../src/attribution/models/chat.js";
import { type Alphabet, unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { type Dfa, dfaFromTable, makeDfa } from "../../../src/automata/dfa.js";

export const a1 = unsafeAlphabet(["a"]);
export const ab = unsafeAlphabet(["a", "b"]);
export const abc = unsafeAlphabet(["a", "b", "c"]);

/**
 * A DFA from its edges `[from, symbol, to]`; missing transitions go to an added rejecting
 * sink (state `states`), so the result has `states + 1` states.
 */
export function partial(
  alpha: Alphabet,
  states: number,
  accepting: readonly number[],
  edges: readonly (readonly [number, string, number])[],
): Dfa {
  const k = alpha.symbols.length;
  const table = Array.from({ length: states + 1 }, () => new Array<number>(k).fill(states));
  for (const [from, symbol, to] of edges) {
    const s = alpha.index.get(symbol);
    if (s === undefined) throw new Error(`unknown symbol ${symbol}`);
    (table[from] as number[])[s] = to;
  }
  const r = dfaFromTable(alpha, 0, accepting, table);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

/** A complete DFA from a table (start 0). */
export function table(
  alpha: Alphabet,
  accepting: readonly number[],
  rows: readonly (readonly number[])[],
): Dfa {
  const r = dfaFromTable(alpha, 0, accepting, rows);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

export const empty = table(ab, [], [[0, 0]]);
export const sigmaStar = table(ab, [0], [[0, 0]]);
export const aStar = table(
  ab,
  [0],
  [
    [0, 1],
    [1, 1],
  ],
);
export const abStar = partial(
  ab,
  2,
  [0],
  [
    [0, "a", 1],
    [1, "b", 0],
  ],
);
export const evenAs = partial(
  ab,
  2,
  [0],
  [
    [0, "a", 1],
    [1, "a", 0],
  ],
);
export const aStarBStar = partial(
  ab,
  2,
  [0, 1],
  [
    [0, "a", 0],
    [0, "b", 1],
    [1, "b", 1],
  ],
);
export const aOrAb = partial(
  ab,
  3,
  [1, 2],
  [
    [0, "a", 1],
    [1, "b", 2],
  ],
);
/** Words over {a, b} without two consecutive b's: growth rate the golden ratio. */
export const noBB = table(
  ab,
  [0, 1],
  [
    [0, 1],
    [0, 2],
    [2, 2],
  ],
);

/** The chat tokens, in the order of THEORY.md. */
export const chatTokens = chatAlphabet();

const greeting: readonly (readonly [number, string, number])[] = [
  [0, "user", 1],
  [1, "hi", 2],
  [1, "hello", 2],
  [2, "bot", 3],
  [3, "hi", 4],
  [3, "hello", 4],
];

/**
 * The chat language, `<user> (<hi>|<hello>) <bot> (<hi>|<hello>) (<user> <please> <help>
 * <bot> (<ok>|<sure>) \.)* <user> (<thanks>|<bye>) <bot> <bye>`: 13 states and a sink.
 */
export const chat = partial(
  chatTokens,
  13,
  [12],
  [
    ...greeting,
    [4, "user", 5],
    [5, "please", 6],
    [6, "help", 7],
    [7, "bot", 8],
    [8, "ok", 9],
    [8, "sure", 9],
    [9, ".", 4],
    [5, "thanks", 10],
    [5, "bye", 10],
    [10, "bot", 11],
    [11, "bye", 12],
  ],
);

/** The R-trivial variant: the block is `(<user> <please> <help> <bot> <ok>* (<ok>|<sure>) \.)?`. */
export const chatRTrivial = partial(
  chatTokens,
  16,
  [15],
  [
    ...greeting,
    [4, "user", 5],
    [5, "please", 6],
    [6, "help", 7],
    [7, "bot", 8],
    [8, "ok", 9],
    [8, "sure", 10],
    [9, "ok", 9],
    [9, "sure", 10],
    [9, ".", 11],
    [10, ".", 11],
    [11, "user", 12],
    [12, "thanks", 13],
    [12, "bye", 13],
    [5, "thanks", 13],
    [5, "bye", 13],
    [13, "bot", 14],
    [14, "bye", 15],
  ],
);

/** A reference DFA in LimitLab's JSON format (copied from shared/reference/query-targets). */
export function fixture(name: string): Dfa {
  const json = JSON.parse(
    readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"),
  ) as { alphabet: string[]; start: number; accepting: number[]; transitions: number[][] };
  const r = dfaFromTable(
    unsafeAlphabet(json.alphabet),
    json.start,
    json.accepting,
    json.transitions,
  );
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

/**
 * Sparse complete DFAs: every transition goes to an added rejecting sink with probability
 * about 1/2, so finite and polynomial languages occur often (uniform tables are mostly
 * exponential). States 0..n-1 plus the sink n; shrinks towards fewer states and more sink edges.
 */
export function arbSparseDfa(alpha: Alphabet, maxStates = 5): fc.Arbitrary<Dfa> {
  const k = alpha.symbols.length;
  return fc.integer({ min: 1, max: maxStates }).chain((n) =>
    fc
      .tuple(
        fc.array(fc.option(fc.integer({ min: 0, max: n - 1 }), { freq: 2 }), {
          minLength: n * k,
          maxLength: n * k,
        }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      )
      .map(([targets, acc]) => {
        const delta = new Int32Array((n + 1) * k).fill(n);
        targets.forEach((t, i) => {
          if (t !== null) delta[i] = t;
        });
        const accepting = new Uint8Array(n + 1);
        acc.forEach((b, q) => {
          accepting[q] = b ? 1 : 0;
        });
        return makeDfa(alpha, n + 1, 0, delta, accepting);
      }),
  );
}

/** The natural logarithm of a positive bigint. */
export function lnBig(x: bigint): number {
  const s = x.toString(2);
  const top = s.slice(0, 53);
  return Math.log(Number.parseInt(top, 2)) + (s.length - top.length) * Math.LN2;
}

/**
 * Polynomial languages by construction, over {a, b, c}: a chain of 1..maxBlocks simple
 * cycles (letter a turns each cycle), letter b from one state of each cycle to the next cycle,
 * letter c from some states to a later cycle; every state of the last cycle accepts. The
 * growth is polynomial of degree (number of cycles) − 1.
 */
export function arbCycleChain(maxBlocks = 3): fc.Arbitrary<{ dfa: Dfa; degree: number }> {
  return fc
    .array(
      fc.record({
        length: fc.integer({ min: 1, max: 3 }),
        exit: fc.nat(2),
        skip: fc.option(fc.nat(2), { freq: 2 }),
        accepting: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: maxBlocks },
    )
    .map((blocks) => {
      const first: number[] = [];
      let n = 0;
      for (const b of blocks) {
        first.push(n);
        n += b.length;
      }
      const edges: [number, string, number][] = [];
      const accepting: number[] = [];
      blocks.forEach((b, i) => {
        const base = first[i] as number;
        for (let j = 0; j < b.length; j++) {
          edges.push([base + j, "a", base + ((j + 1) % b.length)]);
          if (i === blocks.length - 1 || b.accepting[j] === true) accepting.push(base + j);
        }
        if (i + 1 < blocks.length)
          edges.push([base + (b.exit % b.length), "b", first[i + 1] as number]);
        if (b.skip !== null && i + 2 < blocks.length)
          edges.push([base + (b.skip % b.length), "c", first[i + 2] as number]);
      });
      return { dfa: partial(abc, n, accepting, edges), degree: blocks.length - 1 };
    });
}
