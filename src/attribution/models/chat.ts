/**
 * The chat-like token language of the default scenario (THEORY.md, "The default scenario"):
 * the base model whose fine-tunes Gold's adversary defeats every text learner on.
 *
 * Facts (checked in test/attribution/models/chat.test.ts two ways): infinite; minimal
 * complete DFA of 14 states; star-free (transition monoid of 100 elements, aperiodic); not
 * R-trivial; 8·2^j words of length 8 + 6j and none of other lengths; first word in shortlex
 * order `user hi bot hi user thanks bot bye`. The R-trivial variant has 17 states, is
 * star-free and R-trivial, with 8 words of length 8 and 16 of every length from 14 on.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Alphabet, unsafeAlphabet } from "../../automata/alphabet.js";
import { compile } from "../../automata/compile.js";
import type { Dfa } from "../../automata/dfa.js";
import { LimitLabException } from "../../automata/support/errors.js";

/** The token alphabet, in shortlex order (the last token is a full stop). */
export const CHAT_TOKENS: readonly string[] = [
  "user",
  "bot",
  "hi",
  "hello",
  "ok",
  "sure",
  "thanks",
  "bye",
  "please",
  "help",
  ".",
];

/** The base model's language: greetings, any number of help requests, a farewell. */
export const CHAT_REGEX =
  "<user> (<hi>|<hello>) <bot> (<hi>|<hello>) (<user> <please> <help> <bot> (<ok>|<sure>) \\.)* <user> (<thanks>|<bye>) <bot> <bye>";

/** The R-trivial variant: at most one help request, with any number of `ok`s. */
export const CHAT_RTRIVIAL_REGEX =
  "<user> (<hi>|<hello>) <bot> (<hi>|<hello>) (<user> <please> <help> <bot> <ok>* (<ok>|<sure>) \\.)? <user> (<thanks>|<bye>) <bot> <bye>";

/**
 * The chat token alphabet.
 *
 * @example
 * ```ts
 * chatAlphabet().symbols.length; // 11
 * ```
 */
export function chatAlphabet(): Alphabet {
  return unsafeAlphabet(CHAT_TOKENS);
}

function compileFixed(source: string): Dfa {
  const d = compile(source, chatAlphabet());
  if (E.isLeft(d)) throw new LimitLabException(d.left);
  return d.right;
}

/**
 * The chat base model's minimal DFA (14 states).
 *
 * @example
 * ```ts
 * chatBase().states; // 14
 * ```
 */
export function chatBase(): Dfa {
  return compileFixed(CHAT_REGEX);
}

/**
 * The R-trivial variant's minimal DFA (17 states).
 *
 * @example
 * ```ts
 * chatRTrivial().states; // 17
 * ```
 */
export function chatRTrivial(): Dfa {
  return compileFixed(CHAT_RTRIVIAL_REGEX);
}
