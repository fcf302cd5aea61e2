/**
 * The explorer in a real terminal: `limitlab explore` run from source inside tmux at 80 × 24,
 * driven with send-keys and read with capture-pane, through the default scenario (class view,
 * run view, stepping, Gold's adversary, play/pause, help, a resize), then `q` (and, in a second
 * session, Ctrl-C) must quit with exit code 0 and give the shell its screen back: the
 * alternate screen is off, the cursor is visible, the shell's earlier output is there again.
 *
 * tmux is required: .ci/run installs it when the machine lacks it, and without it this test
 * fails with a message saying so (it never skips).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";

const SOCKET = `limitlab-e2e-${process.pid}`;
const MISSING =
  "tmux is not installed, and the explorer's end-to-end test needs it: install tmux (apt-get install tmux); .ci/run installs it when it is missing";

function requireTmux(): void {
  if (spawnSync("tmux", ["-V"], { encoding: "utf8" }).status !== 0) throw new Error(MISSING);
}

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
}

const screen = (session: string) => tmux("capture-pane", "-p", "-t", session);
const flags = (session: string) =>
  tmux("display-message", "-p", "-t", session, "#{alternate_on} #{cursor_flag}").trim();

async function waitFor(session: string, test: (text: string) => boolean, what: string) {
  const start = Date.now();
  for (;;) {
    const text = screen(session);
    if (test(text)) return text;
    if (Date.now() - start > 60_000)
      throw new Error(`the terminal never showed ${what}; it shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Starts the explorer from source in a fresh 80 × 24 session, after a line of shell output. */
function startSession(session: string): void {
  const script = [
    "printf 'limitlab-e2e: the shell before explore\\n'",
    "npx tsx src/cli/main.ts explore",
    'echo "limitlab-e2e: explore exited with $?"',
    "sleep 300",
  ].join("; ");
  tmux(
    "new-session",
    "-d",
    "-s",
    session,
    "-x",
    "80",
    "-y",
    "24",
    "-c",
    process.cwd(),
    // ink draws frames only when it is not in CI mode: unset the CI variables for the app
    `env -u CI -u CONTINUOUS_INTEGRATION sh -c '${script.replaceAll("'", "'\\''")}'`,
  );
}

function expectRestored(session: string, text: string): void {
  expect(text).toContain("limitlab-e2e: the shell before explore");
  expect(text).not.toContain("LimitLab explorer");
  expect(flags(session)).toBe("0 1");
}

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

describe("limitlab explore in tmux at 80 × 24", () => {
  it("walks through P4-finetune and q quits, restoring the terminal", async () => {
    requireTmux();
    const s = "walk";
    startSession(s);
    const cls = await waitFor(s, (t) => t.includes("── L0 chat"), "the class view");
    expect(cls).toContain("LimitLab explorer · P4-finetune · class");
    expect(flags(s)).toBe("1 0");
    tmux("send-keys", "-t", s, "3");
    await waitFor(s, (t) => t.includes("step 0 · target L0 chat · paused"), "the run view");
    tmux("send-keys", "-t", s, "Right", "Right", "Right");
    const stepped = await waitFor(s, (t) => t.includes("step 3 "), "three steps");
    expect(stepped).toContain("datum 3 from the text: user hi bot hello user thanks bot bye");
    tmux("send-keys", "-t", s, "Down");
    await waitFor(s, (t) => /› tell-tale/u.test(t), "the tell-tale learner selected");
    tmux("send-keys", "-t", s, "a");
    const moved = await waitFor(
      s,
      (t) => t.includes("datum 4 from the adversary"),
      "an adversary move",
    );
    expect(moved).toContain("adversary vs tell-tale: 1 revealed");
    expect(moved).toMatch(/mind changes \(changes against/u);
    tmux("send-keys", "-t", s, "Space");
    await waitFor(s, (t) => /step \d+ .* playing/u.test(t), "the run playing");
    tmux("send-keys", "-t", s, "Space");
    await waitFor(s, (t) => /step \d+ .* paused/u.test(t), "the run paused");
    tmux("send-keys", "-t", s, "?");
    await waitFor(s, (t) => t.includes("Gold's adversary chooses the next word"), "the help");
    tmux("send-keys", "-t", s, "Escape");
    await waitFor(s, (t) => t.includes("→ step · a adversary"), "the help closed");
    tmux("resize-window", "-t", s, "-x", "100", "-y", "30");
    await waitFor(
      s,
      (t) => t.split("\n").some((l) => l.startsWith(" LimitLab explorer") && l.length === 99),
      "the frame laid out at 100 columns",
    );
    tmux("send-keys", "-t", s, "q");
    const after = await waitFor(s, (t) => t.includes("explore exited with"), "the shell again");
    expect(after).toContain("limitlab-e2e: explore exited with 0");
    expectRestored(s, after);
  });

  it("Ctrl-C quits as cleanly as q", async () => {
    requireTmux();
    const s = "interrupt";
    startSession(s);
    await waitFor(s, (t) => t.includes("── L0 chat"), "the class view");
    tmux("send-keys", "-t", s, "C-c");
    const after = await waitFor(s, (t) => t.includes("explore exited with"), "the shell again");
    expect(after).toContain("limitlab-e2e: explore exited with 0");
    expectRestored(s, after);
  });
});
