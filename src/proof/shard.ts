/**
 * Splitting a proof run into deterministic slices.
 *
 * The work of a run is a list of units in a stable order: for each proof file (in the order
 * given), for each property, for each chunk (random checks have one chunk; an exhaustive sweep
 * has its `chunks`). Shard i of n (1-based) takes the units whose position u has
 * `u mod n = i − 1`: round-robin, so every shard gets a share of every proof, and the slices
 * of 1..n partition the work. The assignment depends only on the proofs and n, never on the
 * machine, so a Slurm array job or GNU parallel can run the shards anywhere.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../automata/support/errors.js";
import { isExhaustive } from "./define.js";
import type { ProofFile, Shard } from "./types.js";

/** One unit of work: a chunk of a property of a proof file. */
export interface WorkUnit {
  /** Position in the whole run's list of units. */
  readonly unit: number;
  readonly proof: number;
  readonly property: number;
  readonly chunk: number;
  readonly chunks: number;
}

/**
 * Parses `"i/n"` (1 ≤ i ≤ n) into a shard.
 *
 * @example
 * ```ts
 * parseShard("2/4"); // right({ index: 2, count: 4 })
 * parseShard("5/4"); // left: shard index 5 is not in 1..4
 * ```
 */
export function parseShard(text: string): E.Either<LimitLabError, Shard> {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(text);
  if (m === null)
    return E.left(invalidInput(`expected i/n such as 2/4, got ${JSON.stringify(text)}`, "shard"));
  return checkShard({ index: Number(m[1]), count: Number(m[2]) });
}

/**
 * Checks that a shard is `i/n` with integers 1 ≤ i ≤ n.
 *
 * @example
 * ```ts
 * checkShard({ index: 1, count: 1 }); // right
 * checkShard({ index: 0, count: 3 }); // left
 * ```
 */
export function checkShard(shard: Shard): E.Either<LimitLabError, Shard> {
  const { index, count } = shard;
  if (!Number.isSafeInteger(count) || count < 1)
    return E.left(invalidInput(`shard count must be a positive integer, got ${count}`, "shard"));
  if (!Number.isSafeInteger(index) || index < 1 || index > count)
    return E.left(invalidInput(`shard index ${index} is not in 1..${count}`, "shard"));
  return E.right(shard);
}

/**
 * Every unit of work of a run over `proofs`, in the stable order. Cost: O(units).
 *
 * @example
 * ```ts
 * workUnits([proof]).length; // its random checks plus the chunks of its sweeps
 * ```
 */
export function workUnits(proofs: readonly ProofFile[]): WorkUnit[] {
  const out: WorkUnit[] = [];
  for (const [proof, file] of proofs.entries())
    for (const [property, p] of file.properties.entries()) {
      const chunks = isExhaustive(p) ? (p.chunks ?? 1) : 1;
      for (let chunk = 0; chunk < chunks; chunk++)
        out.push({ unit: out.length, proof, property, chunk, chunks });
    }
  return out;
}

/**
 * Does unit number `unit` belong to `shard` (round-robin)?
 *
 * @example
 * ```ts
 * inShard(5, { index: 2, count: 4 }); // true: 5 mod 4 = 1
 * ```
 */
export function inShard(unit: number, shard: Shard): boolean {
  return unit % shard.count === shard.index - 1;
}
