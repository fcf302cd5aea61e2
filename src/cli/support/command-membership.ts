/**
 * Membership queries answered by an outside process (AMENDMENTS "lstar against a command"):
 * the command reads one word per line on stdin (tokens separated by spaces, an empty line for
 * ε) and answers `1` or `0` (also `true`/`false`) per line. It runs once for the whole
 * learning run, so a model behind a script keeps its state.
 *
 * The library's teachers are synchronous, so the answer must be too: a worker thread owns the
 * process and its pipes, and the main thread waits for each answer on a shared flag
 * (`Atomics.wait`). The process runs in its own process group, so Ctrl-C at the terminal
 * stops the learner between two queries instead of killing the model mid-answer. A malformed
 * answer, a dead process or a time-out is a {@link UserError} naming the word asked.
 *
 * @module
 */
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Alphabet } from "../../automata/alphabet.js";
import { type Word, wordToString } from "../../automata/word.js";
import { UserError } from "./fail.js";

/** A membership function backed by a running command. */
export interface CommandMembership {
  /** Resolves once the command has started; rejects (with a {@link UserError}) if it cannot. */
  readonly ready: Promise<void>;
  /** Asks the command about one word (blocks until it answers). */
  readonly membership: (w: Word) => boolean;
  /** Ends the command's input, then stops it and the worker. */
  readonly close: () => Promise<void>;
}

// The worker: plain JavaScript, run with `eval` so it works from source and from dist alike.
const WORKER = `
const { spawn } = require("node:child_process");
const { createInterface } = require("node:readline");
const { workerData } = require("node:worker_threads");
const { command, flag, port } = workerData;
const child = spawn(command, { shell: true, stdio: ["pipe", "pipe", "inherit"], detached: true });
let dead = null;
let waiting = null;
const answer = (message) => {
  waiting = null;
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
const die = (why) => {
  if (dead === null) dead = why;
  if (waiting !== null) answer({ dead });
};
child.on("spawn", () => port.postMessage({ ready: true }));
child.on("error", (e) => {
  if (child.pid === undefined) port.postMessage({ dead: "could not start (" + e.message + ")" });
  die("could not start (" + e.message + ")");
});
child.on("exit", (code, signal) => die(signal ? "was killed by " + signal : "exited with code " + code));
child.stdin.on("error", () => {});
const lines = [];
createInterface({ input: child.stdout }).on("line", (line) => {
  if (waiting !== null) answer({ line });
  else lines.push(line);
});
port.on("message", (m) => {
  if (m.close) {
    child.stdin.end();
    const t = setTimeout(() => {
      try { process.kill(-child.pid, "SIGKILL"); } catch {}
    }, 1000);
    child.on("exit", () => { clearTimeout(t); port.close(); });
    if (dead !== null) { clearTimeout(t); port.close(); }
    return;
  }
  waiting = m.line;
  child.stdin.write(m.line + "\\n");
  if (lines.length > 0) answer({ line: lines.shift() });
  else if (dead !== null) answer({ dead });
});
`;

interface Reply {
  readonly line?: string;
  readonly dead?: string;
}

/**
 * The word as the command reads it: symbols run together for a one-character alphabet,
 * tokens separated by spaces otherwise, and the empty line for ε.
 *
 * @example
 * ```ts
 * wireWord(unsafeAlphabet(["hi", "bye"]), [0, 1]); // "hi bye"
 * wireWord(ab, []); // ""
 * ```
 */
export function wireWord(alphabet: Alphabet, w: Word): string {
  return w.map((s) => alphabet.symbols[s] as string).join(alphabet.tokens ? " " : "");
}

/**
 * Reads one answer: `1`/`true` or `0`/`false` (surrounding blanks ignored, any case).
 *
 * @example
 * ```ts
 * parseAnswer(" TRUE "); // true
 * parseAnswer("yes"); // undefined
 * ```
 */
export function parseAnswer(line: string): boolean | undefined {
  const t = line.trim().toLowerCase();
  return t === "1" || t === "true" ? true : t === "0" || t === "false" ? false : undefined;
}

/**
 * Starts `command` (through the shell) and returns its membership function; each answer may
 * take at most `timeoutMs`.
 *
 * @example
 * ```ts
 * const m = commandMembership("./model.sh", ab, { timeoutMs: 60_000 });
 * await m.ready;
 * lstar(blackBoxTeacher(m.membership, ab));
 * await m.close();
 * ```
 */
export function commandMembership(
  command: string,
  alphabet: Alphabet,
  options: { readonly timeoutMs: number },
): CommandMembership {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { command, flag, port: port2 },
    transferList: [port2],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: { ready?: boolean; dead?: string }) => {
      port1.off("message", onMessage);
      if (m.ready === true) resolve();
      else reject(new UserError(`--command ${JSON.stringify(command)} ${m.dead ?? "failed"}`));
    };
    port1.on("message", onMessage);
  });
  const membership = (w: Word): boolean => {
    const shown = wordToString(alphabet, w);
    Atomics.store(flag, 0, 0);
    port1.postMessage({ line: wireWord(alphabet, w) });
    if (Atomics.wait(flag, 0, 0, options.timeoutMs) === "timed-out")
      throw new UserError(
        `--command ${JSON.stringify(command)} did not answer within ${options.timeoutMs / 1000} s when asked ${shown}`,
      );
    const reply = receiveMessageOnPort(port1)?.message as Reply | undefined;
    if (reply?.dead !== undefined)
      throw new UserError(
        `--command ${JSON.stringify(command)} ${reply.dead} before answering ${shown}`,
      );
    const b = parseAnswer(reply?.line ?? "");
    if (b === undefined)
      throw new UserError(
        `--command ${JSON.stringify(command)} answered ${JSON.stringify(reply?.line ?? "")} when asked ${shown} (expected 1, 0, true or false)`,
      );
    return b;
  };
  const close = async () => {
    port1.postMessage({ close: true });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise((resolve) => worker.once("exit", resolve)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, 2000);
      }),
    ]);
    clearTimeout(timer);
    port1.close();
    await worker.terminate();
  };
  return { ready, membership, close };
}
