/**
 * n-gram (Markov) language models trained from a text corpus, as PDFAs. Each segment of the
 * corpus (a sentence or a line) is one output: a word over the vocabulary (words or
 * characters, see vocabulary.ts). An order-n model conditions each token on the previous
 * n − 1 tokens, padded at the start with a begin marker; stopping is the end-of-output event.
 *
 * - Unsmoothed (maximum likelihood): P(t | h) = c(h, t) / c(h). States are the contexts of
 *   length n − 1 that occur; the support is the set of outputs whose every n-gram occurs in the
 *   corpus, so it contains every training segment. Deterministic candidate sets use it.
 * - Witten–Bell smoothing, interpolated down to the uniform distribution over the V + 1
 *   outcomes (tokens and stop): P(t | h) = (c(h, t) + T(h) · P(t | h′)) / (c(h) + T(h)), with
 *   h′ = h minus its first token and T(h) the number of distinct outcomes after h. A context
 *   that never occurs backs off entirely, so the state is the longest occurring suffix of the
 *   last n − 1 tokens (the next state is determined by the state and the token: a suffix
 *   s·t occurs only if s does). Every word has positive probability: the support is Σ*, so
 *   smoothed models serve probabilistic attribution only (AMENDMENTS.md).
 *
 * Size: a smoothed model has one edge per (state, token): states × V edges (about 10^6 for a
 * word bigram with V = 1000); `exact` keeps a fraction per edge and is for small models.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { ratio } from "../../automata/pdfa/exact.js";
import { makePdfa, type Pdfa } from "../../automata/pdfa.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import type { Provenance } from "../../identification/family/family.js";
import { type Segmentation, type TokenUnit, tokenizeCorpus } from "../data/corpus.js";
import { type ProbabilisticModel, probabilisticModel } from "./model.js";
import { type Counts, count, suffixAutomaton, wittenBell } from "./ngram-counts.js";
import {
  buildVocabulary,
  DEFAULT_VOCABULARY,
  encodeTokens,
  type Vocabulary,
} from "./vocabulary.js";

/** No smoothing (maximum likelihood) or interpolated Witten–Bell. */
export type Smoothing = "none" | "witten-bell";

/** Options of {@link trainNgram}. */
export interface NgramOptions {
  /** @defaultValue `"ngram"` */
  readonly name?: string;
  /** Words and punctuation, or characters. @defaultValue `"word"` */
  readonly unit?: TokenUnit;
  /** n (1 = unigram). @defaultValue 2 for words, 3 for characters */
  readonly order?: number;
  /** @defaultValue `"none"` */
  readonly smoothing?: Smoothing;
  /** V: the most frequent tokens kept (plus the unknown token). @defaultValue 1000 */
  readonly vocabulary?: number;
  /** @defaultValue `"sentences"` */
  readonly segment?: Segmentation;
  /** @defaultValue true */
  readonly lowercase?: boolean;
  /** Keep exact fractions (small models only). @defaultValue false */
  readonly exact?: boolean;
}

/** The settings a trained model records (so further training and scoring can reuse them). */
export interface NgramSettings {
  readonly unit: TokenUnit;
  readonly order: number;
  readonly smoothing: Smoothing;
  readonly segment: Segmentation;
  readonly lowercase: boolean;
  readonly exact: boolean;
}

/** A trained n-gram model: a probabilistic model whose distribution is one PDFA. */
export type NgramModel = ProbabilisticModel & {
  readonly distribution: Pdfa;
  readonly ngram: {
    readonly settings: NgramSettings;
    readonly vocabulary: Vocabulary;
    /** The encoded training outputs (for further training). */
    readonly sentences: readonly Word[];
  };
};

