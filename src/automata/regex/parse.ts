/**
 * The regex parser: source text to a canonical {@link Regex}, or a positioned parse error.
 *
 * Grammar (loosest first; whitespace between atoms is ignored):
 * ```text
 * union    := inter ('|' inter)*
 * inter    := concat ('&' concat)*
 * concat   := prefix prefix*
 * prefix   := '!' prefix | postfix
 * postfix  := atom ('*' | '+' | '?' | '{m}' | '{m,}' | '{m,n}')*
 * atom     := char | '\' char | '<' token '>' | '.' | '[' '^'? item* ']' | '(' union ')'
 *           | '()' | 'ε' | '∅'
 * ```
 * `()` and `ε` are the empty word, `∅` and `[]` the empty language. Inside `<…>` and classes
 * `\` escapes the next character. Metacharacters outside classes: `\ . [ ] ( ) | & ! * + ? {
 * } < > ε ∅` and whitespace; inside a class: `] \ < >`, whitespace and a leading `^`.
 *
 * Columns are 1-based and count code points. Both the nesting of groups and `!`, and the
 * height of the tree, are limited to {@link MAX_NESTING}, so no input can overflow the stack
 * of the parser or of the functions that walk the tree.
 *
 * Cost: O(length of the source). Never throws: every malformed input is a `Left`.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../alphabet.js";
import type { LimitLabError } from "../support/errors.js";
import {
  type Regex,
  reAny,
  reComplement,
  reConcat,
  reEmpty,
  reEpsilon,
  reIntersection,
  reOptional,
  rePlus,
  reRepeat,
  reStar,
  reSymbol,
  reUnion,
} from "./ast.js";
import {
  type Cursor,
  describe,
  fail,
  here,
  parseClass,
  parseNumber,
  peek,
  previous,
  readLiteral,
  scan,
} from "./scan.js";

/**
 * The deepest nesting of groups and `!`, and the greatest tree height, the parser accepts.
 *
 * @example
 * ```ts
 * parseRegex("(".repeat(MAX_NESTING + 1) + "a" + ")".repeat(MAX_NESTING + 1)); // left: nesting
 * ```
 */
export const MAX_NESTING = 500;

/** Characters that cannot start or continue a concatenation item. */
const STOP = new Set([")", "|", "&", "]", "}", "*", "+", "?", "{", ">"]);
const POSTFIX = new Set(["*", "+", "?", "{"]);

/** A parsed subtree and its height (leaves have height 1). */
interface Node {
  readonly r: Regex;
  readonly h: number;
}

function node(c: Cursor, at: number, r: Regex, h: number): Node {
  if (h > MAX_NESTING) fail(c, at, "shallower nesting", `nesting deeper than ${MAX_NESTING}`);
  return { r, h };
}

function nary(c: Cursor, at: number, items: readonly Node[], make: (rs: Regex[]) => Regex): Node {
  if (items.length === 1) return items[0] as Node;
  return node(c, at, make(items.map((n) => n.r)), 1 + Math.max(...items.map((n) => n.h)));
}

function parseUnion(c: Cursor, depth: number): Node {
  const at = here(c);
  const items = [parseInter(c, depth)];
  while (peek(c) === "|") {
    c.pos++;
    items.push(parseInter(c, depth));
  }
  return nary(c, at, items, (rs) => reUnion(...rs));
}

function parseInter(c: Cursor, depth: number): Node {
  const at = here(c);
  const items = [parseConcat(c, depth)];
  while (peek(c) === "&") {
    c.pos++;
    items.push(parseConcat(c, depth));
  }
  return nary(c, at, items, ([first, ...rest]) => reIntersection(first as Regex, ...rest));
}

function parseConcat(c: Cursor, depth: number): Node {
  const at = here(c);
  const items: Node[] = [];
  for (let ch = peek(c); ch !== undefined && !STOP.has(ch); ch = peek(c))
    items.push(parsePrefix(c, depth));
  if (items.length === 0) {
    const ch = peek(c);
    if (ch !== undefined && POSTFIX.has(ch))
      fail(c, c.pos, "a symbol, '(' or '[' before it", `'${ch}' has nothing to repeat`);
    const prev = previous(c);
    const expected =
      ch === "|" || ch === "&"
        ? `an expression before '${ch}'`
        : prev === "|" || prev === "&"
          ? `an expression after '${prev}'`
          : "an expression";
    fail(c, c.pos, expected, `unexpected ${describe(ch)}`);
  }
  return nary(c, at, items, (rs) => reConcat(...rs));
}

