/**
 * Families (and zoos) from a JSON file (AMENDMENTS "User learners and families"): a list of
 * members with names and regexes or automaton files, with their provenance.
 *
 * ```json
 * {
 *   "description": "a base model and two fine-tunes",
 *   "alphabet": ["a", "b"],
 *   "members": [
 *     { "name": "base", "regex": "(a|b)*", "provenance": { "operator": "base" } },
 *     { "name": "ft1", "file": "ft1.dot",
 *       "provenance": { "operator": "restrict", "base": "base", "detail": "first 10 words" } }
 *   ]
 * }
 * ```
 *
 * A bare array of members is accepted too. `alphabet` is optional (symbols, or one string of
 * single characters); without it (and without `--alphabet`) the alphabet is every symbol the
 * regexes and files use, in code-point order. Files are relative to the family file. Every
 * error names the family file and the member's field.
 *
 * @module
 */
import { dirname, resolve } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, alphabet as makeAlphabet } from "../../automata/alphabet.js";
import { compile } from "../../automata/compile.js";
import { jsonParseError } from "../../automata/interop/json-locate.js";
import { compareCodePoints } from "../../automata/interop/labelled.js";
import { regexSymbols } from "../../automata/regex/literals.js";
import { parseRegex } from "../../automata/regex/parse.js";
import {
  type Family,
  finiteFamily,
  type MemberInput,
  type Provenance,
} from "../../identification/family/family.js";
import { UserError } from "./fail.js";
import { readAutomaton, readText } from "./files.js";

type Json = Record<string, unknown>;

/** A member as given: a name, a regex or an automaton file, and its provenance. */
export interface MemberSpec {
  readonly name: string;
  readonly regex?: string;
  readonly file?: string;
  readonly provenance: Provenance;
}

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function provenanceOf(v: unknown, where: (f: string) => UserError): Provenance {
  if (v === undefined) return { operator: "given" };
  if (!isObject(v)) throw where("provenance must be an object");
  const out: Record<string, string> = {};
  for (const key of ["operator", "base", "watermark", "detail"] as const) {
    const x = v[key];
    if (x === undefined) continue;
    if (typeof x !== "string") throw where(`provenance.${key} must be a string`);
    out[key] = x;
  }
  return { operator: out.operator ?? "given", ...out };
}

function memberSpecs(path: string, doc: unknown): { specs: MemberSpec[]; doc: Json } {
  const top: Json = Array.isArray(doc) ? { members: doc } : isObject(doc) ? doc : {};
  if (!Array.isArray(top.members))
    throw new UserError(`${path}: expected a list of members, or an object with "members"`);
  if (top.members.length === 0)
    throw new UserError(`${path}: members: a family needs at least one member`);
  const specs = top.members.map((m: unknown, i: number): MemberSpec => {
    const where = (message: string) => new UserError(`${path}: members[${i}]: ${message}`);
    if (!isObject(m)) throw where("must be an object with a name and a regex or a file");
    const { regex, file } = m;
    if ((regex === undefined) === (file === undefined))
      throw where('needs "regex" or "file" (one of them)');
    if (regex !== undefined && typeof regex !== "string") throw where("regex must be a string");
    if (file !== undefined && typeof file !== "string") throw where("file must be a string");
    if (m.name !== undefined && typeof m.name !== "string") throw where("name must be a string");
    return {
      name: (m.name as string | undefined) ?? `L${i}`,
      ...(regex === undefined ? {} : { regex: regex as string }),
      ...(file === undefined ? {} : { file: resolve(dirname(path), file as string) }),
      provenance: provenanceOf(m.provenance, where),
    };
  });
  return { specs, doc: top };
}

function declaredAlphabet(path: string, v: unknown): Alphabet | undefined {
  if (v === undefined) return undefined;
  const symbols =
    typeof v === "string"
      ? [...v]
      : Array.isArray(v) && v.every((s) => typeof s === "string")
        ? v
        : undefined;
  if (symbols === undefined)
    throw new UserError(`${path}: alphabet must be a list of symbols or a string of characters`);
  const a = makeAlphabet(symbols as string[]);
  if (E.isLeft(a)) throw new UserError(`${path}: alphabet: ${a.left.message}`);
  return a.right;
}

/**
 * The members' DFAs over one alphabet: the one given, else every symbol the regexes and
 * files use, in code-point order. `where(i)` prefixes the errors of member i (and
 * `where(undefined)` those of the whole list).
 *
 * @example
 * ```ts
 * buildMembers([{ name: "base", regex: "(a|b)*", provenance: { operator: "base" } }], {}, (i) => `--model ${i}`);
 * ```
 */
export function buildMembers(
  specs: readonly MemberSpec[],
  options: { readonly alphabet?: Alphabet; readonly budget?: number },
  where: (i: number | undefined) => string,
): MemberInput[] {
  const budget = options.budget === undefined ? {} : { budget: options.budget };
  const fail = (i: number, message: string) => new UserError(`${where(i)}: ${message}`);
  let sigma = options.alphabet;
  if (sigma === undefined) {
    const symbols = new Set<string>();
    for (const [i, s] of specs.entries()) {
      if (s.regex !== undefined) {
        const ast = parseRegex(s.regex);
        if (E.isLeft(ast)) throw fail(i, `regex: ${ast.left.message}`);
        for (const x of regexSymbols(ast.right)) symbols.add(x);
      } else
        for (const x of readAutomaton(s.file as string, budget).alphabet.symbols) symbols.add(x);
    }
    const a = makeAlphabet([...symbols].sort(compareCodePoints));
    if (E.isLeft(a))
      throw new UserError(`${where(undefined)}: the members' symbols: ${a.left.message}`);
    sigma = a.right;
  }
  const alphabet = sigma;
  return specs.map((s, i) => {
    if (s.file !== undefined)
      return {
        dfa: readAutomaton(s.file, { alphabet, ...budget }),
        name: s.name,
        provenance: s.provenance,
      };
    const d = compile(
      s.regex as string,
      alphabet,
      options.budget === undefined ? undefined : { states: options.budget },
    );
    if (E.isLeft(d)) throw fail(i, `regex: ${d.left.message}`);
    return { dfa: d.right, name: s.name, provenance: s.provenance };
  });
}

/**
 * Reads a family file (see the module doc) into a finite family of minimal DFAs, in the order
 * given (`layout: "finite"`).
 *
 * @example
 * ```ts
 * const family = readFamilyFile("zoo.json", { budget: 1e6 });
 * ```
 */
export function readFamilyFile(
  path: string,
  options: { readonly alphabet?: Alphabet; readonly budget?: number } = {},
): Family {
  const text = readText(path);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: ${jsonParseError(text, (e as Error).message).message}`);
  }
  const { specs, doc: top } = memberSpecs(path, doc);
  const alphabet = options.alphabet ?? declaredAlphabet(path, top.alphabet);
  const members = buildMembers(
    specs,
    {
      ...(alphabet === undefined ? {} : { alphabet }),
      ...(options.budget === undefined ? {} : { budget: options.budget }),
    },
    (i) => (i === undefined ? path : `${path}: members[${i}]`),
  );
  const description =
    typeof top.description === "string" ? top.description : `the family of ${path}`;
  const family = finiteFamily(members, { description });
  if (E.isLeft(family)) throw new UserError(`${path}: ${family.left.message}`);
  return family.right;
}
