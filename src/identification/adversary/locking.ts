/**
 * Locking sequences, bounded (Blum & Blum 1975, THEORY.md C3). If a learner φ identifies L
 * from text, some finite σ ⊆ L *locks* it: φ(σ) is an index of L and φ(στ) = φ(σ) for every
 * finite τ ⊆ L. Consequently a learner with a locking sequence for an infinite L∞ fails on the
 * finite language content(σ): extending σ by words of that language never moves it off L∞.
 *
 * The search follows the theorem's proof. σ starts empty; each round, if the guess after σ is
 * not an index of L_target, σ takes the target's next word (shortlex order, cycling through a
 * finite target; pauses for ∅); otherwise every τ of at most `depth` data, each the pause or a
 * word of L_target of length ≤ `length`, is tried depth-first (data in the order pause, then
 * shortlex); the first τ that changes the guess is appended, followed by the target's next
 * word, and the next round begins. A round in which no τ changes the guess ends the search
 * with a locking sequence (within the bound). When σ passes `sigma` data, the search reports
 * that none was found, listing the prefixes at which the learner was not locked. Because σ
 * takes the target's words in order, a learner that is never locked is driven along a text for
 * L_target on which it is wrong or changes its mind once per round.
 *
 * The C3 corollary: when the target is infinite and a finite member F ⊊ L_target (among the
 * first `members`) contains content(σ), σ is also probed beyond the bound: σ followed by F's
 * words, cycled for `horizon` data (a text for F, and data of L_target). If the guess stays put,
 * the certificate carries that text as its `failure` (the learner is wrong on F at every step);
 * if it moves, those data unlock σ like a τ and the search goes on.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { checkSameAlphabet } from "../../automata/alphabet.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { isFinite } from "../../automata/decide.js";
import { accepts } from "../../automata/dfa.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import type { LockingFailure, LockingResult, NotLocked } from "../certificate/bounded.js";
import { isPause, PAUSE, symbolCount, type TextDatum } from "../datum.js";
import { type Family, hasMember, member } from "../family/family.js";
import { relations } from "../family/relations.js";
import { shortlexWords } from "../family/shortlex-words.js";
import { type Learner, learnerInput } from "../learner/learner.js";
import { runToEnd, type Steps } from "../progress.js";
import { acceptedFlags, atLeast, DEFAULT_WORDS, shortWords } from "../structure/short-words.js";

/** What {@link findLockingSequence} searches; every field but `target` has a default. */
export interface LockingBound {
  /** The member to lock on. */
  readonly target: number;
  /** τ's words have length ≤ `length`. @defaultValue 3 */
  readonly length?: number;
  /** τ has at most `depth` data. @defaultValue 2 */
  readonly depth?: number;
  /** σ may grow to `sigma` data. @defaultValue 200 */
  readonly sigma?: number;
  /** The most learner steps in all (σ, every τ tried, the corollary). @defaultValue 1 000 000 */
  readonly steps?: number;
  /** The corollary looks for its finite member among the first `members`. @defaultValue 1024 */
  readonly members?: number;
  /** The corollary's text runs `horizon` data after σ (at least the member's size). @defaultValue 50 */
  readonly horizon?: number;
  /** The most words of Σ^≤length. @defaultValue {@link DEFAULT_WORDS} */
  readonly words?: number;
}

/** Progress of the search: the length of σ and the rounds in which the learner was not locked. */
export interface LockingProgress {
  readonly sigma: number;
  readonly rounds: number;
}

interface Bounds {
  readonly length: number;
  readonly depth: number;
  readonly sigma: number;
  readonly steps: number;
  readonly members: number;
  readonly horizon: number;
  readonly words: number;
}

const DEFAULTS: Bounds = {
  length: 3,
  depth: 2,
  sigma: 200,
  steps: 1_000_000,
  members: 1024,
  horizon: 50,
  words: DEFAULT_WORDS,
};

const MINIMA: Bounds = {
  length: 0,
  depth: 1,
  sigma: 0,
  steps: 1,
  members: 1,
  horizon: 0,
  words: 1,
};

