import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { runScenarioSteps, scenarios } from "../../../src/attribution/scenarios/registry.js";
import { App } from "../../../src/cli/explorer/app.js";
import { galleryEntries } from "../../../src/cli/explorer/gallery-model.js";
import { explorerScenarios } from "../../../src/cli/explorer/scenario.js";
import { abScenario, frameLines, KEYS, renderAt, waitForFrame } from "./helpers.js";

afterEach(() => cleanup());

/** Every frame fits the terminal: at most `columns` wide and `rows` − 1 lines. */
function fits(frame: string | undefined, columns: number, rows: number): void {
  const lines = frameLines(frame);
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const l of lines) expect([...l].length).toBeLessThanOrEqual(columns);
}

describe("the explorer at 80 × 24 (ink-testing-library: keys in, frames out)", () => {
  it("opens P4-finetune's class view: members, sizes, badges, tell-tale status", async () => {
    const t = await renderAt(<App scenarios={explorerScenarios()} />);
    const f = await waitForFrame(t.lastFrame, (x) => x.includes("── L0 chat"));
    expect(f).toContain("LimitLab explorer · P4-finetune · class");
    expect(f).toMatch(/› L0 +chat +14 no +yes no +∞ none ≤14/u);
    expect(f).toMatch(/L3 +chat restricted to its first 3 .* 12 yes +yes yes +3 2 words/u);
    expect(f).toContain("regex: <user> (<hi>|<hello>) <bot>");
    expect(f).toContain("14 states · infinite · star-free · not R-trivial");
    expect(f).toContain("no tell-tale: every finite subset of words up to length 14");
    fits(t.lastFrame(), 80, 24);
  });

  it("runs the scenario: → steps, a lets the adversary choose, rows per learner, charts", async () => {
    const t = await renderAt(<App scenarios={explorerScenarios()} />);
    await waitForFrame(t.lastFrame, (x) => x.includes("── L0 chat"));
    t.stdin.write("3");
    await waitForFrame(t.lastFrame, (x) => x.includes("step 0 · target L0 chat · paused"));
    for (let i = 0; i < 3; i++) t.stdin.write(KEYS.right);
    let f = await waitForFrame(t.lastFrame, (x) => x.includes("step 3 "));
    expect(f).toContain("datum 3 from the text: user hi bot hello user thanks bot bye");
    for (const name of [
      "enumeration",
      "tell-tale",
      "randomised(seed 42)",
      "delaying(tell-tale, 5)",
      "length-peeking",
      "largest",
    ])
      expect(f).toContain(name);
    expect(f).toMatch(/› enumeration +L0 chat +0 +yes/u);
    expect(f).toMatch(/tell-tale +L3 chat restricted to its first 3 .* 2 +no/u);
    expect(f).toContain("candidates: 62 of L0..L63 (more beyond): L0 L3 L4");
    expect(f).toContain("mind changes (changes against");
    expect(f).toContain("ambiguity (candidates against step 0..3)");
    t.stdin.write(KEYS.down);
    t.stdin.write("a");
    f = await waitForFrame(t.lastFrame, (x) => x.includes("step 4 "));
    expect(f).toContain("datum 4 from the adversary: user hi bot hello user bye bot bye");
    expect(f).toContain("adversary vs tell-tale: 1 revealed");
    expect(f).toMatch(/› tell-tale +L4 chat restricted to its first 4 .* 3 +no/u);
    fits(t.lastFrame(), 80, 24);
  });

  it("space plays and pauses (the timer steps the run until paused)", async () => {
    const t = await renderAt(<App scenarios={[abScenario()]} tickMs={5} />);
    t.stdin.write("3");
    await waitForFrame(t.lastFrame, (x) => x.includes("step 0 "));
    t.stdin.write(" ");
    await waitForFrame(t.lastFrame, (x) => /step ([5-9]|\d\d+) .* playing/u.test(x));
    t.stdin.write(" ");
    const paused = await waitForFrame(t.lastFrame, (x) => x.includes("paused"));
    const step = Number(/step (\d+)/u.exec(paused)?.[1]);
    await new Promise((r) => setTimeout(r, 100));
    expect(frameLines(t.lastFrame()).join("\n")).toContain(`step ${step} `);
  });

  it("the editor shows a compile error with a caret under its column, then adds the model", async () => {
    const t = await renderAt(<App scenarios={explorerScenarios()} />);
    t.stdin.write("6");
    await waitForFrame(t.lastFrame, (x) => x.includes("Add a model to the class"));
    t.stdin.write("<user> (<hi>|<helo>");
    t.stdin.write(KEYS.enter);
    const f = await waitForFrame(t.lastFrame, (x) => x.includes("column 14"));
    const lines = frameLines(f);
    const field = lines.findIndex((l) => l.startsWith("> <user> (<hi>|<helo>"));
    expect(lines[field + 1]).toBe(`${" ".repeat(15)}^`);
    expect(f).toContain('literal "helo" is not in the alphabet');
    t.stdin.write(KEYS.ctrlU);
    t.stdin.write("<user> <hi> <bot> <hi> <user> <bye> <bot> <bye>");
    t.stdin.write(KEYS.enter);
    const added = await waitForFrame(t.lastFrame, (x) => x.includes("added L0"));
    expect(added).toContain("added L0: your model 1, 10 states");
    expect(added).toMatch(/› L0 +your model 1 +10 yes +yes yes +1/u);
    expect(added).toMatch(/L1 +chat +14/u);
    fits(t.lastFrame(), 80, 24);
  });

  it("shows the gallery, tell-tales, growth and help screens within 80 columns", async () => {
    const t = await renderAt(<App scenarios={explorerScenarios()} />);
    const expectations: [string, string][] = [
      ["1", "› P4-finetune"],
      ["4", "lengths 0..7: L1 ⊊ it holds them all"],
      ["5", "implied: models double every 0.82 y, datasets every 1.27 y"],
      ["?", "Gold's adversary chooses the next word"],
    ];
    for (const [key, text] of expectations) {
      t.stdin.write(key);
      await waitForFrame(t.lastFrame, (x) => x.includes(text));
      fits(t.lastFrame(), 80, 24);
    }
    t.stdin.write(KEYS.escape);
    await waitForFrame(t.lastFrame, (x) => x.includes("growth (P7)") && !x.includes("Keys"));
  });

  it("the gallery lists the registry and computes a report step by step, then shows it", async () => {
    const records = scenarios();
    const t = await renderAt(
      <App
        scenarios={explorerScenarios()}
        registered={records}
        reports={(id) => runScenarioSteps(id)}
      />,
    );
    const entries = galleryEntries(explorerScenarios(), records);
    t.stdin.write("1");
    await waitForFrame(t.lastFrame, (x) => x.includes(`Scenarios (${entries.length})`));
    const index = entries.findIndex((e) => e.record.id === "P7-growth");
    for (let i = 0; i < index; i++) t.stdin.write(KEYS.down);
    await waitForFrame(t.lastFrame, (x) => /› P7-growth +report/u.test(x));
    t.stdin.write(KEYS.enter);
    const f = await waitForFrame(t.lastFrame, (x) => x.includes("shown · not-applicable"));
    expect(f).toContain("✓ models double every 0.82 y");
    fits(t.lastFrame(), 80, 24);
  });

  it("lays itself out again when the terminal is resized", async () => {
    const t = await renderAt(<App scenarios={explorerScenarios()} />);
    t.stdin.write("3");
    await waitForFrame(t.lastFrame, (x) => x.includes("step 0 "));
    await t.resize(60, 20);
    await waitForFrame(t.lastFrame, (x) => x.includes("delaying(tell-tale,…"));
    fits(t.lastFrame(), 60, 20);
    await t.resize(120, 40);
    const wide = await waitForFrame(t.lastFrame, (x) => x.includes("delaying(tell-tale, 5)"));
    expect(frameLines(wide).length).toBeGreaterThan(30);
    fits(t.lastFrame(), 120, 40);
  });

  it("q quits: the app unmounts and stops reading the keyboard", async () => {
    const t = await renderAt(<App scenarios={[abScenario()]} />);
    await waitForFrame(t.lastFrame, (x) => x.includes("AB-ft"));
    expect(t.stdin.listenerCount("readable")).toBeGreaterThan(0);
    t.stdin.write("q");
    await waitForFrame(t.lastFrame, () => t.stdin.listenerCount("readable") === 0);
  });
});
