/**
 * Scenario `P8-cost` (THEORY.md P8): what brute-force attribution would cost, with every
 * parameter explicit. The defaults are illustrative assumptions, not the paper's (its "200 years
 * of supercomputing for one year of U.S. AI output" rests on parameters it does not state): the
 * report shows the cost at the given point, how it moves when each factor is multiplied by 10,
 * and, inversely, how many candidates would make it the paper's 200 years given the other
 * parameters, so a reader sees that the headline is a choice of parameters.
 *
 * Horizon: unused beyond the report (1). Parameters: the six of `bruteForceCost`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Steps } from "../../identification/progress.js";
import { type BruteForceCostParams, bruteForceCost, SECONDS_PER_YEAR } from "../cost.js";
import { check, finiteOrNull, progress } from "./outcome.js";
import type { Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "P8-cost";
const FACTORS = ["candidates", "outputs", "userContexts", "parameters", "tokens"] as const;
/** The paper's headline, in years, used only to invert the model. */
const HEADLINE_YEARS = 200;

/** A number as a person reads it: plain below 10^4, else in exponent notation. */
function num(x: number): string {
  return Math.abs(x) < 1e4 ? String(Number(x.toPrecision(3))) : x.toExponential(2);
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, E.Either<LimitLabError, Outcome>> {
  yield progress(ID, "cost", 0, 1);
  const p = o.params;
  const params: BruteForceCostParams = {
    candidates: p.candidates as number,
    outputs: p.outputs as number,
    userContexts: p.userContexts as number,
    parameters: p.parameters as number,
    tokens: p.tokens as number,
    sustainedFlops: p.sustainedFlops as number,
  };
  const base = bruteForceCost(params);
  if (E.isLeft(base)) return base;
  const sensitivity: { factor: string; log10Years: number }[] = [];
  let monotone = true;
  for (const f of [...FACTORS, "sustainedFlops"] as const) {
    const c = bruteForceCost({ ...params, [f]: (params[f] as number) * 10 });
    if (E.isLeft(c)) return c;
    sensitivity.push({ factor: `${f} × 10`, log10Years: c.right.log10Years });
    const step = c.right.log10Years - base.right.log10Years;
    monotone &&= f === "sustainedFlops" ? Math.abs(step + 1) < 1e-9 : Math.abs(step - 1) < 1e-9;
  }
  // candidates that would make the cost the headline, everything else fixed
  const perCandidateYears = base.right.years / (params.candidates as number);
  const headlineCandidates = HEADLINE_YEARS / perCandidateYears;
  return E.right({
    notion: "not-applicable",
    summary: `${num(params.candidates as number)} candidates × ${num(params.outputs)} outputs × ${num(params.userContexts)} contexts × 2·${num(params.parameters)}·${num(params.tokens)} FLOPs at ${num(params.sustainedFlops)} FLOP/s: ${num(base.right.years)} years; ${num(headlineCandidates)} candidates would make it ${HEADLINE_YEARS} years`,
    checks: [
      check("every workload factor × 10 multiplies the time by 10", monotone),
      check(
        "the time is FLOPs over sustained FLOP/s, in Julian years",
        Math.abs(base.right.years * SECONDS_PER_YEAR - base.right.seconds) <=
          1e-9 * base.right.seconds,
      ),
    ],
    witnesses: {
      cost: {
        ...base.right,
        params: { ...base.right.params },
        flops: finiteOrNull(base.right.flops),
        seconds: finiteOrNull(base.right.seconds),
        years: finiteOrNull(base.right.years),
      },
      sensitivity,
      headline: {
        years: HEADLINE_YEARS,
        candidatesNeeded: headlineCandidates,
        note: "the paper's figure, inverted for the number of candidates with every other parameter as given: not a result",
      },
      assumptions:
        "the defaults are illustrative assumptions (not the paper's parameters); pass params to use your own",
    },
  });
}

/**
 * The `P8-cost` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("P8-cost", { deep: true });
 * ```
 */
export const p8Cost: Scenario = {
  id: ID,
  title: "What brute-force attribution would cost",
  demonstrates:
    "Attribution by trying every candidate costs candidates × outputs × contexts × 2·params·tokens FLOPs; every parameter is explicit, and the paper's '200 years' is shown to be a choice of them.",
  theoryIds: ["P8"],
  horizon: { fast: 1, deep: 1 },
  horizonMeans: "unused",
  params: {
    candidates: {
      default: 100_100,
      description:
        "candidate models per output (default: N_1 of P7's illustrative start, 100·1001)",
    },
    outputs: { default: 1e9, description: "outputs to attribute (illustrative: 10^9)" },
    userContexts: {
      default: 100,
      description: "user contexts (prompts, conversation states) tried per output and candidate",
    },
    parameters: { default: 7e10, description: "parameters per candidate model (illustrative 70B)" },
    tokens: { default: 1000, description: "tokens scored per output and context" },
    sustainedFlops: {
      default: 1e18,
      description: "sustained FLOP/s of the machine (illustrative: one exaflop sustained)",
    },
  },
  run,
};