function bounds(
  family: Family,
  learner: Pick<Learner, "name" | "input" | "alphabet">,
  b: LockingBound,
): E.Either<LimitLabError, Bounds> {
  if (learnerInput(learner) !== "text")
    return E.left(invalidInput(`${learner.name} is not a text learner`, "learner"));
  if (learner.alphabet !== undefined) {
    const same = checkSameAlphabet(family.alphabet, learner.alphabet);
    if (E.isLeft(same)) return same;
  }
  if (!hasMember(family, b.target))
    return E.left(
      invalidInput(`${String(b.target)} is not an index of ${family.description}`, "target"),
    );
  const out: { -readonly [K in keyof Bounds]: number } = { ...DEFAULTS };
  for (const field of Object.keys(DEFAULTS) as (keyof Bounds)[]) {
    const v = atLeast(b[field] ?? DEFAULTS[field], field, MINIMA[field]);
    if (E.isLeft(v)) return v;
    out[field] = v.right;
  }
  return E.right(out);
}

/**
 * {@link findLockingSequence} step by step: yields after every round.
 *
 * @example
 * ```ts
 * const steps = lockingSteps(exFinLayers(), enumerationLearner(exFinLayers()), { target: 6 });
 * for (let r = steps.next(); r.done !== true; r = steps.next()) show(r.value.partial.sigma);
 * ```
 */
export function* lockingSteps<S>(
  family: Family,
  learner: Learner<S, TextDatum>,
  bound: LockingBound,
): Steps<LockingProgress, E.Either<LimitLabError, LockingResult>> {
  const checked = bounds(family, learner, bound);
  if (E.isLeft(checked)) return checked;
  const b = checked.right;
  const { target } = bound;
  const goal = member(family, target);
  const all = shortWords(family.alphabet, b.length, b.words);
  if (E.isLeft(all)) return all;
  const flags = acceptedFlags(goal, all.right.length);
  const tauData: readonly TextDatum[] = [PAUSE, ...all.right.filter((_, u) => flags[u] === 1)];
  const r = relations(family);
  const right = (g: O.Option<number>): g is O.Some<number> =>
    O.isSome(g) && hasMember(family, g.value) && r.same(g.value, target);
  const fair = shortlexWords(goal);
  let fairAt = 0;
  const nextFair = (): TextDatum => {
    let w = fair.nth(fairAt);
    if (w === undefined && fairAt > 0) {
      fairAt = 0;
      w = fair.nth(0);
    }
    fairAt++;
    return w ?? PAUSE;
  };
  let steps = 0;
  const overBudget = () =>
    budgetError("steps", b.steps, steps, `searching a locking sequence for ${learner.name}`);
  const sigma: TextDatum[] = [];
  let state = learner.init;
  const push = (d: TextDatum): void => {
    steps++;
    state = learner.step(state, d);
    sigma.push(d);
  };
  const rounds: NotLocked[] = [];
  // the first τ (depth-first) after which the guess is not h; undefined when none
  const unlock = (from: S, h: number): TextDatum[] | undefined | "budget" => {
    const path: TextDatum[] = [];
    const visit = (s: S, left: number): boolean | "budget" => {
      for (const d of tauData) {
        if (++steps > b.steps) return "budget";
        const s2 = learner.step(s, d);
        path.push(d);
        const g = learner.guess(s2);
        if (O.isNone(g) || g.value !== h) return true;
        const deeper = left > 1 ? visit(s2, left - 1) : false;
        if (deeper !== false) return deeper;
        path.pop();
      }
      return false;
    };
    const found = visit(from, b.depth);
    return found === "budget" ? found : found ? path : undefined;
  };
  while (sigma.length <= b.sigma) {
    const g = learner.guess(state);
    if (!right(g)) {
      rounds.push({ at: sigma.length, tau: 0 });
      push(nextFair());
    } else {
      const tau = unlock(state, g.value);
      if (tau === "budget") return E.left(overBudget());
      const p =
        tau === undefined
          ? probe(family, learner, b, target, sigma, { state, guess: g.value })
          : undefined;
      steps += p?.used ?? 0;
      if (steps > b.steps) return E.left(overBudget());
      if (tau === undefined && (p === undefined || "failure" in p))
        return E.right({
          version: 1,
          kind: "locking",
          family: family.description,
          learner: learner.name,
          target,
          sigma: [...sigma],
          symbols: symbolCount(sigma),
          guess: g.value,
          length: b.length,
          depth: b.depth,
          ...(p === undefined ? {} : { failure: p.failure }),
        });
      const moving = tau ?? (p as { readonly moved: readonly TextDatum[] }).moved;
      rounds.push({ at: sigma.length, tau: moving.length });
      for (const d of moving) push(d);
      push(nextFair());
    }
    if (steps > b.steps) return E.left(overBudget());
    yield {
      done: Math.min(sigma.length, b.sigma),
      total: b.sigma,
      partial: { sigma: sigma.length, rounds: rounds.length },
    };
  }
  return E.right({
    version: 1,
    kind: "no-locking",
    family: family.description,
    learner: learner.name,
    target,
    sigma,
    symbols: symbolCount(sigma),
    length: b.length,
    depth: b.depth,
    limit: b.sigma,
    rounds,
  });
}

