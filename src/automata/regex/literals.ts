/**
 * The literals of a regex, and the alphabet they make when no alphabet is given.
 *
 * Convention: without an explicit alphabet, Σ is the set of the regex's literals (symbols
 * and class members) in code-point order, so `.`, `[^…]` and `!` range over those literals
 * only: `a.` has Σ = {a} and means `aa`; `[^a]b` has Σ = {a, b} and means `bb`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabet } from "../alphabet.js";
import { invalidInput, type LimitLabError } from "../support/errors.js";
import type { Regex } from "./ast.js";

function collect(r: Regex, out: Set<string>): void {
  switch (r.kind) {
    case "symbol":
      out.add(r.name);
      return;
    case "class":
      for (const s of r.symbols) out.add(s);
      return;
    case "concat":
    case "union":
    case "intersection":
      for (const x of r.items) collect(x, out);
      return;
    case "complement":
    case "star":
    case "plus":
    case "optional":
    case "repeat":
      collect(r.inner, out);
      return;
    default:
      return;
  }
}

/** Compares strings by code points (JavaScript's `<` compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0) as number);
  const y = Array.from(b, (ch) => ch.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as number) - (y[i] as number);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The distinct literal names a regex uses (symbols and class members), in code-point order.
 * O(size · log size).
 *
 * @example
 * ```ts
 * regexSymbols(parseRight("(b|a)*[ca]")); // ["a", "b", "c"]
 * ```
 */
export function regexSymbols(r: Regex): string[] {
  const out = new Set<string>();
  collect(r, out);
  return [...out].sort(compareCodePoints);
}

/**
 * The alphabet of a regex's literals in code-point order: the Σ used when no alphabet is
 * given (a token alphabet when some literal is longer than one character). `Left` of kind
 * `invalid-input` when the regex has no literals (`.*`, `∅`, `()`: give an alphabet) or a
 * literal is not a valid symbol (whitespace, `ε # < >`).
 *
 * @example
 * ```ts
 * regexAlphabet(parseRight("(b|a)*")); // right({ symbols: ["a", "b"], ... })
 * regexAlphabet(parseRight("<hi> <bye>")); // right: token alphabet ["bye", "hi"]
 * regexAlphabet(parseRight(".*")); // left: no literals
 * ```
 */
export function regexAlphabet(r: Regex): E.Either<LimitLabError, Alphabet> {
  const symbols = regexSymbols(r);
  if (symbols.length === 0)
    return E.left(
      invalidInput(
        "the regex has no literals, so its alphabet cannot be inferred; give an alphabet",
        "alphabet",
      ),
    );
  return alphabet(symbols);
}
