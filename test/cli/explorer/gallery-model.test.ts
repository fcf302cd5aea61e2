import { describe, expect, it } from "vitest";
import { galleryEntries } from "../../../src/cli/explorer/gallery-model.js";
import { abScenario, goldScenario } from "./helpers.js";

const record = (id: string) => ({ id, title: `t ${id}`, demonstrates: "d", theoryIds: ["R4"] });

describe("the gallery's entries", () => {
  it("lists the explorer's own scenarios first, then the registry in its order", () => {
    const g = galleryEntries([abScenario(), goldScenario()], [record("R4a"), record("P7")]);
    expect(g.map((e) => e.record.id)).toEqual(["AB-ft", "EX-GOLD", "R4a", "P7"]);
    expect(g.map((e) => e.explorer !== undefined)).toEqual([true, true, false, false]);
    expect(g.map((e) => e.registered)).toEqual([false, false, true, true]);
  });

  it("merges a registered id the explorer can open into one entry with both", () => {
    const g = galleryEntries([abScenario()], [record("R4a"), record("AB-ft")]);
    expect(g.map((e) => e.record.id)).toEqual(["R4a", "AB-ft"]);
    expect(g[1]?.explorer?.id).toBe("AB-ft");
    expect(g[1]?.registered).toBe(true);
    expect(g[1]?.record.title).toBe("t AB-ft");
  });
});
