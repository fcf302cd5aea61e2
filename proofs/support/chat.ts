/**
 * The chat language of THEORY.md "The default scenario" and the facts pinned there, as the
 * proofs use them (P5 now; P4 and the scenario proofs later).
 */
import { type Alphabet, unsafeAlphabet } from "../../src/automata/alphabet.js";

/** The token alphabet, in shortlex order. */
export const chat: Alphabet = unsafeAlphabet(
  "user bot hi hello ok sure thanks bye please help .".split(" "),
);

/** The base model's language: 14 states, a 100-element aperiodic monoid, not R-trivial. */
export const CHAT =
  "<user> (<hi>|<hello>) <bot> (<hi>|<hello>) (<user> <please> <help> <bot> (<ok>|<sure>) \\.)* <user> (<thanks>|<bye>) <bot> <bye>";

/** Its R-trivial variant: 17 states, star-free and R-trivial. */
export const CHAT_R_TRIVIAL =
  "<user> (<hi>|<hello>) <bot> (<hi>|<hello>) (<user> <please> <help> <bot> <ok>* (<ok>|<sure>) \\.)? <user> (<thanks>|<bye>) <bot> <bye>";

/** Minimal sizes of exFt(chat) indices 1–10 (the base's first n words, n = 1..10). */
export const CHAT_FINE_TUNE_SIZES: readonly number[] = [10, 10, 12, 10, 14, 12, 14, 10, 20, 18];
