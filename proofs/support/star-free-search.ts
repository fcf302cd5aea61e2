/**
 * A bounded search for star-free expressions (THEORY.md C11, the converse on small worlds).
 *
 * Expressions are built from ∅ and the letters by union, concatenation and complement (no
 * star), by growing size (the number of leaves and operators), and deduplicated by language:
 * each language is kept with the first (hence smallest) expression found for it, under its
 * canonical minimal DFA. The set of languages kept up to size s is then exactly the set of
 * languages of expressions of size ≤ s, since an expression can always be swapped for a
 * smaller one of the same language. With a cap, only languages whose minimal DFA has at most
 * `cap` states are kept, so every subexpression of a found expression stays within the cap.
 *
 * The DFAs here are only the search's bookkeeping: a found expression is a certificate that
 * the proof checks on its own (compile it, compare by equivalence).
 */
import type { Alphabet } from "../../src/automata/alphabet.js";
import { compile } from "../../src/automata/compile.js";
import { complement } from "../../src/automata/complement.js";
import { concat } from "../../src/automata/concat.js";
import type { Dfa } from "../../src/automata/dfa.js";
import { minimize } from "../../src/automata/minimize.js";
import { union } from "../../src/automata/product.js";
import {
  type Regex,
  reComplement,
  reConcat,
  reEmpty,
  reSymbol,
  reUnion,
} from "../../src/automata/regex/ast.js";
import { orThrow } from "./or-throw.js";

/** A language found by the search, with its smallest expression. */
export interface Found {
  readonly expression: Regex;
  readonly size: number;
  readonly dfa: Dfa;
}

/** Bounds of the search. */
export interface SearchBound {
  /** The largest expression size explored. */
  readonly maxSize: number;
  /** Keep only languages whose minimal DFA has at most this many states. */
  readonly cap: number;
}

/**
 * A string that identifies a minimal DFA (hence, on minimal DFAs, a language).
 *
 * @example
 * ```ts
 * languageKey(minimize(d)) === languageKey(minimize(e)); // d and e accept the same language
 * ```
 */
export function languageKey(minimal: Dfa): string {
  return `${minimal.states}|${minimal.start}|${[...minimal.accepting.slice()].join("")}|${[...minimal.delta.slice()].join(",")}`;
}

/**
 * Every language of a star-free expression within the bound, keyed by {@link languageKey}.
 * Cost: O(L² · c) for the L languages kept, c the cost of one product or concatenation; about
 * 1 s for `{ maxSize: 40, cap: 3 }` over {a, b}, 0.2 s for `{ maxSize: 9, cap: ∞ }`.
 *
 * @example
 * ```ts
 * searchStarFree(ab, { maxSize: 40, cap: 3 }).size; // 174: every aperiodic language within 3 states
 * ```
 */
export function searchStarFree(alphabet: Alphabet, bound: SearchBound): Map<string, Found> {
  const found = new Map<string, Found>();
  const levels: Found[][] = [[]];
  const keep = (level: Found[], expression: Regex, size: number, d: Dfa): void => {
    const m = minimize(d);
    if (m.states > bound.cap) return;
    const key = languageKey(m);
    if (found.has(key)) return;
    const f = { expression, size, dfa: m };
    found.set(key, f);
    level.push(f);
  };
  const leaves: Found[] = [];
  for (const leaf of [reEmpty(), ...alphabet.symbols.map(reSymbol)])
    keep(leaves, leaf, 1, orThrow(compile(leaf, alphabet)));
  levels.push(leaves);
  for (let size = 2; size <= bound.maxSize; size++) {
    const level: Found[] = [];
    for (const x of levels[size - 1] as Found[])
      keep(level, reComplement(x.expression), size, complement(x.dfa));
    for (let i = 1; i < size - 1; i++)
      for (const x of levels[i] as Found[])
        for (const y of levels[size - 1 - i] as Found[]) {
          if (i <= size - 1 - i)
            keep(level, reUnion(x.expression, y.expression), size, union(x.dfa, y.dfa));
          keep(level, reConcat(x.expression, y.expression), size, orThrow(concat(x.dfa, y.dfa)));
        }
    levels.push(level);
  }
  return found;
}

/**
 * Does the expression use only ∅, letters, union, concatenation and complement?
 *
 * @example
 * ```ts
 * isStarFreeExpression(reComplement(reEmpty())); // true
 * isStarFreeExpression(reStar(reSymbol("a"))); // false
 * ```
 */
export function isStarFreeExpression(r: Regex): boolean {
  switch (r.kind) {
    case "empty":
    case "symbol":
      return true;
    case "union":
    case "concat":
      return r.items.every(isStarFreeExpression);
    case "complement":
      return isStarFreeExpression(r.inner);
    default:
      return false;
  }
}
