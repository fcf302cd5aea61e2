/**
 * B1 (THEORY.md, beyond the paper): watermarking as a formal proactive measure.
 *
 * Statement. Planting a distinguishing marker word m_i into each model's language
 * (L'_i = L_i ∪ {m_i}, with m_i outside every other model's language) gives every model the
 * tell-tale {m_i}: T ⊆ L'_j implies j = i, so no L'_j ⊊ L'_i contains it (Angluin 1980's
 * condition), and the class becomes identifiable from text even when the unmarked class is
 * superfinite (P4: the chat base and its restrict-to-F fine-tunes). Attribution is certain as
 * soon as the marker appears: for a probabilistic model that marks a share ε of its outputs,
 * after n outputs with probability 1 − (1 − ε)^n, so confidence 1 − δ needs
 * n_δ = ⌈ln δ / ln(1 − ε)⌉ outputs. A strip-watermark fine-tune (L'_i ∖ {m_i}, or conditioning
 * on Σ* ∖ {m_i}) undoes it exactly, and with it the tell-tales.
 *
 * Finite shadow. The P4 class of the chat base and its fine-tunes restricted to its first
 * n ≤ 30 words, each watermarked with its own marker `bot help^(i+1)` (never a chat word);
 * random sub-zoos of it with random texts; random exact PDFAs over {a, b} marked with the
 * shortest word outside their support at rates 1/4, 1/10, 1/20, sampled over seeded runs.
 *
 * Independent check. Languages are checked by membership only: the watermarked model must
 * accept exactly the words the unmarked DFA accepts plus its marker (over the first 40 chat
 * words and all markers); candidate sets are recomputed by membership; the marker's exact
 * probability is recomputed by walking each mixture component's exact edges with fractions;
 * stripping is checked by DFA equivalence and by exact L2 = 0.
 *
 * Controls (near-misses that must fail). Without markers the base has no tell-tale: its first
 * n words lie in the fine-tune F_n ⊊ base, for every n ≤ 30, and after stripping too. A marker
 * that is a chat word is no tell-tale (the base still contains it). Stripping the wrong marker
 * leaves the watermark in place.
 */
import fc from "fast-check";
import { Fraction } from "fraction.js";
import { chatBase } from "../src/attribution/models/chat.js";
import {
  deterministicModel,
  type Model,
  probabilisticModel,
} from "../src/attribution/models/model.js";
import { restrictTo } from "../src/attribution/operators/restrict.js";
import { stripWatermark, watermark } from "../src/attribution/operators/watermark.js";
import { enumerate } from "../src/automata/count/enumerate.js";
import { shortestRejected } from "../src/automata/decide.js";
import { accepts } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { isSubset } from "../src/automata/inclusion.js";
import { arbPdfa } from "../src/automata/pdfa/arbitrary.js";
import { l2Distance } from "../src/automata/pdfa/l2.js";
import { componentsOf, type Distribution } from "../src/automata/pdfa/mixture.js";
import { drawOutput } from "../src/automata/pdfa/sample.js";
import { edgeIndex, type Pdfa, pdfaSupport } from "../src/automata/pdfa.js";
import { deriveSeed, rng } from "../src/automata/support/rng.js";
import { type Word, wordKey } from "../src/automata/word.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import { ab } from "./support/small-world.js";

/** Fine-tunes 1..N of the chat base. */
const N = 30;
const BOT = 1;
const HELP = 9;

/** The marker of model i: "bot help^(i+1)" (chat words start with "user"). */
function marker(i: number): Word {
  return [BOT, ...new Array<number>(i + 1).fill(HELP)];
}

interface World {
  /** The unmarked class: index 0 the chat base, index n its first n words. */
  readonly plain: readonly Model[];
  readonly marked: readonly Model[];
  /** The words the laws are checked on: the first 40 chat words and every marker. */
  readonly words: readonly Word[];
}

let cached: World | undefined;

function world(): World {
  if (cached !== undefined) return cached;
  const chat = orThrow(deterministicModel("chat", chatBase()));
  const first: Word[] = [];
  for (const w of enumerate(chat.dfa)) {
    if (first.length === 40) break;
    first.push(w);
  }
  const plain = [
    chat,
    ...Array.from({ length: N }, (_, k) =>
      orThrow(restrictTo(chat, first.slice(0, k + 1), { name: `chat-${k + 1}` })),
    ),
  ];
  const marked = plain.map((m, i) => orThrow(watermark(m, [marker(i)])));
  cached = { plain, marked, words: [...first, ...plain.map((_, i) => marker(i))] };
  return cached;
}

const same = (u: Word, v: Word): boolean => wordKey(u) === wordKey(v);

/** Models (by index) whose language contains every word of the sample, by membership. */
function candidates(models: readonly Model[], indices: readonly number[], sample: readonly Word[]) {
  return indices.filter((j) => sample.every((w) => accepts((models[j] as Model).dfa, w)));
}

