/**
 * How many distinct languages a bounded hypothesis space holds (THEORY.md P7).
 *
 * - Within Σ^{≤n}: every subset is a language, 2^{|Σ^{≤n}|} of them, |Σ^{≤n}| = Σ_{i≤n} k^i.
 * - Recognised by complete DFAs with at most n states: exact by enumeration for small n (over
 *   {a, b}: 2, 26, 1054, 57 068 for n = 1..4), and at most n^{kn}·2^n (the labelled DFAs with a
 *   fixed start state) beyond.
 *
 * The enumeration counts minimal DFAs up to isomorphism, so each language exactly once: it
 * generates every *accessible* transition structure once, numbered in breadth-first order (the
 * table is filled row by row; each entry is a state already seen or the next new one, and row q
 * may only be filled once q has been seen), then keeps the accepting sets under which all states
 * are pairwise distinguishable (Moore refinement). Over {a, b} there are 1, 12, 216, 5248 and
 * 160 675 such structures with 1..5 states, far fewer than the n^{2n} tables.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { budgetError, invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { type Progress, runToEnd, type Steps } from "../../identification/progress.js";
import { type BigCount, powerOfTwo } from "./big-count.js";

/**
 * The default most transition structures enumerated: 10^6 (enough for 5 states over {a, b},
 * about 1.7·10^5 structures; 6 states need about 6·10^6).
 *
 * @example
 * ```ts
 * dfaLanguageCounts(6, 2, { structures: 10 * DEFAULT_STRUCTURES }); // minutes, not seconds
 * ```
 */
export const DEFAULT_STRUCTURES = 1_000_000;

/** Budget of {@link dfaLanguageCounts}. */
export interface StructureBudget {
  /** The most accessible transition structures to enumerate. @defaultValue {@link DEFAULT_STRUCTURES} */
  readonly structures?: number;
}

/** The counts for one state bound. */
export interface DfaLanguageCount {
  /** n: the state bound. */
  readonly states: number;
  /** Accessible transition structures with exactly n states, up to isomorphism. */
  readonly structures: number;
  /** Languages whose minimal complete DFA has exactly n states. */
  readonly exactly: number;
  /** Languages whose minimal complete DFA has at most n states. */
  readonly atMost: number;
  /** n^{kn}·2^n: labelled complete DFAs with n states and start state 0 (an upper bound). */
  readonly labelledBound: bigint;
}

/**
 * |Σ^{≤n}| and 2^{|Σ^{≤n}|}, the number of languages within words of length at most n over an
 * alphabet of `symbols` letters. The count is exact up to 2^65536 (BigCount), `log2` beyond.
 *
 * Cost: O(n) bigint steps. `Left` (invalid-input) when `symbols` or `n` is not a non-negative
 * safe integer.
 *
 * @example
 * ```ts
 * languagesWithin(2, 2); // right({ words: 7n, languages: { exact: 128n, log2: 7 } })
 * ```
 */
export function languagesWithin(
  symbols: number,
  n: number,
): E.Either<LimitLabError, { readonly words: bigint; readonly languages: BigCount }> {
  for (const [field, v] of [
    ["symbols", symbols],
    ["n", n],
  ] as const)
    if (!(Number.isSafeInteger(v) && v >= 0))
      return E.left(invalidInput(`must be a non-negative safe integer, got ${v}`, field));
  let words = 0n;
  let layer = 1n;
  for (let i = 0; i <= n; i++) {
    words += layer;
    layer *= BigInt(symbols);
  }
  return E.right({ words, languages: powerOfTwo(words) });
}

/**
 * n^{kn}·2^n: complete DFAs with n labelled states over k letters and start state 0, an upper
 * bound on the languages with minimal size n (and, summed, at most n).
 *
 * @example
 * ```ts
 * labelledDfaBound(2, 2); // 64n: 2^4 tables · 2^2 accepting sets
 * ```
 */
export function labelledDfaBound(n: number, k: number): bigint {
  return BigInt(n) ** BigInt(k * n) * 2n ** BigInt(n);
}

/** Scratch space of {@link allDistinguishable}, allocated once per state count. */
interface Scratch {
  cls: Int32Array;
  next: Int32Array;
  readonly keys: (number | string)[];
  /** Keys beyond safe integers are strings. */
  readonly wide: boolean;
}

function scratch(n: number, k: number): Scratch {
  return {
    cls: new Int32Array(n),
    next: new Int32Array(n),
    keys: [],
    wide: n ** (k + 1) > Number.MAX_SAFE_INTEGER,
  };
}