function parsePrefix(c: Cursor, depth: number): Node {
  if (peek(c) !== "!") return parsePostfix(c, depth);
  const at = c.pos;
  c.pos++;
  if (depth >= MAX_NESTING) fail(c, at, "shallower nesting", `nesting deeper than ${MAX_NESTING}`);
  const ch = peek(c);
  if (ch === undefined || STOP.has(ch))
    fail(c, c.pos, "an expression after '!'", `unexpected ${describe(ch)}`);
  const inner = parsePrefix(c, depth + 1);
  return node(c, at, reComplement(inner.r), inner.h + 1);
}

function parsePostfix(c: Cursor, depth: number): Node {
  let n = parseAtom(c, depth);
  for (let ch = peek(c); ch !== undefined && POSTFIX.has(ch); ch = peek(c)) {
    const at = c.pos;
    c.pos++;
    const r =
      ch === "*"
        ? reStar(n.r)
        : ch === "+"
          ? rePlus(n.r)
          : ch === "?"
            ? reOptional(n.r)
            : parseRepeat(c, n.r, at);
    n = node(c, at, r, n.h + 1);
  }
  return n;
}

/** After `{` at column `open`. */
function parseRepeat(c: Cursor, inner: Regex, open: number): Regex {
  const min = parseNumber(c);
  if (min === undefined) fail(c, c.pos, "a number after '{'", `unexpected ${describe(peek(c))}`);
  let max: number | null = min;
  if (peek(c) === ",") {
    c.pos++;
    max = parseNumber(c) ?? null;
  }
  const close = peek(c);
  if (close !== "}")
    fail(
      c,
      c.pos,
      max === min ? "',' or '}'" : "'}'",
      `unexpected ${describe(close)} in the repeat opened at column ${open + 1}`,
    );
  c.pos++;
  if (max !== null && min > max)
    fail(c, open, "m <= n in {m,n}", `repeat {${min},${max}} has m > n`);
  return reRepeat(inner, min, max);
}

function parseAtom(c: Cursor, depth: number): Node {
  const at = c.pos;
  const ch = c.chars[c.pos] as string; // the caller has peeked a non-stop character
  if (ch === "(") {
    c.pos++;
    if (depth >= MAX_NESTING)
      fail(c, at, "shallower nesting", `nesting deeper than ${MAX_NESTING}`);
    if (peek(c) === ")") {
      c.pos++;
      return { r: reEpsilon(), h: 1 };
    }
    const inner = parseUnion(c, depth + 1);
    const close = peek(c);
    if (close === undefined) fail(c, at, "a closing ')'", "the group opened here is never closed");
    if (close !== ")")
      fail(
        c,
        c.pos,
        "')'",
        `unexpected ${describe(close)} in the group opened at column ${at + 1}`,
      );
    c.pos++;
    return inner;
  }
  if (ch === "[") {
    c.pos++;
    return { r: parseClass(c, at), h: 1 };
  }
  c.pos++;
  if (ch === ".") return { r: reAny(), h: 1 };
  if (ch === "ε") return { r: reEpsilon(), h: 1 };
  if (ch === "∅") return { r: reEmpty(), h: 1 };
  c.pos--;
  return { r: reSymbol(readLiteral(c)), h: 1 };
}

/**
 * Parses a regex. With an alphabet, every literal must be one of its symbols (a positioned
 * error otherwise); without one, literals are unchecked.
 *
 * Errors (kind `"parse"`, 1-based `column` in code points, `expected` saying what would
 * fit): a literal not in the alphabet, `{m,n}` with m > n, an unclosed group, class or
 * token (column of the opening bracket), a dangling operator (`*a`, `a|`, `!`), an empty
 * `<>`, trailing input (`a)`), nesting deeper than {@link MAX_NESTING}.
 *
 * Cost: O(n) for a source of n code points.
 *
 * @example
 * ```ts
 * parseRegex("(ab)*"); // right(star(concat(a, b)))
 * parseRegex("<user> (<hi>|<hello>)", chatAlphabet); // right(...)
 * parseRegex("a{3,2}"); // left: column 2, repeat {3,2} has m > n
 * parseRegex("x", unsafeAlphabet(["a"])); // left: column 1, literal "x" is not in the alphabet
 * ```
 */
export function parseRegex(source: string, alphabet?: Alphabet): E.Either<LimitLabError, Regex> {
  return scan(source, alphabet, (c) => {
    const { r } = parseUnion(c, 0);
    const rest = peek(c);
    if (rest !== undefined)
      fail(
        c,
        c.pos,
        "the end of the input",
        rest === ")" ? "')' without a matching '('" : `unexpected '${rest}'`,
      );
    return r;
  });
}
