/**
 * Thompson's construction: a regex without `&` and `!` to an ε-NFA.
 *
 * Invariants of the result: one initial state and one accepting state; every fragment
 * adds at most two states and four ε-edges, a literal one edge, `.` and a class at most k
 * edges, so the NFA is linear in the size of the regex with `{m,n}` expanded by copying
 * (`x{2,4}` is built as `x x (x (x)?)?`, `x{2,}` as `x x x*`). The repetition counts
 * multiply through nesting, so the budgeted {@link regexToNfaWithin} checks the state count
 * while it builds and stops at the limit.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../alphabet.js";
import { buildNfa, type Nfa, type NfaEdge } from "../nfa.js";
import { type StateBudget, stateLimit } from "../support/budget.js";
import {
  budgetError,
  invalidInput,
  type LimitLabError,
  LimitLabException,
} from "../support/errors.js";
import type { Regex } from "./ast.js";

/** A fragment: its entry and exit states. */
type Fragment = readonly [number, number];

class Builder {
  states = 0;
  readonly edges: NfaEdge[] = [];
  /** The first problem met; once set, building stops. */
  error: LimitLabError | undefined;

  constructor(
    readonly alphabet: Alphabet,
    readonly limit: number,
  ) {}

  state(): number {
    if (this.states >= this.limit && this.error === undefined)
      this.error = budgetError("states", this.limit, this.states + 1, "Thompson construction");
    return this.states++;
  }

  eps(from: number, to: number): void {
    this.edges.push({ from, symbol: null, to });
  }

  symbolIndex(name: string): number {
    const i = this.alphabet.index.get(name);
    if (i === undefined && this.error === undefined)
      this.error = invalidInput(
        `literal ${JSON.stringify(name)} is not in the alphabet {${this.alphabet.symbols.join(", ")}}`,
        "regex",
      );
    return i ?? 0;
  }

  /** One step on each symbol index in `symbols`. */
  step(symbols: Iterable<number>): Fragment {
    const s = this.state();
    const f = this.state();
    for (const a of symbols) this.edges.push({ from: s, symbol: a, to: f });
    return [s, f];
  }

  classSymbols(r: Regex & { kind: "class" }): number[] {
    const listed = new Set(r.symbols.map((n) => this.symbolIndex(n)));
    const k = this.alphabet.symbols.length;
    const out: number[] = [];
    for (let a = 0; a < k; a++) if (listed.has(a) !== r.negated) out.push(a);
    return out;
  }

  /** `x*` when `loop`, else `x?`, around a fragment. */
  wrap([s, f]: Fragment, loop: boolean): Fragment {
    const i = this.state();
    const o = this.state();
    this.eps(i, s);
    this.eps(i, o);
    this.eps(f, o);
    if (loop) this.eps(f, s);
    return [i, o];
  }

  sequence(parts: readonly Fragment[]): Fragment {
    for (let j = 1; j < parts.length; j++)
      this.eps((parts[j - 1] as Fragment)[1], (parts[j] as Fragment)[0]);
    return [(parts[0] as Fragment)[0], (parts[parts.length - 1] as Fragment)[1]];
  }

  epsilon(): Fragment {
    const fr = this.step([]);
    this.eps(fr[0], fr[1]);
    return fr;
  }

  repeat(inner: Regex, min: number, max: number | null): Fragment {
    const parts: Fragment[] = [];
    for (let j = 0; j < min && this.error === undefined; j++) parts.push(this.build(inner));
    if (max === null) parts.push(this.wrap(this.build(inner), true));
    else {
      // x (x (x)?)? : the optional tail, built from the inside out
      let tail: Fragment | undefined;
      for (let j = min; j < max && this.error === undefined; j++) {
        const x = this.build(inner);
        tail = this.wrap(tail === undefined ? x : this.sequence([x, tail]), false);
      }
      if (tail !== undefined) parts.push(tail);
    }
    return parts.length === 0 ? this.epsilon() : this.sequence(parts);
  }

  build(r: Regex): Fragment {
    if (this.error !== undefined) return [0, 0];
    switch (r.kind) {
      case "empty":
        return this.step([]);
      case "epsilon":
        return this.epsilon();
      case "symbol":
        return this.step([this.symbolIndex(r.name)]);
      case "any":
        return this.step(this.alphabet.symbols.keys());
      case "class":
        return this.step(this.classSymbols(r));
      case "concat":
        return this.sequence(r.items.map((x) => this.build(x)));
      case "union": {
        const i = this.state();
        const o = this.state();
        for (const x of r.items) {
          const [s, f] = this.build(x);
          this.eps(i, s);
          this.eps(f, o);
        }
        return [i, o];
      }
      case "star":
        return this.wrap(this.build(r.inner), true);
      case "optional":
        return this.wrap(this.build(r.inner), false);
      case "plus": {
        const [s, f] = this.build(r.inner);
        const o = this.state();
        this.eps(f, s);
        this.eps(f, o);
        return [s, o];
      }
      case "repeat":
        return this.repeat(r.inner, r.min, r.max);
      default:
        if (this.error === undefined)
          this.error = invalidInput(
            "the Thompson construction covers regexes without '&' and '!'; use compile for those",
            "regex",
          );
        return [0, 0];
    }
  }
}

/**
 * Thompson's construction within a state budget. `Left` of kind `budget` when the NFA
 * would exceed `budget.states`, of kind `invalid-input` when the regex uses `&` or `!` or a
 * literal that is not in the alphabet. Time and memory O(m + e) for the m states and e
 * edges of the result (linear in the regex with repetitions expanded).
 *
 * @defaultValue budget = {} (1 000 000 states)
 * @example
 * ```ts
 * regexToNfaWithin(parseRight("(a|b)*a"), ab); // right(Nfa)
 * regexToNfaWithin(parseRight("a{1000000}"), ab, { states: 1000 }); // left(budget)
 * ```
 */
export function regexToNfaWithin(
  r: Regex,
  alphabet: Alphabet,
  budget?: StateBudget,
): E.Either<LimitLabError, Nfa> {
  const b = new Builder(alphabet, stateLimit(budget));
  const [s, f] = b.build(r);
  if (b.error !== undefined) return E.left(b.error);
  return E.right(buildNfa(alphabet, b.states, [s], [f], b.edges));
}

/**
 * Thompson's construction (the NFA constructor behind `compile` and `determinize`): an
 * ε-NFA with one initial and one accepting state, linear in the regex with `{m,n}`
 * expanded by copying. No budget: use {@link regexToNfaWithin} for user input.
 * Throws a `LimitLabException` when the regex uses `&` or `!` or a literal not in the
 * alphabet (a programming error here).
 *
 * @example
 * ```ts
 * const n = regexToNfa(parseRight("(ab)*"), ab);
 * determinize(n); // right(Dfa)
 * ```
 */
export function regexToNfa(r: Regex, alphabet: Alphabet): Nfa {
  const out = regexToNfaWithin(r, alphabet, { states: Number.POSITIVE_INFINITY });
  if (E.isLeft(out)) throw new LimitLabException(out.left);
  return out.right;
}
