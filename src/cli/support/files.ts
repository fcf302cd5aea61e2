/**
 * Reading what users hand the CLI: regexes (with a caret under a bad column), automaton files
 * (`.json`, `.dot`/`.gv`, `.jff`, by extension) and sample files (one word per line: single
 * characters or whitespace-separated tokens; an empty line is ε). Every failure is one
 * {@link UserError} naming the file and, where it can, the line.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, sameAlphabet } from "../../automata/alphabet.js";
import { compile } from "../../automata/compile.js";
import type { Dfa } from "../../automata/dfa.js";
import { fromDot } from "../../automata/interop/dot.js";
import { fromJflap } from "../../automata/interop/jflap.js";
import { fromJson } from "../../automata/interop/json.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import { parseWord, type Word } from "../../automata/word.js";
import { randomMinimalTarget } from "../../identification/query/random-target.js";
import { UserError } from "./fail.js";

/**
 * The text of a file, or a {@link UserError} saying why it cannot be read.
 *
 * @example
 * ```ts
 * readText("family.json");
 * ```
 */
export function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : (e as Error).message;
    throw new UserError(`cannot read ${path}: ${why}`);
  }
}

/** The automaton formats the CLI reads. */
export type AutomatonFormat = "json" | "dot" | "jff";

/**
 * The automaton format a path names by its extension, or undefined (then it is not a file
 * of ours, and commands read the argument as a regex).
 *
 * @example
 * ```ts
 * automatonFormat("target.dot"); // "dot"
 * automatonFormat("(ab)*"); // undefined
 * ```
 */
export function automatonFormat(path: string): AutomatonFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === ".json"
    ? "json"
    : ext === ".dot" || ext === ".gv"
      ? "dot"
      : ext === ".jff"
        ? "jff"
        : undefined;
}

/** Options of the readers: the alphabet to use and the state budget of imports. */
export interface ReadOptions {
  readonly alphabet?: Alphabet;
  /** @defaultValue 10^6 */
  readonly budget?: number;
}

const fileFailure = (path: string, e: LimitLabError) =>
  new UserError(`${path}: ${e.message}`, { error: e });

/**
 * Reads an automaton file by its extension (JSON version 1, DOT, JFLAP) into a complete DFA;
 * nondeterministic and partial automata are determinised and completed within the budget.
 *
 * @example
 * ```ts
 * readAutomaton("target.jff", { alphabet: ab });
 * ```
 */
export function readAutomaton(path: string, options: ReadOptions = {}): Dfa {
  const format = automatonFormat(path);
  if (format === undefined)
    throw new UserError(`${path}: not an automaton file (expected .json, .dot, .gv or .jff)`);
  const text = readText(path);
  const imported = {
    ...(options.alphabet === undefined ? {} : { alphabet: options.alphabet }),
    ...(options.budget === undefined ? {} : { budget: { states: options.budget } }),
  };
  const r =
    format === "json"
      ? fromJson(text)
      : format === "dot"
        ? fromDot(text, imported)
        : fromJflap(text, imported);
  if (E.isLeft(r)) throw fileFailure(path, r.left);
  const given = options.alphabet;
  if (given !== undefined && !sameAlphabet(given, r.right.alphabet))
    throw new UserError(
      `${path}: its alphabet {${r.right.alphabet.symbols.join(", ")}} is not the one asked for {${given.symbols.join(", ")}}`,
    );
  return r.right;
}

/**
 * The regex and a caret under the bad column, for a parse error (empty otherwise).
 *
 * @example
 * ```ts
 * caretDetail("(ab", parseError(1, "')'", "unclosed")); // "  (ab\n  ^\n"
 * ```
 */
export function caretDetail(source: string, e: LimitLabError): string {
  if (e.kind !== "parse" || source.includes("\n")) return "";
  const before = [...source]
    .slice(0, Math.max(0, e.column - 1))
    .map((c) => (c === "\t" ? "\t" : " "));
  return `  ${source}\n  ${before.join("")}^\n`;
}

