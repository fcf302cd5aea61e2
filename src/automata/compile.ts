/**
 * `compile`: a regex (source or tree) to its minimal DFA.
 *
 * Law: `accepts(compile(r, Σ), w)` ⇔ w ∈ L(r) read over Σ, and the result is the minimal
 * complete DFA in canonical numbering (`minimize`), so equal languages compile to identical
 * DFAs.
 *
 * Plan: a subtree without `&` and `!` goes through Thompson's construction, the subset
 * construction and Hopcroft's minimisation in one piece; `&` is the product (`intersect`),
 * `!` the complement of a complete DFA; concatenation, `|`, star, `+`, `?` and `{m,n}` above
 * such operators are the DFA-level constructions (`concat`, `star`, `union`), each result
 * minimised before it is used again. Maximal runs of operator-free items of a concatenation
 * or union are compiled together.
 *
 * Budget: `budget.states` bounds the states all these constructions create together (NFA
 * states, subsets, product pairs; default 10^6), so both the memory and
 * the time of `compile` are bounded by it; `Left` of kind `budget` when it runs out.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "./alphabet.js";
import { complement } from "./complement.js";
import { concat } from "./concat.js";
import { determinize } from "./determinize.js";
import { type Dfa, stateCount } from "./dfa.js";
import { minimize } from "./minimize.js";
import { intersect, union } from "./product.js";
import { type Regex, reConcat, reEpsilon, reUnion, usesBooleanOps } from "./regex/ast.js";
import { regexAlphabet, regexSymbols } from "./regex/literals.js";
import { parseRegex } from "./regex/parse.js";
import { regexToNfaWithin } from "./regex/to-nfa.js";
import { star } from "./star.js";
import { type StateBudget, stateLimit } from "./support/budget.js";
import { budgetError, invalidInput, type LimitLabError } from "./support/errors.js";

type Result = E.Either<LimitLabError, Dfa>;

/** The running state of one compilation: its alphabet and the states spent so far. */
class Compiler {
  used = 0;
  constructor(
    readonly alphabet: Alphabet,
    readonly limit: number,
  ) {}

  /** Counts `n` created states; `Left` when the budget is spent. */
  charge(n: number, what: string): E.Either<LimitLabError, void> {
    this.used += n;
    return this.used > this.limit
      ? E.left(budgetError("states", this.limit, this.used, `compile (${what})`))
      : E.right(undefined);
  }

  /**
   * Runs a budgeted construction with what is left of the budget; a budget error is
   * restated against the whole compilation's budget.
   */
  within<A>(run: (budget: StateBudget) => E.Either<LimitLabError, A>, what: string) {
    return E.mapLeft((e: LimitLabError) =>
      e.kind === "budget"
        ? budgetError("states", this.limit, this.used + e.reached, `compile (${what})`)
        : e,
    )(run({ states: this.limit - this.used }));
  }

  /** Minimises a construction's result after charging its states. */
  settle(d: Dfa, what: string): Result {
    const paid = this.charge(stateCount(d), what);
    return E.isLeft(paid) ? paid : E.right(minimize(d));
  }

  /** Thompson, subset construction, Hopcroft: for a tree without `&` and `!`. */
  plain(r: Regex): Result {
    const nfa = this.within((b) => regexToNfaWithin(r, this.alphabet, b), "Thompson construction");
    if (E.isLeft(nfa)) return nfa;
    const paid = this.charge(nfa.right.states, "Thompson construction");
    if (E.isLeft(paid)) return paid;
    const d = this.within((b) => determinize(nfa.right, b), "subset construction");
    return E.isLeft(d) ? d : this.settle(d.right, "subset construction");
  }

  build(r: Regex): Result {
    if (!usesBooleanOps(r)) return this.plain(r);
    switch (r.kind) {
      case "intersection":
        return this.fold(r.items, (a, b) => this.settle(intersect(a, b), "intersection"));
      case "union":
        return this.fold(groupPlain(r.items, false), (a, b) => this.settle(union(a, b), "union"));
      case "concat":
        return this.fold(groupPlain(r.items, true), (a, b) => this.concatenate(a, b));
      case "complement": {
        const d = this.build(r.inner);
        return E.isLeft(d) ? d : this.settle(complement(d.right), "complement");
      }
      case "star":
        return E.flatMap(this.build(r.inner), (d) => this.star(d));
      case "plus":
        return E.flatMap(this.build(r.inner), (d) => this.plus(d));
      case "optional":
        return E.flatMap(this.build(r.inner), (d) => this.optional(d));
      case "repeat":
        return E.flatMap(this.build(r.inner), (d) => this.repeat(d, r.min, r.max));
      default:
        return this.plain(r);
    }
  }

