/**
 * The shapes of executable proofs and of their reports.
 *
 * A {@link ProofFile} is one THEORY.md result made executable: its statement, the finite
 * shadow it checks, the independent check, the positive control, and its properties. A
 * property is either a fast-check property ({@link RandomCheck}: the plain fast-check value,
 * built from a {@link ProofContext}) or an exhaustive sweep over a finite domain
 * ({@link ExhaustiveCheck}: every case, split into chunks so shards can share it). Controls
 * are properties too: a control asserts that a near-miss input *fails* the checked predicate,
 * so every run of a control is a check that can fail.
 *
 * A {@link ProofReport} is JSON-serialisable and holds no timing: re-running with the recorded
 * seed, mode and runs reproduces it exactly, and merging the shards of a run reproduces the
 * unsharded report.
 *
 * @module
 */
import type fc from "fast-check";
import type { Seed } from "../automata/support/rng.js";

/** Fast mode keeps `npm test` quick; deep mode multiplies runs and may raise horizons. */
export type ProofMode = "fast" | "deep";

/** A claim states the theorem's shadow; a control shows the near-miss failing the predicate. */
export type ProofRole = "claim" | "control";

/** Runs per mode of a random property. */
export interface ProofRuns {
  readonly fast: number;
  readonly deep: number;
}

/**
 * What a property sees while it runs: the mode and its seed, and two recorders. Recording is
 * pure accumulation per property run; records of runs that fast-check discards (shrinking,
 * failed preconditions) are dropped. Calling a recorder outside a run is an error.
 */
export interface ProofContext {
  readonly mode: ProofMode;
  /** The property's own seed (derived from the run seed), for seeded library generators. */
  readonly seed: Seed;
  /** Records a witness size under `key` (the report keeps min, max, last and count). */
  witness(key: string, value: number): void;
  /**
   * Marks the current run as showing `label`, like `fc.statistics`: a label counts once per
   * run however often the run classifies it, so its count is a number of runs.
   */
  classify(label: string): void;
}

/** Fields every property has. */
export interface PropertyBase {
  /** The claim as a sentence. */
  readonly name: string;
  readonly role: ProofRole;
  /**
   * Labels that must each be classified at least once over the property's runs, or the
   * property fails (the generated cases would not show what the claim is about).
   * @defaultValue []
   */
  readonly covers?: readonly string[];
}

/** A fast-check property, run with `fc.check` under the property's seed. */
export interface RandomCheck<Ts = unknown> extends PropertyBase {
  /** @defaultValue {@link DEFAULT_RUNS} */
  readonly runs?: ProofRuns;
  /** Builds the plain (synchronous) fast-check property; called once per run of the proof. */
  build(ctx: ProofContext): fc.IProperty<Ts>;
}

/** An exhaustive check of every case of a finite domain, in a stable order. */
export interface ExhaustiveCheck<C = unknown> extends PropertyBase {
  /**
   * How many chunks the domain is split into (case i goes to chunk i mod chunks), so shards
   * can share a large sweep.
   * @defaultValue 1
   */
  readonly chunks?: number;
  /** The whole domain, in a stable order (computed once per run). */
  cases(scope: { readonly mode: ProofMode; readonly seed: Seed }): readonly C[];
  /** The predicate: `false` or a throw is a failure; the first failing case ends its chunk. */
  check(value: C, ctx: ProofContext): boolean | undefined;
  /** How a failing case prints. @defaultValue `fc.stringify` */
  show?(value: C): string;
}

/** A property of a proof file. */
export type ProofProperty = RandomCheck | ExhaustiveCheck;

/** One THEORY.md result made executable. */
export interface ProofFile {
  /** The THEORY.md id, e.g. `"C11"`. */
  readonly id: string;
  readonly title: string;
  /** The correct statement, with its reference. */
  readonly statement: string;
  /** The finite shadow checked, and why it is not a restatement. */
  readonly shadow: string;
  /** The independent check. */
  readonly check: string;
  /** The positive control or near-miss. */
  readonly control: string;
  readonly properties: readonly ProofProperty[];
}

/**
 * The run seed when none is given (`npm test`, `limitlab prove`).
 *
 * @example
 * ```ts
 * runProofsToEnd(proofs, { mode: "deep", seed: DEFAULT_SEED });
 * ```
 */
export const DEFAULT_SEED = 42;

/**
 * Default runs of a random property: 100 in fast mode, 1000 in deep mode.
 *
 * @example
 * ```ts
 * { name, role: "claim", runs: { fast: DEFAULT_RUNS.fast / 2, deep: DEFAULT_RUNS.deep }, build }
 * ```
 */
export const DEFAULT_RUNS: ProofRuns = { fast: 100, deep: 1000 };

