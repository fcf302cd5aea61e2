/**
 * Regular expressions as immutable syntax trees.
 *
 * A `Regex` names its literals by symbol *name*, so a tree does not depend on an alphabet
 * object; `.`, `[^…]` and `!` are read against the alphabet the tree is compiled with.
 *
 * Canonical shape (the smart constructors below build only canonical trees, and
 * `parseRegex(printRegex(r))` equals `r` for every canonical `r`):
 * - `concat`, `union` and `intersection` are n-ary with at least two items, and no item has
 *   the same kind as its parent (nested ones are flattened: grouping of an associative
 *   operator is not kept); with one item the constructor returns the item, with none
 *   `reConcat()` is the empty word and `reUnion()` the empty language;
 * - a `class` lists distinct names in the order written (duplicates dropped); a non-negated
 *   class with no names is the empty language (`[]` = `∅`), while `[^]` (any symbol) is kept;
 * - `repeat` has integers `0 <= min`, and `max` either `null` (unbounded, `{m,}`) or
 *   `>= min` (`{m}` is `max === min`);
 * - symbol names are non-empty.
 *
 * @module
 */
import { invalidInput, LimitLabException } from "../support/errors.js";

/** The empty language `∅`. */
export interface RegexEmpty {
  readonly kind: "empty";
}
/** The empty word `()`. */
export interface RegexEpsilon {
  readonly kind: "epsilon";
}
/** One symbol, by name. */
export interface RegexSymbol {
  readonly kind: "symbol";
  readonly name: string;
}
/** Any one symbol of Σ (`.`). */
export interface RegexAny {
  readonly kind: "any";
}
/** A class `[abc]`, or its complement within Σ `[^abc]`. */
export interface RegexClass {
  readonly kind: "class";
  readonly symbols: readonly string[];
  readonly negated: boolean;
}
/** Concatenation, union (`|`) or intersection (`&`) of two or more items. */
export interface RegexNary {
  readonly kind: "concat" | "union" | "intersection";
  readonly items: readonly Regex[];
}
/** Complement within Σ* (`!`), star, plus, optional. */
export interface RegexUnary {
  readonly kind: "complement" | "star" | "plus" | "optional";
  readonly inner: Regex;
}
/** Bounded or unbounded repetition `{m}`, `{m,}`, `{m,n}`; `max: null` is unbounded. */
export interface RegexRepeat {
  readonly kind: "repeat";
  readonly inner: Regex;
  readonly min: number;
  readonly max: number | null;
}

/** A regular expression with intersection and complement. */
export type Regex =
  | RegexEmpty
  | RegexEpsilon
  | RegexSymbol
  | RegexAny
  | RegexClass
  | RegexNary
  | RegexUnary
  | RegexRepeat;

// ---------------------------------------------------------------------------------------
// smart constructors

const EMPTY: RegexEmpty = { kind: "empty" };
const EPSILON: RegexEpsilon = { kind: "epsilon" };
const ANY: RegexAny = { kind: "any" };

/**
 * The empty language `∅`.
 *
 * @example
 * ```ts
 * printRegex(reEmpty()); // "∅"
 * ```
 */
export function reEmpty(): Regex {
  return EMPTY;
}

/**
 * The empty word `()`.
 *
 * @example
 * ```ts
 * printRegex(reEpsilon()); // "()"
 * ```
 */
export function reEpsilon(): Regex {
  return EPSILON;
}

/**
 * Any one symbol (`.`).
 *
 * @example
 * ```ts
 * printRegex(reStar(reAny())); // ".*"
 * ```
 */
export function reAny(): Regex {
  return ANY;
}

/**
 * A literal symbol by name. Throws on an empty name (a programming error).
 *
 * @example
 * ```ts
 * reSymbol("hello"); // { kind: "symbol", name: "hello" }, printed "<hello>"
 * ```
 */
export function reSymbol(name: string): Regex {
  if (name.length === 0) throw new LimitLabException(invalidInput("a symbol name is empty"));
  return { kind: "symbol", name };
}

/**
 * A class of symbols, or with `negated` its complement within Σ. Duplicates are dropped;
 * a non-negated class with no names is the empty language. O(names).
 *
 * @defaultValue negated = false
 * @example
 * ```ts
 * printRegex(reClass(["a", "b"])); // "[ab]"
 * printRegex(reClass(["a"], true)); // "[^a]"
 * reClass([]); // the empty language
 * ```
 */
