/**
 * The registered scenarios, in the order `scenarios()` lists them: the default `P4-finetune`
 * first, then the regimes R1–R4, the P5 re-run, B1, B2 and the measurements.
 *
 * @module
 */
import { generationVsAttribution } from "./generation-vs-attribution.js";
import { p1Candidates } from "./p1-candidates.js";
import { p4Finetune } from "./p4-finetune.js";
import { p5StarFree } from "./p5-starfree.js";
import { p7Growth } from "./p7-growth.js";
import { p8Cost } from "./p8-cost.js";
import { r1 } from "./r1.js";
import { r2 } from "./r2.js";
import { r3 } from "./r3.js";
import { r4a } from "./r4a.js";
import { r4b } from "./r4b.js";
import { r4c } from "./r4c.js";
import type { Scenario } from "./types.js";
import { watermarkScenario } from "./watermark.js";

/**
 * Every scenario.
 *
 * @example
 * ```ts
 * CATALOGUE.map((s) => s.id); // ["R4a", "R4b", …]
 * ```
 * @internal
 */
export const CATALOGUE: readonly Scenario[] = [
  p4Finetune,
  r1,
  r2,
  r3,
  r4a,
  r4b,
  r4c,
  p5StarFree,
  watermarkScenario,
  generationVsAttribution,
  p1Candidates,
  p7Growth,
  p8Cost,
];
