/**
 * Lineage attribution: when the exact model cannot be named, the coarser questions a zoo's
 * provenance tree can still answer ("which base model?", "which family of fine-tunes?").
 *
 * The tree is the zoo's (src/attribution/zoo/zoo.ts): a model at depth d has d ancestors, and
 * its node at level ℓ is its ancestor at depth ℓ when d ≥ ℓ, else the model itself (a shallow
 * model answers for itself at deeper levels). The candidates at level ℓ are the level-ℓ nodes
 * of the sample's candidate models. A level's node is a function of the next level's node, so
 * once a level has a single candidate every coarser level has one too: the answer is the
 * deepest such level, with its node, or none when even the base model is ambiguous.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import { ancestorAt, type Zoo } from "../zoo/zoo.js";
import { candidates } from "./candidates.js";

/** The candidates at one level of the tree. */
export interface LineageLevel {
  readonly level: number;
  /** The distinct level-ℓ nodes (model names) of the candidate models, in zoo order. */
  readonly nodes: readonly string[];
}

/** What a sample tells about a model's lineage. */
export interface LineageAttribution {
  /** Candidate models (all members of candidate language classes), in zoo order. */
  readonly models: readonly string[];
  readonly levels: readonly LineageLevel[];
  /** The deepest level with a single candidate node, or null when level 0 is ambiguous. */
  readonly answer: { readonly level: number; readonly node: string } | null;
}

/**
 * The lineage a sample still determines (see the module header).
 *
 * Cost: {@link candidates}, then O(models · depth²) for the ancestor chains. `Left` for the
 * errors of {@link candidates} (a foreign symbol in the sample).
 *
 * @example
 * ```ts
 * // chat with fine-tunes chat/restrict and chat/restrict/watermark
 * lineageAttribution(zoo, [firstWord]); // right: level 0 ["chat"], …; answer { level: 0, node: "chat" }
 * ```
 */
export function lineageAttribution(
  zoo: Zoo,
  sample: readonly Word[],
): E.Either<LimitLabError, LineageAttribution> {
  const c = candidates(zoo, sample);
  if (E.isLeft(c)) return c;
  const chosen = c.right.classes.flatMap((x) => x.members).sort((a, b) => a - b);
  const name = (i: number) => zoo.entries[i]?.model.name ?? String(i);
  const depth = Math.max(0, ...chosen.map((i) => zoo.entries[i]?.depth ?? 0));
  const levels: LineageLevel[] = [];
  let answer: LineageAttribution["answer"] = null;
  for (let level = 0; level <= depth; level++) {
    const nodes = [...new Set(chosen.map((i) => name(ancestorAt(zoo, i, level))))];
    levels.push({ level, nodes });
    if (nodes.length === 1) answer = { level, node: nodes[0] as string };
  }
  return E.right({ models: chosen.map(name), levels, answer });
}