function buildPdfa(
  vocabulary: Vocabulary,
  sentences: readonly Word[],
  settings: NgramSettings,
): Pdfa {
  const k = vocabulary.alphabet.symbols.length;
  const c = settings.order - 1;
  const eos = k;
  const bos = k + 1;
  const smoothed = settings.smoothing === "witten-bell";
  const lengths = smoothed ? Array.from({ length: c + 1 }, (_, j) => j) : [c];
  const table = count(sentences, c, bos, eos, lengths);
  const rowOf = smoothed ? wittenBell(table, k, settings.exact) : undefined;
  const next = smoothed ? suffixAutomaton(table, c) : undefined;
  /** The state after context `ctx` then token t (longest occurring suffix when smoothed). */
  const stateAfter = (key: string, ctx: readonly number[], t: number): string => {
    if (next !== undefined) return next(key, t);
    return c === 0 ? "" : [...ctx.slice(1), t].join(",");
  };
  const ids = new Map<string, number>();
  const order: string[] = [];
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = order.length;
      ids.set(key, id);
      order.push(key);
    }
    return id;
  };
  idOf(new Array<number>(c).fill(bos).join(","));
  const offsets: number[] = [0];
  const symbols: number[] = [];
  const targets: number[] = [];
  const probs: number[] = [];
  const stop: number[] = [];
  const exProbs: Fraction[] = [];
  const exStop: Fraction[] = [];
  for (let q = 0; q < order.length; q++) {
    const e = table.get(order[q] as string) as Counts;
    const row = rowOf?.(order[q] as string);
    const pOf = (o: number): number =>
      row === undefined ? (e.by.get(o) ?? 0) / e.total : (row.p[o] as number);
    const xOf = (o: number): Fraction =>
      row?.x === undefined ? ratio(e.by.get(o) ?? 0, e.total) : (row.x[o] as Fraction);
    stop.push(pOf(eos));
    if (settings.exact) exStop.push(xOf(eos));
    for (let t = 0; t < k; t++) {
      if (row === undefined && !e.by.has(t)) continue;
      symbols.push(t);
      targets.push(idOf(stateAfter(order[q] as string, e.ctx, t)));
      probs.push(pOf(t));
      if (settings.exact) exProbs.push(xOf(t));
    }
    offsets.push(symbols.length);
  }
  return makePdfa(
    vocabulary.alphabet,
    0,
    Int32Array.from(offsets),
    Int32Array.from(symbols),
    Int32Array.from(targets),
    Float64Array.from(probs),
    Float64Array.from(stop),
    settings.exact ? { probs: exProbs, stop: exStop } : undefined,
  );
}

/**
 * An n-gram model from encoded outputs over a fixed vocabulary (the step shared by training
 * and further training).
 *
 * Cost: O(T · n) counting for T tokens, then O(states · V) for a smoothed model (O(edges)
 * unsmoothed), plus the support DFA (O(states · V)).
 *
 * @example
 * ```ts
 * ngramFromSentences("m", vocabulary, [[0, 1], [1]], settings); // right(NgramModel)
 * ```
 */
export function ngramFromSentences(
  name: string,
  vocabulary: Vocabulary,
  sentences: readonly Word[],
  settings: NgramSettings,
  provenance?: Provenance,
): E.Either<LimitLabError, NgramModel> {
  if (sentences.length === 0)
    return E.left(invalidInput("the corpus has no segment with a token", "corpus"));
  if (!Number.isSafeInteger(settings.order) || settings.order < 1)
    return E.left(invalidInput(`must be a positive integer, got ${settings.order}`, "order"));
  const pdfa = buildPdfa(vocabulary, sentences, settings);
  const detail = `${settings.unit} ${settings.order}-gram, ${settings.smoothing === "none" ? "unsmoothed" : "Witten–Bell"}, V = ${vocabulary.unknown}, ${sentences.length} outputs`;
  const m = probabilisticModel(name, pdfa, provenance ?? { operator: "base", detail });
  if (E.isLeft(m)) return m;
  return E.right({ ...m.right, distribution: pdfa, ngram: { settings, vocabulary, sentences } });
}

/**
 * Trains an n-gram model on a text (pure: it takes the text, not a file).
 *
 * Cost: see {@link ngramFromSentences}; tokenising is O(length of the text).
 *
 * @example
 * ```ts
 * const m = trainNgram(mobyDickChapter1, { unit: "word", order: 2 }); // right(NgramModel)
 * accepts(m.right.dfa, encodeText(m.right, "Call me Ishmael.")[0]); // true: a training sentence
 * trainNgram("", {}); // left: the corpus has no segment with a token
 * ```
 */
export function trainNgram(
  text: string,
  options: NgramOptions = {},
): E.Either<LimitLabError, NgramModel> {
  const unit = options.unit ?? "word";
  const settings: NgramSettings = {
    unit,
    order: options.order ?? (unit === "char" ? 3 : 2),
    smoothing: options.smoothing ?? "none",
    segment: options.segment ?? "sentences",
    lowercase: options.lowercase ?? true,
    exact: options.exact ?? false,
  };
  const toks = tokenizeCorpus(text, settings);
  const v = buildVocabulary(toks, options.vocabulary ?? DEFAULT_VOCABULARY, unit);
  if (E.isLeft(v)) return v;
  const sentences = toks.map((t) => encodeTokens(v.right, t));
  return ngramFromSentences(options.name ?? "ngram", v.right, sentences, settings);
}

/**
 * A text as the outputs a model reads: segmented and tokenised with the model's settings and
 * encoded over its vocabulary (unknown tokens become the unknown symbol).
 *
 * @example
 * ```ts
 * encodeText(m, "Call me Ishmael. Bye."); // two words over m.alphabet
 * ```
 */
export function encodeText(model: NgramModel, text: string): Word[] {
  return tokenizeCorpus(text, model.ngram.settings).map((t) =>
    encodeTokens(model.ngram.vocabulary, t),
  );
}
