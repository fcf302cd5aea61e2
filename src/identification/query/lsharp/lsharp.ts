/**
 * L# (Vaandrager, Melse, Garhewal, Rot, Wißmann 2022; THEORY.md C7) for DFAs: learning by
 * apartness on an observation tree.
 *
 * The basis is a prefix-closed set of pairwise apart tree nodes (sure to be different
 * states); the frontier is the children of basis nodes outside it, each with its candidates
 * (see `basis.ts`). Rules, in priority order: promotion (a frontier node apart from every
 * basis node joins the basis), extension (ask the output of every b·a), separation (a frontier
 * node with several candidates is asked along a witness that splits them, which removes at
 * least one), and, once every frontier node is identified, the hypothesis: checked first
 * against every output in the tree, then conjectured. A counterexample goes into the tree and
 * through a breakpoint search over the basis access words (default Rivest–Schapire), which
 * makes one frontier node apart from the state the hypothesis sent it to.
 *
 * Two query models. Against a one-bit teacher (Angluin's MAT) a separation is one query
 * along a witness of two candidates. Against a teacher that runs its target letter by letter
 * (`runs`, AALpy's model: a query reports the label after every letter and may be continued)
 * every prefix's output is recorded, and a frontier node is separated adaptively in the run
 * that extended it: each next letter is the one whose known outputs below the candidates
 * still in play split them best, by the score of an adaptive distinguishing sequence
 * looking up to 3 letters ahead (`splitter.ts`).
 *
 * `shortestCounterexamples` (sound only against a teacher whose counterexamples are the
 * shortest, then shortlex-least, such as `teacher(dfa)`): a counterexample c to H means the
 * target agrees with H on every word shortlex-below c. Words below the greatest
 * counterexample so far are then answered from the hypothesis it refuted, without a query,
 * and a new hypothesis that differs from that one below it gets the difference as a free
 * counterexample instead of an equivalence query.
 *
 * `guessUpTo` trades membership for equivalence queries: frontier nodes with at most that
 * many candidates are not separated by queries; the hypothesis sends each to its most likely
 * candidate (where the last refuted hypothesis sent it, else the oldest), and
 * counterexamples settle the wrong guesses. With shortest counterexamples and no limit this
 * learns from equivalence queries almost alone: a shortest-counterexample teacher leaks the
 * target through them, so membership counts mean little without equivalence counts.
 *
 * Law: basis nodes are pairwise apart, so every hypothesis has at most n states; the result
 * is the minimal DFA of the target.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { Alphabet } from "../../../automata/alphabet.js";
import { accepts, type Dfa, run } from "../../../automata/dfa.js";
import { equivalent } from "../../../automata/equivalence.js";
import type { LimitLabError } from "../../../automata/support/errors.js";
import { compareShortlex, type Word } from "../../../automata/word.js";
import { type BreakpointSearch, rivestSchapire } from "../counterexample.js";
import {
  ask,
  counterexample,
  type LearnerStep,
  type LearnResult,
  type QueryBudget,
  type QueryLearner,
} from "../learner.js";
import { runQueryLearner } from "../run.js";
import type { Teacher } from "../teacher.js";
import { Basis } from "./basis.js";
import { Splitter } from "./splitter.js";

/** Options of {@link lsharp}. */
export interface LSharpOptions {
  /** The breakpoint search for counterexamples. @defaultValue {@link rivestSchapire} */
  readonly counterexamples?: BreakpointSearch;
  /**
   * Trust that counterexamples are the shortest, then shortlex-least (see the module doc).
   * @defaultValue false for {@link lsharpLearner}; for {@link lsharp}, true exactly when
   * `teacher.counterexamples === "shortest"`
   */
  readonly shortestCounterexamples?: boolean;
  /**
   * Learn from runs (AALpy's SUL model, `teacher(dfa, { answers: "runs" })`): record the
   * output of every prefix of an asked word (cache hits against such a teacher), and
   * separate a frontier node adaptively, one letter at a time in one run, each letter chosen
   * from the outputs so far, starting right after the node's extension query. Against a
   * one-bit teacher every prefix and every letter costs a query of its own.
   * @defaultValue false for {@link lsharpLearner}; for {@link lsharp}, true exactly when the
   * teacher runs its target (`teacher.trace` is present)
   */
  readonly runs?: boolean;
  /** Guess frontier nodes with at most this many candidates (1: plain L#). @defaultValue 1 */
  readonly guessUpTo?: number;
  /** @defaultValue {@link DEFAULT_QUERY_BUDGET} */
  readonly budget?: QueryBudget;
}