/**
 * Compiles a regex to its minimal DFA, or fails with one line naming the problem and, for a
 * syntax error, the regex with a caret under the column.
 *
 * @example
 * ```ts
 * compileRegex("(ab)*", { alphabet: ab, budget: 1e6 }, "--base");
 * ```
 */
export function compileRegex(source: string, options: ReadOptions = {}, context = "regex"): Dfa {
  const r = compile(
    source,
    options.alphabet,
    options.budget === undefined ? undefined : { states: options.budget },
  );
  if (E.isRight(r)) return r.right;
  throw new UserError(`${context}: ${r.left.message}`, {
    error: r.left,
    detail: caretDetail(source, r.left),
  });
}

const RANDOM = /^random:(\d+):(\d+)(?::(\d+))?$/u;

/**
 * The seeded random minimal target a `random:N:K[:SEED]` argument names (N states, K
 * letters a, b, …, seed 42 unless given; `randomMinimalTarget`), undefined when `spec` has
 * another form, or a {@link UserError} for a malformed or impossible one.
 *
 * @example
 * ```ts
 * randomTarget("random:200:2:42"); // the 200-state target over {a, b}, seed 42
 * randomTarget("(ab)*"); // undefined
 * ```
 */
export function randomTarget(spec: string): Dfa | undefined {
  if (!spec.startsWith("random:")) return undefined;
  const m = RANDOM.exec(spec);
  if (m === null)
    throw new UserError(
      `${spec}: a random target is random:N:K or random:N:K:SEED (N states, K letters), e.g. random:200:2:42`,
    );
  const r = randomMinimalTarget(Number(m[1]), Number(m[2]), Number(m[3] ?? 42));
  if (E.isLeft(r)) throw new UserError(`${spec}: ${r.left.message}`, { error: r.left });
  return r.right;
}

/**
 * A language given on the command line: an automaton file when the argument ends in
 * `.json`, `.dot`, `.gv` or `.jff`, a seeded random minimal DFA for `random:N:K[:SEED]`
 * (see {@link randomTarget}), else a regex.
 *
 * @example
 * ```ts
 * readLanguage("(ab)*", { alphabet: ab }); // compiled
 * readLanguage("models/chat.dot", {}); // read
 * readLanguage("random:50:3:7"); // generated
 * ```
 */
export function readLanguage(spec: string, options: ReadOptions = {}, context = "regex"): Dfa {
  if (automatonFormat(spec) !== undefined) return readAutomaton(spec, options);
  return randomTarget(spec) ?? compileRegex(spec, options, context);
}

/**
 * The lines of a text, without the line break of the last one (so a file ending in a newline
 * has no extra empty line); `\r\n` is read as `\n`.
 *
 * @example
 * ```ts
 * textLines("ab\n\nba\n"); // ["ab", "", "ba"]
 * ```
 */
export function textLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r?\n/u);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * Reads a sample file: one word per line over `alphabet` (characters, or tokens separated by
 * whitespace for a token alphabet; an empty line or `ε` is the empty word). An error names
 * the file and the line.
 *
 * @example
 * ```ts
 * readSample("outputs.txt", chat); // [[0, 3, 1], [], ...]
 * ```
 */
export function readSample(path: string, alphabet: Alphabet): Word[] {
  return parseSampleLines(readText(path), alphabet, path);
}

/**
 * The words of a sample text (see {@link readSample}); `name` is what errors call it.
 *
 * @example
 * ```ts
 * parseSampleLines("ab\nba\n", ab, "stdin"); // [[0, 1], [1, 0]]
 * ```
 */
export function parseSampleLines(text: string, alphabet: Alphabet, name: string): Word[] {
  return textLines(text).map((line, i) => {
    const w = parseWord(alphabet, line);
    if (E.isLeft(w)) throw new UserError(`${name}:${i + 1}: ${w.left.message}`, { error: w.left });
    return w.right;
  });
}
