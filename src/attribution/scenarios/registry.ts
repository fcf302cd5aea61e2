/**
 * The scenario registry: every THEORY.md result a run can show, as a named scenario that the
 * proofs, the CLI and the explorer share. `scenarios()` lists them; `runScenario(id, options)`
 * runs one to a JSON report; `runScenarioSteps` is the same run as a generator that yields its
 * progress (AMENDMENTS.md: long work is step-wise), so the CLI can show it and stop cleanly.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { runToEnd, type Steps } from "../../identification/progress.js";
import { CATALOGUE } from "./catalogue.js";
import type {
  Report,
  ResolvedOptions,
  Scenario,
  ScenarioOptions,
  ScenarioProgressInfo,
  ScenarioRecord,
} from "./types.js";

/**
 * The report format's version.
 *
 * @example
 * ```ts
 * runScenario("R4a").right.version === REPORT_VERSION; // true
 * ```
 */
export const REPORT_VERSION = 1;

/**
 * Every registered scenario's record, in registry order (`P4-finetune`, the default, first).
 *
 * @example
 * ```ts
 * scenarios().map((s) => s.id); // ["P4-finetune", "R1", …]
 * ```
 */
export function scenarios(): readonly ScenarioRecord[] {
  return CATALOGUE.map(({ id, title, demonstrates, theoryIds }) => ({
    id,
    title,
    demonstrates,
    theoryIds,
  }));
}

/**
 * A scenario with its horizon and parameter documentation, or a `Left` naming the known ids.
 *
 * @example
 * ```ts
 * findScenario("P8-cost").right.params.sustainedFlops.description; // "sustained FLOP/s …"
 * ```
 */
export function findScenario(id: string): E.Either<LimitLabError, Scenario> {
  const s = CATALOGUE.find((x) => x.id === id);
  return s === undefined
    ? E.left(
        invalidInput(
          `unknown scenario ${JSON.stringify(id)}; known: ${CATALOGUE.map((x) => x.id).join(", ")}`,
          "id",
        ),
      )
    : E.right(s);
}

function resolve(s: Scenario, o: ScenarioOptions): E.Either<LimitLabError, ResolvedOptions> {
  const seed = o.seed ?? 42;
  if (!(Number.isSafeInteger(seed) && seed >= 0 && seed < 2 ** 32))
    return E.left(invalidInput(`must be a 32-bit unsigned integer, got ${seed}`, "seed"));
  const deep = o.deep ?? false;
  const horizon = o.horizon ?? (deep ? s.horizon.deep : s.horizon.fast);
  if (!(Number.isSafeInteger(horizon) && horizon >= 1))
    return E.left(invalidInput(`must be a positive integer, got ${horizon}`, "horizon"));
  const params: Record<string, number> = {};
  for (const [name, spec] of Object.entries(s.params)) params[name] = spec.default;
  for (const [name, v] of Object.entries(o.params ?? {})) {
    if (!(name in s.params))
      return E.left(
        invalidInput(
          `${s.id} has no parameter ${JSON.stringify(name)}; its parameters: ${Object.keys(s.params).join(", ") || "none"}`,
          "params",
        ),
      );
    if (!Number.isFinite(v))
      return E.left(invalidInput(`must be a finite number, got ${v}`, `params.${name}`));
    params[name] = v;
  }
  return E.right({ seed, deep, horizon, params });
}

/**
 * Runs a scenario step by step: yields progress (`{ done, total, partial: { scenario, phase } }`)
 * between its phases and returns its report.
 *
 * Cost: the scenario's (each documents its own; fast runs take seconds). `Left` (invalid-input)
 * for an unknown id or bad options, and the scenario's own errors.
 *
 * @example
 * ```ts
 * const steps = runScenarioSteps("R4a", { seed: 7 });
 * for (let r = steps.next(); !r.done; r = steps.next()) show(r.value.partial.phase);
 * ```
 */
export function* runScenarioSteps(
  id: string,
  options: ScenarioOptions = {},
): Steps<ScenarioProgressInfo, E.Either<LimitLabError, Report>> {
  const s = findScenario(id);
  if (E.isLeft(s)) return s;
  const resolved = resolve(s.right, options);
  if (E.isLeft(resolved)) return resolved;
  const out = yield* s.right.run(resolved.right);
  if (E.isLeft(out)) return out;
  const o = out.right;
  return E.right({
    version: REPORT_VERSION,
    id: s.right.id,
    title: s.right.title,
    theoryIds: s.right.theoryIds,
    seed: resolved.right.seed,
    options: resolved.right,
    verdict: o.checks.every((c) => c.passed) ? "shown" : "not-shown",
    notion: o.notion,
    summary: o.summary,
    checks: o.checks,
    witnesses: o.witnesses,
    ...(o.standIn === undefined ? {} : { standIn: o.standIn }),
    ...(o.reconstruction === undefined ? {} : { reconstruction: o.reconstruction }),
  });
}

/**
 * Runs a scenario to its report (a JSON-serialisable value with `verdict` and witnesses).
 *
 * @example
 * ```ts
 * runScenario("P7-growth").right.witnesses.calibration; // { modelDoublingYears: 0.82…, … }
 * runScenario("nope"); // left: unknown scenario "nope"; known: P4-finetune, …
 * ```
 */
export function runScenario(
  id: string,
  options: ScenarioOptions = {},
): E.Either<LimitLabError, Report> {
  return runToEnd(runScenarioSteps(id, options));
}
