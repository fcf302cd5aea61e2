import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { proofs } from "../../proofs/index.js";

const THEORY_IDS = [
  ...["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"],
  ...["R1", "R2", "R3", "R4"],
  ...Array.from({ length: 11 }, (_, i) => `C${i + 1}`),
  ...["B1", "B2", "B3"],
];

const proofDir = new URL("../../proofs/", import.meta.url);
const files = readdirSync(proofDir).filter((f) => f.endsWith(".proof.ts"));
const stubs = new Set(readdirSync(new URL("./", import.meta.url)));

describe("the proof registry", () => {
  it("lists every proof file once, under the id its file name starts with", async () => {
    const ids = proofs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(files.length).toBe(proofs.length);
    for (const file of files) {
      const mod = (await import(new URL(file, proofDir).href)) as { proof: { id: string } };
      expect(proofs).toContain(mod.proof);
      expect(file.startsWith(`${mod.proof.id}-`)).toBe(true);
    }
  });

  it("uses THEORY.md ids, in THEORY.md order", () => {
    const order = proofs.map((p) => THEORY_IDS.indexOf(p.id));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("gives every proof file its vitest stub", () => {
    for (const file of files) expect(stubs).toContain(file.replace(/\.proof\.ts$/u, ".test.ts"));
  });
});