/** Is the DFA (delta row-major, acceptance as bits of `acc`) minimal? Moore refinement. */
function allDistinguishable(
  delta: Int32Array,
  n: number,
  k: number,
  acc: number,
  s: Scratch,
): boolean {
  const keys = s.keys;
  for (let q = 0; q < n; q++) s.cls[q] = (acc >> q) & 1;
  let classes = acc === 0 || acc === (1 << n) - 1 ? 1 : 2;
  for (;;) {
    if (classes === n) return true;
    keys.length = 0;
    const cls = s.cls;
    for (let q = 0; q < n; q++) {
      let key: number | string = cls[q] as number;
      for (let a = 0; a < k; a++) {
        const c = cls[delta[q * k + a] as number] as number;
        key = s.wide ? `${key},${c}` : (key as number) * n + c;
      }
      let c = keys.indexOf(key);
      if (c < 0) c = keys.push(key) - 1;
      s.next[q] = c;
    }
    if (keys.length === classes) return false;
    classes = keys.length;
    s.cls = s.next;
    s.next = cls;
  }
}

/**
 * Enumerates the accessible structures with n states in breadth-first numbering and counts the
 * minimal accepting sets of each; yields after every `every` structures.
 */
function* countExactly(
  n: number,
  k: number,
  limit: number,
  used: number,
  every: number,
): Generator<number, E.Either<LimitLabError, { structures: number; exactly: number }>> {
  const delta = new Int32Array(n * k);
  const work = scratch(n, k);
  let structures = 0;
  let exactly = 0;
  // iterative depth-first fill of positions 0..n·k-1; seen[p] = states seen before position p
  const seen = new Int32Array(n * k + 1);
  seen[0] = 1;
  let p = 0;
  delta[0] = -1;
  while (p >= 0) {
    const top = Math.min((seen[p] as number) + 1, n);
    const v = (delta[p] as number) + 1;
    if (v >= top || Math.floor(p / k) >= (seen[p] as number)) {
      p--;
      continue;
    }
    delta[p] = v;
    seen[p + 1] = Math.max(seen[p] as number, v + 1);
    if (p + 1 < n * k) {
      p++;
      delta[p] = -1;
      continue;
    }
    if (seen[p + 1] !== n) continue;
    structures++;
    if (used + structures > limit)
      return E.left(budgetError("structures", limit, used + structures, "counting DFA languages"));
    // a DFA is minimal exactly when its complement is: count the accepting sets without the
    // start state, twice
    for (let acc = 0; acc < 1 << n; acc += 2)
      if (allDistinguishable(delta, n, k, acc, work)) exactly += 2;
    if (structures % every === 0) yield structures;
  }
  return E.right({ structures, exactly });
}

/**
 * The number of distinct languages recognised by complete DFAs with at most n states, for
 * n = 1..`maxStates`, over an alphabet of `symbols` letters, exact by enumeration (see the module
 * header), as a generator that yields progress (structures enumerated so far, and the counts
 * finished) every 2^14 structures.
 *
 * Cost: O(S · 2^n · n²k) for S accessible structures (over {a, b}: 4 states in milliseconds,
 * 5 in seconds); memory O(nk). `Left` (budget) beyond `budget.structures` structures in all;
 * `Left` (invalid-input) unless 1 ≤ maxStates ≤ 30 and symbols ≥ 1 are integers.
 *
 * @example
 * ```ts
 * runToEnd(dfaLanguageCountsSteps(4)); // right([{ states: 1, atMost: 2, … }, …, { states: 4, atMost: 57068, … }])
 * ```
 */
export function* dfaLanguageCountsSteps(
  maxStates: number,
  symbols = 2,
  budget: StructureBudget = {},
): Steps<readonly DfaLanguageCount[], E.Either<LimitLabError, readonly DfaLanguageCount[]>> {
  if (!(Number.isSafeInteger(maxStates) && maxStates >= 1 && maxStates <= 30))
    return E.left(invalidInput(`must be an integer in 1..30, got ${maxStates}`, "maxStates"));
  if (!(Number.isSafeInteger(symbols) && symbols >= 1))
    return E.left(invalidInput(`must be a positive integer, got ${symbols}`, "symbols"));
  const limit = budget.structures ?? DEFAULT_STRUCTURES;
  const out: DfaLanguageCount[] = [];
  let used = 0;
  let atMost = 0;
  for (let n = 1; n <= maxStates; n++) {
    const steps = countExactly(n, symbols, limit, used, 1 << 14);
    let r = steps.next();
    while (r.done !== true) {
      const progress: Progress<readonly DfaLanguageCount[]> = {
        done: used + r.value,
        partial: [...out],
      };
      yield progress;
      r = steps.next();
    }
    if (E.isLeft(r.value)) return r.value;
    const { structures, exactly } = r.value.right;
    used += structures;
    atMost += exactly;
    out.push({
      states: n,
      structures,
      exactly,
      atMost,
      labelledBound: labelledDfaBound(n, symbols),
    });
  }
  return E.right(out);
}

/**
 * {@link dfaLanguageCountsSteps} run to its end.
 *
 * @example
 * ```ts
 * dfaLanguageCounts(4); // right: atMost 2, 26, 1054, 57068
 * dfaLanguageCounts(6); // left: budget of 1000000 structures exceeded
 * ```
 */
export function dfaLanguageCounts(
  maxStates: number,
  symbols = 2,
  budget: StructureBudget = {},
): E.Either<LimitLabError, readonly DfaLanguageCount[]> {
  return runToEnd(dfaLanguageCountsSteps(maxStates, symbols, budget));
}
