/**
 * Angluin's Condition 1 and its misstated form by brute force over membership vectors, for the
 * proofs (THEORY.md P3, C4). Languages are rows of 0/1 membership over a fixed word list W that
 * is complete for the members at hand (two members are equal, or included, exactly when their
 * rows are), so inclusion is a comparison of bits and nothing here calls the library's
 * inclusion, equivalence or tell-tale code.
 */
import { accepts, type Dfa } from "../../src/automata/dfa.js";
import type { Word } from "../../src/automata/word.js";

/** Membership of each member over the word list W, and W's index by word. */
export interface Table {
  readonly words: readonly Word[];
  readonly rows: readonly (readonly boolean[])[];
  readonly index: ReadonlyMap<string, number>;
}

/**
 * The membership table of `members` over `words` (W must hold every word later asked about).
 *
 * @example
 * ```ts
 * table([aStar, empty], [[], [0]]).rows; // [[true, true], [false, false]]
 * ```
 */
export function table(members: readonly Dfa[], words: readonly Word[]): Table {
  return {
    words,
    rows: members.map((d) => words.map((w) => accepts(d, w))),
    index: new Map(words.map((w, i) => [w.join(","), i])),
  };
}

/** Row j ⊆ row i. */
export function included(t: Table, j: number, i: number): boolean {
  const a = t.rows[j] as readonly boolean[];
  const b = t.rows[i] as readonly boolean[];
  return a.every((x, k) => !x || b[k] === true);
}

/** Row j ⊊ row i. */
export function properlyIncluded(t: Table, j: number, i: number): boolean {
  return included(t, j, i) && !included(t, i, j);
}

/** Does row i hold every word of `set`? Throws for a word outside W (a bound too small). */
function holdsAll(t: Table, i: number, set: readonly Word[]): boolean {
  const row = t.rows[i] as readonly boolean[];
  return set.every((w) => {
    const k = t.index.get(w.join(","));
    if (k === undefined) throw new Error(`word ${w.join(",")} is outside the brute-force bound`);
    return row[k] === true;
  });
}

/** The first failure of a condition, in the order (i, then j) both checkers use. */
export interface BruteFailure {
  readonly i: number;
  readonly j: number;
  readonly reason: "not-a-subset" | "proper-subset" | "not-equal";
}

/**
 * The first pair (i, j) breaking Condition 1 (`"correct"`: T_i ⊆ L_j ⇒ ¬(L_j ⊊ L_i)) or its
 * misstated form (`"misstated"`: T_i ⊆ L_j ⇒ L_i = L_j), or undefined when it holds for the
 * given sets against every member of the table. Cost: O(sets · members · |W|).
 *
 * @example
 * ```ts
 * bruteCondition("misstated", lenTable, [[], [[0]]]); // { i: 0, j: 1, reason: "not-equal" }
 * ```
 */
export function bruteCondition(
  kind: "correct" | "misstated",
  t: Table,
  sets: readonly (readonly Word[])[],
): BruteFailure | undefined {
  for (const [i, set] of sets.entries()) {
    if (!holdsAll(t, i, set)) return { i, j: i, reason: "not-a-subset" };
    for (let j = 0; j < t.rows.length; j++) {
      if (j === i || !holdsAll(t, j, set)) continue;
      if (kind === "correct" && properlyIncluded(t, j, i)) return { i, j, reason: "proper-subset" };
      if (kind === "misstated" && !(included(t, i, j) && included(t, j, i)))
        return { i, j, reason: "not-equal" };
    }
  }
  return undefined;
}
