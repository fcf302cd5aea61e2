/**
 * The regex printer, with the fewest parentheses the precedence needs.
 *
 * Law (round trip): for every canonical tree `r` (see ast.ts), `parseRegex(printRegex(r))`
 * is `right(r)`, structurally equal. Precedence, loosest first: `|`, `&`, concatenation,
 * prefix `!`, postfix; an item is parenthesised exactly when it binds looser than its place
 * requires. Literals of one code point print bare (escaped with `\` when they are
 * metacharacters), longer ones in angle brackets; when any literal is longer than one code
 * point, concatenated items are separated by single spaces (`<user> (<hi>|<hello>)`).
 *
 * @module
 */
import type { Regex, RegexRepeat, RegexUnary } from "./ast.js";

/** Binding strength of each form: a higher number binds tighter. */
enum Level {
  Union = 0,
  Intersection = 1,
  Concat = 2,
  Prefix = 3,
  Postfix = 4,
  Atom = 5,
}

const META = new Set([..."\\.[]()|&!*+?{}<>ε∅"]);
const CLASS_META = new Set([..."\\[]^<>"]);
const SPACE = /\s/u;

function level(r: Regex): Level {
  switch (r.kind) {
    case "union":
      return Level.Union;
    case "intersection":
      return Level.Intersection;
    case "concat":
      return Level.Concat;
    case "complement":
      return Level.Prefix;
    case "star":
    case "plus":
    case "optional":
    case "repeat":
      return Level.Postfix;
    default:
      return Level.Atom;
  }
}

function literal(name: string, meta: ReadonlySet<string>): string {
  const cps = Array.from(name);
  if (cps.length === 1) return meta.has(name) || SPACE.test(name) ? `\\${name}` : name;
  return `<${cps.map((ch) => (ch === ">" || ch === "\\" ? `\\${ch}` : ch)).join("")}>`;
}

function hasLongLiteral(r: Regex): boolean {
  switch (r.kind) {
    case "symbol":
      return Array.from(r.name).length > 1;
    case "class":
      return r.symbols.some((s) => Array.from(s).length > 1);
    case "concat":
    case "union":
    case "intersection":
      return r.items.some(hasLongLiteral);
    case "complement":
    case "star":
    case "plus":
    case "optional":
    case "repeat":
      return hasLongLiteral(r.inner);
    default:
      return false;
  }
}

function suffix(r: RegexUnary | RegexRepeat): string {
  if (r.kind === "star") return "*";
  if (r.kind === "plus") return "+";
  if (r.kind !== "repeat") return "?";
  return r.max === r.min ? `{${r.min}}` : `{${r.min},${r.max ?? ""}}`;
}

function print(r: Regex, at: Level, gap: string): string {
  const body = printBody(r, gap);
  return level(r) < at ? `(${body})` : body;
}

function printBody(r: Regex, gap: string): string {
  switch (r.kind) {
    case "empty":
      return "∅";
    case "epsilon":
      return "()";
    case "any":
      return ".";
    case "symbol":
      return literal(r.name, META);
    case "class":
      return `[${r.negated ? "^" : ""}${r.symbols.map((s) => literal(s, CLASS_META)).join("")}]`;
    case "union":
      return r.items.map((x) => print(x, Level.Intersection, gap)).join("|");
    case "intersection":
      return r.items.map((x) => print(x, Level.Concat, gap)).join("&");
    case "concat":
      return r.items.map((x) => print(x, Level.Prefix, gap)).join(gap);
    case "complement":
      return `!${print(r.inner, Level.Prefix, gap)}`;
    default:
      return `${print(r.inner, Level.Postfix, gap)}${suffix(r)}`;
  }
}

/**
 * Prints a regex with minimal parentheses, so that `parseRegex` reads the same tree back.
 * O(size of the tree).
 *
 * @example
 * ```ts
 * printRegex(reStar(reConcat(reSymbol("a"), reSymbol("b")))); // "(ab)*"
 * printRegex(reConcat(reSymbol("user"), reUnion(reSymbol("hi"), reSymbol("hello"))));
 * // "<user> (<hi>|<hello>)"
 * printRegex(reSymbol(".")); // "\\."
 * ```
 */
export function printRegex(r: Regex): string {
  return print(r, Level.Union, hasLongLiteral(r) ? " " : "");
}