class LSharp {
  readonly basis: Basis;
  readonly splitter: Splitter;
  /** The refuted hypothesis with the greatest (shortest-first) counterexample. */
  knowledge: { readonly h: Dfa; readonly c: Word } | undefined;

  constructor(
    alphabet: Alphabet,
    readonly trustShortest: boolean,
    readonly runs: boolean,
    guessUpTo: number,
  ) {
    this.basis = new Basis(alphabet, guessUpTo);
    this.splitter = new Splitter(alphabet.symbols.length);
  }

  /**
   * The output of x: from the tree, from the knowledge, or by a membership query; with
   * `runs`, the unknown outputs of x's ancestors are recorded after it.
   */
  *output(x: number): LearnerStep<number> {
    const known = this.basis.tree.output[x] as number;
    if (known >= 0) return known;
    const o = yield* this.learn(x);
    if (this.runs) yield* this.ancestors(x);
    return o;
  }

  /** Records the outputs of x's ancestors that are not known yet. */
  *ancestors(x: number): LearnerStep<void> {
    const t = this.basis.tree;
    for (let y = t.parent[x] as number; y >= 0; y = t.parent[y] as number)
      if ((t.output[y] as number) < 0) yield* this.learn(y);
  }

  /** Finds and records the output of x (not known yet). */
  private *learn(x: number): LearnerStep<number> {
    const w = this.basis.tree.word(x);
    const kn = this.knowledge;
    const b = kn !== undefined && compareShortlex(w, kn.c) < 0 ? accepts(kn.h, w) : yield* ask(w);
    this.basis.record(x, b ? 1 : 0);
    return b ? 1 : 0;
  }

  /** Applies promotion, extension and separation until every frontier node is identified. */
  *stabilise(): LearnerStep<void> {
    const s = this.basis;
    for (;;) {
      const iso = s.isolated.values().next();
      if (!iso.done) {
        s.promote(iso.value);
        continue;
      }
      const missing = s.unextended();
      if (missing >= 0) {
        yield* this.output(missing);
        if (!s.isFrontier(missing)) s.register(missing);
        if (this.runs && s.ambiguous.has(missing)) yield* this.separate(missing);
        continue;
      }
      const amb = s.ambiguous.values().next();
      if (amb.done) return;
      s.refresh(amb.value);
      if (s.ambiguous.has(amb.value)) yield* this.separate(amb.value);
    }
  }

  /**
   * Removes at least one candidate of ambiguous frontier node f. With `runs`: an adaptive
   * walk from f, each letter the one whose known outputs below the candidates still in
   * the walk split them most evenly, until at most one is left or no letter splits them;
   * otherwise (or when no letter splits them at the start) one query along a witness.
   */
  private *separate(f: number): LearnerStep<void> {
    const s = this.basis;
    const t = s.tree;
    const k = t.k;
    let below = this.runs ? [...s.candidatesOf(f)] : [];
    let x = f;
    while (below.length > 1) {
      const a = this.splitter.choose(t.child, t.output, below);
      if (a < 0) break;
      x = t.extend(x, a);
      const o = yield* this.output(x);
      const next: number[] = [];
      for (const b of below) {
        const c = t.child[b * k + a] as number;
        if (c >= 0 && t.output[c] === o) next.push(c);
      }
      below = next;
    }
    if (x === f) yield* this.output(t.ensure(f, s.separator(s.candidatesOf(f))));
  }

