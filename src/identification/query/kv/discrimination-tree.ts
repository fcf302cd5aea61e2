/**
 * The discrimination tree of Kearns–Vazirani (1994).
 *
 * Invariants: every inner node holds a discriminator v (a suffix) and two children, `side 0`
 * for words u with T(u·v) = 0 and `side 1` for T(u·v) = 1; the root's discriminator is ε.
 * Every leaf holds one state (its access word lives in the learner); a child may be empty
 * (−1) until a word sifts into it. Two access words in different leaves are told apart by the
 * discriminator at their lowest common ancestor.
 *
 * Cost: sifting a word from node x costs one membership query per inner node passed.
 *
 * A tree is a fresh mutable value owned by one learner run.
 *
 * @module
 */
import type { Word } from "../../../automata/word.js";
import { ask, type LearnerStep } from "../learner.js";

/** Where a sift ended: a leaf, or an empty child of `parent` on `side`. */
export type SiftEnd =
  | { readonly kind: "leaf"; readonly node: number }
  | { readonly kind: "empty"; readonly parent: number; readonly side: number };

/** The tree (see the module invariants). */
export class DiscriminationTree {
  /** `discriminator[x]`: the suffix of an inner node (undefined for leaves). */
  private readonly discriminator: (Word | undefined)[] = [[]];
  private readonly children: number[] = [-1, -1];
  /** `state[x]`: the state of a leaf (−1 for inner nodes). */
  private readonly state: number[] = [-1];

  /** Is node x a leaf? */
  isLeaf(x: number): boolean {
    return this.discriminator[x] === undefined;
  }

  /** The state at leaf x. */
  stateAt(x: number): number {
    return this.state[x] as number;
  }

  /** Hangs a new leaf for `state` on an empty child; returns the leaf. */
  addLeaf(parent: number, side: number, state: number): number {
    const leaf = this.state.length;
    this.discriminator.push(undefined);
    this.children.push(-1, -1);
    this.state.push(state);
    this.children[parent * 2 + side] = leaf;
    return leaf;
  }

  /**
   * Turns leaf x into an inner node with discriminator v: the old state moves to a new leaf
   * on `oldSide`, `newState` to a leaf on the other side. Returns the two new leaves.
   */
  split(x: number, v: Word, oldSide: number, newState: number): { old: number; added: number } {
    const oldState = this.state[x] as number;
    this.discriminator[x] = v;
    this.state[x] = -1;
    const old = this.addLeaf(x, oldSide, oldState);
    const added = this.addLeaf(x, 1 - oldSide, newState);
    return { old, added };
  }

  /** Sifts word u down from node x (an inner node or a leaf). */
  *sift(u: Word, from = 0): LearnerStep<SiftEnd> {
    let x = from;
    for (;;) {
      const v = this.discriminator[x];
      if (v === undefined) return { kind: "leaf", node: x };
      const side = (yield* ask([...u, ...v])) ? 1 : 0;
      const next = this.children[x * 2 + side] as number;
      if (next < 0) return { kind: "empty", parent: x, side };
      x = next;
    }
  }
}
