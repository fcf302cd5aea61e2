/**
 * The registry of executable proofs: every proof file of proofs/, in THEORY.md order
 * (P1–P8, R1–R4, C1–C11, B1–B3). A static list, so the built package runs the same proofs
 * as `npm test` without scanning folders; test/proofs/registry.test.ts checks that every
 * `*.proof.ts` file is listed here and has its vitest stub.
 *
 * @module
 */
import type { ProofFile } from "../src/proof/types.js";
import { proof as B1 } from "./B1-watermark.proof.js";
import { proof as B2 } from "./B2-generation-vs-attribution.proof.js";
import { proof as B3 } from "./B3-small-worlds.proof.js";
import { proof as C1 } from "./C1-gold-informant.proof.js";
import { proof as C2 } from "./C2-gold-text.proof.js";
import { proof as C3 } from "./C3-locking-sequences.proof.js";
import { proof as C4 } from "./C4-tell-tales.proof.js";
import { proof as C5 } from "./C5-finite-elasticity.proof.js";
import { proof as C6 } from "./C6-k-reversible.proof.js";
import { proof as C7 } from "./C7-lstar.proof.js";
import { proof as C8 } from "./C8-query-lower-bounds.proof.js";
import { proof as C9 } from "./C9-stochastic.proof.js";
import { proof as C10 } from "./C10-generation.proof.js";
import { proof as C11 } from "./C11-star-free.proof.js";
import { proof as P1 } from "./P1-attribution-candidates.proof.js";
import { proof as P2 } from "./P2-definition-1.proof.js";
import { proof as P3 } from "./P3-angluin-condition.proof.js";
import { proof as P4 } from "./P4-R1-finetune.proof.js";
import { proof as P5 } from "./P5-transformer-expressivity.proof.js";
import { proof as P6 } from "./P6-model-access.proof.js";
import { proof as P7 } from "./P7-growth.proof.js";
import { proof as P8 } from "./P8-cost.proof.js";
import { proof as R2 } from "./R2-probabilistic-infinite.proof.js";
import { proof as R3 } from "./R3-finite-deterministic.proof.js";
import { proof as R4 } from "./R4-finite-probabilistic.proof.js";

/**
 * Every proof file, in THEORY.md order.
 *
 * @example
 * ```ts
 * runProofsToEnd(proofs, { mode: "deep", seed: 42 });
 * ```
 */
export const proofs: readonly ProofFile[] = [
  P1,
  P2,
  P3,
  P4,
  P5,
  P6,
  P7,
  P8,
  R2,
  R3,
  R4,
  C1,
  C2,
  C3,
  C4,
  C5,
  C6,
  C7,
  C8,
  C9,
  C10,
  C11,
  B1,
  B2,
  B3,
];
