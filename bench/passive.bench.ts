/**
 * Passive-inference bench (issue 4): ZR on a 10^5-word sample and RPNI on the two reference
 * samples of shared/reference/passive-samples (labelled by the 200-state, 2-letter target).
 *
 * ZR's sample: 10^5 words of a zero-reversible target, the 20-state permutation DFA over
 * {a, b} (each letter a seeded permutation, bench/lib/workloads.ts; state 0 the start and the
 * only accepting state), each a seeded random walk whose length is drawn in 0..20 and then
 * extended until it ends in the accepting state; ZR must learn the target from it.
 *
 * RPNI's peer is LearnLib's RPNI (Java), measured at 0.02–0.04 s on these targets (AALpy's:
 * 1.2–11 s); the anchor is that published figure, not a run here (no JVM in the bench). The
 * goal: at least as fast as LearnLib, read against the fast end of its range (20 ms).
 *
 * After a JIT warm-up on small inputs of another seed, each timed call runs the inferrer on a
 * fresh copy of the sample (parsed outside the timing), median of 7 after 2 warm-ups; every
 * result is checked (ZR and RPNI on the complete sample must give their targets).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { accepts, type Dfa, makeDfa } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { fromJson } from "../src/automata/interop/json.js";
import { useful } from "../src/automata/reach.js";
import { deriveSeed, nextInt, type Rng, rng } from "../src/automata/support/rng.js";
import type { Word } from "../src/automata/word.js";
import type { InformantDatum } from "../src/identification/datum.js";
import { prefixTree, rpni, zeroReversible } from "../src/identification/passive/index.js";
import { parseSample } from "../src/identification/passive/sample.js";
import { ROOT } from "./lib/child.js";
import { type Cell, type Column, ratio, type Target, writeTopic } from "./lib/report.js";
import { jitWarmUp, timeRuns } from "./lib/timing.js";
import { letters, permutation, seededDfa } from "./lib/workloads.js";

const REFERENCE = join(ROOT, "..", "shared", "reference");
/** LearnLib's RPNI on the n = 200 reference samples (shared/reference/README.md). */
const LEARNLIB_MS = { fast: 20, slow: 40 };
const AALPY_MS = { fast: 1200, slow: 11_000 };
const ZR_WORDS = 100_000;
const ZR_STATES = 20;
const SEED = 42;
const WARM_SEED = 7;

/**
 * A zero-reversible target: n states, each letter a seeded permutation of them, state 0 the
 * start and the one accepting state (permutations make the reversal deterministic too).
 */
function permutationDfa(n: number, k: number, seed: number): Dfa {
  const delta = new Int32Array(n * k);
  for (let s = 0; s < k; s++) {
    const p = permutation(n, rng(deriveSeed(seed, s)));
    for (let q = 0; q < n; q++) delta[q * k + s] = p[q] as number;
  }
  const accepting = new Uint8Array(n);
  accepting[0] = 1;
  return makeDfa(letters(k), n, 0, delta, accepting);
}

/** `count` seeded words of L(d) (random walks on useful states, see the module header). */
function walkSample(d: Dfa, count: number, seed: number): Word[] {
  const k = d.alphabet.symbols.length;
  const keep = useful(d);
  if (keep[d.start] !== 1) throw new Error("the base DFA's language is empty");
  let g: Rng = rng(seed);
  const draw = (n: number): number => {
    const [x, g2] = nextInt(g, n);
    g = g2;
    return x;
  };
  const out: Word[] = [];
  const options: number[] = [];
  while (out.length < count) {
    const length = draw(21);
    const w: number[] = [];
    let q = d.start;
    while (w.length < length || d.accepting[q] !== 1) {
      options.length = 0;
      for (let s = 0; s < k; s++) if (keep[d.delta[q * k + s] as number] === 1) options.push(s);
      const s = options[draw(options.length)] as number;
      w.push(s);
      q = d.delta[q * k + s] as number;
    }
    out.push(w);
  }
  return out;
}

function readReference(path: string): string {
  return readFileSync(join(REFERENCE, path), "utf8");
}

function orThrow<A>(e: E.Either<{ readonly message: string }, A>): A {
  if (E.isLeft(e)) throw new Error(e.left.message);
  return e.right;
}

