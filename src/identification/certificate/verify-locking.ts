/**
 * The independent check of locking-sequence search results (`bounded.ts`, produced by
 * `adversary/locking.ts`): it re-runs the learner from its `init` on σ and on every τ within
 * the bound, decides membership by running the DFAs and compares languages with `equivalent`,
 * sharing no code with the search. Imports the automata layer only (plus types).
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { isFinite } from "../../automata/decide.js";
import { accepts } from "../../automata/dfa.js";
import { isSubset } from "../../automata/inclusion.js";
import type { Family } from "../family/family.js";
import type { Learner } from "../learner/learner.js";
import type { LockingCertificate, LockingResult, NoLockingReport } from "./bounded.js";
import {
  allWords,
  bad,
  type Datum,
  datumKey,
  dfa,
  first,
  header,
  isIndex,
  key,
  MAX_VERIFY_WORDS,
  ok,
  type Problem,
  sameLanguage,
  validWord,
} from "./verify-support.js";

/** The guesses after 0, 1, …, n data (index t: after t data), re-run from `init`. */
function guesses<S>(
  learner: Learner<S, Datum>,
  data: readonly Datum[],
): { states: S[]; guesses: O.Option<number>[] } {
  const states = [learner.init];
  for (const d of data) states.push(learner.step(states[states.length - 1] as S, d));
  return { states, guesses: states.map((s) => learner.guess(s)) };
}

/**
 * The first problem of a locking search result, found by re-running the learner. For a
 * `locking` certificate: σ ⊆ L_target, the guess after σ is `guess` and has L_target's
 * language, every τ of ≤ `depth` data (the pause or words of L_target of length ≤ `length`)
 * keeps it, and the `failure` witness (when present) is as documented. For a `no-locking`
 * report: σ ⊆ L_target, it passed `limit`, and at each listed round the learner was not locked.
 *
 * Cost: one learner run over σ, Σ_{j ≤ depth} (W + 1)^j steps for the τ (W words), one run
 * over the failure text; membership by running the DFAs.
 *
 * @example
 * ```ts
 * lockingProblem(fin, enumerationLearner(fin), cert); // none
 * lockingProblem(fin, enumerationLearner(fin), { ...cert, sigma: cert.sigma.slice(1) }); // some(...)
 * ```
 */
export function lockingProblem<S>(
  family: Family,
  learner: Learner<S, Datum>,
  c: LockingResult,
): Problem {
  return first(
    () => header(family, c),
    () =>
      c.learner === learner.name
        ? ok
        : bad(`the certificate is about ${c.learner}, not ${learner.name}`),
    () => (isIndex(family, c.target) ? ok : bad(`target ${String(c.target)} is not a member`)),
    () =>
      Number.isSafeInteger(c.length) &&
      c.length >= 0 &&
      Number.isSafeInteger(c.depth) &&
      c.depth >= 1
        ? ok
        : bad("length must be a non-negative and depth a positive integer"),
    () => sigmaOk(family, c),
    () => (c.kind === "locking" ? locked(family, learner, c) : notLocked(family, learner, c)),
  );
}

function sigmaOk(family: Family, c: LockingResult): Problem {
  const goal = dfa(family, c.target);
  let symbols = 0;
  for (const [i, d] of c.sigma.entries()) {
    if (d === "#") continue;
    if (!validWord(family, d) || !accepts(goal, d))
      return bad(`sigma[${i}] is not a word of the target`);
    symbols += d.length;
  }
  return symbols === c.symbols ? ok : bad(`symbols is ${c.symbols}, sigma has ${symbols}`);
}

function tauData(family: Family, c: LockingResult): Datum[] | undefined {
  const all = allWords(family.alphabet.symbols.length, c.length);
  const goal = dfa(family, c.target);
  return all === undefined ? undefined : ["#", ...all.filter((w) => accepts(goal, w))];
}

