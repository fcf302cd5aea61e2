import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { encodeText, trainNgram } from "../../../src/attribution/models/ngram.js";
import { furtherTrain } from "../../../src/attribution/operators/further-training.js";
import { accepts } from "../../../src/automata/dfa.js";
import { isSubset } from "../../../src/automata/inclusion.js";
import { l2Distance } from "../../../src/automata/pdfa/l2.js";
import { ok } from "../../automata/pdfa-fixtures.js";

const washington = readFileSync("data/sotu/1790-washington.txt", "utf8");
const washington2 = readFileSync("data/sotu/1791-washington.txt", "utf8");

describe("furtherTrain", () => {
  it("keeps the tokenizer, and the unsmoothed support grows to contain the new outputs", () => {
    const base = ok(trainNgram(washington, { unit: "word", order: 2, name: "gw-1790" }));
    const tuned = ok(furtherTrain(base, washington2, { corpus: "1791" }));
    expect(tuned.alphabet).toBe(base.alphabet);
    expect(tuned.provenance).toMatchObject({ operator: "further-training", base: "gw-1790" });
    expect(isSubset(base.dfa, tuned.dfa)).toBe(true);
    for (const w of encodeText(base, washington2)) expect(accepts(tuned.dfa, w)).toBe(true);
  });

  it("equals training once on both corpora when the tokenizer is the same (L2 = 0 exactly)", () => {
    const a = "A b. A c. B.";
    const b = "C b. A a.";
    const base = ok(trainNgram(a, { order: 2, exact: true }));
    const tuned = ok(furtherTrain(base, b));
    const once = ok(trainNgram(`${a} ${b}`, { order: 2, exact: true }));
    expect(once.alphabet.symbols).toEqual(base.alphabet.symbols);
    expect(ok(l2Distance(tuned.distribution, once.distribution)).equal).toBe(true);
    expect(E.isLeft(furtherTrain(base, "   "))).toBe(true);
  });
});
