import { describe, expect, it } from "vitest";
import {
  drive,
  formatDuration,
  interrupted,
  type ProgressValue,
  progressLine,
} from "../../../src/cli/support/progress.js";
import { fakeTerminal } from "../helpers.js";

function* counter(n: number): Generator<ProgressValue<number[]>, string, undefined> {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) {
    yield { done: i, total: n, partial: [...seen], current: `item ${i}` };
    seen.push(i);
  }
  return `counted ${seen.length}`;
}

describe("drive", () => {
  it("runs a generator to its end and returns its value, then frees Ctrl-C", async () => {
    const term = fakeTerminal();
    const r = await drive(counter(30), term.io, { label: "count", unit: "items" });
    expect(r).toEqual({ interrupted: false, value: "counted 30" });
    expect(term.listeners()).toBe(0);
  });

  it("stops between two steps on Ctrl-C with the last partial value", async () => {
    const term = fakeTerminal({ interruptAtOnce: true });
    // a clock that advances 20 ms a reading: a 50 ms slice holds a few steps, not all 1000
    let t = 0;
    const io = { ...term.io, now: () => (t += 20) };
    const r = await drive(counter(1000), io, { label: "count", sliceMs: 50 });
    expect(r.interrupted).toBe(true);
    if (!r.interrupted) return;
    expect(r.done).toBeGreaterThan(0);
    expect(r.done).toBeLessThan(1000);
    expect(r.partial).toEqual(Array.from({ length: r.done }, (_, i) => i));
    expect(term.listeners()).toBe(0);
  });

  it("is quiet on short runs and prints progress lines with an ETA on long ones", async () => {
    const quick = fakeTerminal({ now: () => 0 });
    await drive(counter(5), quick.io, { label: "count" });
    expect(quick.err()).toBe("");
    const slow = fakeTerminal(); // 100 ms per reading of the clock
    await drive(counter(200), slow.io, { label: "count", unit: "items" });
    const lines = slow.err().trim().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(
      /^count: \d+\/200 items \(\d+%\), [\d.]+ s elapsed, ETA .+ · item \d+$/u,
    );
    expect(lines[lines.length - 1]).toMatch(/^count: 200\/200 items \(100%\)/u);
  });

  it("redraws one line on a terminal and clears it at the end", async () => {
    const term = fakeTerminal({ errIsTTY: true });
    await drive(counter(100), term.io, { label: "count" });
    expect(term.err().startsWith("\r\x1b[K")).toBe(true);
    expect(term.err().endsWith("\r\x1b[K")).toBe(true);
    expect(term.err()).not.toContain("\n");
  });

  it("passes the generator's errors on", async () => {
    function* broken(): Generator<ProgressValue<null>, void, undefined> {
      yield { done: 0, partial: null };
      throw new Error("broken");
    }
    await expect(drive(broken(), fakeTerminal().io, { label: "x" })).rejects.toThrow("broken");
  });
});

describe("progress text", () => {
  it("formats durations for people", () => {
    expect(formatDuration(400)).toBe("0.4 s");
    expect(formatDuration(12_400)).toBe("12 s");
    expect(formatDuration(185_000)).toBe("3 min 05 s");
    expect(formatDuration(7_440_000)).toBe("2 h 04 min");
  });

  it("estimates the time left from the rate so far", () => {
    expect(progressLine("proofs", "units", 10, 40, 5000)).toBe(
      "proofs: 10/40 units (25%), 5.0 s elapsed, ETA 15 s",
    );
    expect(progressLine("queries", "steps", 7, undefined, 1000, "L* round 3")).toBe(
      "queries: 7 steps, 1.0 s elapsed · L* round 3",
    );
  });

  it("interruptions exit with 130", () => {
    const e = interrupted("partial report written");
    expect(e.code).toBe(130);
    expect(e.message).toBe("interrupted: partial report written");
  });
});
