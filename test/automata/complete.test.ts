import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../src/automata/alphabet.js";
import { complete } from "../../src/automata/complete.js";
import { accepts, transitionTable } from "../../src/automata/dfa.js";
import { allWords } from "./brute-force.js";

const ab = unsafeAlphabet(["a", "b"]);

describe("complete", () => {
  it("adds one rejecting sink after the other states when a move is missing", () => {
    const r = complete(
      ab,
      0,
      [2],
      [
        [1, -1],
        [-1, 2],
        [-1, -1],
      ],
    );
    expect(E.isRight(r)).toBe(true);
    if (E.isLeft(r)) return;
    const d = r.right;
    expect(d.states).toBe(4);
    expect(transitionTable(d)).toEqual([
      [1, 3],
      [3, 2],
      [3, 3],
      [3, 3],
    ]);
    expect(d.accepting[3]).toBe(0);
    // the language is exactly {ab}
    for (const w of allWords(2, 5)) expect(accepts(d, w)).toBe(w.join() === "0,1");
  });

  it("keeps a complete table as it is, without a sink", () => {
    const r = complete(
      ab,
      1,
      [0],
      [
        [1, 0],
        [0, 1],
      ],
    );
    expect(E.isRight(r) && r.right.states).toBe(2);
    expect(E.isRight(r) && transitionTable(r.right)).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it("names the field of a bad table, start or accepting state", () => {
    const rowLength = complete(ab, 0, [], [[0]]);
    expect(E.isLeft(rowLength) && rowLength.left).toMatchObject({
      kind: "invalid-input",
      field: "transitions[0]",
    });
    const target = complete(
      ab,
      0,
      [],
      [
        [0, -1],
        [5, 0],
      ],
    );
    expect(E.isLeft(target) && target.left).toMatchObject({ field: "transitions[1][0]" });
    // with a sink added, the sink's number is still not a valid start or accepting state
    const start = complete(
      ab,
      2,
      [],
      [
        [0, -1],
        [1, 1],
      ],
    );
    expect(E.isLeft(start) && start.left).toMatchObject({ field: "start" });
    const acc = complete(
      ab,
      0,
      [1, 2],
      [
        [0, -1],
        [1, 1],
      ],
    );
    expect(E.isLeft(acc) && acc.left).toMatchObject({ field: "accepting[1]" });
    expect(E.isLeft(complete(ab, 0, [], []))).toBe(true);
  });
});
