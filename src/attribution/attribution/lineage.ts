/**
 * Lineage attribution: when the exact model cannot be named, the coarser questions a zoo's
 * provenance tree can still answer ("which base model?", "which family of fine-tunes?").
 *
 * The tree. Every model names its parent (the model it was derived from), or none for a base
 * model; a parent need not be in the zoo itself (an outside base still groups its fine-tunes).
 * A model at depth d has d ancestors; its node at level ℓ is its ancestor at depth ℓ when
 * d ≥ ℓ, else the model itself (a shallow model answers for itself at deeper levels).
 *
 * The answer. The candidates at level ℓ are the level-ℓ nodes of the candidate models of the
 * sample. A level's node is a function of the next level's node, so once a level has a single
 * candidate every coarser level has one too: the answer is the deepest such level, with its
 * node, or none when even the base model is ambiguous.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import type { Word } from "../../automata/word.js";
import type { Family } from "../../identification/family/family.js";
import { candidates } from "./candidates.js";
import type { CandidateModel } from "./classes.js";

/** A deterministic model with the name of the model it was derived from. */
export interface LineageModel extends CandidateModel {
  /** The parent's name; absent for a base model. */
  readonly parent?: string;
}

/** The candidates at one level of the tree. */
export interface LineageLevel {
  readonly level: number;
  /** The distinct level-ℓ nodes of the candidate models, in zoo order of first appearance. */
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

/** Root-first ancestor chains, or a Left for a parent cycle. */
function chains(models: readonly LineageModel[]): E.Either<LimitLabError, string[][]> {
  const parent = new Map<string, string | undefined>();
  for (const m of models) parent.set(m.name, m.parent);
  const out: string[][] = [];
  for (const m of models) {
    const path = [m.name];
    const seen = new Set(path);
    for (let p = m.parent; p !== undefined; p = parent.get(p)) {
      if (seen.has(p))
        return E.left(invalidInput(`the parents of ${m.name} form a cycle through ${p}`, "parent"));
      seen.add(p);
      path.push(p);
    }
    out.push(path.reverse());
  }
  return E.right(out);
}

/**
 * The lineage a sample still determines (see the module header).
 *
 * Cost: {@link candidates}, then O(models · depth). `Left` for a parent cycle, duplicate model
 * names, and the errors of {@link candidates}.
 *
 * @example
 * ```ts
 * const zoo = [
 *   { name: "chat", dfa: chat },
 *   { name: "chat-1", dfa: ft1, parent: "chat" },
 *   { name: "chat-2", dfa: ft2, parent: "chat" },
 * ];
 * lineageAttribution(zoo, [firstWord]); // right: level 0 ["chat"], level 1 ["chat", "chat-1", "chat-2"]; answer level 0
 * ```
 */
export function lineageAttribution(
  models: readonly LineageModel[],
  sample: readonly Word[],
): E.Either<LimitLabError, LineageAttribution> {
  const names = new Set(models.map((m) => m.name));
  if (names.size !== models.length)
    return E.left(invalidInput("model names must be distinct to form a lineage tree", "zoo"));
  const paths = chains(models);
  if (E.isLeft(paths)) return paths;
  const c = candidates(models, sample);
  if (E.isLeft(c)) return c;
  const chosen = c.right.classes.flatMap((x) => x.members).sort((a, b) => a - b);
  const depth = Math.max(0, ...chosen.map((i) => (paths.right[i] as string[]).length - 1));
  const levels: LineageLevel[] = [];
  let answer: LineageAttribution["answer"] = null;
  for (let level = 0; level <= depth; level++) {
    const nodes = [
      ...new Set(
        chosen.map((i) => {
          const p = paths.right[i] as string[];
          return p[Math.min(level, p.length - 1)] as string;
        }),
      ),
    ];
    levels.push({ level, nodes });
    if (nodes.length === 1) answer = { level, node: nodes[0] as string };
  }
  return E.right({
    models: chosen.map((i) => (models[i] as LineageModel).name),
    levels,
    answer: chosen.length === 0 ? null : answer,
  });
}

/**
 * A family's members as lineage models: each member's parent is its provenance's `base`.
 *
 * Cost: O(size). `Left` for an infinite family.
 *
 * @example
 * ```ts
 * lineageModels(exFt(chatBase(), "chat")); // left: infinite
 * ```
 */
export function lineageModels(family: Family): E.Either<LimitLabError, readonly LineageModel[]> {
  if (!Number.isFinite(family.size))
    return E.left(invalidInput(`${family.description} is infinite`, "zoo"));
  return E.right(
    Array.from({ length: family.size }, (_, i) => {
      const m = family.at(i);
      const base = m.provenance.base;
      return base === undefined
        ? { name: m.name, dfa: m.dfa }
        : { name: m.name, dfa: m.dfa, parent: base };
    }),
  );
}
