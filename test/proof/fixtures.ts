/**
 * Small proof files over the automata foundation, for testing the harness: one that holds
 * (a random check with classification and witnesses, an exhaustive sweep in chunks, a
 * control), and one built to fail in every way a property can.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { arbDfa } from "../../src/automata/arbitrary/dfa.js";
import { accepts, type Dfa, dfaFromTable, run } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";
import { defineProof, exhaustive } from "../../src/proof/define.js";

export const ab = unsafeAlphabet(["a", "b"]);

function table(transitions: number[][], accepting: number[]): Dfa {
  const d = dfaFromTable(ab, 0, accepting, transitions);
  if (E.isLeft(d)) throw new Error(d.left.message);
  return d.right;
}

/** (ab)*: 0 -a-> 1 -b-> 0, the rest to the sink 2. */
export const abStar = table(
  [
    [1, 2],
    [2, 0],
    [2, 2],
  ],
  [0],
);

const arbWord = fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 8 });

/** Every word over {a, b} up to length n, in shortlex order. */
export function wordsUpTo(n: number): Word[] {
  const out: Word[] = [[]];
  let layer: Word[] = [[]];
  for (let length = 1; length <= n; length++) {
    layer = layer.flatMap((w) => [
      [...w, 0],
      [...w, 1],
    ]);
    out.push(...layer);
  }
  return out;
}

const show = (w: Word): string => w.map((s) => ab.symbols[s]).join("") || "ε";

export const holds = defineProof({
  id: "T1",
  title: "Runs compose",
  statement: "For a complete DFA, reading uv from the start ends where reading v from run(u) ends.",
  shadow: "Random DFAs up to 5 states and words up to length 8; (ab)* on all words up to 6.",
  check: "Membership of (ab)* against a JavaScript regular expression.",
  control: "The near-miss word aba is rejected by (ab)*.",
  properties: [
    {
      name: "run(d, uv) = run(d, v, run(d, u))",
      role: "claim",
      runs: { fast: 60, deep: 200 },
      covers: ["accepted", "rejected"],
      build: (ctx) =>
        fc.property(arbDfa(ab, { maxStates: 5 }), arbWord, arbWord, (d, u, v) => {
          ctx.witness("states", d.states);
          ctx.witness("|uv|", u.length + v.length);
          ctx.classify(accepts(d, [...u, ...v]) ? "accepted" : "rejected");
          return run(d, [...u, ...v]) === run(d, v, run(d, u));
        }),
    },
    exhaustive({
      name: "the (ab)* table accepts exactly the words matching ^(ab)*$",
      role: "claim",
      chunks: 3,
      covers: ["in (ab)*"],
      cases: () => wordsUpTo(6),
      check: (w, ctx) => {
        const inside = /^(ab)*$/u.test(show(w).replace("ε", ""));
        ctx.classify(inside ? "in (ab)*" : "not in (ab)*");
        ctx.witness("length", w.length);
        return accepts(abStar, w) === inside;
      },
      show,
    }),
    exhaustive({
      name: "(ab)* rejects the near-miss aba",
      role: "control",
      cases: () => [[0, 1, 0]],
      check: (w) => !accepts(abStar, w),
    }),
  ],
});

export const fails = defineProof({
  id: "T2",
  title: "Wrong claims",
  statement: "Claims that are false, so the runner must record their failures.",
  shadow: "Random DFAs; words up to length 4.",
  check: "None: these are meant to fail.",
  control: "A true control beside them.",
  properties: [
    {
      name: "every DFA accepts ε (false)",
      role: "claim",
      build: (ctx) =>
        fc.property(arbDfa(ab, { maxStates: 4 }), (d) => {
          ctx.classify(d.states > 1 ? "several states" : "one state");
          return accepts(d, []);
        }),
    },
    exhaustive({
      name: "no word of length 3 is in (ab)* (true, but misses its coverage)",
      role: "claim",
      covers: ["length 3 accepted"],
      cases: () => wordsUpTo(3).filter((w) => w.length === 3),
      check: (w, ctx) => {
        if (accepts(abStar, w)) ctx.classify("length 3 accepted");
        return !accepts(abStar, w);
      },
    }),
    exhaustive({
      name: "(ab)* accepts every word up to length 2 (false)",
      role: "claim",
      chunks: 2,
      cases: () => wordsUpTo(2),
      check: (w) => accepts(abStar, w),
      show,
    }),
    {
      name: "a property whose build throws",
      role: "claim",
      build: () => {
        throw new Error("no such automaton");
      },
    },
    exhaustive({
      name: "(ab)* accepts ab",
      role: "control",
      cases: () => [[0, 1]],
      check: (w) => accepts(abStar, w),
    }),
  ],
});