/** What the probe of C3's corollary found: a failure witness, or data that moved the guess. */
type Probe =
  | { readonly failure: LockingFailure; readonly used: number }
  | { readonly moved: readonly TextDatum[]; readonly used: number };

/**
 * C3's corollary: for an infinite target, the least finite member F ⊊ L_target (among the
 * first `members`) containing content(σ); σ followed by F's words, cycled, for
 * max(horizon, |F|) data. If the guess stays h throughout, that is the failure witness;
 * otherwise the data up to the first move unlock σ (they are words of L_target too).
 */
function probe<S>(
  family: Family,
  learner: Learner<S, TextDatum>,
  b: Bounds,
  target: number,
  sigma: readonly TextDatum[],
  locked: { readonly state: S; readonly guess: number },
): Probe | undefined {
  if (isFinite(member(family, target))) return undefined;
  const content = sigma.filter((d): d is Word => !isPause(d));
  const r = relations(family);
  const m = Math.min(family.size, b.members);
  let f = -1;
  for (let j = 0; j < m && f < 0; j++) {
    const d = member(family, j);
    if (isFinite(d) && content.every((w) => accepts(d, w)) && r.proper(j, target)) f = j;
  }
  if (f < 0) return undefined;
  const words: TextDatum[] = [...enumerate(member(family, f))];
  const cycle = words.length === 0 ? [PAUSE] : words;
  const horizon = Math.max(b.horizon, words.length);
  const after: TextDatum[] = [];
  let state = locked.state;
  for (let i = 0; i < horizon; i++) {
    const d = cycle[i % cycle.length] as TextDatum;
    state = learner.step(state, d);
    after.push(d);
    const g = learner.guess(state);
    if (O.isNone(g) || g.value !== locked.guess) return { moved: after, used: i + 1 };
  }
  return { failure: { member: f, text: [...sigma, ...after], horizon }, used: horizon };
}

/**
 * Searches a locking sequence of `learner` for member `bound.target` (see the module comment):
 * a `LockingCertificate` (with C3's `failure` witness when the target is infinite and a finite
 * member containing content(σ) is found), or a `NoLockingReport` when σ passed `bound.sigma`
 * data without locking the learner. `Left` for an informant learner, an alphabet mismatch, a
 * bad bound, or when the learner steps run out (`bound.steps`).
 *
 * Cost: per round, at most Σ_{j ≤ depth} (W + 1)^j learner steps for the W words of L_target
 * of length ≤ `length`; at most `sigma` rounds.
 *
 * @example
 * ```ts
 * const fin = exFinLayers();
 * findLockingSequence(fin, enumerationLearner(fin), { target: 6 }); // right: locking, sigma [a, aa]
 * findLockingSequence(exGold(), largestLearner(exGold()), { target: 0 }); // right: locking, failure on a finite member
 * ```
 */
export function findLockingSequence<S>(
  family: Family,
  learner: Learner<S, TextDatum>,
  bound: LockingBound,
): E.Either<LimitLabError, LockingResult> {
  return runToEnd(lockingSteps(family, learner, bound));
}
