/**
 * Reading a proof report back from JSON (the partial reports `limitlab prove --merge` joins),
 * validated field by field: a malformed or foreign file gives an error naming the field,
 * never a crash inside the merge.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../automata/support/errors.js";
import { mutationScoreFromRecord } from "./mutation.js";
import type { ProofReport } from "./types.js";

type Json = Record<string, unknown>;

class Bad extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function object(v: unknown, field: string): Json {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new Bad(field, "must be an object");
  return v as Json;
}

function array(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) throw new Bad(field, "must be an array");
  return v;
}

function count(v: unknown, field: string): void {
  if (!Number.isSafeInteger(v) || (v as number) < 0)
    throw new Bad(field, `must be a non-negative integer, got ${JSON.stringify(v)}`);
}

function text(v: unknown, field: string): void {
  if (typeof v !== "string") throw new Bad(field, "must be a string");
}

function oneOf(v: unknown, values: readonly unknown[], field: string): void {
  if (!values.includes(v))
    throw new Bad(field, `must be one of ${values.map((x) => JSON.stringify(x)).join(", ")}`);
}

function nullable(v: unknown, field: string, check: (v: unknown, field: string) => void): void {
  if (v !== null) check(v, field);
}

function failure(v: unknown, field: string): void {
  const f = object(v, field);
  nullable(f.chunk, `${field}.chunk`, count);
  nullable(f.counterexample, `${field}.counterexample`, text);
  text(f.error, `${field}.error`);
  nullable(f.path, `${field}.path`, text);
  count(f.shrinks, `${field}.shrinks`);
}

function statistics(c: Json, field: string): void {
  for (const [key, s] of Object.entries(object(c.witnesses, `${field}.witnesses`))) {
    const w = object(s, `${field}.witnesses.${key}`);
    for (const stat of ["min", "max", "last"] as const)
      if (typeof w[stat] !== "number")
        throw new Bad(`${field}.witnesses.${key}.${stat}`, "must be a number");
    count(w.count, `${field}.witnesses.${key}.count`);
  }
  for (const [label, n] of Object.entries(object(c.classes, `${field}.classes`)))
    count(n, `${field}.classes.${label}`);
}

function property(v: unknown, field: string): void {
  const p = object(v, field);
  count(p.index, `${field}.index`);
  text(p.name, `${field}.name`);
  oneOf(p.role, ["claim", "control"], `${field}.role`);
  oneOf(p.kind, ["random", "exhaustive"], `${field}.kind`);
  count(p.seed, `${field}.seed`);
  nullable(p.plannedRuns, `${field}.plannedRuns`, count);
  count(p.chunks, `${field}.chunks`);
  for (const [i, label] of array(p.covers, `${field}.covers`).entries())
    text(label, `${field}.covers[${i}]`);
  for (const [i, r] of array(p.results, `${field}.results`).entries()) {
    const at = `${field}.results[${i}]`;
    const c = object(r, at);
    count(c.chunk, `${at}.chunk`);
    if ((c.chunk as number) >= (p.chunks as number))
      throw new Bad(`${at}.chunk`, `must be below the property's ${p.chunks} chunks`);
    count(c.runs, `${at}.runs`);
    count(c.skips, `${at}.skips`);
    nullable(c.failure, `${at}.failure`, failure);
    statistics(c, at);
  }
}

function report(v: unknown): void {
  const r = object(v, "report");
  oneOf(r.version, [1], "version");
  count(r.seed, "seed");
  oneOf(r.mode, ["fast", "deep"], "mode");
  nullable(r.runs, "runs", count);
  nullable(r.shard, "shard", (s, field) => {
    const o = object(s, field);
    count(o.index, `${field}.index`);
    count(o.count, `${field}.count`);
  });
  count(object(r.totals, "totals").units, "totals.units");
  for (const [i, f] of array(r.proofs, "proofs").entries()) {
    const p = object(f, `proofs[${i}]`);
    for (const key of ["id", "title", "statement", "shadow", "check", "control"] as const)
      text(p[key], `proofs[${i}].${key}`);
    for (const [j, q] of array(p.properties, `proofs[${i}].properties`).entries())
      property(q, `proofs[${i}].properties[${j}]`);
  }
  if (r.mutation !== undefined) {
    const m = mutationScoreFromRecord(r.mutation);
    if (E.isLeft(m)) throw new Bad("mutation", m.left.message);
  }
}

/**
 * Parses and validates a proof report written as JSON. `Left` (kind `invalid-input`, naming
 * the field) for text that is not JSON or not a version-1 proof report. The figures that the
 * merge recomputes (verdicts, totals, aggregates) are not trusted: `mergeReports` rebuilds them
 * from the chunk results. Cost: O(size of the text).
 *
 * @example
 * ```ts
 * proofReportFromJson(JSON.stringify(report)); // right(report)
 * proofReportFromJson('{"version": 2}'); // left: version: must be one of 1
 * ```
 */
export function proofReportFromJson(json: string): E.Either<LimitLabError, ProofReport> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return E.left(
      invalidInput(`not JSON: ${e instanceof Error ? e.message : String(e)}`, "report"),
    );
  }
  try {
    report(value);
  } catch (e) {
    if (e instanceof Bad) return E.left(invalidInput(e.message, e.field));
    throw e;
  }
  return E.right(value as ProofReport);
}
