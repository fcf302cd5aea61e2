/**
 * Scenario `watermark` (THEORY.md B1): watermarking as a formal proactive measure.
 *
 * Deterministic half: the chat base and three fine-tunes (its first 4 and first 8 words, and the
 * base without its first word) form a zoo with the superset problem: a fine-tune inside another
 * model's language is never attributed with certainty. Each model gets its own marker output
 * (`bot <token>`, outside every chat language), a tell-tale by design: on random-fair texts every
 * marked model is attributed with certainty by step 4r + 2 (r the marker's shortlex rank in the
 * marked language). Stripping the marks gives back the original languages, and the ambiguity.
 *
 * Probabilistic half: two greeting models with the same support (R4 (b)) each emit their own
 * marker with probability `rate`. A mark is outside every other support, so the first mark makes
 * attribution certain; n outputs contain one with probability 1 − (1 − rate)^n, so confidence c
 * needs ⌈ln(1 − c)/ln(1 − rate)⌉ outputs, checked against seeded sample streams. Stripping
 * conditions the marks away: L2 to the original is 0 exactly.
 *
 * Horizon: data read per text in the deterministic half (40 fast, 200 deep). Parameter `rate`
 * (1/20): the probability that an output carries the mark.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { Fraction } from "fraction.js";
import { equivalent } from "../../automata/equivalence.js";
import { l2Distance } from "../../automata/pdfa/l2.js";
import type { Distribution } from "../../automata/pdfa/mixture.js";
import { sampleOutputs } from "../../automata/pdfa/sample.js";
import { invalidInput } from "../../automata/support/errors.js";
import { deriveSeed } from "../../automata/support/rng.js";
import { type Word, wordEquals, wordToString } from "../../automata/word.js";
import { fairBound } from "../../identification/presentation/fair-random.js";
import type { Steps } from "../../identification/progress.js";
import { ambiguityCurve } from "../attribution/ambiguity.js";
import { candidates } from "../attribution/candidates.js";
import { chatAlphabet } from "../models/chat.js";
import { isProbabilistic, type Model, probabilisticModel } from "../models/model.js";
import { stripWatermark, watermark } from "../operators/watermark.js";
import { all, chatZoo, type Result } from "./chat-zoo.js";
import { check, progress, rankIn } from "./outcome.js";
import { greeting } from "./r4-models.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "watermark";
const CONFIDENCES = [0.9, 0.95, 0.99];

function distributionOf(m: Model): Result<Distribution> {
  return isProbabilistic(m)
    ? E.right(m.distribution)
    : E.left(invalidInput(`${m.name} is not probabilistic`, "model"));
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, Result<Outcome>> {
  yield progress(ID, "chat zoo", 0, 3);
  const zoo = chatZoo();
  if (E.isLeft(zoo)) return zoo;
  const sigma = chatAlphabet();
  const bot = sigma.index.get("bot") as number;
  const markers = zoo.right.map((_, i) => [bot, 2 + i]); // bot hi, bot hello, bot ok, bot sure
  const marked = all(zoo.right.map((m, i) => watermark(m, [markers[i] as Word])));
  if (E.isLeft(marked)) return marked;
  const stripped = all(marked.right.map((m, i) => stripWatermark(m, [markers[i] as Word])));
  if (E.isLeft(stripped)) return stripped;
  const rows: Json[] = [];
  let unmarkedNever = 0;
  let markedInTime = true;
  let restored = true;
  for (const [i, m] of zoo.right.entries()) {
    const options = {
      horizon: o.horizon,
      presentations: o.deep ? 20 : 5,
      seed: deriveSeed(o.seed, i),
    };
    const before = ambiguityCurve(zoo.right, i, options);
    if (E.isLeft(before)) return before;
    const after = ambiguityCurve(marked.right, i, options);
    if (E.isLeft(after)) return after;
    const bound = fairBound(rankIn((marked.right[i] as Model).dfa, markers[i] as Word));
    if (before.right.certainAt.every((t) => t === null)) unmarkedNever++;
    markedInTime &&= after.right.certainAt.every((t) => t !== null && t <= bound);
    restored &&= O.isNone(equivalent((stripped.right[i] as Model).dfa, m.dfa));
    rows.push({
      model: m.name,
      marker: wordToString(sigma, markers[i] as Word),
      unmarkedCertainAt: [...before.right.certainAt],
      markedCertainAt: [...after.right.certainAt],
      predictedBy: bound,
    });
  }
  yield progress(ID, "probabilistic marks", 1, 3);
  const rate = o.params.rate as number;
  if (!(rate > 0 && rate < 1))
    return E.left(invalidInput(`must be in (0, 1), got ${rate}`, "params.rate"));
  const base = all([
    probabilisticModel("balanced", greeting("1/4", "1/4", "1/2")),
    probabilisticModel("hi-heavy", greeting("1/2", "1/6", "1/3")),
  ]);
  if (E.isLeft(base)) return base;
  const marks: Word[] = [
    [2, 0],
    [2, 1],
  ]; // "bye hi", "bye hello": outside (hi|hello)+ bye
  // the rate as an exact fraction (0.05 → 1/20), so stripping can be certified exactly
  const exactRate = new Fraction(rate);
  const pMarked = all(
    base.right.map((m, i) => watermark(m, [marks[i] as Word], { rate: exactRate })),
  );
  if (E.isLeft(pMarked)) return pMarked;
  const streams = o.deep ? 2000 : 300;
  const length = Math.ceil(Math.log(1 - 0.999) / Math.log(1 - rate));
  const firstMark: number[] = [];
  let certainAfterMark = true;
  const source = distributionOf(pMarked.right[0] as Model);
  if (E.isLeft(source)) return source;
  for (let s = 0; s < streams; s++) {
    const sample = sampleOutputs(source.right, length, deriveSeed(o.seed, 1000 + s));
    if (E.isLeft(sample)) return sample;
    const t = sample.right.findIndex((w) => wordEquals(w, marks[0] as Word));
    firstMark.push(t < 0 ? Number.POSITIVE_INFINITY : t + 1);
    if (t >= 0) {
      const c = candidates(pMarked.right, sample.right.slice(0, t + 1));
      if (E.isLeft(c)) return c;
      certainAfterMark &&= c.right.certain && c.right.classes[0]?.members[0] === 0;
    }
  }
  const needs = CONFIDENCES.map((c) => ({
    confidence: c,
    outputs: Math.ceil(Math.log(1 - c) / Math.log(1 - rate)),
  }));
  const agrees = needs.every(({ outputs }) => {
    const hit = firstMark.filter((t) => t <= outputs).length / streams;
    const exact = 1 - (1 - rate) ** outputs;
    return Math.abs(hit - exact) <= 4 * Math.sqrt((exact * (1 - exact)) / streams) + 1 / streams;
  });
  yield progress(ID, "strip", 2, 3);
  const pStripped = stripWatermark(pMarked.right[0] as Model, [marks[0] as Word]);
  if (E.isLeft(pStripped)) return pStripped;
  const strippedD = distributionOf(pStripped.right);
  if (E.isLeft(strippedD)) return strippedD;
  const originalD = distributionOf(base.right[0] as Model);
  if (E.isLeft(originalD)) return originalD;
  const back = l2Distance(strippedD.right, originalD.right);
  if (E.isLeft(back)) return back;
  const sameSupport = candidates(base.right, []);
  if (E.isLeft(sameSupport)) return sameSupport;
  const finite = firstMark.filter(Number.isFinite);
  return E.right({
    notion: "identifiable",
    summary: `without marks ${unmarkedNever} of ${zoo.right.length} chat models are never attributed with certainty; with one marker each, all are, by the predicted step; a mark at rate ${rate} needs ${needs.map((n) => `${n.outputs} outputs for ${n.confidence}`).join(", ")} (first mark after ${(finite.reduce((a, b) => a + b, 0) / Math.max(1, finite.length)).toFixed(1)} outputs on average over ${streams} streams); stripping undoes it exactly`,
    checks: [
      check("without marks some fine-tune is never attributed with certainty", unmarkedNever > 0),
      check(
        "with a marker each, every model is attributed with certainty by step 4r + 2",
        markedInTime,
      ),
      check("stripping the marks gives back every original language", restored),
      check(
        "as languages the unmarked greeting models are one candidate",
        sameSupport.right.classes.length === 1,
      ),
      check("the first mark makes attribution certain", certainAfterMark),
      check("time to the first mark follows 1 − (1 − rate)^n within 4 standard errors", agrees),
      check(
        "stripping restores the original distribution: L2 = 0 exactly",
        back.right.equal === true,
      ),
    ],
    witnesses: {
      chat: rows,
      rate,
      streams,
      outputsNeeded: needs,
      meanFirstMark: finite.reduce((a, b) => a + b, 0) / Math.max(1, finite.length),
      l2AfterStrip: back.right.exactSquared?.toFraction() ?? back.right.squared,
    },
  });
}

/**
 * The `watermark` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("watermark", { deep: true });
 * ```
 */
export const watermarkScenario: Scenario = {
  id: ID,
  title: "Watermarks as planted tell-tales",
  demonstrates:
    "A marker output planted in each model is a tell-tale by design: attribution becomes certain once a mark is seen, confidence c needs ln(1 − c)/ln(1 − rate) outputs, and a fine-tune that strips the marks undoes it.",
  theoryIds: ["B1", "C4"],
  horizon: { fast: 40, deep: 200 },
  horizonMeans: "data read per text in the deterministic half",
  params: {
    rate: {
      default: 0.05,
      description: "probability that an output carries the mark (0 < rate < 1)",
    },
  },
  run,
};
