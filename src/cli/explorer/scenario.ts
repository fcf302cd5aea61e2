/**
 * The scenarios the explorer can open: what the gallery lists, and for each the class, the
 * member whose text a run presents, and the report printed when there is no terminal.
 *
 * Invariants: ids are unique; `family()` returns the same family on every call (it is built on
 * first use), so learners, relations and member caches are shared across screens; `target` and
 * every index below `window` are members of that family.
 *
 * These are the scenarios whose class the explorer can open (today the default, `P4-finetune`,
 * THEORY.md "The default scenario"); the gallery lists the attribution registry's scenarios
 * beside them (`gallery-model.ts`), which show their registry reports.
 *
 * @module
 */
import { CHAT_REGEX, chatBase } from "../../attribution/models/chat.js";
import { p4FinetuneFacts } from "../../attribution/scenarios/p4-finetune-facts.js";
import { exFt } from "../../identification/family/examples.js";
import type { Family } from "../../identification/family/family.js";
import { formatP4Facts } from "../views/p4-facts.js";

/** A scenario as the explorer shows it. */
export interface ExplorerScenario {
  readonly id: string;
  readonly title: string;
  /** What a run of it shows, in one or two sentences. */
  readonly demonstrates: string;
  /** THEORY.md ids it makes executable. */
  readonly theoryIds: readonly string[];
  /** The class (built on first use, then the same value). */
  readonly family: () => Family;
  /** The regex of member i, when the member was given by one. */
  readonly regexOf: (i: number) => string | undefined;
  /** The member whose text a run presents by default. */
  readonly target: number;
  /** How many members the class view, the candidate set and tell-tale searches look at. */
  readonly window: number;
  /** Tell-tale absence is certified for the words up to this length. */
  readonly tellTaleLength: number;
  /** The report printed without a terminal (CI, pipes). */
  readonly report: () => string;
  /** The same report as a JSON-serialisable value (`--json`). */
  readonly json: () => unknown;
}

/** The id `limitlab explore` and `npm start` open: `"P4-finetune"`. */
export const DEFAULT_SCENARIO = "P4-finetune";

function once<A>(make: () => A): () => A {
  let value: { readonly a: A } | undefined;
  return () => {
    value ??= { a: make() };
    return value.a;
  };
}

function p4Finetune(): ExplorerScenario {
  return {
    id: DEFAULT_SCENARIO,
    title: "a chat-like base model and its fine-tunes",
    demonstrates:
      "Fine-tunes can restrict the base to any finite set of its outputs, so the class is superfinite: Gold's adversary beats every text learner (P4/R1).",
    theoryIds: ["P4", "R1", "C2", "P5"],
    family: once(() => exFt(chatBase(), "chat")),
    regexOf: (i) => (i === 0 ? CHAT_REGEX : undefined),
    target: 0,
    window: 64,
    tellTaleLength: 14,
    report: () => formatP4Facts(p4FinetuneFacts(10)),
    json: () => p4FinetuneFacts(10),
  };
}

/**
 * The scenarios of the gallery, in the order it lists them. Each call builds fresh values
 * (families are still built only when first asked for).
 *
 * @example
 * ```ts
 * explorerScenarios().map((s) => s.id); // ["P4-finetune"]
 * ```
 */
export function explorerScenarios(): readonly ExplorerScenario[] {
  return [p4Finetune()];
}

/**
 * The scenario with this id, if there is one.
 *
 * @example
 * ```ts
 * findScenario(explorerScenarios(), "P4-finetune")?.target; // 0
 * findScenario(explorerScenarios(), "nope"); // undefined
 * ```
 */
export function findScenario(
  list: readonly ExplorerScenario[],
  id: string,
): ExplorerScenario | undefined {
  return list.find((s) => s.id === id);
}