/** A deterministic slice of the work: shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Options of a proof run. */
export interface ProofOptions {
  readonly mode: ProofMode;
  /** The run seed (a 32-bit unsigned integer); every property's seed derives from it. */
  readonly seed: Seed;
  /** Runs per random property, overriding the property's own (`LIMITLAB_PROOF_RUNS`). */
  readonly runs?: number;
  /** Run only this slice of the work. */
  readonly shard?: Shard;
}

/** pass, fail, or pending (not all of its work is in this report). */
export type Verdict = "pass" | "fail" | "pending";

/** Statistics of one witness key. */
export interface WitnessStats {
  readonly min: number;
  readonly max: number;
  readonly last: number;
  readonly count: number;
}

/** Why a property failed. */
export interface ProofFailure {
  /** The chunk that failed, or null when the failure is the property's (coverage). */
  readonly chunk: number | null;
  /** fast-check's shrunk counterexample, or the failing case, stringified. */
  readonly counterexample: string | null;
  readonly error: string;
  /** fast-check's replay path (`fc.check(p, { seed, path })`), for random checks. */
  readonly path: string | null;
  readonly shrinks: number;
}

/** The result of one unit of work: one chunk of one property. */
export interface ChunkReport {
  readonly chunk: number;
  readonly runs: number;
  /** Runs skipped by `fc.pre`. */
  readonly skips: number;
  readonly failure: ProofFailure | null;
  readonly witnesses: Readonly<Record<string, WitnessStats>>;
  readonly classes: Readonly<Record<string, number>>;
}

/** One property's part of a report; the figures aggregate its chunks in chunk order. */
export interface PropertyReport {
  /** Position in its proof file. */
  readonly index: number;
  readonly name: string;
  readonly role: ProofRole;
  readonly kind: "random" | "exhaustive";
  readonly seed: Seed;
  /** Runs asked of a random check; null for an exhaustive one (its domain decides). */
  readonly plannedRuns: number | null;
  readonly chunks: number;
  readonly covers: readonly string[];
  readonly verdict: Verdict;
  readonly runs: number;
  readonly skips: number;
  /** The first failure in chunk order, or the coverage failure. */
  readonly failure: ProofFailure | null;
  readonly witnesses: Readonly<Record<string, WitnessStats>>;
  readonly classes: Readonly<Record<string, number>>;
  /** The chunks in this report, in chunk order. */
  readonly results: readonly ChunkReport[];
}

/** One proof file's part of a report. */
export interface ProofFileReport {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly shadow: string;
  readonly check: string;
  readonly control: string;
  readonly verdict: Verdict;
  readonly runs: number;
  readonly properties: readonly PropertyReport[];
}

/** Counts over a whole report. */
export interface ProofTotals {
  readonly proofs: number;
  readonly properties: number;
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  /** Units of work (property chunks) of the whole run, and how many are in this report. */
  readonly units: number;
  readonly unitsDone: number;
  readonly runs: number;
}

/** One folder's (or one total's) mutants by status, and Stryker's score in percent. */
export interface MutationRow {
  readonly folder: string;
  readonly files: number;
  readonly mutants: number;
  readonly killed: number;
  readonly survived: number;
  readonly timeout: number;
  readonly noCoverage: number;
  readonly errors: number;
  /** (killed + timeout) / (killed + timeout + survived + no coverage), or null without mutants. */
  readonly score: number | null;
}

/**
 * A recorded mutation score (issue 7), attached to a report by `withMutationScore`: Stryker runs
 * apart from the proofs, so this is data with its source and date, not a result of the run.
 */
export interface MutationScore {
  /** The file it was read from, as given. */
  readonly source: string;
  /** When the newest Stryker report behind it was written (ISO 8601). */
  readonly date: string;
  /** The command that produced the summary. */
  readonly command: string;
  readonly rows: readonly MutationRow[];
  readonly notes: readonly string[];
}

/** The report of a proof run (version 1). */
export interface ProofReport {
  readonly version: 1;
  readonly seed: Seed;
  readonly mode: ProofMode;
  /** The runs override, or null when every property used its own runs. */
  readonly runs: number | null;
  /** The slice this report covers, or null for a whole (or merged) run. */
  readonly shard: Shard | null;
  /** True when some unit of the whole run is not in this report (a shard, or interrupted). */
  readonly partial: boolean;
  readonly verdict: Verdict;
  readonly totals: ProofTotals;
  readonly proofs: readonly ProofFileReport[];
  /** The mutation score measured apart, when one was attached; absent otherwise. */
  readonly mutation?: MutationScore;
}

/** What the proof runner yields before each unit of work. */
export interface ProofProgress {
  /** Units finished in this run (or shard). */
  readonly done: number;
  readonly total: number;
  /** The report so far (`partial: true`). */
  readonly partial: ProofReport;
  /** The unit about to run, e.g. `"C11 #2 (chunk 1/4)"`. */
  readonly current: string;
}
