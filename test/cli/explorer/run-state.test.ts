import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type RunAction,
  type RunState,
  runReducer,
  startRun,
} from "../../../src/cli/explorer/run-state.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exLen } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { runLearner } from "../../../src/identification/learner/run.js";
import { take } from "../../../src/identification/presentation/presentation.js";
import { shortlexText } from "../../../src/identification/presentation/text.js";
import { abScenario, right } from "./helpers.js";

const family = abScenario().family();
const fresh = () => right(startRun(family, 0, { window: 16 }));

function replay(s: RunState, actions: readonly RunAction[]): { s: RunState; data: TextDatum[] } {
  const data: TextDatum[] = [];
  for (const a of actions) {
    const before = s.step;
    s = runReducer(s, a);
    if (s.step > before && s.last !== undefined) data.push(s.last.datum);
  }
  return { s, data };
}

const action: fc.Arbitrary<RunAction> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ type: "step" } as const) },
  { weight: 3, arbitrary: fc.constant({ type: "adversary" } as const) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -2, max: 2 }).map((delta) => ({ type: "select", delta }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ type: "toggle-play" } as const) },
  { weight: 1, arbitrary: fc.constant({ type: "tick" } as const) },
);

describe("the run reducer", () => {
  it("steps every learner incrementally to the same guesses and mind changes as runLearner", () => {
    const seen = { adversary: 0, changes: 0, select: 0 };
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 24 }), (actions) => {
        const { s, data } = replay(fresh(), actions);
        expect(s.step).toBe(data.length);
        for (const row of s.learners) {
          const trace = runLearner(row.learner, data);
          expect(row.guess).toBe(trace.hypotheses[trace.hypotheses.length - 1] ?? null);
          expect(row.mindChanges).toBe(trace.mindChanges);
          expect(row.changes.slice(1).map(([t]) => t)).toEqual(trace.changeSteps);
          if (row.mindChanges > 0) seen.changes++;
        }
        if (s.last?.by === "adversary") seen.adversary++;
        if (s.selected !== 0) seen.select++;
      }),
      { numRuns: 60 },
    );
    // measured over repeated runs: adversary last 24..32, rows with changes 111..134, a
    // selection moved 16..23 of 60 cases
    expect(seen.adversary).toBeGreaterThan(10);
    expect(seen.changes).toBeGreaterThan(60);
    expect(seen.select).toBeGreaterThan(5);
  });

  it("reads the fair shortlex text of the target, one datum per step", () => {
    const { s, data } = replay(fresh(), Array(6).fill({ type: "step" }));
    expect(data).toEqual(take(shortlexText(member(family, 0)), 6));
    expect(s.position).toBe(6);
    expect(s.last?.by).toBe("text");
  });

  it("ambiguity points record only the steps where the candidate count changed", () => {
    const { s } = replay(fresh(), Array(5).fill({ type: "step" }));
    expect(s.ambiguity[0]).toEqual([0, 16]);
    for (let i = 1; i < s.ambiguity.length; i++)
      expect((s.ambiguity[i] as [number, number])[1]).toBeLessThan(
        (s.ambiguity[i - 1] as [number, number])[1],
      );
    expect(s.ambiguity[s.ambiguity.length - 1]?.[1]).toBe(s.candidates.count);
  });

  it("the adversary forces a mind change at every reveal on a learner that follows the content", () => {
    let s = fresh();
    const tellTale = s.learners.findIndex((r) => r.learner.name === "tell-tale");
    s = runReducer(s, { type: "select", delta: tellTale });
    for (let i = 0; i < 20; i++) s = runReducer(s, { type: "adversary" });
    const row = s.learners[tellTale];
    expect(row?.mindChanges).toBeGreaterThanOrEqual(18);
    expect(E.isRight(s.adversary) && s.adversary.right.reveals).toBe(20);
  });

  it("tick steps only while playing; select wraps; the horizon stops a run", () => {
    let s = fresh();
    expect(runReducer(s, { type: "tick" })).toBe(s);
    s = runReducer(s, { type: "toggle-play" });
    expect(runReducer(s, { type: "tick" }).step).toBe(1);
    expect(runReducer(s, { type: "select", delta: -1 }).selected).toBe(s.learners.length - 1);
    let h = right(startRun(family, 0, { window: 16, horizon: 2 }));
    h = runReducer(runReducer(runReducer(h, { type: "toggle-play" }), { type: "tick" }), {
      type: "tick",
    });
    const stopped = runReducer(h, { type: "tick" });
    expect(stopped.step).toBe(2);
    expect(stopped.playing).toBe(false);
    expect(stopped.notice).toMatch(/horizon of 2/u);
  });

  it("a family without an infinite base runs, and the adversary explains why it cannot play", () => {
    const s = right(startRun(exLen(), 3, { window: 8 }));
    const after = runReducer(s, { type: "adversary" });
    expect(after.step).toBe(0);
    expect(after.notice).toMatch(/no infinite member/u);
  });
});
