/**
 * RPNI (Oncina & García 1992): regular positive and negative inference by red–blue state
 * merging on the prefix tree of a labelled sample.
 *
 * Law: the result is consistent with its sample (it accepts every positive word and rejects
 * every negative one). When the sample contains a characteristic sample of a regular language
 * L for this merge order, the result is the minimal DFA of L; so on growing prefixes of an
 * informant for L the guesses converge to L (identification in the limit from informant).
 *
 * Method (the red–blue formulation, de la Higuera 2010, ch. 12). States are named by the
 * prefix-tree nodes, in shortlex order of their words. Red states are final; blue states are
 * the non-red successors of red states, each the root of a tree. Repeatedly take the
 * shortlex-least blue state b and try each red state r in shortlex order: redirect b's one
 * incoming edge to r and fold b's tree into r (node by node, a missing edge of the red side
 * takes the blue subtree, labels merge). The first fold that joins no positive node with a
 * negative one is kept; if none is, b turns red. Folds write into the flat child and label
 * arrays and log each write on a trail, so a failed fold is undone in the time it took.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Alphabet } from "../../automata/alphabet.js";
import type { Dfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { budgetError, type LimitLabError } from "../../automata/support/errors.js";
import type { InformantDatum } from "../datum.js";
import { completeTable, labelledPrefixTree, POSITIVE } from "./prefix-tree.js";

/** Options of {@link rpni}. */
export interface RpniOptions {
  /**
   * The most fold steps (node pairs visited by merge attempts, kept or undone) the run may
   * take. RPNI is polynomial but cubic in the worst case: O(n³) steps on n tree nodes.
   * @defaultValue {@link DEFAULT_RPNI_STEPS}
   */
  readonly steps?: number;
}

/** The default step budget of {@link rpni}: one billion fold steps. */
export const DEFAULT_RPNI_STEPS = 1_000_000_000;

/** Mutable merge state of one run (local to {@link rpni}). */
interface Merging {
  readonly k: number;
  readonly child: Int32Array;
  readonly label: Uint8Array;
  /** The one edge into each node hung under another by a kept fold: its source and symbol. */
  readonly inNode: Int32Array;
  readonly inSym: Int32Array;
  readonly red: Uint8Array;
  /** (index into child, old value) pairs of the child writes since the last commit. */
  readonly childTrail: Int32Array;
  childWrites: number;
  /** Nodes whose label was 0 and got written since the last commit. */
  readonly labelTrail: Int32Array;
  labelWrites: number;
  /** The fold's work stack of (red-side node, blue-side node) pairs. */
  readonly work: Int32Array;
  steps: number;
  readonly limit: number;
}

function setChild(m: Merging, i: number, v: number): void {
  const t = m.childWrites;
  m.childTrail[t] = i;
  m.childTrail[t + 1] = m.child[i] as number;
  m.childWrites = t + 2;
  m.child[i] = v;
}

/** Undoes every write since the last commit, newest first. */
function undo(m: Merging): void {
  const { child, childTrail, label, labelTrail } = m;
  for (let t = m.childWrites - 2; t >= 0; t -= 2)
    child[childTrail[t] as number] = childTrail[t + 1] as number;
  for (let t = 0; t < m.labelWrites; t++) label[labelTrail[t] as number] = 0;
  m.childWrites = 0;
  m.labelWrites = 0;
}

/**
 * Folds blue node b into red node r. Returns 1 when consistent (writes stay on the trail),
 * 0 on a label clash (the caller undoes), -1 when the step budget ran out.
 */
function fold(m: Merging, r: number, b: number): number {
  const { k, child, label, work } = m;
  setChild(m, (m.inNode[b] as number) * k + (m.inSym[b] as number), r);
  let top = 0;
  work[top++] = r;
  work[top++] = b;
  while (top > 0) {
    const y = work[--top] as number;
    const x = work[--top] as number;
    if (++m.steps > m.limit) return -1;
    const ly = label[y] as number;
    if (ly !== 0) {
      const lx = label[x] as number;
      if (lx === 0) {
        label[x] = ly;
        m.labelTrail[m.labelWrites++] = x;
      } else if (lx !== ly) return 0;
    }
    for (let s = 0; s < k; s++) {
      const yc = child[y * k + s] as number;
      if (yc < 0) continue;
      const xc = child[x * k + s] as number;
      if (xc < 0) setChild(m, x * k + s, yc);
      else {
        work[top++] = xc;
        work[top++] = yc;
      }
    }
  }
  return 1;
}

/** A binary min-heap of node numbers (the blue candidates). */
function heapPush(h: number[], v: number): void {
  let i = h.length;
  h.push(v);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if ((h[p] as number) <= v) break;
    h[i] = h[p] as number;
    i = p;
  }
  h[i] = v;
}

function heapPop(h: number[]): number {
  const top = h[0] as number;
  const last = h.pop() as number;
  const n = h.length;
  if (n > 0) {
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (h[c + 1] as number) < (h[c] as number)) c++;
      if ((h[c] as number) >= last) break;
      h[i] = h[c] as number;
      i = c;
    }
    h[i] = last;
  }
  return top;
}

