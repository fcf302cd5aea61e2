/** Regex helpers for the identification tests (the chat language of the default scenario). */

import { CHAT_REGEX, chatAlphabet } from "../../src/attribution/models/chat.js";
import type { Alphabet } from "../../src/automata/alphabet.js";
import { compile } from "../../src/automata/compile.js";
import type { Dfa } from "../../src/automata/dfa.js";
import { right } from "./helpers.js";

/** Compiles a regex that is known to be valid. */
export function re(source: string, alphabet?: Alphabet): Dfa {
  return right(compile(source, alphabet));
}

/** The chat token alphabet of THEORY.md's default scenario, in shortlex order. */
export const CHAT_ALPHABET = chatAlphabet();

/** The chat language of THEORY.md's default scenario. */
export const CHAT_SOURCE = CHAT_REGEX;
