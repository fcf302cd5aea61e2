/**
 * Kearns–Vazirani learning (1994; THEORY.md C7) with a discrimination tree.
 *
 * States are leaves of the tree, each with an access word (a spanning tree: every access
 * word is an access word plus one letter). A transition p·a is found by sifting
 * access(p)·a from the root; a sift that ends in an empty child creates a state. A
 * counterexample goes through a breakpoint search (default Rivest–Schapire): at breakpoint
 * i, u = access(q_i)·c[i] reaches the hypothesis state q' but the suffix v = c[i+1..) tells
 * u from access(q'), so q's leaf becomes an inner node with discriminator v over the old
 * state and a new state with access word u; only the transitions that pointed to that leaf
 * are sifted again, through the new node alone (one query each). A counterexample is reused
 * while the new hypothesis still gets it wrong.
 *
 * Law: every hypothesis has at most n states (leaves are pairwise told apart), each
 * counterexample adds at least one, so at most n equivalence queries; the result is the
 * minimal DFA of the target.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../../automata/alphabet.js";
import { type Dfa, makeDfa, run } from "../../../automata/dfa.js";
import { invalidInput, type LimitLabError } from "../../../automata/support/errors.js";
import type { Word } from "../../../automata/word.js";
import { type BreakpointSearch, rivestSchapire } from "../counterexample.js";
import {
  ask,
  type LearnerStep,
  type LearnResult,
  type QueryBudget,
  type QueryLearner,
  refineUntilEquivalent,
} from "../learner.js";
import { runQueryLearner } from "../run.js";
import type { Teacher } from "../teacher.js";
import { DiscriminationTree } from "./discrimination-tree.js";

/** Options of {@link kearnsVazirani}. */
export interface KvOptions {
  /** The breakpoint search for counterexamples. @defaultValue {@link rivestSchapire} */
  readonly counterexamples?: BreakpointSearch;
  /** @defaultValue {@link DEFAULT_QUERY_BUDGET} */
  readonly budget?: QueryBudget;
}

class KvState {
  readonly tree = new DiscriminationTree();
  readonly access: Word[] = [];
  readonly leaf: number[] = [];
  readonly accepting: number[] = [];
  /** `trans[p·k + a]`: the tree node the transition has been sifted to. */
  readonly trans: number[] = [];
  constructor(readonly alphabet: Alphabet) {}
  get k(): number {
    return this.alphabet.symbols.length;
  }

  *addState(u: Word, leaf: number): LearnerStep<number> {
    const q = this.access.length;
    this.access.push(u);
    this.leaf.push(leaf);
    this.accepting.push((yield* ask(u)) ? 1 : 0);
    for (let a = 0; a < this.k; a++) this.trans.push(0);
    return q;
  }

  /** Sifts the transitions in `work` (pairs p·k + a) from their current nodes. */
  *settle(work: number[]): LearnerStep<void> {
    while (work.length > 0) {
      const t = work.pop() as number;
      const p = Math.floor(t / this.k);
      const u = [...(this.access[p] as Word), t % this.k];
      const end = yield* this.tree.sift(u, this.trans[t] as number);
      if (end.kind === "leaf") {
        this.trans[t] = end.node;
        continue;
      }
      const q = this.access.length;
      const leaf = this.tree.addLeaf(end.parent, end.side, q);
      yield* this.addState(u, leaf);
      this.trans[t] = leaf;
      for (let a = 0; a < this.k; a++) work.push(q * this.k + a);
    }
  }

  hypothesis(): Dfa {
    const n = this.access.length;
    const k = this.k;
    const delta = new Int32Array(n * k);
    for (let t = 0; t < n * k; t++) delta[t] = this.tree.stateAt(this.trans[t] as number);
    return makeDfa(this.alphabet, n, 0, delta, Uint8Array.from(this.accepting));
  }
}

function* refine(
  s: KvState,
  h: Dfa,
  c: Word,
  label: boolean,
  search: BreakpointSearch,
): LearnerStep<E.Either<LimitLabError, void>> {
  const alpha = (i: number): LearnerStep<boolean> =>
    ask([...(s.access[run(h, c.slice(0, i))] as Word), ...c.slice(i)]);
  const i = yield* search.find(c.length, label, alpha);
  const qi = run(h, c.slice(0, i));
  const target = h.delta[qi * s.k + (c[i] as number)] as number;
  const u = [...(s.access[qi] as Word), c[i] as number];
  const v = c.slice(i + 1);
  const newSide = yield* ask([...u, ...v]);
  const oldSide = yield* ask([...(s.access[target] as Word), ...v]);
  if (newSide === oldSide)
    return E.left(invalidInput("the teacher's counterexample contradicts its membership answers"));
  const x = s.leaf[target] as number;
  const q = s.access.length;
  const { old, added } = s.tree.split(x, v, oldSide ? 1 : 0, q);
  s.leaf[target] = old;
  yield* s.addState(u, added);
  const work: number[] = [];
  for (let t = 0; t < q * s.k; t++) if (s.trans[t] === x) work.push(t);
  for (let a = 0; a < s.k; a++) work.push(q * s.k + a);
  yield* s.settle(work);
  return E.right(undefined);
}

/**
 * Kearns–Vazirani as a generator of queries (see the module doc).
 *
 * Cost: per new state, k sifts from the root (tree depth queries each) plus one query per
 * transition that pointed to the split leaf; O(n²·k) time for the re-sift scans.
 *
 * @example
 * ```ts
 * runQueryLearner(kvLearner(ab), teacher(target));
 * ```
 */
export function* kvLearner(alphabet: Alphabet, options: KvOptions = {}): QueryLearner {
  const search = options.counterexamples ?? rivestSchapire;
  const s = new KvState(alphabet);
  const root = yield* s.tree.sift([]);
  if (root.kind !== "empty") throw new Error("unreachable: the first sift ends in an empty child");
  yield* s.addState([], s.tree.addLeaf(root.parent, root.side, 0));
  yield* s.settle(Array.from({ length: s.k }, (_, a) => a));
  return yield* refineUntilEquivalent(
    // biome-ignore lint/correctness/useYield: the KV hypothesis needs no queries
    function* () {
      return s.hypothesis();
    },
    (h) => h,
    (h, c, label) => refine(s, h, c, label, search),
  );
}

/**
 * Learns the target of `teacher` with Kearns–Vazirani.
 *
 * Defaults: Rivest–Schapire breakpoint search, {@link DEFAULT_QUERY_BUDGET}.
 *
 * @example
 * ```ts
 * kearnsVazirani(teacher(target)); // right({ dfa, stats })
 * ```
 */
export function kearnsVazirani(
  teacher: Teacher,
  options: KvOptions = {},
): E.Either<LimitLabError, LearnResult> {
  return runQueryLearner(kvLearner(teacher.alphabet, options), teacher, options.budget);
}
