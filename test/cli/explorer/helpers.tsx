/** Shared helpers of the explorer tests: small scenarios, rendering at a fixed size, waiting. */
import { stripVTControlCharacters } from "node:util";
import * as E from "fp-ts/lib/Either.js";
import { render } from "ink-testing-library";
import type { ReactElement } from "react";
import { type Alphabet, alphabet } from "../../../src/automata/alphabet.js";
import { compile } from "../../../src/automata/compile.js";
import type { ExplorerScenario } from "../../../src/cli/explorer/scenario.js";
import { exFt, exGold } from "../../../src/identification/family/examples.js";
import type { Family } from "../../../src/identification/family/family.js";

/** The right value, or a thrown error naming the left. */
export function right<A>(e: E.Either<{ readonly message: string } | string, A>): A {
  if (E.isLeft(e))
    throw new Error(`expected right, got ${typeof e.left === "string" ? e.left : e.left.message}`);
  return e.right;
}

/** {a, b}. */
export const AB: Alphabet = right(alphabet(["a", "b"]));

/** A scenario over a family built once. */
export function scenarioOf(id: string, make: () => Family, window = 16): ExplorerScenario {
  let family: Family | undefined;
  return {
    id,
    title: `the test scenario ${id}`,
    demonstrates: "what a test needs",
    theoryIds: ["C2"],
    family: () => {
      family ??= make();
      return family;
    },
    regexOf: () => undefined,
    target: 0,
    window,
    tellTaleLength: 6,
    report: () => `report of ${id}\n`,
    json: () => ({ id }),
  };
}

/** EX-FT over (ab)*: a small class with an infinite base, like P4-finetune. */
export function abScenario(window = 16): ExplorerScenario {
  return scenarioOf("AB-ft", () => exFt(right(compile("(ab)*", AB)), "(ab)*"), window);
}

/** EX-GOLD (a* and its initial finite subsets). */
export function goldScenario(window = 16): ExplorerScenario {
  return scenarioOf("EX-GOLD", exGold, window);
}

/** Keys as a terminal sends them. */
export const KEYS = {
  right: "\u001b[C",
  left: "\u001b[D",
  up: "\u001b[A",
  down: "\u001b[B",
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  backspace: "\u007f",
  ctrlU: "\u0015",
} as const;

/** The frame without colours, as lines. */
export function frameLines(frame: string | undefined): string[] {
  return stripVTControlCharacters(frame ?? "").split("\n");
}

/** Is the frame laid out for `columns`? Its header line ends in "q quit" at the last column. */
export function laidOutFor(frame: string, columns: number): boolean {
  const header = frameLines(frame)[0] ?? "";
  return header.endsWith("q quit") && header.length === columns - 1;
}

/**
 * Renders `tree` with ink-testing-library, then gives its fake stdout the size of a terminal of
 * `columns` × `rows`, announces it with a `resize` event as a terminal does, and waits for the
 * first frame laid out at that size. `resize` does the same later.
 */
export async function renderAt(tree: ReactElement, columns = 80, rows = 24) {
  const r = render(tree);
  const resize = async (c: number, h: number) => {
    Object.defineProperty(r.stdout, "columns", { value: c, configurable: true });
    Object.defineProperty(r.stdout, "rows", { value: h, configurable: true });
    r.stdout.emit("resize");
    await waitForFrame(r.lastFrame, (f) => laidOutFor(f, c));
  };
  await resize(columns, rows);
  return { ...r, resize };
}

/** Waits until the last frame (colours stripped) satisfies `test`; fails after `ms`. */
export async function waitForFrame(
  lastFrame: () => string | undefined,
  test: (frame: string) => boolean,
  ms = 20_000,
): Promise<string> {
  const start = Date.now();
  for (;;) {
    const f = stripVTControlCharacters(lastFrame() ?? "");
    if (test(f)) return f;
    if (Date.now() - start > ms) throw new Error(`no frame satisfied the test; last frame:\n${f}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
