/**
 * The shortest-witness search shared by every decision.
 *
 * Law: BFS from the start that asks for successors in symbol order discovers each node
 * first along its shortest, then shortlex-least, access word; so the first marked node
 * discovered gives the shortest, then shortlex-least, word reaching a marked node.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { growInt32, type SuccessorView } from "./view.js";
import type { Word } from "./word.js";

/**
 * The shortest, then shortlex-least, word leading from the start of the view to a marked
 * node, or none when no marked node is reachable. Stops at the first marked node.
 *
 * Cost: O(N·k) time and O(N) memory for the N nodes discovered before it stops.
 *
 * @example
 * ```ts
 * shortestMarked(dfaView(d)); // some([0, 1]) when "ab" is the least accepted word
 * ```
 */
export function shortestMarked(view: SuccessorView): O.Option<Word> {
  if (view.marked(0)) return O.some([]);
  const k = view.symbols;
  let parent = new Int32Array(64);
  let via = new Int32Array(64);
  for (let node = 0; node < view.size; node++) {
    for (let s = 0; s < k; s++) {
      const before = view.size;
      const t = view.next(node, s);
      if (t < before) continue;
      parent = growInt32(parent, t + 1);
      via = growInt32(via, t + 1);
      parent[t] = node;
      via[t] = s;
      if (view.marked(t)) return O.some(pathTo(parent, via, t));
    }
  }
  return O.none;
}

function pathTo(parent: Int32Array, via: Int32Array, node: number): Word {
  const out: number[] = [];
  for (let v = node; v !== 0; v = parent[v] as number) out.push(via[v] as number);
  return out.reverse();
}
