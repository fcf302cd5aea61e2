/**
 * The text view of the default scenario's class facts.
 *
 * @module
 */
import type { P4FinetuneFacts } from "../../attribution/scenarios/p4-finetune-facts.js";

const yn = (b: boolean) => (b ? "yes" : "no");

/**
 * Formats the facts of `P4-finetune` as a terminal report.
 *
 * @example
 * ```ts
 * io.out(formatP4Facts(p4FinetuneFacts(10)));
 * ```
 */
export function formatP4Facts(f: P4FinetuneFacts): string {
  const b = f.base;
  const lines = [
    "Scenario P4-finetune: a chat-like base model and its fine-tunes (THEORY.md P4/R1)",
    "",
    `base model   ${b.regex}`,
    `             ${b.states} states (minimal complete DFA), infinite: ${yn(!b.finite)}, star-free: ${yn(b.starFree)}, R-trivial: ${yn(b.rTrivial)}`,
    `             words by length: ${b.countsByLength.map((c) => `${c.length}: ${c.words}`).join(", ")}`,
    `             first word: ${b.firstWord}`,
    "",
    "fine-tune n restricts the base to its first n words in shortlex order:",
    "",
    "   n  states  finite  star-free  R-trivial  words  newest word",
    ...f.fineTunes.map(
      (m) =>
        `${String(m.index).padStart(4)}  ${String(m.states).padStart(6)}  ${yn(m.finite).padEnd(6)}  ${yn(m.starFree).padEnd(9)}  ${yn(m.rTrivial).padEnd(9)}  ${m.words.padStart(5)}  ${m.newestWord ?? ""}`,
    ),
    "",
    "Every fine-tune is finite, star-free and R-trivial, and lies inside the base: the class",
    "is superfinite, so no learner identifies it from outputs alone (Gold 1967).",
  ];
  return `${lines.join("\n")}\n`;
}
