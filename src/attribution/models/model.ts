/**
 * Models: what attribution tries to name. A *deterministic* model is a named DFA over a token
 * alphabet (its output language); a *probabilistic* model is a named distribution over words
 * (a PDFA or a mixture of PDFAs) whose language is its support.
 *
 * Invariants of every `Model`: `dfa` is the minimal DFA of the output language (for a
 * probabilistic model, of the support), over `alphabet`; `distribution` is present exactly
 * when `kind` is `"probabilistic"`; `provenance` says how the model was made (`"base"` for a
 * model made from scratch, an operator name and its parent's name for a fine-tune). A model is
 * also a candidate `{ name, dfa }` of deterministic attribution and, when probabilistic, a
 * `{ name, distribution }` of probabilistic attribution.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import { compile } from "../../automata/compile.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { type Distribution, supportDfa } from "../../automata/pdfa/mixture.js";
import type { Regex } from "../../automata/regex/ast.js";
import type { StateBudget } from "../../automata/support/budget.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Provenance } from "../../identification/family/family.js";

/** Deterministic (a language) or probabilistic (a distribution). */
export type ModelKind = "deterministic" | "probabilistic";

/** A named model with its output language and, when probabilistic, its distribution. */
export interface Model {
  readonly name: string;
  readonly kind: ModelKind;
  readonly alphabet: Alphabet;
  /** The minimal DFA of the output language (the support, for a probabilistic model). */
  readonly dfa: Dfa;
  /** The output distribution: present exactly for probabilistic models. */
  readonly distribution?: Distribution;
  readonly provenance: Provenance;
}

/** A probabilistic model (its distribution is present). */
export type ProbabilisticModel = Model & {
  readonly kind: "probabilistic";
  readonly distribution: Distribution;
};

const BASE: Provenance = { operator: "base" };

function checkName(name: string): E.Either<LimitLabError, string> {
  return name.trim() === ""
    ? E.left(invalidInput("a model needs a non-empty name", "name"))
    : E.right(name);
}

/**
 * A deterministic model from a DFA (minimised on the way in).
 *
 * Cost: one minimisation, O(k·n log n).
 *
 * @example
 * ```ts
 * const m = deterministicModel("chat", chatBase()); // right(Model)
 * deterministicModel("", d); // left: a model needs a non-empty name
 * ```
 */
export function deterministicModel(
  name: string,
  dfa: Dfa,
  provenance: Provenance = BASE,
): E.Either<LimitLabError, Model> {
  const n = checkName(name);
  if (E.isLeft(n)) return n;
  return E.right({
    name,
    kind: "deterministic",
    alphabet: dfa.alphabet,
    dfa: minimize(dfa),
    provenance,
  });
}

/**
 * A deterministic model from a regex (source or tree) over a token alphabet, compiled to its
 * minimal DFA.
 *
 * Cost: that of `compile` (budgeted by `budget.states`, default 10^6).
 *
 * @example
 * ```ts
 * modelFromRegex("greeter", "<user> (<hi>|<hello>)", chatAlphabet()); // right(Model)
 * modelFromRegex("bad", "(a", ab); // left: parse error with its column
 * ```
 */
export function modelFromRegex(
  name: string,
  regex: string | Regex,
  alphabet: Alphabet,
  budget: StateBudget = {},
): E.Either<LimitLabError, Model> {
  const d = compile(regex, alphabet, budget);
  if (E.isLeft(d)) return d;
  const detail = typeof regex === "string" ? regex : undefined;
  return deterministicModel(
    name,
    d.right,
    detail === undefined ? BASE : { operator: "base", detail: `regex ${detail}` },
  );
}

/**
 * A probabilistic model from a distribution; its language is the distribution's support.
 *
 * Cost: one support DFA per component (O(n·k) each) and their union.
 *
 * @example
 * ```ts
 * probabilisticModel("geometric", geometricPdfa); // right(Model)
 * ```
 */
export function probabilisticModel(
  name: string,
  distribution: Distribution,
  provenance: Provenance = BASE,
): E.Either<LimitLabError, ProbabilisticModel> {
  const n = checkName(name);
  if (E.isLeft(n)) return n;
  return E.right({
    name,
    kind: "probabilistic",
    alphabet: distribution.alphabet,
    dfa: supportDfa(distribution),
    distribution,
    provenance,
  });
}

/**
 * Is the model probabilistic (with a distribution)?
 *
 * @example
 * ```ts
 * isProbabilistic(m) ? logLikelihood(m.distribution, w) : accepts(m.dfa, w);
 * ```
 */
export function isProbabilistic(m: Model): m is ProbabilisticModel {
  return m.kind === "probabilistic" && m.distribution !== undefined;
}
