/**
 * The shapes of the scenario registry: what a scenario is (its record), how it runs (options,
 * progress) and what it reports.
 *
 * Invariants of a {@link Report}: plain JSON (no bigint, typed array, function or `undefined`
 * value), so `JSON.parse(JSON.stringify(r))` equals `r`; it records `version`, `seed` and the
 * options it ran with (every default filled in); `notion` names the kind of (non-)identifiability
 * the run shows (THEORY.md R4's three notions, Gold's text result, or identifiable); `verdict` is
 * `"shown"` exactly when every entry of `checks` passed; a stand-in says so in `standIn`.
 *
 * @module
 */
import type { Either } from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Seed } from "../../automata/support/rng.js";
import type { Progress, Steps } from "../../identification/progress.js";

/** A JSON value. */
export type Json =
  | null
  | boolean
  | number
  | string
  | readonly Json[]
  | { readonly [key: string]: Json };

/**
 * Which notion of (non-)identifiability a run shows:
 * - `not-identifiable-from-text`: no learner identifies the class from text (Gold; R1, P4, P5);
 * - `statistically-non-identifiable`: two models with the same law on what is observed, so no
 *   amount of data separates them (R4 (a));
 * - `not-identifiable-as-languages`: the supports coincide, so content alone cannot separate
 *   them, though i.i.d. samples can (R4 (b), R2);
 * - `never-certain`: every finite sample has positive probability under both, so only bounded
 *   error rates, never certainty (R4 (c));
 * - `identifiable`: the class is identified (R3, the controls);
 * - `not-applicable`: the scenario measures (growth, cost), it does not identify.
 */
export type Notion =
  | "not-identifiable-from-text"
  | "statistically-non-identifiable"
  | "not-identifiable-as-languages"
  | "never-certain"
  | "identifiable"
  | "not-applicable";

/** What the registry lists about a scenario. */
export interface ScenarioRecord {
  readonly id: string;
  readonly title: string;
  /** What a run shows, in a sentence or two. */
  readonly demonstrates: string;
  /** The THEORY.md ids it makes executable. */
  readonly theoryIds: readonly string[];
}

/** Options of a scenario run; each scenario documents how it uses `horizon`. */
export interface ScenarioOptions {
  /** @defaultValue 42 */
  readonly seed?: Seed;
  /** Deeper runs: more presentations, longer horizons, more trials. @defaultValue false */
  readonly deep?: boolean;
  /** The scenario's main length (data read, samples drawn); its default depends on the scenario. */
  readonly horizon?: number;
  /**
   * The scenario's own numeric parameters by name (P8's cost parameters, for one); each
   * scenario lists them with their defaults in `params`, and an unknown name is an error.
   */
  readonly params?: { readonly [name: string]: number };
}

/** The options a run actually used. */
export interface ResolvedOptions {
  readonly seed: Seed;
  readonly deep: boolean;
  readonly horizon: number;
  /** Every parameter of the scenario, defaults filled in. */
  readonly params: { readonly [name: string]: number };
}

/** A scenario parameter: its default and what it means (with its unit). */
export interface ParamSpec {
  readonly default: number;
  readonly description: string;
}

/** One checked fact of a run. */
export interface Check {
  readonly name: string;
  readonly passed: boolean;
}

/** The report of a scenario run (version 1). */
export interface Report {
  readonly version: 1;
  readonly id: string;
  readonly title: string;
  readonly theoryIds: readonly string[];
  readonly seed: Seed;
  readonly options: ResolvedOptions;
  /** `"shown"` when every check passed. */
  readonly verdict: "shown" | "not-shown";
  readonly notion: Notion;
  /** One sentence: what the run found, with its witness sizes. */
  readonly summary: string;
  readonly checks: readonly Check[];
  /** The witnesses: certificates, curves, counts, as plain JSON. */
  readonly witnesses: { readonly [key: string]: Json };
  /** For R4's stand-ins: what the construction stands in for, and that it is one. */
  readonly standIn?: string;
  /** For reconstructed figures (P7): what is a reconstruction. */
  readonly reconstruction?: string;
}

/** What a scenario's run returns before the registry adds the record, seed and options. */
export interface Outcome {
  readonly notion: Notion;
  readonly summary: string;
  readonly checks: readonly Check[];
  readonly witnesses: { readonly [key: string]: Json };
  readonly standIn?: string;
  readonly reconstruction?: string;
}

/** What a scenario yields while it runs: the phase it is in. */
export interface ScenarioProgressInfo {
  readonly scenario: string;
  readonly phase: string;
}

/** A progress value of a scenario run. */
export type ScenarioProgress = Progress<ScenarioProgressInfo>;

/** A registered scenario: its record, its default horizon and its step-wise run. */
export interface Scenario extends ScenarioRecord {
  /** The horizon when none is given, in fast and deep runs. */
  readonly horizon: { readonly fast: number; readonly deep: number };
  /** What `horizon` counts, e.g. "data read per presentation". */
  readonly horizonMeans: string;
  /** The scenario's numeric parameters (none for most). */
  readonly params: { readonly [name: string]: ParamSpec };
  readonly run: (
    options: ResolvedOptions,
  ) => Steps<ScenarioProgressInfo, Either<LimitLabError, Outcome>>;
}
