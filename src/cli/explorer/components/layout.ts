/**
 * Fixed-width cells for the explorer's tables: text cut with an ellipsis or padded to exactly
 * the width asked, so columns line up at any terminal width.
 *
 * Law: `cell(s, w).length === w` for w ≥ 0 (for text of single-width characters, which is
 * what the explorer prints: ASCII, tokens and a few mathematical signs).
 *
 * @module
 */

/**
 * `text` cut or padded to `width` characters (right-aligned with `"right"`).
 *
 * @example
 * ```ts
 * cell("enumeration", 6); // "enume…"
 * cell("14", 4, "right"); // "  14"
 * ```
 */
export function cell(text: string, width: number, align: "left" | "right" = "left"): string {
  const w = Math.max(0, width);
  if (text.length > w) return w === 0 ? "" : `${text.slice(0, w - 1)}…`;
  return align === "left" ? text.padEnd(w) : text.padStart(w);
}

/**
 * The first row to show of a list of `total` rows in a box of `count` rows so that `cursor`
 * sits in the middle (or as near as the ends of the list allow). Stateless, so a frame depends
 * on the state alone.
 *
 * @example
 * ```ts
 * scrollWindow(64, 20, 10); // 15
 * scrollWindow(64, 3, 10); // 0
 * scrollWindow(64, 63, 10); // 54
 * ```
 */
export function scrollWindow(total: number, cursor: number, count: number): number {
  return Math.max(0, Math.min(total - count, cursor - Math.floor(count / 2)));
}
