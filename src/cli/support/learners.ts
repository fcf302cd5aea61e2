/**
 * The learners the CLI runs (`--learner`): names of the library's catalogue, `all` (every
 * catalogue learner that reads the presentation's kind), or a user module (a path ending in
 * `.js` or `.mjs`) whose default export, or export named `learner`, is a factory of the fixed
 * shape `(family, options) => Learner` (or an `Either` of a learner, as the catalogue's
 * factories return). The value is checked with the library's `checkLearner`.
 *
 * @module
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as E from "fp-ts/lib/Either.js";
import { isLimitLabError } from "../../automata/support/errors.js";
import type { Family } from "../../identification/family/family.js";
import {
  type LearnerFactory,
  type LearnerOptions,
  learners,
} from "../../identification/learner/catalogue.js";
import {
  checkLearner,
  type Learner,
  type LearnerInput,
  learnerInput,
} from "../../identification/learner/learner.js";
import { orFail, UserError } from "./fail.js";

/**
 * Does the `--learner` value name a module file?
 *
 * @example
 * ```ts
 * isModulePath("./mine.mjs"); // true
 * ```
 */
export const isModulePath = (spec: string): boolean => /\.(m?js)$/u.test(spec);

async function loadModule(path: string, family: Family, options: LearnerOptions): Promise<Learner> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (e) {
    throw new UserError(
      `--learner ${path}: cannot load the module (${(e as Error).message.split("\n")[0]})`,
    );
  }
  const factory = mod.learner ?? mod.default;
  if (typeof factory !== "function")
    throw new UserError(
      `--learner ${path}: export a learner factory (family, options) => learner as "learner" or default`,
    );
  let made: unknown;
  try {
    made = (factory as (f: Family, o: LearnerOptions) => unknown)(family, options);
  } catch (e) {
    throw new UserError(`--learner ${path}: the factory threw: ${(e as Error).message}`);
  }
  const tag = (made as { _tag?: unknown } | null)?._tag;
  if (tag === "Left")
    throw new UserError(
      `--learner ${path}: ${String((made as { left: { message?: unknown } }).left?.message)}`,
    );
  const value = tag === "Right" ? (made as { right: unknown }).right : made;
  const checked = checkLearner(value);
  if (E.isLeft(checked)) throw new UserError(`--learner ${path}: ${checked.left.message}`);
  return checked.right;
}

/** The learners built, and the catalogue learners `all` left out (with the reason). */
export interface ChosenLearners {
  readonly learners: readonly Learner[];
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

/**
 * Builds the learners the flags name, for `family`, reading `input`.
 *
 * @example
 * ```ts
 * await learnersFromFlags(["enumeration", "./mine.js"], exLen(), "text", { members: 64 });
 * ```
 */
export async function learnersFromFlags(
  specs: readonly string[],
  family: Family,
  input: LearnerInput,
  options: LearnerOptions,
): Promise<ChosenLearners> {
  const out: Learner[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const spec of specs) {
    if (isModulePath(spec)) {
      out.push(await loadModule(spec, family, options));
      continue;
    }
    if (spec === "all") {
      for (const [name, make] of Object.entries(learners) as [string, LearnerFactory][]) {
        const l = make(family, options);
        if (E.isLeft(l)) skipped.push({ name, reason: l.left.message });
        else if (learnerInput(l.right) === input) out.push(l.right);
      }
      continue;
    }
    if (!Object.hasOwn(learners, spec))
      throw new UserError(
        `--learner: unknown learner ${JSON.stringify(spec)} (known: all, ${Object.keys(learners).join(", ")}, or a .js module)`,
      );
    out.push(
      orFail(
        (learners[spec as keyof typeof learners] as LearnerFactory)(family, options),
        `--learner ${spec}`,
      ),
    );
  }
  return { learners: out, skipped };
}

/**
 * What a learner's throw becomes: the user's mistakes and the library's errors pass through;
 * anything else (a user module's `step` or `guess` throwing) is one line naming the learner.
 *
 * @example
 * ```ts
 * await drive(goldAdversarySteps(family, learner), io, options).catch((e) => {
 *   throw learnerFailure(learner.name, e);
 * });
 * ```
 */
export function learnerFailure(learner: string, e: unknown): unknown {
  if (e instanceof UserError || isLimitLabError((e as { error?: unknown } | null)?.error)) return e;
  return new UserError(`--learner ${learner} threw: ${(e as Error).message}`);
}

/**
 * Runs `f` (a run of a learner), turning a throw into {@link learnerFailure}.
 *
 * @example
 * ```ts
 * guardLearner(l.name, () => runPresentation(l, p, 100));
 * ```
 */
export function guardLearner<A>(learner: string, f: () => A): A {
  try {
    return f();
  } catch (e) {
    throw learnerFailure(learner, e);
  }
}