export function reClass(symbols: readonly string[], negated = false): Regex {
  if (!negated && symbols.length === 0) return EMPTY;
  for (const s of symbols) reSymbol(s);
  return { kind: "class", symbols: [...new Set(symbols)], negated };
}

function nary(kind: RegexNary["kind"], items: readonly Regex[]): Regex {
  const flat: Regex[] = [];
  for (const r of items) {
    if (r.kind === kind) flat.push(...(r as RegexNary).items);
    else flat.push(r);
  }
  return flat.length === 1 ? (flat[0] as Regex) : { kind, items: flat };
}

/**
 * Concatenation, flattened; `reConcat()` is the empty word, one item is itself. O(items).
 *
 * @example
 * ```ts
 * printRegex(reConcat(reSymbol("a"), reSymbol("b"))); // "ab"
 * ```
 */
export function reConcat(...items: readonly Regex[]): Regex {
  return items.length === 0 ? EPSILON : nary("concat", items);
}

/**
 * Union, flattened; `reUnion()` is the empty language, one item is itself. O(items).
 *
 * @example
 * ```ts
 * printRegex(reUnion(reSymbol("a"), reSymbol("b"))); // "a|b"
 * ```
 */
export function reUnion(...items: readonly Regex[]): Regex {
  return items.length === 0 ? EMPTY : nary("union", items);
}

/**
 * Intersection (`&`), flattened; one item is itself. O(items).
 *
 * @example
 * ```ts
 * printRegex(reIntersection(reStar(reSymbol("a")), reSymbol("a"))); // "a*&a"
 * ```
 */
export function reIntersection(first: Regex, ...rest: readonly Regex[]): Regex {
  return nary("intersection", [first, ...rest]);
}

/**
 * Complement within Σ* (`!`).
 *
 * @example
 * ```ts
 * printRegex(reComplement(reSymbol("a"))); // "!a"
 * ```
 */
export function reComplement(inner: Regex): Regex {
  return { kind: "complement", inner };
}

/**
 * Kleene star.
 *
 * @example
 * ```ts
 * printRegex(reStar(reSymbol("a"))); // "a*"
 * ```
 */
export function reStar(inner: Regex): Regex {
  return { kind: "star", inner };
}

/**
 * One or more (`+`).
 *
 * @example
 * ```ts
 * printRegex(rePlus(reSymbol("a"))); // "a+"
 * ```
 */
export function rePlus(inner: Regex): Regex {
  return { kind: "plus", inner };
}

/**
 * Zero or one (`?`).
 *
 * @example
 * ```ts
 * printRegex(reOptional(reSymbol("a"))); // "a?"
 * ```
 */
export function reOptional(inner: Regex): Regex {
  return { kind: "optional", inner };
}

/**
 * Repetition `{min,max}`; `max = null` is unbounded (`{min,}`), `max = min` prints `{min}`.
 * Throws unless `0 <= min <= max` are safe integers (a programming error; the parser
 * reports the same problems as positioned errors).
 *
 * @example
 * ```ts
 * printRegex(reRepeat(reSymbol("a"), 2, 3)); // "a{2,3}"
 * printRegex(reRepeat(reSymbol("a"), 2, null)); // "a{2,}"
 * ```
 */
export function reRepeat(inner: Regex, min: number, max: number | null): Regex {
  const ok =
    Number.isSafeInteger(min) &&
    min >= 0 &&
    (max === null || (Number.isSafeInteger(max) && max >= min));
  if (!ok) throw new LimitLabException(invalidInput(`repeat {${min},${max ?? ""}} is invalid`));
  return { kind: "repeat", inner, min, max };
}

// ---------------------------------------------------------------------------------------
// queries

/**
 * Does the regex use `&` or `!` (the operators the Thompson construction does not cover)?
 * O(size).
 *
 * @example
 * ```ts
 * usesBooleanOps(reComplement(reSymbol("a"))); // true
 * usesBooleanOps(reStar(reSymbol("a"))); // false
 * ```
 */
export function usesBooleanOps(r: Regex): boolean {
  switch (r.kind) {
    case "intersection":
    case "complement":
      return true;
    case "concat":
    case "union":
      return r.items.some(usesBooleanOps);
    case "star":
    case "plus":
    case "optional":
    case "repeat":
      return usesBooleanOps(r.inner);
    default:
      return false;
  }
}