  /** The most likely candidate of a frontier node that is left to guessing. */
  guess(f: number, candidates: readonly number[]): number {
    const kn = this.knowledge;
    if (kn !== undefined) {
      const b = this.basis.nodes[run(kn.h, this.basis.tree.word(f))] as number;
      if (candidates.includes(b)) return b;
    }
    return Math.min(...candidates);
  }

  /** Puts counterexample c to h into the tree and finds the breakpoint it implies. */
  *refute(h: Dfa, c: Word, search: BreakpointSearch): LearnerStep<void> {
    const label = !accepts(h, c);
    const t = this.basis.tree;
    const x = t.ensure(0, c);
    if ((t.output[x] as number) < 0) this.basis.record(x, label ? 1 : 0);
    if (this.runs) yield* this.ancestors(x);
    const alpha = (i: number): LearnerStep<boolean> => this.alpha(h, c, i);
    yield* search.find(c.length, label, alpha);
  }

  private *alpha(h: Dfa, c: Word, i: number): LearnerStep<boolean> {
    const access = this.basis.nodes[run(h, c.slice(0, i))] as number;
    return (yield* this.output(this.basis.tree.ensure(access, c.slice(i)))) === 1;
  }
}

/**
 * L# as a generator of queries (see the module doc).
 *
 * Cost: O(n·k) frontier nodes, each separated from its candidates by witness queries;
 * candidate upkeep O(|candidates| · |σ|) per recorded output; a consistency pass over the
 * tree per hypothesis.
 *
 * @example
 * ```ts
 * runQueryLearner(lsharpLearner(ab, { shortestCounterexamples: true }), teacher(target));
 * ```
 */
export function* lsharpLearner(alphabet: Alphabet, options: LSharpOptions = {}): QueryLearner {
  const search = options.counterexamples ?? rivestSchapire;
  const s = new LSharp(
    alphabet,
    options.shortestCounterexamples === true,
    options.runs === true,
    options.guessUpTo ?? 1,
  );
  yield* s.output(0);
  for (;;) {
    yield* s.stabilise();
    const h = s.basis.hypothesis((f, c) => s.guess(f, c));
    const bad = s.basis.inconsistency(h);
    if (bad >= 0) {
      yield* s.refute(h, s.basis.tree.word(bad), search);
      continue;
    }
    const kn = s.knowledge;
    if (kn !== undefined) {
      const d = equivalent(h, kn.h);
      if (O.isSome(d) && compareShortlex(d.value, kn.c) < 0) {
        yield* s.refute(h, d.value, search);
        continue;
      }
    }
    const c = yield* counterexample(h);
    if (E.isLeft(c)) return c;
    if (O.isNone(c.right)) return E.right(h);
    const w = c.right.value;
    if (s.trustShortest && (kn === undefined || compareShortlex(w, kn.c) > 0))
      s.knowledge = { h, c: w };
    yield* s.refute(h, w, search);
  }
}

/**
 * Learns the target of `teacher` with L#.
 *
 * Defaults: Rivest–Schapire breakpoint search; `shortestCounterexamples` on exactly when the
 * teacher promises shortest counterexamples; no guessing; {@link DEFAULT_QUERY_BUDGET}.
 *
 * @example
 * ```ts
 * lsharp(teacher(target)); // right({ dfa, stats })
 * lsharp(teacher(target), { guessUpTo: 5 }); // fewer membership, more equivalence queries
 * ```
 */
export function lsharp(
  teacher: Teacher,
  options: LSharpOptions = {},
): E.Either<LimitLabError, LearnResult> {
  const trust = options.shortestCounterexamples ?? teacher.counterexamples === "shortest";
  const runs = options.runs ?? teacher.trace !== undefined;
  return runQueryLearner(
    lsharpLearner(teacher.alphabet, { ...options, shortestCounterexamples: trust, runs }),
    teacher,
    options.budget,
  );
}
