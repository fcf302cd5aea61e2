/**
 * The `telltale` report and its terminal view.
 *
 * @module
 */

/** One member's result, printed. */
export interface TellTaleView {
  readonly member: number;
  readonly name: string;
  readonly kind: "candidate" | "absent";
  /** T_i, printed in shortlex order (candidates). */
  readonly words: readonly string[];
  /** Proper sub-members and the word of T_i excluding each (candidates). */
  readonly excluded: readonly { readonly member: number; readonly word: string }[];
  /** Compared with the whole family (candidates of a finite family). */
  readonly exact: boolean;
  /** For each ℓ ≤ length, a member between L_i ∩ Σ^≤ℓ and L_i (absent). */
  readonly absence: readonly {
    readonly length: number;
    readonly member: number;
    readonly word: string;
  }[];
}

/** The `--json` report of `telltale` (version 1). */
export interface TelltaleReport {
  readonly version: 1;
  readonly family: string;
  /** Members compared (0..members−1). */
  readonly members: number;
  /** Absence certificates cover the sets of words of length ≤ length. */
  readonly length: number;
  readonly partial: boolean;
  readonly results: readonly TellTaleView[];
  /** On the candidates of members 0..n−1 when all were found; null otherwise. */
  readonly angluinCondition: ConditionView | null;
  readonly misstatedCondition: ConditionView | null;
}

/** A condition check, printed: where it fails (the pair, the reason, the word), if it does. */
export interface ConditionView {
  readonly holds: boolean;
  readonly sets: number;
  readonly members: number;
  readonly failure: {
    readonly i: number;
    readonly j: number;
    readonly reason: string;
    readonly word: string | null;
  } | null;
}

function formatCondition(name: string, c: ConditionView | null): string {
  if (c === null)
    return `${name}: not checked (a member has no tell-tale, or not every member was searched)`;
  const scope = `T_0..T_${c.sets - 1} against members 0..${c.members - 1}`;
  const f = c.failure;
  if (f === null) return `${name}: holds (${scope})`;
  return `${name}: FAILS at i = ${f.i}, j = ${f.j} (${f.reason}; ${scope})`;
}

/**
 * The terminal view of a tell-tale report.
 *
 * @example
 * ```ts
 * io.out(formatTelltale(report));
 * ```
 */
export function formatTelltale(r: TelltaleReport): string {
  const lines = [
    `Tell-tales of ${r.family} (members 0..${r.members - 1} compared; absence up to length ${r.length})${r.partial ? " — PARTIAL (interrupted)" : ""}`,
    "",
  ];
  for (const v of r.results) {
    if (v.kind === "absent")
      lines.push(
        `  ${v.member} ${v.name}: no tell-tale made of words of length ≤ ${r.length}: each L ∩ Σ^≤ℓ lies in a proper sub-member (${v.absence.map((a) => `ℓ=${a.length}: ${a.member}`).join(", ")})`,
      );
    else
      lines.push(
        `  ${v.member} ${v.name}: {${v.words.join(", ")}}${v.exact ? "" : " (candidate within the members compared)"}; excludes ${v.excluded.length} proper sub-member${v.excluded.length === 1 ? "" : "s"}`,
      );
  }
  lines.push(
    "",
    formatCondition("Angluin's condition (T_i ⊆ L_j ⇒ L_j ⊄ L_i)", r.angluinCondition),
  );
  lines.push(formatCondition("misstated condition (T_i ⊆ L_j ⇒ L_j = L_i)", r.misstatedCondition));
  return `${lines.join("\n")}\n`;
}
