import { describe, expect, it } from "vitest";
import { accepts } from "../../../src/automata/dfa.js";
import { inclusionWitness } from "../../../src/automata/inclusion.js";
import { explorerClass } from "../../../src/cli/explorer/class-model.js";
import {
  memberFacts,
  memberLabel,
  tellTaleStatus,
} from "../../../src/cli/explorer/member-facts.js";
import { explorerScenarios } from "../../../src/cli/explorer/scenario.js";
import { member } from "../../../src/identification/family/family.js";
import { abScenario } from "./helpers.js";

const p4 = explorerScenarios().find((s) => s.id === "P4-finetune");
if (p4 === undefined) throw new Error("the default scenario is listed");
const c = explorerClass(p4);

describe("member facts", () => {
  it("pin the default scenario's base: 14 states, infinite, star-free, not R-trivial", () => {
    expect(memberFacts(c, 0)).toMatchObject({
      index: 0,
      name: "chat",
      states: 14,
      finite: false,
      starFree: true,
      rTrivial: false,
      words: "∞",
      origin: "base",
    });
    expect(memberFacts(c, 0).regex).toBe(p4.regexOf(0));
  });

  it("pin its fine-tunes 1..10: sizes 10, 10, 12, 10, 14, 12, 14, 10, 20, 18, all finite, SF and RT", () => {
    const f = Array.from({ length: 10 }, (_, i) => memberFacts(c, i + 1));
    expect(f.map((x) => x.states)).toEqual([10, 10, 12, 10, 14, 12, 14, 10, 20, 18]);
    expect(f.every((x) => x.finite && x.starFree === true && x.rTrivial)).toBe(true);
    expect(f.map((x) => x.words)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(f[2]?.origin).toBe("restrict of chat: first 3 words");
  });

  it("the base has no tell-tale: each witness sub-member holds the base's short words and is proper", () => {
    const t = tellTaleStatus(c, 0);
    if (t.kind !== "absent") throw new Error(`expected absent, got ${t.kind}`);
    expect(t.length).toBe(p4.tellTaleLength);
    expect(t.members).toBe(64);
    expect(t.witnesses).toHaveLength(p4.tellTaleLength + 1);
    for (const w of t.witnesses) {
      expect(accepts(member(c.family, 0), w.word)).toBe(true);
      expect(accepts(member(c.family, w.member), w.word)).toBe(false);
      expect(inclusionWitness(member(c.family, w.member), member(c.family, 0))._tag).toBe("None");
    }
  });

  it("a fine-tune's tell-tale excludes every proper sub-member of the window with a word of it", () => {
    const t = tellTaleStatus(c, 4);
    if (t.kind !== "candidate") throw new Error(`expected a candidate, got ${t.kind}`);
    expect(t.excluded.map((x) => x.member)).toEqual([1, 2, 3]);
    for (const x of t.excluded) {
      expect(accepts(member(c.family, 4), x.word)).toBe(true);
      expect(accepts(member(c.family, x.member), x.word)).toBe(false);
    }
    expect(t.words.length).toBe(3);
    expect(t.exact).toBe(false);
  });

  it("labels name the index and the member", () => {
    expect(memberLabel(c.family, 0)).toBe("L0 chat");
    const ab = abScenario();
    expect(memberLabel(ab.family(), 2)).toBe("L2 (ab)* restricted to its first 2 words");
  });
});
