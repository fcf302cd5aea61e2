/**
 * Angluin's observation table (S, E, T) for L*.
 *
 * Invariants: row 0 is ε and in S; S is prefix-closed and every S row r has its k
 * extensions `ext[r·k + a]` (the rows S·Σ); E[0] = ε; `bits[r][j]` = T(word(r) · E[j]).
 * Rows are grouped by content without string keys: `cls[r]` is the node reached by reading
 * the row's bits in a binary trie over the columns, so two rows are equal iff they share a
 * node; `rep[node]` is the first S row with that content (−1 when none).
 *
 * Cost: one membership query per cell (the driver's cache absorbs repeats); closedness is
 * found by a scan that resumes where it stopped (rows only gain representatives until a
 * column is added).
 *
 * A table is a fresh mutable value owned by one learner run.
 *
 * @module
 */

import type { Alphabet } from "../../../automata/alphabet.js";
import { type Dfa, makeDfa } from "../../../automata/dfa.js";
import type { Word } from "../../../automata/word.js";
import { ask, type LearnerStep } from "../learner.js";

/** A hypothesis read off a closed table, with the access word of each state. */
export interface TableHypothesis {
  readonly dfa: Dfa;
  /** `access[q]`: the S word whose row is state q. */
  readonly access: readonly Word[];
}

/** The observation table (see the module invariants). */
export class ObservationTable {
  readonly k: number;
  readonly words: Word[] = [];
  readonly suffixes: Word[] = [];
  private readonly inS: boolean[] = [];
  private readonly ext: number[] = [];
  private readonly bits: Uint8Array[] = [];
  private readonly cls: number[] = [];
  private trie: number[] = [-1, -1];
  private rep: number[] = [-1];
  private scan = 0;

  constructor(readonly alphabet: Alphabet) {
    this.k = alphabet.symbols.length;
  }

  /** Number of rows (S and S·Σ). */
  get rows(): number {
    return this.words.length;
  }

  /** Is row r in S? */
  isAccess(r: number): boolean {
    return this.inS[r] === true;
  }

  /** The row of word(r)·a (r must be in S). */
  extension(r: number, a: number): number {
    return this.ext[r * this.k + a] as number;
  }

  private childOf(node: number, bit: number): number {
    const at = node * 2 + bit;
    let c = this.trie[at] as number;
    if (c < 0) {
      c = this.trie.length / 2;
      this.trie.push(-1, -1);
      this.rep.push(-1);
      this.trie[at] = c;
    }
    return c;
  }

  private *addRow(word: Word): LearnerStep<number> {
    const r = this.words.length;
    const row = new Uint8Array(Math.max(8, this.suffixes.length * 2));
    let node = 0;
    for (let j = 0; j < this.suffixes.length; j++) {
      const b = (yield* ask([...word, ...(this.suffixes[j] as Word)])) ? 1 : 0;
      row[j] = b;
      node = this.childOf(node, b);
    }
    this.words.push(word);
    this.inS.push(false);
    this.bits.push(row);
    this.cls.push(node);
    for (let a = 0; a < this.k; a++) this.ext.push(-1);
    return r;
  }

  /** Starts the table: E = {ε}, S = {ε}. */
  *init(): LearnerStep<void> {
    this.suffixes.push([]);
    yield* this.addRow([]);
    yield* this.promote(0);
  }

  /** Moves row r into S and adds its extensions. */
  *promote(r: number): LearnerStep<void> {
    if (this.inS[r] === true) return;
    this.inS[r] = true;
    const node = this.cls[r] as number;
    if (this.rep[node] === -1) this.rep[node] = r;
    const w = this.words[r] as Word;
    for (let a = 0; a < this.k; a++) {
      const e = yield* this.addRow([...w, a]);
      this.ext[r * this.k + a] = e;
    }
  }

  /** Adds a column (a suffix not yet in E) and fills it. */
  *addSuffix(e: Word): LearnerStep<void> {
    const j = this.suffixes.length;
    this.suffixes.push(e);
    this.trie = [-1, -1];
    this.rep = [-1];
    for (let r = 0; r < this.words.length; r++) {
      let row = this.bits[r] as Uint8Array;
      if (j >= row.length) {
        const grown = new Uint8Array(row.length * 2);
        grown.set(row);
        row = grown;
        this.bits[r] = row;
      }
      row[j] = (yield* ask([...(this.words[r] as Word), ...e])) ? 1 : 0;
    }
    for (let r = 0; r < this.words.length; r++) {
      const row = this.bits[r] as Uint8Array;
      let node = 0;
      for (let i = 0; i <= j; i++) node = this.childOf(node, row[i] as number);
      this.cls[r] = node;
    }
    for (let r = 0; r < this.words.length; r++) {
      const node = this.cls[r] as number;
      if (this.inS[r] === true && this.rep[node] === -1) this.rep[node] = r;
    }
    this.scan = 0;
  }

  /** Is some suffix already a column? */
  hasSuffix(e: Word): boolean {
    return this.suffixes.some((s) => s.length === e.length && s.every((x, i) => x === e[i]));
  }

  /** A row of S·Σ whose content no S row has (−1 when the table is closed). */
  unclosed(): number {
    for (; this.scan < this.words.length; this.scan++)
      if (this.rep[this.cls[this.scan] as number] === -1) return this.scan;
    return -1;
  }

  /**
   * A new column a·E[j] for two equal S rows whose a-extensions differ in column j
   * (undefined when the table is consistent).
   */
  inconsistency(): Word | undefined {
    for (let s = 0; s < this.words.length; s++) {
      if (this.inS[s] !== true) continue;
      const r = this.rep[this.cls[s] as number] as number;
      if (r === s) continue;
      for (let a = 0; a < this.k; a++) {
        const x = this.extension(s, a);
        const y = this.extension(r, a);
        if (this.cls[x] === this.cls[y]) continue;
        const bx = this.bits[x] as Uint8Array;
        const by = this.bits[y] as Uint8Array;
        let j = 0;
        while (bx[j] === by[j]) j++;
        return [a, ...(this.suffixes[j] as Word)];
      }
    }
    return undefined;
  }

  /** The hypothesis of a closed (and, for Angluin's processing, consistent) table. */
  hypothesis(): TableHypothesis {
    const stateOf = new Int32Array(this.rep.length).fill(-1);
    const reps: number[] = [];
    for (let r = 0; r < this.words.length; r++) {
      const node = this.cls[r] as number;
      if (this.inS[r] === true && this.rep[node] === r) {
        stateOf[node] = reps.length;
        reps.push(r);
      }
    }
    const n = reps.length;
    const delta = new Int32Array(n * this.k);
    const accepting = new Uint8Array(n);
    for (let q = 0; q < n; q++) {
      const r = reps[q] as number;
      accepting[q] = (this.bits[r] as Uint8Array)[0] as number;
      for (let a = 0; a < this.k; a++)
        delta[q * this.k + a] = stateOf[this.cls[this.extension(r, a)] as number] as number;
    }
    const start = stateOf[this.cls[0] as number] as number;
    return {
      dfa: makeDfa(this.alphabet, n, start, delta, accepting),
      access: reps.map((r) => this.words[r] as Word),
    };
  }
}
