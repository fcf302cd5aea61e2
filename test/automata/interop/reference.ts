/**
 * The shared reference data (../shared/reference beside the repository: interop fixtures,
 * expected language facts, query targets) and brute-force language facts for the tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import type { LimitLabError } from "../../../src/automata/support/errors.js";
import { wordToPlain } from "../../../src/automata/word.js";
import { allWords } from "../brute-force.js";

const ROOT = new URL("../../../../shared/reference/", import.meta.url);

/** The text of a reference file, by its path under shared/reference/. */
export function referenceText(path: string): string {
  return readFileSync(new URL(path, ROOT), "utf8");
}

/** The file names in a reference folder. */
export function referenceFiles(folder: string): string[] {
  return readdirSync(new URL(`${folder}/`, ROOT)).sort();
}

/** One fixture family of interop/expected.json. */
export interface ExpectedFixture {
  readonly alphabet: readonly string[];
  readonly files: readonly string[];
  readonly complete: boolean;
  readonly deterministic: boolean;
  readonly minimalCompleteDfaStates: number;
  readonly acceptedWordsUpToLength3: readonly string[];
  readonly acceptedCountByLength0to8: readonly number[];
}

/** interop/expected.json's fixtures, by name. */
export function expectedFixtures(): Record<string, ExpectedFixture> {
  return JSON.parse(referenceText("interop/expected.json")).fixtures;
}

/** The accepted words up to `maxLength`, printed plainly ("" for ε), in shortlex order. */
export function acceptedWords(d: Dfa, maxLength: number): string[] {
  return allWords(d.alphabet.symbols.length, maxLength)
    .filter((w) => accepts(d, w))
    .map((w) => wordToPlain(d.alphabet, w));
}

/** The number of accepted words of each length 0..maxLength, by brute force. */
export function countsByLength(d: Dfa, maxLength: number): number[] {
  const counts = new Array<number>(maxLength + 1).fill(0);
  for (const w of allWords(d.alphabet.symbols.length, maxLength))
    if (accepts(d, w)) counts[w.length] = (counts[w.length] as number) + 1;
  return counts;
}

/** The right value, or a test failure that shows the error. */
export function rightOf<A>(r: E.Either<LimitLabError, A>): A {
  if (E.isLeft(r)) throw new Error(`expected right, got ${r.left.kind}: ${r.left.message}`);
  return r.right;
}

/** The left error, or a test failure. */
export function leftOf<A>(r: E.Either<LimitLabError, A>): LimitLabError {
  if (E.isRight(r)) throw new Error("expected left, got right");
  return r.left;
}

/** A DFA's content as plain data, for structural comparison. */
export function shape(d: Dfa) {
  return {
    symbols: d.alphabet.symbols,
    states: d.states,
    start: d.start,
    delta: Array.from({ length: d.delta.length }, (_, i) => d.delta[i]),
    accepting: Array.from({ length: d.accepting.length }, (_, i) => d.accepting[i]),
    meta: d.meta,
  };
}
