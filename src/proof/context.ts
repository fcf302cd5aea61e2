/**
 * The recorder behind a {@link ProofContext}: witness sizes and classifications are buffered
 * during one property run and kept or dropped when the run ends, so shrinking and skipped runs
 * leave no trace in the statistics.
 *
 * @internal
 * @module
 */
import type { Seed } from "../automata/support/rng.js";
import type { ProofContext, ProofMode, WitnessStats } from "./types.js";

/** A recorder: its context, run brackets, and the statistics kept so far. */
export interface Recorder {
  readonly ctx: ProofContext;
  /** Starts buffering the records of one run. */
  begin(): void;
  /** Ends the run; keeps its records when `keep`, drops them otherwise. */
  end(keep: boolean): void;
  witnesses(): Record<string, WitnessStats>;
  classes(): Record<string, number>;
}

/**
 * A fresh recorder for one unit of work. Cost: O(1) per record.
 *
 * @internal
 * @example
 * ```ts
 * const r = recorder("fast", 42);
 * r.begin(); r.ctx.witness("states", 3); r.end(true);
 * r.witnesses(); // { states: { min: 3, max: 3, last: 3, count: 1 } }
 * ```
 */
export function recorder(mode: ProofMode, seed: Seed): Recorder {
  const witnesses = new Map<string, WitnessStats>();
  const classes = new Map<string, number>();
  let open = false;
  let pendingWitness: [string, number][] = [];
  let pendingClass: string[] = [];
  const guard = (what: string): void => {
    if (!open) throw new Error(`ctx.${what} was called outside a property run`);
  };
  const ctx: ProofContext = {
    mode,
    seed,
    witness(key, value) {
      guard("witness");
      if (!Number.isFinite(value))
        throw new Error(`ctx.witness(${JSON.stringify(key)}) needs a finite number, got ${value}`);
      pendingWitness.push([key, value]);
    },
    classify(label) {
      guard("classify");
      pendingClass.push(label);
    },
  };
  return {
    ctx,
    begin() {
      open = true;
      pendingWitness = [];
      pendingClass = [];
    },
    end(keep) {
      open = false;
      if (!keep) return;
      for (const [key, value] of pendingWitness) {
        const s = witnesses.get(key);
        witnesses.set(
          key,
          s === undefined
            ? { min: value, max: value, last: value, count: 1 }
            : {
                min: Math.min(s.min, value),
                max: Math.max(s.max, value),
                last: value,
                count: s.count + 1,
              },
        );
      }
      // a label counts once per run, so a report's share of a label is a share of the runs
      for (const label of new Set(pendingClass)) classes.set(label, (classes.get(label) ?? 0) + 1);
    },
    witnesses: () => sortedRecord(witnesses),
    classes: () => sortedRecord(classes),
  };
}

/**
 * A record with its keys in code-point order, so reports serialise the same way however the
 * keys were first met.
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(sortedRecord(new Map([["b", 1], ["a", 2]]))); // ["a", "b"]
 * ```
 */
export function sortedRecord<V>(entries: ReadonlyMap<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of [...entries.keys()].sort()) out[key] = entries.get(key) as V;
  return out;
}
