import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  findScenario,
  runScenario,
  runScenarioSteps,
  scenarios,
} from "../../../src/attribution/scenarios/registry.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

const NOTIONS = [
  "not-identifiable-from-text",
  "statistically-non-identifiable",
  "not-identifiable-as-languages",
  "never-certain",
  "identifiable",
  "not-applicable",
];

describe("the scenario registry", () => {
  it("lists records { id, title, demonstrates, theoryIds } with unique ids, the default first", () => {
    const list = scenarios();
    expect(list[0]?.id).toBe("P4-finetune");
    expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
    for (const s of list) {
      expect(Object.keys(s).sort()).toEqual(["demonstrates", "id", "theoryIds", "title"]);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.theoryIds.length).toBeGreaterThan(0);
    }
    for (const id of [
      "R3",
      "R4a",
      "R4b",
      "R4c",
      "watermark",
      "P1-candidates",
      "P7-growth",
      "P8-cost",
    ])
      expect(list.map((s) => s.id)).toContain(id);
  });

  it("runs every scenario to a JSON report that round-trips, is reproducible and shows its claim", () => {
    for (const { id } of scenarios()) {
      const r = right(runScenario(id, { seed: 7 }));
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(r).toMatchObject({ version: 1, id, seed: 7, verdict: "shown" });
      expect(r.checks.length).toBeGreaterThan(0);
      expect(r.checks.every((c) => c.passed)).toBe(true);
      expect(NOTIONS).toContain(r.notion);
      expect(r.options.seed).toBe(7);
      expect(r.options.horizon).toBe(right(findScenario(id)).horizon.fast);
      expect(right(runScenario(id, { seed: 7 }))).toEqual(r);
    }
  });

  it("labels the R4 stand-ins as stand-ins, names their notions, and P7's reconstruction", () => {
    const notion = (id: string) => right(runScenario(id)).notion;
    expect(notion("R4a")).toBe("statistically-non-identifiable");
    expect(notion("R4b")).toBe("not-identifiable-as-languages");
    expect(notion("R4c")).toBe("never-certain");
    expect(notion("P4-finetune")).toBe("not-identifiable-from-text");
    expect(notion("R2")).toBe("not-identifiable-as-languages");
    expect(notion("R3")).toBe("identifiable");
    for (const id of ["R4a", "R4b", "R4c"])
      expect(right(runScenario(id)).standIn).toMatch(/stand-in/);
    expect(right(runScenario("P7-growth")).reconstruction).toMatch(/reconstruction/);
  });

  it("yields progress step by step and ends with the same report as runScenario", () => {
    const steps = runScenarioSteps("P7-growth", { seed: 3 });
    const phases: string[] = [];
    let r = steps.next();
    while (r.done !== true) {
      expect(r.value.partial.scenario).toBe("P7-growth");
      phases.push(r.value.partial.phase);
      r = steps.next();
    }
    expect(phases.length).toBeGreaterThanOrEqual(4);
    expect(right(r.value)).toEqual(right(runScenario("P7-growth", { seed: 3 })));
  });

  it("takes explicit parameters, records them, and refuses unknown ids, parameters and bad options", () => {
    const cost = right(runScenario("P8-cost", { params: { sustainedFlops: 2e18 } }));
    expect(cost.options.params.sustainedFlops).toBe(2e18);
    expect(cost.options.params.tokens).toBe(1000);
    const half = right(runScenario("P8-cost"));
    const years = (r: typeof cost) => (r.witnesses.cost as { years: number }).years;
    expect(years(cost)).toBeCloseTo(years(half) / 2, 6);
    const left = (x: E.Either<{ message: string }, unknown>) => (E.isLeft(x) ? x.left.message : "");
    expect(left(runScenario("nope"))).toMatch(/unknown scenario "nope"; known: /);
    expect(left(runScenario("P8-cost", { params: { gpus: 3 } }))).toMatch(/no parameter "gpus"/);
    expect(left(runScenario("R4a", { params: { x: 1 } }))).toMatch(/parameters: none/);
    expect(E.isLeft(runScenario("R4a", { seed: -1 }))).toBe(true);
    expect(E.isLeft(runScenario("R4a", { horizon: 0 }))).toBe(true);
    expect(E.isLeft(runScenario("P8-cost", { params: { tokens: Number.NaN } }))).toBe(true);
    expect(E.isLeft(runScenario("P8-cost", { params: { tokens: -5 } }))).toBe(true);
  });
});