function locked<S>(family: Family, learner: Learner<S, Datum>, c: LockingCertificate): Problem {
  const run = guesses(learner, c.sigma);
  const g = run.guesses[c.sigma.length] as O.Option<number>;
  if (O.isNone(g) || g.value !== c.guess) return bad(`the guess after sigma is not ${c.guess}`);
  if (!isIndex(family, c.guess) || !sameLanguage(dfa(family, c.guess), dfa(family, c.target)))
    return bad(`member ${c.guess} does not have the target's language`);
  const data = tauData(family, c);
  if (data === undefined || (data.length + 1) ** c.depth > MAX_VERIFY_WORDS)
    return bad("too many sequences to verify");
  const visit = (s: S, left: number): boolean =>
    data.every((d) => {
      const s2 = learner.step(s, d);
      const h = learner.guess(s2);
      return O.isSome(h) && h.value === c.guess && (left <= 1 || visit(s2, left - 1));
    });
  if (!visit(run.states[c.sigma.length] as S, c.depth))
    return bad("some sequence tau moves the guess");
  return c.failure === undefined
    ? ok
    : failure(family, learner, c, run.states[c.sigma.length] as S);
}

function failure<S>(
  family: Family,
  learner: Learner<S, Datum>,
  c: LockingCertificate,
  after: S,
): Problem {
  const f = c.failure as NonNullable<LockingCertificate["failure"]>;
  if (!isIndex(family, f.member)) return bad("the failure's member is out of range");
  const fin = dfa(family, f.member);
  const goal = dfa(family, c.target);
  if (!isFinite(fin) || !isSubset(fin, goal) || sameLanguage(fin, goal))
    return bad(`member ${f.member} is not a finite proper subset of the target`);
  const n = c.sigma.length;
  if (
    f.text.length !== n + f.horizon ||
    f.text.slice(0, n).some((d, i) => datumKey(d) !== datumKey(c.sigma[i] as Datum))
  )
    return bad("the failure's text is not sigma followed by horizon data");
  const shown = new Set<string>();
  for (const d of f.text) {
    if (d === "#") continue;
    if (!validWord(family, d) || !accepts(fin, d))
      return bad(`${JSON.stringify(d)} is not in member ${f.member}`);
    shown.add(key(d));
  }
  for (const w of enumerate(fin))
    if (!shown.has(key(w)))
      return bad(`the text misses ${JSON.stringify(w)} of member ${f.member}`);
  let s = after;
  for (const d of f.text.slice(n)) {
    s = learner.step(s, d);
    const g = learner.guess(s);
    if (O.isNone(g) || g.value !== c.guess)
      return bad(`the learner leaves ${c.guess} on the failure text`);
  }
  return ok;
}

function notLocked<S>(family: Family, learner: Learner<S, Datum>, c: NoLockingReport): Problem {
  if (!(c.sigma.length > c.limit))
    return bad(`sigma has ${c.sigma.length} data, not more than limit ${c.limit}`);
  const run = guesses(learner, c.sigma);
  const goal = dfa(family, c.target);
  const rightAt = (t: number): number | undefined => {
    const g = run.guesses[t] as O.Option<number>;
    return O.isSome(g) && isIndex(family, g.value) && sameLanguage(dfa(family, g.value), goal)
      ? g.value
      : undefined;
  };
  let last = -1;
  for (const { at, tau } of c.rounds) {
    if (
      !Number.isSafeInteger(at) ||
      at <= last ||
      !Number.isSafeInteger(tau) ||
      tau < 0 ||
      at + tau > c.sigma.length
    )
      return bad(`round at ${at} (tau ${tau}) is out of order or range`);
    last = at;
    const h = rightAt(at);
    if (tau === 0) {
      if (h !== undefined) return bad(`the guess after ${at} data is right`);
      continue;
    }
    if (h === undefined) return bad(`the guess after ${at} data is not the target`);
    // sigma ⊆ L_target was checked already: its data are pauses and words of the target

    const after = run.guesses[at + tau] as O.Option<number>;
    if (O.isSome(after) && after.value === h)
      return bad(`the tau at ${at} does not move the guess`);
  }
  return ok;
}

/**
 * Does the locking search result hold? (See {@link lockingProblem}.)
 *
 * @example
 * ```ts
 * verifyLocking(fin, enumerationLearner(fin), cert); // true
 * ```
 */
export function verifyLocking<S>(
  family: Family,
  learner: Learner<S, Datum>,
  c: LockingResult,
): boolean {
  return O.isNone(lockingProblem(family, learner, c));
}
