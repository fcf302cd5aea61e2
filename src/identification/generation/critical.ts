/**
 * Generation in the limit (Kleinberg & Mullainathan 2024, THEORY.md C10; B2 beside Gold's
 * adversary): a generator reads a text for an unknown member K of a countable family of
 * infinite languages and, after each datum, outputs a word. It *generates in the limit* when,
 * from some step on, every output is in K and not among the words shown so far. Every such
 * family can be generated in the limit, even when it cannot be identified (EX-COFIN).
 *
 * The critical-language algorithm ({@link kmGenerator}): at step t (t data read, sample S_t),
 * among the first t members, those consistent with S_t (S_t ⊆ L_i); member n is *critical* when
 * it is consistent and L_n ⊆ L_i for every consistent i < n (the first consistent member is
 * critical). Output the shortest, then shortlex-least, word of the last critical member that is
 * not in S_t. Why it works: let z be the least index of K; once t > z and every i < z with
 * K ⊄ L_i has been refuted by the text, every consistent i < z contains K, so z is critical
 * and every later critical member is a subset of L_z = K: every output is in K ∖ S_t from then
 * on. The generator itself cannot tell when that has happened; {@link runGenerator} reports it
 * in hindsight, within its horizon, from the target it is given.
 *
 * A generator is a value like a learner (`{ name, init, step, output }`), so users can write
 * their own and run them the same way.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { type Alphabet, checkSameAlphabet } from "../../automata/alphabet.js";
import { accepts, type Dfa, type ReadonlyUint8Array } from "../../automata/dfa.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import { type Word, wordKey } from "../../automata/word.js";
import { checkData, checkWord, isPause, type TextDatum } from "../datum.js";
import { DEFAULT_MEMBERS, type Family, member } from "../family/family.js";
import { relations } from "../family/relations.js";
import { type ShortlexWords, shortlexWords } from "../family/shortlex-words.js";
import { refute } from "../learner/refute.js";
import { addDatum, EMPTY_SAMPLE, fits, type Sample } from "../learner/sample.js";
import { hasWord } from "../learner/word-set.js";
import { atLeast } from "../structure/short-words.js";

/**
 * A generator in the limit: reads text data like a learner and outputs a word after each
 * (none when it has nothing to say). `step` and `output` must be pure.
 */
export interface LanguageGenerator<S = unknown> {
  readonly name: string;
  /** The alphabet it generates over, when it knows it. */
  readonly alphabet?: Alphabet;
  readonly init: S;
  step(state: S, datum: TextDatum): S;
  output(state: S): O.Option<Word>;
}

/** Options of {@link kmGenerator}. */
export interface KmOptions {
  /** Consider at most the first `members` members (at step t, the first min(t, members)). @defaultValue {@link DEFAULT_MEMBERS} */
  readonly members?: number;
}

/** State of {@link kmGenerator}. */
export interface KmState {
  /** Data read. */
  readonly t: number;
  readonly sample: Sample;
  /** Consistency flags of the members considered so far. */
  readonly alive: ReadonlyUint8Array;
  /** The last critical member, or −1 when no member considered is consistent. */
  readonly critical: number;
  readonly output: Word | undefined;
}

/**
 * Kleinberg and Mullainathan's critical-language generator for a family (see the module
 * comment); `"km-critical"`. Meant for families of infinite languages: when the critical
 * member is finite and the text has shown all of it, the output is none.
 *
 * Cost per datum: O(w·|u|) to refute the w members considered with a new word u, O(|S_t|) for
 * the member that joins, O(w) memoised inclusion checks (each first one a product BFS) to find
 * the critical member, and at most |S_t| + 1 words of it enumerated for the output.
 *
 * @example
 * ```ts
 * const g = kmGenerator(exCofin());
 * const s = [[], [0], [0, 0, 0]].reduce(g.step, g.init); // a text for a* minus {a^2} so far
 * g.output(s); // some word of the last critical member not yet shown
 * ```
 */