function main(): void {
  const load = loadavg()[0] ?? 0;
  const rows: Record<string, Cell>[] = [];
  const targets: Target[] = [];
  const notes: string[] = [];

  process.stderr.write("passive: JIT warm-up on small inputs of another seed\n");
  const small = permutationDfa(ZR_STATES, 2, WARM_SEED);
  const smallWords = walkSample(small, 2000, WARM_SEED);
  jitWarmUp(() => zeroReversible(smallWords, small.alphabet));
  const smallTarget = seededDfa(30, 2, WARM_SEED);
  const smallSample = walkSample(seededDfa(60, 2, WARM_SEED + 1), 1500, WARM_SEED).map((word) => ({
    word,
    label: accepts(smallTarget, word),
  }));
  jitWarmUp(() => rpni(smallSample, smallTarget.alphabet));

  process.stderr.write("passive: ZR on 10^5 words\n");
  const base = permutationDfa(ZR_STATES, 2, SEED);
  const words = walkSample(base, ZR_WORDS, SEED);
  const symbols = words.reduce((n, w) => n + w.length, 0);
  let zrStates = 0;
  let zrExact = false;
  const zr = timeRuns(
    () => words.map((w) => w.slice()),
    (s) => zeroReversible(s, base.alphabet),
    {
      check: (d) => {
        zrStates = d.states;
        zrExact = O.isNone(equivalent(d, base));
        return zrExact;
      },
    },
  );
  rows.push({
    case: `ZR, ${ZR_WORDS.toLocaleString("en-US")} words of a ${ZR_STATES}-state permutation DFA${zrExact ? ", learns it" : ""}`,
    words: ZR_WORDS,
    symbols,
    nodes: prefixTree(base.alphabet, words).nodes,
    states: zrStates,
    ours: zr.medianMs,
    best: Math.min(...zr.runsMs),
    learnlib: null,
    vsLearnlib: null,
  });

  const target = orThrow(
    fromJson(readReference("query-targets/random-minimal-n200-k2-seed42.json")),
  );
  const ratios: number[] = [];
  for (const name of ["complete", "random"] as const) {
    process.stderr.write(`passive: RPNI on the ${name} reference sample\n`);
    const s = orThrow(parseSample(readReference(`passive-samples/n200-k2-seed42-${name}.jsonl`)));
    let states = 0;
    let exact = false;
    const t = timeRuns(
      (): InformantDatum[] => s.data.map((x) => ({ word: x.word.slice(), label: x.label })),
      (data) => orThrow(rpni(data, s.alphabet)),
      {
        check: (d) => {
          states = d.states;
          exact = O.isNone(equivalent(d, target));
          return name !== "complete" || exact;
        },
      },
    );
    const r = ratio(t.medianMs, LEARNLIB_MS.fast);
    if (r !== null) ratios.push(r);
    rows.push({
      case: `RPNI, ${name} sample (n = 200, k = 2)${exact ? ", learns the target" : ""}`,
      words: s.data.length,
      symbols: s.data.reduce((n, x) => n + x.word.length, 0),
      nodes: prefixTree(
        s.alphabet,
        s.data.map((x) => x.word),
      ).nodes,
      states,
      ours: t.medianMs,
      best: Math.min(...t.runsMs),
      learnlib: `${LEARNLIB_MS.fast}–${LEARNLIB_MS.slow}`,
      vsLearnlib: r,
    });
  }
  const worst = Math.max(...ratios);
  targets.push({
    target: "RPNI at least as fast as LearnLib (0.02–0.04 s) on the n = 200 reference samples",
    met: worst <= 1,
    measured: `slowest sample at ${worst.toFixed(2)}× LearnLib's fast end (20 ms)`,
  });
  notes.push(
    `LearnLib (${LEARNLIB_MS.fast}–${LEARNLIB_MS.slow} ms) and AALpy (${AALPY_MS.fast / 1000}–${AALPY_MS.slow / 1000} s) are the published figures of shared/reference/README.md, not runs of this bench; "LimitLab / LearnLib" divides our median by LearnLib's fast end. "tree nodes" counts the prefix tree; "states" the minimal result, sink included.`,
  );
  notes.push(
    `Load average (1 min) when the bench started: ${load.toFixed(1)} on ${cpus().length} cores; medians on a busy machine are inflated accordingly, and the fastest of the 7 runs shows the time without descheduling.`,
  );
  const columns: Column[] = [
    { key: "case", heading: "case", format: "text" },
    { key: "words", heading: "words", format: "int" },
    { key: "symbols", heading: "symbols", format: "int" },
    { key: "nodes", heading: "tree nodes", format: "int" },
    { key: "states", heading: "states", format: "int" },
    { key: "ours", heading: "LimitLab ms", format: "ms" },
    { key: "best", heading: "fastest run ms", format: "ms" },
    { key: "learnlib", heading: "LearnLib ms", format: "text" },
    { key: "vsLearnlib", heading: "LimitLab / LearnLib", format: "ratio" },
  ];
  writeTopic({
    topic: "passive",
    title: "Passive inference (ZR, RPNI)",
    options: {
      warmups: 2,
      runs: 7,
      seed: SEED,
      zrWords: ZR_WORDS,
      zrBase: `permutation DFA, ${ZR_STATES} states, k = 2, accepting {0}`,
    },
    columns,
    rows,
    targets,
    notes,
  });
}

main();
