/**
 * The class the explorer works on: the scenario's family with the models the user entered in
 * the editor placed first (indices 0..m−1), the scenario's members after them (shifted by m).
 *
 * Invariants: `family` is the scenario's own family when there are no user models; otherwise a
 * lazy family of layout `"custom"` that keeps the scenario's base (so Gold's adversary still
 * has an L∞ to draw words from); user models keep the regex they were entered as.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { compile } from "../../automata/compile.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { intersect } from "../../automata/product.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { type Family, indexedFamily } from "../../identification/family/family.js";
import type { ExplorerScenario } from "./scenario.js";

/** How an entered regex joins the class. */
export type ModelKind = "model" | "fine-tune";

/** A model the user entered. */
export interface UserModel {
  readonly name: string;
  /** The regex as typed. */
  readonly regex: string;
  readonly kind: ModelKind;
  /** Minimal: L(regex), or L(base) ∩ L(regex) for a fine-tune. */
  readonly dfa: Dfa;
}

/** The class of an opened scenario. */
export interface ExplorerClass {
  readonly scenario: ExplorerScenario;
  readonly models: readonly UserModel[];
  readonly family: Family;
}

/** The states an entered regex may build while compiling: 10^5. */
export const EDITOR_STATES = 100_000;

function extended(scenario: ExplorerScenario, models: readonly UserModel[]): Family {
  const inner = scenario.family();
  if (models.length === 0) return inner;
  const m = models.length;
  return indexedFamily({
    alphabet: inner.alphabet,
    size: inner.size + m,
    description: `${inner.description}, after ${m} model${m === 1 ? "" : "s"} of yours`,
    layout: "custom",
    ...(inner.base === undefined ? {} : { base: inner.base }),
    member: (i) => {
      const u = models[i];
      if (u === undefined) return inner.at(i - m);
      return {
        dfa: u.dfa,
        name: u.name,
        provenance:
          u.kind === "model"
            ? { operator: "given", detail: u.regex }
            : { operator: "restrict", base: "the base", detail: `∩ ${u.regex}` },
      };
    },
  });
}

/**
 * The members the class view lists, the candidate set holds and tell-tale searches compare:
 * the user's models and the scenario's window (all of a smaller finite class).
 *
 * @example
 * ```ts
 * classWindow(explorerClass(p4)); // 64
 * ```
 */
export function classWindow(c: ExplorerClass): number {
  return Math.min(c.family.size, c.scenario.window + c.models.length);
}

/**
 * The class of a scenario with the given user models first.
 *
 * Cost: O(1); members are built when first asked for.
 *
 * @example
 * ```ts
 * const c = explorerClass(p4); // c.family === p4.family()
 * ```
 */
export function explorerClass(
  scenario: ExplorerScenario,
  models: readonly UserModel[] = [],
): ExplorerClass {
  return { scenario, models, family: extended(scenario, models) };
}

/**
 * The regex of member i of the class, when it has one (a fine-tune shows as `base ∩ (regex)`).
 *
 * @example
 * ```ts
 * classRegex(explorerClass(p4), 0); // the chat regex
 * ```
 */
export function classRegex(c: ExplorerClass, i: number): string | undefined {
  const u = c.models[i];
  if (u === undefined) return c.scenario.regexOf(i - c.models.length);
  return u.kind === "model" ? u.regex : `base ∩ (${u.regex})`;
}

/**
 * Compiles an entered regex over the class's alphabet into a user model: as it is (`model`),
 * or as a fine-tune of the base (`L(base) ∩ L(regex)`). `Left` with the compiler's error (a
 * parse error carries its column), or when a fine-tune is asked of a class without a base.
 *
 * Cost: as `compile` within {@link EDITOR_STATES} states, plus a product with the base
 * (at most n·m states) for a fine-tune.
 *
 * @example
 * ```ts
 * compileModel(c, "<user> <hi> <bot> <hi> <user> <bye> <bot> <bye>", "model"); // right
 * compileModel(c, "<user> (<hi>", "model"); // left: a parse error at column 13
 * ```
 */
export function compileModel(
  c: ExplorerClass,
  regex: string,
  kind: ModelKind,
): E.Either<LimitLabError, UserModel> {
  if (regex.trim().length === 0) return E.left(invalidInput("type a regex first", "regex"));
  const compiled = compile(regex, c.family.alphabet, { states: EDITOR_STATES });
  if (E.isLeft(compiled)) return compiled;
  const n = c.models.length + 1;
  if (kind === "model")
    return E.right({ name: `your model ${n}`, regex, kind, dfa: compiled.right });
  const base = c.family.base;
  if (base === undefined)
    return E.left(invalidInput("this class has no base model to fine-tune", "kind"));
  return E.right({
    name: `your fine-tune ${n}`,
    regex,
    kind,
    dfa: minimize(intersect(base, compiled.right)),
  });
}

/**
 * The class with one more user model (placed after the earlier ones).
 *
 * @example
 * ```ts
 * addModel(c, model).models.length; // c.models.length + 1
 * ```
 */
export function addModel(c: ExplorerClass, model: UserModel): ExplorerClass {
  return explorerClass(c.scenario, [...c.models, model]);
}