export function kmGenerator(
  family: Family,
  options: KmOptions = {},
): LanguageGenerator<KmState> & { readonly alphabet: Alphabet } {
  const cap = Math.min(family.size, Math.max(1, Math.floor(options.members ?? DEFAULT_MEMBERS)));
  const r = relations(family);
  const enumerations = new Map<number, ShortlexWords>();
  const unseen = (i: number, sample: Sample): Word | undefined => {
    let e = enumerations.get(i);
    if (e === undefined) {
      e = shortlexWords(member(family, i));
      enumerations.set(i, e);
    }
    for (let k = 0; ; k++) {
      const w = e.nth(k);
      if (w === undefined || !hasWord(sample.positive, w)) return w;
    }
  };
  const critical = (alive: ReadonlyUint8Array): number => {
    let c = -1;
    let since: number[] = [];
    for (let i = 0; i < alive.length; i++) {
      if (alive[i] === 0) continue;
      if (c < 0 || (r.subset(i, c) && since.every((j) => r.subset(i, j)))) {
        c = i;
        since = [];
      } else since.push(i);
    }
    return c;
  };
  return {
    name: "km-critical",
    alphabet: family.alphabet,
    init: { t: 0, sample: EMPTY_SAMPLE, alive: new Uint8Array(0), critical: -1, output: undefined },
    step: (state, datum) => {
      const t = state.t + 1;
      const sample = addDatum(state.sample, datum);
      const kept = refute(family, state.alive, datum);
      const width = Math.min(t, cap);
      let alive = kept;
      if (width > kept.length) {
        const grown = new Uint8Array(width);
        grown.set(kept as Uint8Array);
        for (let j = kept.length; j < width; j++)
          grown[j] = fits(member(family, j), sample) ? 1 : 0;
        alive = grown;
      }
      const c = critical(alive);
      return { t, sample, alive, critical: c, output: c < 0 ? undefined : unseen(c, sample) };
    },
    output: (state) => O.fromNullable(state.output),
  };
}

/** What a generator did on a text, judged against the target in hindsight. */
export interface GenerationTrace {
  readonly generator: string;
  /** `outputs[t − 1]` is the output after datum t (`null` for none). */
  readonly outputs: readonly (Word | null)[];
  /** `valid[t − 1]`: that output is a word of the target not among the words of data 1..t. */
  readonly valid: readonly boolean[];
  /** The first step from which every output to the end of the run is valid; none when the last is not. */
  readonly convergence: O.Option<number>;
  /** Data read. */
  readonly steps: number;
}

/**
 * Runs a generator on the first `horizon` data of a text and judges each output against the
 * target: valid when it is a word of the target that the text has not shown so far. Reports
 * the hindsight convergence step (the generator itself never learns it). `Left` when the
 * target and the generator (if it declares one) or the data have different alphabets, or the
 * horizon is not a non-negative integer.
 *
 * Cost: the generator's steps, plus O(|w|) per output to judge it.
 *
 * @example
 * ```ts
 * const hole = member(exCofin(), 3); // a* minus {a^2}
 * runGenerator(kmGenerator(exCofin()), shortlexText(hole), 40, hole); // right: convergence some(t)
 * ```
 */
export function runGenerator<S>(
  generator: LanguageGenerator<S>,
  text: Iterable<TextDatum>,
  horizon: number,
  target: Dfa,
): E.Either<LimitLabError, GenerationTrace> {
  const h = atLeast(horizon, "horizon", 0);
  if (E.isLeft(h)) return h;
  if (generator.alphabet !== undefined) {
    const same = checkSameAlphabet(generator.alphabet, target.alphabet);
    if (E.isLeft(same)) return same;
  }
  const data: TextDatum[] = [];
  if (h.right > 0)
    for (const d of text) {
      data.push(d);
      if (data.length >= h.right) break;
    }
  const checked = checkData(target.alphabet, data);
  if (E.isLeft(checked)) return checked;
  const shown = new Set<string>();
  const outputs: (Word | null)[] = [];
  const valid: boolean[] = [];
  let state = generator.init;
  for (const d of data) {
    if (!isPause(d)) shown.add(wordKey(d));
    state = generator.step(state, d);
    const o = generator.output(state);
    outputs.push(O.isSome(o) ? o.value : null);
    valid.push(
      O.isSome(o) &&
        E.isRight(checkWord(target.alphabet, o.value)) &&
        accepts(target, o.value) &&
        !shown.has(wordKey(o.value)),
    );
  }
  let from = valid.length;
  while (from > 0 && valid[from - 1] === true) from--;
  return E.right({
    generator: generator.name,
    outputs,
    valid,
    convergence: from === valid.length ? O.none : O.some(from + 1),
    steps: data.length,
  });
}
