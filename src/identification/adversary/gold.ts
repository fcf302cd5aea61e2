/**
 * Gold's adversary (THEORY.md C2, P4/R1) against any text learner, treated as a black box.
 *
 * Strategy on the layouts `gold` and `ft` (index 0 = an infinite L∞ with words w_0, w_1, … in
 * shortlex order, index n + 1 = F_n = {w_0..w_n}) and `fin-layers` (the subsets of L∞ with at
 * most c words): at stage n, show the words of F_n over and over (w_n first) until the learner
 * guesses F_n, then go on to stage n + 1. Every stage after the first forces a mind change, so
 * the text grows into a text for L∞ with infinitely many mind changes; a learner that does not
 * guess F_n within `horizon` steps is *stuck* on a text for the finite member F_n.
 *
 * Cofinite variant on the layout `cofin` (index 0 = L∞, index n + 1 = L∞ ∖ {w_n}): keep a hole
 * w_m unshown and present every other word fairly (each step the next word in shortlex order,
 * skipping the hole): a text for L∞ ∖ {w_m}, so a learner that identifies the class must
 * eventually guess that member. When it does, show w_m and open a fresh hole beyond every word
 * shown. A learner that does not within `horizon` steps is stuck (on a fair text for the
 * infinite member L∞ ∖ {w_m}); one that always does changes its mind at every stage, on a text
 * for L∞.
 *
 * Outcomes: a `mind-changes` certificate as soon as the learner has made `mindChanges` of them;
 * a `stuck` certificate when a stage runs out of horizon on a member; otherwise (on
 * `fin-layers`, when F_n has more than c words and so is no member) a `Left` of kind `budget`
 * saying how many mind changes were forced: the adversary fails on the identifiable control, as
 * it must. Stages take at most `horizon` steps, so a run takes at most (mindChanges + 1)·horizon
 * steps (plus one per stage for the cofinite hole).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { checkSameAlphabet } from "../../automata/alphabet.js";
import { isFinite as finiteLanguage } from "../../automata/decide.js";
import type { Dfa } from "../../automata/dfa.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { type Word, wordToString } from "../../automata/word.js";
import type { Certificate, CertificateDatum } from "../certificate/types.js";
import { symbolCount, type TextDatum } from "../datum.js";
import { type Family, indexOf } from "../family/family.js";
import { finiteLanguage as wordsLanguage } from "../family/finite-language.js";
import { shortlexWords } from "../family/shortlex-words.js";
import { type Learner, learnerInput } from "../learner/learner.js";
import { runToEnd, type Steps } from "../progress.js";

/** Options of {@link goldAdversary}. */
export interface GoldOptions {
  /** Stop with a certificate once the learner has made this many mind changes. @defaultValue 50 */
  readonly mindChanges?: number;
  /** The most steps a stage waits for the learner's guess. @defaultValue 1000 */
  readonly horizon?: number;
  /** For `fin-layers`: find F_n among the first `members` members. @defaultValue 10 000 */
  readonly members?: number;
}

/** What the adversary reports while it runs. */
export interface GoldProgress {
  readonly stage: number;
  readonly steps: number;
  readonly changes: number;
  readonly symbols: number;
}

/** The learner under attack, fed one datum at a time, counting mind changes as traces do. */
class Run<S> {
  readonly text: TextDatum[] = [];
  changes = 0;
  private last: number | null = null;
  private state: S;
  constructor(private readonly learner: Learner<S, TextDatum>) {
    this.state = learner.init;
  }
  feed(d: TextDatum): number | null {
    this.state = this.learner.step(this.state, d);
    this.text.push(d);
    const g = this.learner.guess(this.state);
    const h = O.isSome(g) ? g.value : null;
    if (h !== null) {
      if (this.last !== null && h !== this.last) this.changes++;
      this.last = h;
    }
    return h;
  }
}

function certificateText(text: readonly TextDatum[]): CertificateDatum[] {
  return text.map((d) => (d === "#" ? "#" : [...d]));
}

function validate(
  family: Family,
  learner: Learner<unknown, TextDatum>,
  options: GoldOptions,
): E.Either<LimitLabError, Dfa> {
  if (learnerInput(learner) !== "text")
    return E.left(
      invalidInput(
        `${learner.name} learns from informant; Gold's adversary attacks text learners`,
        "learner",
      ),
    );
  if (learner.alphabet !== undefined) {
    const same = checkSameAlphabet(family.alphabet, learner.alphabet);
    if (E.isLeft(same)) return same;
  }
  for (const [field, v] of [
    ["mindChanges", options.mindChanges],
    ["horizon", options.horizon],
    ["members", options.members],
  ] as const)
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 1))
      return E.left(invalidInput(`must be a positive integer, got ${String(v)}`, field));
  if (!["gold", "ft", "cofin", "fin-layers"].includes(family.layout))
    return E.left(
      invalidInput(
        `${family.description} has layout "${family.layout}"; Gold's adversary needs one of gold, ft, cofin, fin-layers (an infinite base and its restrictions)`,
        "family",
      ),
    );
  const base = family.base;
  if (base === undefined || finiteLanguage(base))
    return E.left(
      invalidInput(
        `${family.description} has no infinite base language: it is identifiable from text`,
        "family",
      ),
    );
  return E.right(base);
}

