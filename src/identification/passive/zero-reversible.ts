/**
 * ZR: Angluin's (1982) inference of zero-reversible languages from positive data
 * (THEORY.md C6, the case k = 0).
 *
 * A language is zero-reversible when its minimal trim DFA is also deterministic when every
 * edge is reversed: one accepting state, and no state entered on the same symbol from two
 * different states. Law: `zeroReversible(S)` accepts the smallest zero-reversible language
 * containing S. Fed the growing finite prefixes of a text for a zero-reversible language, its
 * guesses converge to that language (identification in the limit from text).
 *
 * Method (Angluin's ZR): the prefix tree of S, then the coarsening of its trivial partition
 * that merges all accepting nodes into one block and closes it under determinism (two
 * a-successors of one block merge) and reverse determinism (two a-predecessors of one block
 * merge), with union-find and one successor and one predecessor link per block and symbol.
 *
 * @module
 */
import type { Alphabet } from "../../automata/alphabet.js";
import { canonicalize } from "../../automata/canonical.js";
import { type Dfa, makeDfa } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";
import { blocksToDfa, mergeBlocks, singletonBlocks } from "./block-merge.js";
import { POSITIVE, prefixTree } from "./prefix-tree.js";

/**
 * The minimal complete DFA of the smallest zero-reversible language containing the sample.
 *
 * The quotient ZR computes is trim and zero-reversible, hence already the minimal trim DFA of
 * its language; the result is that quotient with a rejecting sink when one is needed, numbered
 * canonically (breadth-first), so it equals `minimize` of itself (`dfaEquals`). The empty
 * sample gives the empty language (one rejecting state). Duplicates in the sample are allowed.
 *
 * Cost: O(L·k·α(L)) time and O(L·k) memory, L the total length of the sample (near-linear):
 * the prefix tree, at most L unions each pushing at most 2k pairs, one linear read-out.
 *
 * @throws LimitLabException (invalid-input) when a word has a symbol index outside the
 * alphabet (validate user words with `checkWord` or read them with `parseSample`).
 * @example
 * ```ts
 * const a = unsafeAlphabet(["a"]);
 * // {a, aa}: the accepting nodes merge, then their predecessors (ε and a): a*
 * accepts(zeroReversible([[0], [0, 0]], a), []); // true
 * stateCount(zeroReversible([[0], [0, 0]], a)); // 1
 * // {ab} over {a, b} is zero-reversible already: ε -a-> · -b-> (accepting), plus the sink
 * stateCount(zeroReversible([[0, 1]], unsafeAlphabet(["a", "b"]))); // 4
 * ```
 */
export function zeroReversible(sample: readonly Word[], alphabet: Alphabet): Dfa {
  const tree = prefixTree(alphabet, sample);
  if (sample.length === 0)
    return makeDfa(alphabet, 1, 0, new Int32Array(alphabet.symbols.length), new Uint8Array(1));
  const b = singletonBlocks(tree, true);
  let firstFinal = -1;
  for (let q = 0; q < tree.nodes; q++) {
    if (tree.label[q] !== POSITIVE) continue;
    if (firstFinal < 0) firstFinal = q;
    else mergeBlocks(b, firstFinal, q);
  }
  return canonicalize(blocksToDfa(b));
}
