/**
 * The compute cost of brute-force attribution (THEORY.md P8).
 *
 * Brute force attributes each output by evaluating it under every candidate model and every
 * user context (prompt, conversation state) the candidate might have been run with:
 *
 *   cost ≈ candidates × outputs × userContexts × 2 · parameters · tokens FLOPs,
 *   time = cost ÷ sustained FLOP/s,
 *
 * with 2·parameters FLOPs per token of a dense transformer's forward pass. The paper's "200
 * years of supercomputing for one year of U.S. AI output" rests on parameters it does not state,
 * so nothing here has a default: every parameter is explicit, and the result is a pure function
 * of them. Products are formed in base-10 logarithms, so candidate counts far beyond floating
 * range (bigints from P7's N_k) are fine; the plain values are floating products (`Infinity`
 * beyond 1e308, beside their finite logarithms).
 *
 * Law: the cost is non-decreasing in each of the first five parameters and non-increasing in
 * `sustainedFlops` (test/attribution/cost.test.ts).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../automata/support/errors.js";
import { log10Big } from "./growth/big-count.js";

/** Every parameter of the brute-force cost model; none has a default. */
export interface BruteForceCostParams {
  /** Candidate models to test per output (e.g. N_k of P7); a positive number or bigint. */
  readonly candidates: number | bigint;
  /** Outputs to attribute (e.g. a year of observed AI output, counted in outputs). */
  readonly outputs: number;
  /** User contexts (prompts, conversation states) per output and candidate. */
  readonly userContexts: number;
  /** Parameters per candidate model (a dense forward pass costs 2·parameters FLOPs a token). */
  readonly parameters: number;
  /** Tokens scored per output and context. */
  readonly tokens: number;
  /** Sustained throughput of the machine, FLOP/s (not peak). */
  readonly sustainedFlops: number;
}

/** The cost of brute-force attribution, with its parameters. */
export interface BruteForceCost {
  readonly params: {
    readonly candidates: string;
    readonly outputs: number;
    readonly userContexts: number;
    readonly parameters: number;
    readonly tokens: number;
    readonly sustainedFlops: number;
  };
  /** 2 · parameters · tokens: one candidate on one output in one context. */
  readonly flopsPerEvaluation: number;
  /** candidates × outputs × userContexts. */
  readonly log10Evaluations: number;
  readonly log10Flops: number;
  readonly log10Seconds: number;
  readonly log10Years: number;
  /** The product in floating point (`Infinity` beyond 1e308; the logarithms stay finite). */
  readonly flops: number;
  readonly seconds: number;
  /** Julian years of 365.25 days. */
  readonly years: number;
}

/**
 * Seconds in a Julian year (365.25 days).
 *
 * @example
 * ```ts
 * cost.seconds / SECONDS_PER_YEAR; // cost.years
 * ```
 */
export const SECONDS_PER_YEAR = 365.25 * 86_400;

/**
 * The cost of attributing `outputs` outputs by brute force (see the module header).
 *
 * Cost: O(digits of `candidates`). `Left` (invalid-input, naming the field) when a parameter is
 * not a positive finite number (a bigint `candidates` must be positive).
 *
 * @example
 * ```ts
 * const c = bruteForceCost({
 *   candidates: 1000, outputs: 1e6, userContexts: 10, parameters: 7e9, tokens: 500,
 *   sustainedFlops: 1e18,
 * });
 * c.right.flops; // 7e22 = 1000 · 1e6 · 10 · 2 · 7e9 · 500
 * c.right.seconds; // 70 000
 * ```
 */
export function bruteForceCost(
  params: BruteForceCostParams,
): E.Either<LimitLabError, BruteForceCost> {
  const { candidates } = params;
  if (
    typeof candidates === "bigint"
      ? candidates <= 0n
      : !(candidates > 0 && Number.isFinite(candidates))
  )
    return E.left(
      invalidInput(`must be a positive finite number, got ${String(candidates)}`, "candidates"),
    );
  for (const field of [
    "outputs",
    "userContexts",
    "parameters",
    "tokens",
    "sustainedFlops",
  ] as const) {
    const v = params[field];
    if (!(typeof v === "number" && v > 0 && Number.isFinite(v)))
      return E.left(invalidInput(`must be a positive finite number, got ${String(v)}`, field));
  }
  const log10Candidates =
    typeof candidates === "bigint" ? log10Big(candidates) : Math.log10(candidates);
  const flopsPerEvaluation = 2 * params.parameters * params.tokens;
  const log10Evaluations =
    log10Candidates + Math.log10(params.outputs) + Math.log10(params.userContexts);
  const log10Flops = log10Evaluations + Math.log10(flopsPerEvaluation);
  const log10Seconds = log10Flops - Math.log10(params.sustainedFlops);
  const log10Years = log10Seconds - Math.log10(SECONDS_PER_YEAR);
  const flops = Number(candidates) * params.outputs * params.userContexts * flopsPerEvaluation;
  const seconds = flops / params.sustainedFlops;
  return E.right({
    params: {
      candidates: candidates.toString(),
      outputs: params.outputs,
      userContexts: params.userContexts,
      parameters: params.parameters,
      tokens: params.tokens,
      sustainedFlops: params.sustainedFlops,
    },
    flopsPerEvaluation,
    log10Evaluations,
    log10Flops,
    log10Seconds,
    log10Years,
    flops,
    seconds,
    years: seconds / SECONDS_PER_YEAR,
  });
}
