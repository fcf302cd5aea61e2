import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { accepts } from "../../../src/automata/dfa.js";
import { compareShortlex, wordEquals } from "../../../src/automata/word.js";
import { adversaryMove, goldAdversaryState } from "../../../src/cli/explorer/adversary-move.js";
import { exFinLayers, exGold, exLen } from "../../../src/identification/family/examples.js";
import { indexOf } from "../../../src/identification/family/family.js";
import { finiteLanguage } from "../../../src/identification/family/finite-language.js";
import { shortlexWords } from "../../../src/identification/family/shortlex-words.js";
import type { Hypothesis } from "../../../src/identification/learner/trace.js";
import { addWord, emptyWordSet, wordsOf } from "../../../src/identification/learner/word-set.js";
import { abScenario, right } from "./helpers.js";

const ft = abScenario().family();

/** Plays `moves` moves against a guesser; returns the words shown and the guesses. */
function play(guesser: (content: readonly (readonly number[])[]) => Hypothesis, moves: number) {
  let s = right(goldAdversaryState(ft));
  let content = emptyWordSet();
  let latest: readonly number[] | undefined;
  const shown: (readonly number[])[] = [];
  for (let i = 0; i < moves; i++) {
    const m = adversaryMove(ft, s, content, latest, guesser(wordsOf(content)));
    s = m.state;
    content = addWord(content, m.word);
    latest = m.word;
    shown.push(m.word);
  }
  return { shown, state: s, content };
}

describe("Gold's adversary, one move at a time", () => {
  it("against a learner that guesses the content, it reveals a new word of L∞ at every move", () => {
    const content = (ws: readonly (readonly number[])[]) => {
      const i = indexOf(ft, finiteLanguage(ft.alphabet, ws), { members: 64 });
      return i._tag === "Some" ? i.value : null;
    };
    const { shown, state } = play(content, 12);
    expect(shown.map((w) => w.length)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    expect(state.reveals).toBe(12);
    expect(state.repeats).toBe(0);
  });

  it("against a learner that never guesses F, it repeats F's latest word: a text for F", () => {
    const { shown, state, content } = play(() => 0, 10);
    expect(content.size).toBe(1);
    expect(shown.every((w) => wordEquals(w, []))).toBe(true);
    expect(state.repeats).toBe(9);
  });

  it("against any guesses, every word is in L∞ and the content is L∞'s first words", () => {
    const base = ft.base;
    if (base === undefined) throw new Error("EX-FT has a base");
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      let k = seed;
      const { shown, state, content } = play(() => {
        k = (k * 1103515245 + 12345) % 2147483648;
        return k % 4 === 0 ? null : k % 6;
      }, 40);
      expect(shown.every((w) => accepts(base, w))).toBe(true);
      const first = shortlexWords(base).first(state.reveals);
      expect([...wordsOf(content)].sort(compareShortlex)).toEqual(first);
      outcomes.add(state.reveals > 1 ? "revealed several" : "stuck early");
    }
    expect(outcomes.size).toBe(2);
  });

  it("exists only for a family with an infinite base (not the controls)", () => {
    expect(E.isRight(goldAdversaryState(exGold()))).toBe(true);
    expect(E.isLeft(goldAdversaryState(exLen()))).toBe(true);
    const layers = goldAdversaryState(exFinLayers(2));
    expect(E.isLeft(layers) && layers.left.message).toMatch(/no infinite member/u);
  });
});
