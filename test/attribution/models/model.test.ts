import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { CHAT_REGEX, chatAlphabet, chatBase } from "../../../src/attribution/models/chat.js";
import {
  deterministicModel,
  isProbabilistic,
  modelFromRegex,
  probabilisticModel,
} from "../../../src/attribution/models/model.js";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { accepts } from "../../../src/automata/dfa.js";
import { mixture, probability } from "../../../src/automata/pdfa/mixture.js";
import { allWords } from "../../automata/brute-force.js";
import { geometric, ok, only } from "../../automata/pdfa-fixtures.js";

describe("models", () => {
  it("a deterministic model from a regex is its minimal DFA, with the regex in its provenance", () => {
    const m = ok(modelFromRegex("chat", CHAT_REGEX, chatAlphabet()));
    expect(m.kind).toBe("deterministic");
    expect(m.dfa.states).toBe(14);
    expect(dfaEquals(m.dfa, chatBase())).toBe(true);
    expect(m.provenance).toEqual({ operator: "base", detail: `regex ${CHAT_REGEX}` });
    expect(isProbabilistic(m)).toBe(false);
  });

  it("refuses an empty name and a bad regex (with its column)", () => {
    expect(E.isLeft(deterministicModel(" ", chatBase()))).toBe(true);
    const r = modelFromRegex("bad", "(<user>", chatAlphabet());
    expect(E.isLeft(r) && r.left.kind).toBe("parse");
  });

  it("a probabilistic model's language is its support", () => {
    const d = ok(
      mixture([
        { weight: "1/2", pdfa: geometric(1, 2) },
        { weight: "1/2", pdfa: only([1]) },
      ]),
    );
    const m = ok(probabilisticModel("mix", d));
    expect(isProbabilistic(m)).toBe(true);
    for (const w of allWords(2, 5)) expect(accepts(m.dfa, w)).toBe(probability(d, w) > 0);
  });
});