/**
 * Gold's adversary, step-wise: yields progress after every stage (and every 1024 steps inside a
 * long one) and returns the certificate, or a `Left` (bad input, or the adversary failed).
 *
 * @example
 * ```ts
 * const steps = goldAdversarySteps(exGold(), learner, { mindChanges: 20 });
 * for (let r = steps.next(); !r.done; r = steps.next()) show(r.value.done, r.value.total);
 * ```
 */
export function* goldAdversarySteps<S>(
  family: Family,
  learner: Learner<S, TextDatum>,
  options: GoldOptions = {},
): Steps<GoldProgress, E.Either<LimitLabError, Certificate>> {
  const valid = validate(family, learner as Learner<unknown, TextDatum>, options);
  if (E.isLeft(valid)) return valid;
  const want = options.mindChanges ?? 50;
  const horizon = options.horizon ?? 1000;
  const words = shortlexWords(valid.right);
  const run = new Run(learner);
  const report = (stage: number) => ({
    done: run.changes,
    total: want,
    partial: {
      stage,
      steps: run.text.length,
      changes: run.changes,
      symbols: symbolCount(run.text),
    },
  });
  const common = () => ({
    version: 1 as const,
    family: family.description,
    learner: learner.name,
    text: certificateText(run.text),
    symbols: symbolCount(run.text),
  });
  const won = (): Certificate => ({ ...common(), kind: "mind-changes", changes: run.changes });
  const stuck = (m: number): Certificate => ({ ...common(), kind: "stuck", member: m, horizon });
  const nth = (i: number): Word => words.nth(i) as Word;

  if (family.layout === "cofin") {
    let hole = 0;
    let next = 0;
    for (let stage = 0; ; stage++) {
      const target = hole + 1;
      let guessed = false;
      for (let s = 1; s <= horizon && !guessed; s++) {
        if (next === hole) next++;
        const h = run.feed(nth(next++));
        if (run.changes >= want) return E.right(won());
        guessed = h === target;
        if (s % 1024 === 0) yield report(stage);
      }
      if (!guessed) return E.right(stuck(target));
      run.feed(nth(hole));
      if (run.changes >= want) return E.right(won());
      hole = next;
      yield report(stage);
    }
  }

  const capacity =
    family.layout === "fin-layers" ? (family.capacity ?? 0) : Number.POSITIVE_INFINITY;
  const budget = { members: options.members ?? 10_000 };
  for (let n = 0; ; n++) {
    const f = Array.from({ length: n + 1 }, (_, i) => nth(i));
    const index =
      family.layout === "fin-layers"
        ? n + 1 <= capacity
          ? indexOf(family, wordsLanguage(family.alphabet, f), budget)
          : O.none
        : O.some(n + 1);
    let guessed = false;
    for (let s = 1; s <= horizon && !guessed; s++) {
      const h = run.feed(f[(n + s - 1) % (n + 1)] as Word);
      if (run.changes >= want) return E.right(won());
      guessed = O.isSome(index) && h === index.value;
      if (s % 1024 === 0) yield report(n);
    }
    if (!guessed) {
      if (O.isSome(index)) return E.right(stuck(index.value));
      const shown = f.map((w) => wordToString(family.alphabet, w)).join(", ");
      return E.left({
        kind: "budget",
        budget: "mind changes",
        limit: want,
        reached: run.changes,
        message: `Gold's adversary failed on ${family.description}: it forced ${run.changes} of the ${want} mind changes asked of ${learner.name} in ${run.text.length} steps, and F_${n} = {${shown}} is not a member, so the learner is right not to guess it (an identifiable class: the control)`,
      });
    }
    yield report(n);
  }
}

/**
 * Gold's adversary (THEORY.md C2 and its cofinite variant): a `mind-changes` or `stuck`
 * certificate against a text learner on a family of layout gold, ft, cofin or fin-layers;
 * `Left` for an informant learner, another layout, a finite base, an alphabet mismatch, or
 * (fin-layers) when the adversary fails. See the module header for the strategy.
 *
 * Cost: at most (mindChanges + 1)·horizon learner steps; the text is kept whole.
 *
 * @example
 * ```ts
 * goldAdversary(exGold(), tellTale, { mindChanges: 50 }); // right({ kind: "mind-changes", changes: 50, … })
 * goldAdversary(exGold(), enumeration); // right({ kind: "stuck", member: 1, … }): it guesses a* forever
 * goldAdversary(exFinLayers(2), enumeration); // left: forced 2 of 50 mind changes
 * ```
 */
export function goldAdversary<S>(
  family: Family,
  learner: Learner<S, TextDatum>,
  options: GoldOptions = {},
): E.Either<LimitLabError, Certificate> {
  return runToEnd(goldAdversarySteps(family, learner, options));
}