/** p(w) exactly, by walking each component's exact edges (not the library's probability code). */
function exactMass(d: Distribution, w: Word): Fraction {
  let total = new Fraction(0);
  for (const c of componentsOf(d)) {
    const p = c.pdfa;
    const ex = p.exact;
    if (ex === undefined || c.exactWeight === undefined)
      throw new Error("the proof needs exact PDFAs");
    let q = p.start;
    let pr = c.exactWeight;
    for (const s of w) {
      const i = edgeIndex(p, q, s);
      if (i < 0) {
        pr = new Fraction(0);
        break;
      }
      pr = pr.mul(ex.probs[i] as Fraction);
      q = p.targets[i] as number;
    }
    total = total.add(pr.mul(ex.stop[q] as Fraction));
  }
  return total;
}

const RATES = ["1/4", "1/10", "1/20"] as const;

export const proof = defineProof({
  id: "B1",
  title: "Watermarking: planted markers are tell-tales by design; stripping them undoes it",
  statement:
    "If each model's language gets its own marker word m_i outside every other language (L'_i = L_i ∪ {m_i}), then {m_i} is a tell-tale of L'_i (T ⊆ L'_j implies j = i), so the watermarked class is identifiable from text even when the unmarked one is superfinite; attribution is certain once the marker appears, which for a model marking a share ε of its outputs needs n_δ = ⌈ln δ / ln(1 − ε)⌉ outputs for confidence 1 − δ; a strip-watermark fine-tune undoes all of it exactly.",
  shadow:
    "The P4 class (chat base and its restrictions to its first n ≤ 30 words), each member marked with its own `bot help^(i+1)`; random sub-zoos with random texts; random exact PDFAs over {a, b} marked with the shortest word outside their support at rates 1/4, 1/10, 1/20 and sampled over 200 seeded runs.",
  check:
    "Membership only: a marked model accepts exactly its unmarked words plus its marker (first 40 chat words and all markers); candidate sets by membership; the marker's probability by walking the exact edges of each mixture component in fractions; stripping by DFA equivalence and exact L2 = 0.",
  control:
    "Unmarked, the base has no tell-tale (its first n words lie in F_n ⊊ base, n ≤ 30), nor after stripping; a marker that is a chat word is no tell-tale; stripping the wrong marker leaves the watermark.",
  properties: [
    exhaustive({
      name: "each marked model accepts exactly its words plus its marker, and its marker is a tell-tale: no other marked model accepts it",
      role: "claim",
      covers: ["infinite base", "finite fine-tune"],
      cases: () => Array.from({ length: N + 1 }, (_, i) => i),
      check: (i, ctx) => {
        const { plain, marked, words } = world();
        ctx.classify(i === 0 ? "infinite base" : "finite fine-tune");
        const m = marked[i] as Model;
        const law = words.every(
          (w) => accepts(m.dfa, w) === (accepts((plain[i] as Model).dfa, w) || same(w, marker(i))),
        );
        const holders = marked.flatMap((x, j) => (accepts(x.dfa, marker(i)) ? [j] : []));
        ctx.witness("tell-tale size", 1);
        ctx.witness("models checked against the tell-tale", marked.length);
        return law && holders.length === 1 && holders[0] === i;
      },
    }),
    {
      name: "on a text of a marked model, the candidate set is that model alone once its marker has appeared, while the unmarked class keeps the base as a candidate",
      role: "claim",
      covers: ["marker seen: certain", "marker not yet seen"],
      runs: { fast: 100, deep: 1000 },
      build: (ctx) =>
        fc.property(
          fc.uniqueArray(fc.integer({ min: 0, max: N }), { minLength: 2, maxLength: 6 }),
          fc.nat(),
          fc.array(fc.nat({ max: 39 }), { maxLength: 6 }),
          fc.boolean(),
          (zoo, pick, shown, withMarker) => {
            const { plain, marked, words } = world();
            const truth = zoo[pick % zoo.length] as number;
            // a text prefix of the truth's marked language: some of its words, maybe its marker
            const own = words.filter((w) => accepts((marked[truth] as Model).dfa, w));
            const sample = shown.map((k) => own[k % own.length] as Word);
            if (withMarker) sample.push(marker(truth));
            const seen = sample.some((w) => same(w, marker(truth)));
            ctx.classify(seen ? "marker seen: certain" : "marker not yet seen");
            const c = candidates(marked, zoo, sample);
            ctx.witness("candidates", c.length);
            if (!c.includes(truth)) return false;
            if (seen && c.length !== 1) return false;
            // without markers, every sample of a chat fine-tune is also a sample of the base
            const unmarkedSample = sample.filter((w) => !same(w, marker(truth)));
            const plainC = candidates(plain, [0, ...zoo], unmarkedSample);
            return plainC.includes(0) && plainC.includes(truth);
          },
        ),
    },
    {
      name: "a PDFA marking a share ε of its outputs with a fresh word shows it with probability ε per output, and n_δ = ⌈ln δ / ln(1 − ε)⌉ outputs reveal it in at least 1 − δ of seeded runs; stripping restores the distribution exactly",
      role: "claim",
      covers: ["fresh marker", "support is Σ*: no fresh marker"],
      runs: { fast: 20, deep: 200 },
      build: (ctx) =>
        fc.property(arbPdfa(ab, { maxStates: 3 }), fc.constantFrom(...RATES), (p, rate) => {
          const base = orThrow(probabilisticModel("p", p));
          const hole = shortestRejected(pdfaSupport(p));
          if (hole._tag === "None") {
            // every word is already an output: a marker proves nothing (near-miss within the claim)
            ctx.classify("support is Σ*: no fresh marker");
            const w: Word = [1, 1, 1, 1, 1, 1];
            const marked = orThrow(watermark(base, [w], { rate }));
            return (
              exactMass(marked.distribution as Distribution, w).compare(new Fraction(rate)) > 0
            );
          }
          ctx.classify("fresh marker");
          const m = hole.value;
          const marked = orThrow(watermark(base, [m], { rate }));
          const d = marked.distribution as Distribution;
          const eps = new Fraction(rate);
          if (!exactMass(d, m).equals(eps)) return false;
          const delta = 0.05;
          const needed = Math.ceil(Math.log(delta) / Math.log(1 - eps.valueOf()));
          ctx.witness("outputs needed for 95% (n_δ)", needed);
          const runs = 200;
          let within = 0;
          for (let r = 0; r < runs; r++) {
            let g = rng(deriveSeed(ctx.seed, r));
            for (let t = 1; t <= needed; t++) {
              const [w, next] = orThrow(drawOutput(d, g));
              g = next;
              if (same(w, m)) {
                within++;
                break;
              }
            }
          }
          ctx.witness("runs revealing the marker within n_δ (of 200)", within);
          const slack = 3 * Math.sqrt((delta * (1 - delta)) / runs);
          const stripped = orThrow(stripWatermark(marked, [m]));
          const restored = orThrow(l2Distance(p, stripped.distribution as Pdfa | Distribution));
          return within / runs >= 1 - delta - slack && restored.equal === true;
        }),
    },
    exhaustive({
      name: "stripping each model's own marker gives back exactly its unmarked language",
      role: "claim",
      cases: () => Array.from({ length: N + 1 }, (_, i) => i),
      check: (i) => {
        const { plain, marked } = world();
        const s = orThrow(stripWatermark(marked[i] as Model, [marker(i)]));
        return equivalent(s.dfa, (plain[i] as Model).dfa)._tag === "None";
      },
    }),
    exhaustive({
      name: "unmarked (and after stripping), the base has no tell-tale: its first n words lie in the fine-tune F_n ⊊ base",
      role: "control",
      cases: () => Array.from({ length: N }, (_, k) => k + 1),
      check: (n, ctx) => {
        const { plain, marked, words } = world();
        const t = words.slice(0, n);
        const fn = plain[n] as Model;
        const base = plain[0] as Model;
        const sBase = orThrow(stripWatermark(marked[0] as Model, [marker(0)]));
        const sFn = orThrow(stripWatermark(marked[n] as Model, [marker(n)]));
        ctx.witness("candidate tell-tale size refuted", n);
        const refutes = (small: Model, big: Model) =>
          t.every((w) => accepts(small.dfa, w)) &&
          isSubset(small.dfa, big.dfa) &&
          equivalent(small.dfa, big.dfa)._tag === "Some";
        return refutes(fn, base) && refutes(sFn, sBase);
      },
    }),
    exhaustive({
      name: "a marker that is already a chat word is no tell-tale: the base accepts it too",
      role: "control",
      cases: () => Array.from({ length: N }, (_, k) => k + 1),
      check: (i) => {
        const { plain, words } = world();
        const m = words[0] as Word;
        const bad = orThrow(watermark(plain[i] as Model, [m]));
        const c = candidates([plain[0] as Model, bad], [0, 1], [m]);
        return c.length === 2;
      },
    }),
    exhaustive({
      name: "stripping the wrong marker leaves the watermark in place",
      role: "control",
      cases: () => Array.from({ length: N }, (_, i) => i),
      check: (i) => {
        const { plain, marked } = world();
        const s = orThrow(stripWatermark(marked[i] as Model, [marker(i + 1)]));
        return (
          accepts(s.dfa, marker(i)) && equivalent(s.dfa, (plain[i] as Model).dfa)._tag === "Some"
        );
      },
    }),
  ],
});
