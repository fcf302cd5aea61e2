/**
 * Building proof files: {@link defineProof} checks a proof's shape when its module loads, so
 * a malformed proof file is caught before any property runs.
 *
 * @module
 */
import { invalidInput, LimitLabException } from "../automata/support/errors.js";
import type { ExhaustiveCheck, ProofFile, ProofProperty, ProofRuns } from "./types.js";

/**
 * Is this property an exhaustive sweep (rather than a fast-check property)?
 *
 * @example
 * ```ts
 * isExhaustive({ name: "n", role: "claim", cases: () => [1], check: (n) => n > 0 }); // true
 * ```
 */
export function isExhaustive(p: ProofProperty): p is ExhaustiveCheck {
  return "cases" in p;
}

/**
 * An exhaustive check with its case type inferred (a property list holds it as
 * `ExhaustiveCheck<unknown>`). Cost: none; it returns its argument.
 *
 * @example
 * ```ts
 * exhaustive({
 *   name: "every word up to length 3 is accepted or rejected", role: "claim",
 *   cases: () => wordsUpTo(3), check: (w) => typeof accepts(d, w) === "boolean",
 * });
 * ```
 */
export function exhaustive<C>(check: ExhaustiveCheck<C>): ExhaustiveCheck {
  return check;
}

function positiveInteger(n: number): boolean {
  return Number.isInteger(n) && n > 0;
}

function fail(message: string, field: string): never {
  throw new LimitLabException(invalidInput(message, field));
}

function checkRuns(runs: ProofRuns, field: string): void {
  if (!positiveInteger(runs.fast) || !positiveInteger(runs.deep))
    fail(`runs must be positive integers, got fast ${runs.fast} and deep ${runs.deep}`, field);
}

/**
 * A proof file, checked: a non-empty id and texts, at least one claim and one control,
 * distinct property names, positive runs and chunk counts. A malformed proof is a programming
 * error, so this throws a `LimitLabException` of kind `invalid-input`. Cost: O(properties).
 *
 * @example
 * ```ts
 * export const proof = defineProof({
 *   id: "C11", title: "Star-free = aperiodic", statement: "…", shadow: "…", check: "…",
 *   control: "…",
 *   properties: [
 *     { name: "star-free expressions compile to aperiodic DFAs", role: "claim",
 *       build: () => fc.property(arbStarFree, (e) => isStarFree(compile(e))) },
 *     { name: "(aa)* is not aperiodic", role: "control",
 *       cases: () => [evenAs], check: (d) => !isStarFree(d) },
 *   ],
 * });
 * ```
 */
export function defineProof(spec: ProofFile): ProofFile {
  const where = spec.id === "" ? "proof" : `proof ${spec.id}`;
  for (const field of ["id", "title", "statement", "shadow", "check", "control"] as const)
    if (spec[field].trim() === "") fail("must not be empty", `${where}.${field}`);
  const roles = new Set(spec.properties.map((p) => p.role));
  if (!roles.has("claim") || !roles.has("control"))
    fail("needs at least one claim and one control property", `${where}.properties`);
  const names = new Set<string>();
  for (const [i, p] of spec.properties.entries()) {
    const field = `${where}.properties[${i}]`;
    if (p.name.trim() === "") fail("a property needs a name (its claim)", field);
    if (names.has(p.name)) fail(`duplicate property name ${JSON.stringify(p.name)}`, field);
    names.add(p.name);
    if (isExhaustive(p)) {
      if (p.chunks !== undefined && !positiveInteger(p.chunks))
        fail(`chunks must be a positive integer, got ${p.chunks}`, field);
    } else if (p.runs !== undefined) checkRuns(p.runs, field);
  }
  return spec;
}
