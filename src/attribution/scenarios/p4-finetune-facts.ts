/**
 * The facts of the default scenario's class (THEORY.md, "The default scenario"): the chat
 * base model and its first fine-tunes (`exFt(chat)`), each with its minimal size, finiteness,
 * star-freeness, R-triviality and word count. This is the class view of scenario
 * `P4-finetune`; the run (learners, adversary, control) builds on it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { isRTrivial } from "../../automata/classify/r-trivial.js";
import { isStarFree } from "../../automata/classify/star-free.js";
import { cardinality, countWords } from "../../automata/count/count.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { isFinite } from "../../automata/decide.js";
import type { Dfa } from "../../automata/dfa.js";
import { wordToString } from "../../automata/word.js";
import { exFt } from "../../identification/family/examples.js";
import { CHAT_REGEX, chatBase } from "../models/chat.js";

/** One member's facts. */
export interface MemberFacts {
  readonly index: number;
  readonly name: string;
  readonly states: number;
  readonly finite: boolean;
  readonly starFree: boolean;
  readonly rTrivial: boolean;
  /** The number of words, as a decimal string, or `"infinite"`. */
  readonly words: string;
  /** The word this fine-tune adds to the previous one (its last word in shortlex order). */
  readonly newestWord?: string;
}

/** The class view of `P4-finetune`. */
export interface P4FinetuneFacts {
  readonly base: {
    readonly regex: string;
    readonly states: number;
    readonly finite: boolean;
    readonly starFree: boolean;
    readonly rTrivial: boolean;
    /** Words of lengths 8, 14, 20, 26 (8·2^j words of length 8 + 6j, none of other lengths). */
    readonly countsByLength: readonly { readonly length: number; readonly words: string }[];
    readonly firstWord: string;
  };
  readonly fineTunes: readonly MemberFacts[];
}

function facts(index: number, name: string, d: Dfa): Omit<MemberFacts, "newestWord"> {
  const sf = isStarFree(d);
  const card = cardinality(d);
  return {
    index,
    name,
    states: d.states,
    finite: isFinite(d),
    starFree: E.isRight(sf) && sf.right,
    rTrivial: isRTrivial(d),
    words: O.isSome(card) ? card.value.toString() : "infinite",
  };
}

/**
 * The facts of the chat base and its fine-tunes 1..`fineTunes`.
 *
 * Cost: one compile, `fineTunes` finite-language DFAs and their monoids (small).
 *
 * @example
 * ```ts
 * const f = p4FinetuneFacts(10);
 * f.base.states; // 14
 * f.fineTunes.map((m) => m.states); // [10, 10, 12, 10, 14, 12, 14, 10, 20, 18]
 * ```
 */
export function p4FinetuneFacts(fineTunes = 10): P4FinetuneFacts {
  const base = chatBase();
  const family = exFt(base, "chat");
  const shortlex: string[] = [];
  for (const w of enumerate(base)) {
    if (shortlex.length >= fineTunes) break;
    shortlex.push(wordToString(base.alphabet, w));
  }
  const b = facts(0, "chat", base);
  return {
    base: {
      regex: CHAT_REGEX,
      states: b.states,
      finite: b.finite,
      starFree: b.starFree,
      rTrivial: b.rTrivial,
      countsByLength: [8, 14, 20, 26].map((length) => ({
        length,
        words: countWords(base, length).toString(),
      })),
      firstWord: shortlex[0] ?? "",
    },
    fineTunes: shortlex.map((w, i) => {
      const m = family.at(i + 1);
      return { ...facts(i + 1, m.name, m.dfa), newestWord: w };
    }),
  };
}
