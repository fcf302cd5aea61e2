/**
 * What the class view and the tell-tale view say about one member: its minimal size, whether
 * it is finite, star-free (P5, C11) and R-trivial, how many words it has, and its tell-tale
 * status (C4) within the scenario's window.
 *
 * Sizes are `stateCount` of the member's minimal complete DFA (sink included). Star-freeness
 * is computed within {@link MONOID_ELEMENTS} monoid elements; beyond, it is reported unknown
 * rather than computed without bound.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { isRTrivial } from "../../automata/classify/r-trivial.js";
import { isStarFree } from "../../automata/classify/star-free.js";
import { cardinality } from "../../automata/count/count.js";
import { isFinite } from "../../automata/decide.js";
import { stateCount } from "../../automata/dfa.js";
import type { Word } from "../../automata/word.js";
import type { AbsenceWitness, Exclusion } from "../../identification/certificate/types.js";
import type { Family } from "../../identification/family/family.js";
import { searchTellTale } from "../../identification/telltale/search.js";
import { classRegex, classWindow, type ExplorerClass } from "./class-model.js";

/** The most transition-monoid elements a star-freeness check may build: 10^4. */
export const MONOID_ELEMENTS = 10_000;

/** The facts of one member. */
export interface MemberFacts {
  readonly index: number;
  readonly name: string;
  readonly regex?: string;
  /** Where the member comes from: its provenance's operator, base and detail. */
  readonly origin: string;
  readonly states: number;
  readonly finite: boolean;
  /** `undefined` when the monoid exceeded {@link MONOID_ELEMENTS}. */
  readonly starFree: boolean | undefined;
  readonly rTrivial: boolean;
  /** The number of words as a decimal string, or `"∞"`. */
  readonly words: string;
}

/**
 * The facts of member i of the class.
 *
 * Cost: a minimisation, a transition monoid (within {@link MONOID_ELEMENTS} elements), a
 * finiteness check and a count: small for the members of a scenario.
 *
 * @example
 * ```ts
 * memberFacts(explorerClass(p4), 0); // { states: 14, finite: false, starFree: true, rTrivial: false, … }
 * ```
 */
export function memberFacts(c: ExplorerClass, i: number): MemberFacts {
  const m = c.family.at(i);
  const sf = isStarFree(m.dfa, { states: MONOID_ELEMENTS });
  const card = cardinality(m.dfa);
  const regex = classRegex(c, i);
  const p = m.provenance;
  return {
    index: i,
    name: m.name,
    ...(regex === undefined ? {} : { regex }),
    origin: [
      p.operator,
      p.base === undefined ? "" : ` of ${p.base}`,
      p.detail === undefined ? "" : `: ${p.detail}`,
    ].join(""),
    states: stateCount(m.dfa),
    finite: isFinite(m.dfa),
    starFree: E.isRight(sf) ? sf.right : undefined,
    rTrivial: isRTrivial(m.dfa),
    words: O.isSome(card) ? card.value.toString() : "∞",
  };
}

/** A member's tell-tale within the window, or a bounded certificate that it has none. */
export type TellTaleStatus =
  | {
      readonly kind: "candidate";
      readonly words: readonly Word[];
      readonly excluded: readonly Exclusion[];
      readonly members: number;
      readonly exact: boolean;
    }
  | {
      readonly kind: "absent";
      readonly length: number;
      readonly members: number;
      readonly witnesses: readonly AbsenceWitness[];
    }
  | { readonly kind: "error"; readonly message: string };

/**
 * The tell-tale status of member i among the first `window` members (all of a smaller finite
 * class), certifying absence for the words up to the scenario's `tellTaleLength`.
 *
 * Cost: as `searchTellTale` (inclusion checks among the window, memoised per family).
 *
 * @example
 * ```ts
 * tellTaleStatus(explorerClass(p4), 0).kind; // "absent": the base has no tell-tale
 * tellTaleStatus(explorerClass(p4), 3).kind; // "candidate"
 * ```
 */
export function tellTaleStatus(c: ExplorerClass, i: number): TellTaleStatus {
  const r = searchTellTale(c.family, i, {
    members: classWindow(c),
    length: c.scenario.tellTaleLength,
  });
  if (E.isLeft(r)) return { kind: "error", message: r.left.message };
  if (r.right.kind === "absent") {
    const a = r.right.absence;
    return { kind: "absent", length: a.length, members: a.members, witnesses: a.witnesses };
  }
  const t = r.right.tellTale;
  return {
    kind: "candidate",
    words: t.words,
    excluded: t.excluded,
    members: t.members,
    exact: t.exact,
  };
}

/**
 * A member as screens name it: its index and name.
 *
 * @example
 * ```ts
 * memberLabel(exFt(chat, "chat"), 0); // "L0 chat"
 * ```
 */
export function memberLabel(family: Family, i: number): string {
  return `L${i} ${family.at(i).name}`;
}