  /** Compiles the items and combines them left to right (`op` minimises each step). */
  fold(items: readonly Regex[], op: (a: Dfa, b: Dfa) => Result): Result {
    let acc: Result | undefined;
    for (const item of items) {
      const d = this.build(item);
      acc = acc === undefined ? d : E.flatMap(acc, (a) => E.flatMap(d, (b) => op(a, b)));
      if (E.isLeft(acc)) return acc;
    }
    return acc ?? this.plain(reEpsilon());
  }

  star(d: Dfa): Result {
    return E.flatMap(
      this.within((b) => star(d, b), "star"),
      (x) => this.settle(x, "star"),
    );
  }

  optional(d: Dfa): Result {
    return E.flatMap(this.plain(reEpsilon()), (eps) => this.settle(union(d, eps), "'?'"));
  }

  concatenate(a: Dfa, b: Dfa): Result {
    return E.flatMap(
      this.within((budget) => concat(a, b, budget), "concatenation"),
      (x) => this.settle(x, "concatenation"),
    );
  }

  plus(d: Dfa): Result {
    return E.flatMap(this.star(d), (s) => this.concatenate(d, s));
  }

  /** d{min,max} = d^min (d*) or d^min (ε|d)^(max-min). */
  repeat(d: Dfa, min: number, max: number | null): Result {
    let acc = this.plain(reEpsilon());
    for (let j = 0; j < min && E.isRight(acc); j++) acc = this.concatenate(acc.right, d);
    if (max === null)
      return E.flatMap(acc, (a) => E.flatMap(this.star(d), (s) => this.concatenate(a, s)));
    return E.flatMap(this.optional(d), (opt) => {
      let out = acc;
      for (let j = min; j < max && E.isRight(out); j++) out = this.concatenate(out.right, opt);
      return out;
    });
  }
}

/**
 * Groups runs of items without `&` and `!` into single items (all of them for a union,
 * consecutive ones for a concatenation), so they compile through one NFA.
 */
function groupPlain(items: readonly Regex[], ordered: boolean): Regex[] {
  const join = ordered ? reConcat : reUnion;
  const out: Regex[] = [];
  let run: Regex[] = [];
  const flush = () => {
    if (run.length > 0) out.push(join(...run));
    run = [];
  };
  for (const x of items) {
    if (!usesBooleanOps(x)) run.push(x);
    else {
      if (ordered) flush();
      out.push(x);
    }
  }
  flush();
  return out;
}

function resolveAlphabet(
  r: Regex,
  alphabet: Alphabet | undefined,
): E.Either<LimitLabError, Alphabet> {
  if (alphabet === undefined) return regexAlphabet(r);
  const missing = regexSymbols(r).find((s) => !alphabet.index.has(s));
  return missing === undefined
    ? E.right(alphabet)
    : E.left(
        invalidInput(
          `literal ${JSON.stringify(missing)} is not in the alphabet {${alphabet.symbols.join(", ")}}`,
          "regex",
        ),
      );
}

/**
 * Compiles a regex (source text or tree) to its minimal complete DFA, canonically numbered.
 *
 * Alphabet: the given one (every literal must be in it), or else the regex's literals in
 * code-point order (`regexAlphabet`); then `.`, `[^…]` and `!` range over those literals.
 *
 * Errors: a parse error (positioned) for bad source; `invalid-input` for a literal outside
 * the given alphabet or a regex without literals and no alphabet; `budget` when the
 * constructions together would create more than `budget.states` states.
 *
 * Cost: linear in the regex (with `{m,n}` expanded) for the NFA, then up to exponential for
 * the subset construction and for `!`/`&` under concatenation or star (each step is capped
 * by the budget), and O(k·n log n) per minimisation.
 *
 * @param budget - `states` defaults to `DEFAULT_STATES` (10^6), counted over the whole
 *   compilation.
 * @example
 * ```ts
 * pipe(compile("(ab)*"), E.map(stateCount)); // right(3)
 * compile("<user> (<hi>|<hello>)", chat); // right(minimal DFA)
 * compile("!(a*)&b*", ab); // right: b+
 * compile("(a|b)*a(a|b){20}", ab, { states: 1000 }); // left(budget)
 * ```
 */
export function compile(
  source: string | Regex,
  alphabet?: Alphabet,
  budget?: StateBudget,
): E.Either<LimitLabError, Dfa> {
  const parsed = typeof source === "string" ? parseRegex(source, alphabet) : E.right(source);
  if (E.isLeft(parsed)) return parsed;
  const sigma = resolveAlphabet(parsed.right, alphabet);
  if (E.isLeft(sigma)) return sigma;
  return new Compiler(sigma.right, stateLimit(budget)).build(parsed.right);
}