/** Is node y a blue state now: not red, and the target of its recorded edge from a red node? */
function isBlue(m: Merging, y: number): boolean {
  const p = m.inNode[y] as number;
  return m.red[y] === 0 && m.red[p] === 1 && m.child[p * m.k + (m.inSym[y] as number)] === y;
}

/** Turns b red and queues its successors as blue candidates. */
function promote(m: Merging, reds: number[], blues: number[], b: number): void {
  m.red[b] = 1;
  reds.push(b);
  for (let s = 0; s < m.k; s++) {
    const c = m.child[b * m.k + s] as number;
    if (c >= 0) heapPush(blues, c);
  }
}

/**
 * After a kept fold: records the edge into each node it hung under another (a write over -1),
 * queues those hung under red nodes as blue candidates, and forgets the trail.
 */
function commit(m: Merging, blues: number[]): void {
  const { k, child, childTrail } = m;
  for (let t = 0; t < m.childWrites; t += 2) {
    if (childTrail[t + 1] !== -1) continue;
    const i = childTrail[t] as number;
    const y = child[i] as number;
    const x = (i / k) | 0;
    m.inNode[y] = x;
    m.inSym[y] = i - x * k;
    if (m.red[x] === 1) heapPush(blues, y);
  }
  m.childWrites = 0;
  m.labelWrites = 0;
}

/**
 * RPNI on a labelled sample: the minimal complete DFA of its red–blue merge result (states
 * that no positive word reaches reject; the result is minimised, so canonically numbered).
 *
 * Left (kind `invalid-input`, field `sample[i]`) when a word appears with both labels or has a
 * symbol index outside the alphabet; Left (kind `budget`, budget `steps`) when the merge
 * attempts exceed `options.steps` fold steps. A word may repeat with the same label. An empty
 * sample, or one without positive words, gives the empty language.
 *
 * Cost, n prefix-tree nodes (n ≤ L + 1, L the total sample length) over k symbols: O(L·k) for
 * the tree; each merge attempt costs the size of the blue tree it folds, twice when undone;
 * at most n blue states times |red| ≤ n attempts, so O(n³) steps in the worst case and far
 * fewer in practice (a failed fold usually stops after a few nodes); then minimisation.
 *
 * @example
 * ```ts
 * const ab = unsafeAlphabet(["a", "b"]);
 * // words with an even number of a's, from a handful of labelled words
 * const d = rpni(
 *   [
 *     { word: [], label: true }, { word: [0], label: false }, { word: [0, 0], label: true },
 *     { word: [1], label: true }, { word: [0, 1], label: false }, { word: [1, 0], label: false },
 *   ],
 *   ab,
 * ); // right(2-state DFA of (b | ab*a)*)
 * rpni([{ word: [0], label: true }, { word: [0], label: false }], ab);
 * // left: sample[1]: the word "a" is labelled false here and true at sample[0] …
 * ```
 */
export function rpni(
  sample: readonly InformantDatum[],
  alphabet: Alphabet,
  options: RpniOptions = {},
): E.Either<LimitLabError, Dfa> {
  const built = labelledPrefixTree(alphabet, sample);
  if (E.isLeft(built)) return built;
  const tree = built.right;
  const k = alphabet.symbols.length;
  const m: Merging = {
    k,
    child: tree.child.slice(),
    label: tree.label.slice(),
    inNode: tree.parent.slice(),
    inSym: tree.symbol.slice(),
    red: new Uint8Array(tree.nodes),
    childTrail: new Int32Array(2 * (tree.nodes * k + 1)),
    childWrites: 0,
    labelTrail: new Int32Array(tree.nodes),
    labelWrites: 0,
    work: new Int32Array(2 * tree.nodes),
    steps: 0,
    limit: options.steps ?? DEFAULT_RPNI_STEPS,
  };
  const reds: number[] = [];
  const blues: number[] = [];
  promote(m, reds, blues, 0);
  while (blues.length > 0) {
    const b = heapPop(blues);
    if (!isBlue(m, b)) continue;
    let merged = false;
    for (const r of reds) {
      const outcome = fold(m, r, b);
      if (outcome < 0) return E.left(budgetError("steps", m.limit, m.steps, "RPNI merge attempts"));
      if (outcome === 1) {
        commit(m, blues);
        merged = true;
        break;
      }
      undo(m);
    }
    if (!merged) promote(m, reds, blues, b);
  }
  return E.right(minimize(hypothesis(m, alphabet, reds)));
}

/** The red part as a complete DFA (every successor of a red state is red at the end). */
function hypothesis(m: Merging, alphabet: Alphabet, reds: readonly number[]): Dfa {
  const k = m.k;
  const id = new Int32Array(m.red.length).fill(-1);
  for (const [i, r] of reds.entries()) id[r] = i;
  const next = new Int32Array(reds.length * k);
  const accepting = new Uint8Array(reds.length);
  for (const [i, r] of reds.entries()) {
    accepting[i] = m.label[r] === POSITIVE ? 1 : 0;
    for (let s = 0; s < k; s++) {
      const c = m.child[r * k + s] as number;
      next[i * k + s] = c < 0 ? -1 : (id[c] as number);
    }
  }
  return completeTable(alphabet, reds.length, 0, next, accepting);
}
