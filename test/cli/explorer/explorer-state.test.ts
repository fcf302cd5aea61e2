import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { classWindow } from "../../../src/cli/explorer/class-model.js";
import {
  type ExplorerAction,
  type ExplorerState,
  explorerReducer,
  initialExplorer,
} from "../../../src/cli/explorer/explorer-state.js";
import { explorerScenarios } from "../../../src/cli/explorer/scenario.js";
import { abScenario, goldScenario, right } from "./helpers.js";

const list = [abScenario(), goldScenario()];
const apply = (s: ExplorerState, ...as: ExplorerAction[]) => as.reduce(explorerReducer, s);
const run = (s: ExplorerState) => right(s.run ?? E.left("no run"));

describe("the explorer reducer", () => {
  it("opens on the asked scenario's class, or the first one", () => {
    expect(initialExplorer(list, "EX-GOLD").cls.scenario.id).toBe("EX-GOLD");
    expect(initialExplorer(list, "nope").cls.scenario.id).toBe("AB-ft");
    const s = initialExplorer(explorerScenarios());
    expect(s).toMatchObject({ screen: "class", help: false, quit: false, memberCursor: 0 });
    expect(s.cls.scenario.id).toBe("P4-finetune");
  });

  it("builds the run when the run view is first shown, and keeps it across screens", () => {
    const s = apply(initialExplorer(list), { type: "show", screen: "run" });
    expect(s.screen).toBe("run");
    const r = run(s);
    expect(r.step).toBe(0);
    const stepped = apply(
      s,
      { type: "run", action: { type: "step" } },
      { type: "show", screen: "class" },
      { type: "show", screen: "run" },
    );
    expect(run(stepped).step).toBe(1);
    expect(run(apply(stepped, { type: "restart-run" })).step).toBe(0);
  });

  it("Enter on a member runs on its text; the cursor stays within the window", () => {
    const s = apply(initialExplorer(list), { type: "cursor", delta: 3 }, { type: "open" });
    expect(s.screen).toBe("run");
    expect(run(s).target).toBe(3);
    const far = apply(initialExplorer(list), { type: "cursor", delta: 1000 });
    expect(far.memberCursor).toBe(classWindow(far.cls) - 1);
    expect(apply(far, { type: "cursor", delta: -5000 }).memberCursor).toBe(0);
  });

  it("a registered scenario the explorer cannot open runs its report in the gallery", () => {
    const records = [{ id: "R4a", title: "latent users", demonstrates: "d", theoryIds: ["R4"] }];
    let s = initialExplorer(list, "AB-ft", records);
    expect(s.gallery.map((e) => e.record.id)).toEqual(["AB-ft", "EX-GOLD", "R4a"]);
    s = apply(
      s,
      { type: "show", screen: "gallery" },
      { type: "cursor", delta: 2 },
      { type: "open" },
    );
    expect(s.report).toEqual({ id: "R4a", status: "running", phase: "starting", done: 0 });
    expect(s.cls.scenario.id).toBe("AB-ft");
    s = apply(s, { type: "report-progress", id: "R4a", phase: "sampling", done: 2, total: 5 });
    expect(s.report).toMatchObject({ status: "running", phase: "sampling", done: 2, total: 5 });
    expect(apply(s, { type: "report-progress", id: "other", phase: "x", done: 9 })).toBe(s);
    s = apply(s, { type: "report-done", id: "R4a", result: E.left("boom") });
    expect(s.report).toEqual({ id: "R4a", status: "done", result: E.left("boom") });
    const direct = initialExplorer(list, "R4a", records);
    expect(direct.screen).toBe("gallery");
    expect(direct.galleryCursor).toBe(2);
    expect(direct.report?.status).toBe("running");
  });

  it("the gallery opens another scenario from its own class", () => {
    const s = apply(
      initialExplorer(list),
      { type: "show", screen: "run" },
      { type: "show", screen: "gallery" },
      { type: "cursor", delta: 1 },
      { type: "open" },
    );
    expect(s.cls.scenario.id).toBe("EX-GOLD");
    expect(s.screen).toBe("class");
    expect(s.run).toBeUndefined();
  });

  it("a regex with a mistake stays in the editor with the error; a good one joins the class", () => {
    let s = apply(initialExplorer(list), { type: "show", screen: "editor" });
    s = apply(s, { type: "edit", action: { type: "insert", text: "(ab" } }, { type: "submit" });
    expect(s.screen).toBe("editor");
    expect(s.editor.error?.column).toBe(1);
    s = apply(
      s,
      { type: "edit", action: { type: "end" } },
      { type: "edit", action: { type: "insert", text: ")*b" } },
      { type: "submit" },
    );
    expect(s.screen).toBe("class");
    expect(s.cls.models).toHaveLength(1);
    expect(s.memberCursor).toBe(0);
    expect(s.runTarget).toBe(1);
    expect(s.notice).toMatch(/^added L0: your model 1/u);
    expect(s.editor.text).toBe("");
    expect(classWindow(s.cls)).toBe(17);
    const r = run(apply(s, { type: "show", screen: "run" }));
    expect(r.family).toBe(s.cls.family);
    expect(r.target).toBe(1);
  });

  it("help opens over any screen and Esc closes it; Esc leaves the editor; quit is recorded", () => {
    const s = apply(initialExplorer(list), { type: "toggle-help" });
    expect(s.help).toBe(true);
    expect(apply(s, { type: "escape" }).help).toBe(false);
    const e = apply(initialExplorer(list), { type: "show", screen: "editor" }, { type: "escape" });
    expect(e.screen).toBe("class");
    expect(apply(e, { type: "quit" }).quit).toBe(true);
  });

  it("on the default scenario, the adversary beats the tell-tale learner move after move", () => {
    let s = apply(initialExplorer(explorerScenarios()), { type: "show", screen: "run" });
    const victim = run(s).learners.findIndex((l) => l.learner.name === "tell-tale");
    s = apply(s, { type: "cursor", delta: victim });
    for (let i = 0; i < 12; i++) s = apply(s, { type: "run", action: { type: "adversary" } });
    const r = run(s);
    expect(r.learners[victim]?.mindChanges).toBeGreaterThanOrEqual(11);
    expect(r.candidates.count).toBeGreaterThan(1);
  });
});
