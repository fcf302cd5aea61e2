import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { dfaEquals } from "../../../src/automata/canonical.js";
import { compile } from "../../../src/automata/compile.js";
import { minimize } from "../../../src/automata/minimize.js";
import { chat, chatRTrivial, chatTokens } from "./examples.js";

const block = "<user> <please> <help> <bot>";
const greeting = "<user> (<hi>|<hello>) <bot> (<hi>|<hello>)";
const farewell = "<user> (<thanks>|<bye>) <bot> <bye>";

describe("the hand-built chat DFAs are the languages of THEORY.md", () => {
  it("the chat language", () => {
    const source = String.raw`${greeting} (${block} (<ok>|<sure>) \.)* ${farewell}`;
    const compiled = compile(source, chatTokens);
    expect(E.isRight(compiled) && dfaEquals(compiled.right, minimize(chat))).toBe(true);
    expect(E.isRight(compiled) && compiled.right.states).toBe(14);
  });
  it("its R-trivial variant", () => {
    const source = String.raw`${greeting} (${block} <ok>* (<ok>|<sure>) \.)? ${farewell}`;
    const compiled = compile(source, chatTokens);
    expect(E.isRight(compiled) && dfaEquals(compiled.right, minimize(chatRTrivial))).toBe(true);
    expect(E.isRight(compiled) && compiled.right.states).toBe(17);
  });
});
