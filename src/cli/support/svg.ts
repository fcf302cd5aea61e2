/**
 * DOT → SVG in Node, without a system Graphviz (@viz-js/viz).
 *
 * @module
 */
import { instance } from "@viz-js/viz";

/**
 * Renders a DOT graph as SVG text.
 *
 * @example
 * ```ts
 * const svg = await renderSvg("digraph { a -> b }");
 * ```
 */
export async function renderSvg(dot: string): Promise<string> {
  const viz = await instance();
  return viz.renderString(dot, { format: "svg" });
}
