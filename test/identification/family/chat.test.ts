import { describe, expect, it } from "vitest";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { stateCount } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { exFt } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { CHAT_ALPHABET, CHAT_SOURCE, re } from "../regex.js";

describe("exFt over the chat language (THEORY.md default scenario)", () => {
  const chat = re(CHAT_SOURCE, CHAT_ALPHABET);
  it("pins the minimal sizes of indices 1-10", () => {
    const ft = exFt(chat, "chat");
    expect(stateCount(member(ft, 0))).toBe(14);
    const sizes = Array.from({ length: 10 }, (_, i) => stateCount(member(ft, i + 1)));
    expect(sizes).toEqual([10, 10, 12, 10, 14, 12, 14, 10, 20, 18]);
    for (let i = 1; i <= 10; i++) expect(isSubset(member(ft, i), chat)).toBe(true);
  });
  it("a finite base gives a finite family without duplicates", () => {
    const base = re("a|ab|abb", undefined);
    const ft = exFt(base);
    expect(ft.size).toBe(3);
    const all = Array.from({ length: 3 }, (_, i) => member(ft, i));
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        expect(dfaEquals(all[i] as never, all[j] as never)).toBe(false);
  });
});
