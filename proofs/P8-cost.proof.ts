/**
 * P8 (THEORY.md): the compute cost of brute-force attribution.
 *
 * Statement. Attributing outputs by evaluating each one under every candidate model and user
 * context costs candidates × outputs × user contexts × 2·parameters·tokens FLOPs, and takes that
 * divided by the sustained FLOP/s. The paper's "200 years of supercomputing for one year of U.S.
 * AI output" has unstated parameters, so the model has none built in: every parameter is
 * explicit, and the cost is strictly increasing in each workload factor and strictly decreasing
 * in throughput (no hard-coded headline can hide in it).
 *
 * Finite shadow. Random integer parameters (candidate counts up to 10^400 as bigints) are
 * checked against the exact product; each workload factor is scaled by a random integer, and
 * the cost must scale by exactly that factor (in base-10 logarithms, to 1e-9); doubling the
 * throughput must halve the time.
 *
 * Independent check. The exact product is formed with bigints (2·parameters·tokens·candidates·
 * outputs·contexts) and its base-10 logarithm read from its decimal digits, not from the
 * floating computation of `bruteForceCost`.
 *
 * Control. A near-miss cost model that forgets the user contexts (or the factor 2 of a
 * forward pass) disagrees with the exact product on some generated input: the check can tell.
 */
import fc from "fast-check";
import { type BruteForceCostParams, bruteForceCost } from "../src/attribution/cost.js";
import { defineProof } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";

/** Integer parameters, so the exact product is a bigint. */
interface IntegerParams {
  readonly candidates: bigint;
  readonly outputs: number;
  readonly userContexts: number;
  readonly parameters: number;
  readonly tokens: number;
  readonly sustainedFlops: number;
}

const arbParams: fc.Arbitrary<IntegerParams> = fc.record({
  candidates: fc.bigInt({ min: 1n, max: 10n ** 400n }),
  outputs: fc.integer({ min: 1, max: 1e9 }),
  userContexts: fc.integer({ min: 1, max: 1e4 }),
  parameters: fc.integer({ min: 1, max: 1e12 }),
  tokens: fc.integer({ min: 1, max: 1e5 }),
  sustainedFlops: fc.integer({ min: 1, max: 2 ** 53 - 1 }),
});

/** log10 of a positive bigint from its digits (16 leading digits are exact in a double). */
function log10Exact(x: bigint): number {
  const s = x.toString();
  const head = s.slice(0, 16);
  return Math.log10(Number(head)) + (s.length - head.length);
}

/** The exact FLOP count: 2 · parameters · tokens · candidates · outputs · contexts. */
function exactFlops(p: IntegerParams, withContexts = true, forward = 2n): bigint {
  return (
    forward *
    BigInt(p.parameters) *
    BigInt(p.tokens) *
    p.candidates *
    BigInt(p.outputs) *
    (withContexts ? BigInt(p.userContexts) : 1n)
  );
}

function cost(p: BruteForceCostParams) {
  return orThrow(bruteForceCost(p));
}

const FACTORS = ["candidates", "outputs", "userContexts", "parameters", "tokens"] as const;

export const proof = defineProof({
  id: "P8",
  title: "The compute cost of brute-force attribution, every parameter explicit",
  statement:
    "Brute-force attribution costs candidates × outputs × user contexts × 2·parameters·tokens FLOPs, taking that over the sustained FLOP/s; the model has no built-in parameter, is strictly increasing in each workload factor and strictly decreasing in throughput.",
  shadow:
    "Random integer parameters (candidates up to 10^400 as bigints) against the exact product; each workload factor scaled by a random integer must scale the cost by that factor exactly (in log10, to 1e-9); doubling the throughput halves the time.",
  check:
    "The exact product is a bigint and its log10 is read from its decimal digits, not from bruteForceCost's floating logarithms.",
  control:
    "A cost model that forgets the user contexts, or the factor 2 of a forward pass, disagrees with the exact product on generated inputs.",
  properties: [
    {
      name: "the cost is the exact product candidates × outputs × contexts × 2·parameters·tokens, in FLOPs, seconds and years",
      role: "claim",
      covers: ["beyond floating range", "within floating range"],
      build: (ctx) =>
        fc.property(arbParams, (p) => {
          const c = cost(p);
          const exact = log10Exact(exactFlops(p));
          ctx.classify(
            Number.isFinite(c.flops) ? "within floating range" : "beyond floating range",
          );
          ctx.witness("log10 FLOPs", Math.round(exact));
          return (
            Math.abs(c.log10Flops - exact) < 1e-9 * Math.max(1, exact) &&
            Math.abs(c.log10Seconds - (exact - Math.log10(p.sustainedFlops))) <
              1e-9 * Math.max(1, exact) &&
            Math.abs(c.log10Years - c.log10Seconds + Math.log10(365.25 * 86400)) < 1e-9 &&
            c.params.candidates === p.candidates.toString()
          );
        }),
    },
    {
      name: "scaling one workload factor by m scales the cost by m; doubling the throughput halves the time",
      role: "claim",
      covers: [...FACTORS],
      build: (ctx) =>
        fc.property(
          arbParams,
          fc.constantFrom(...FACTORS),
          fc.integer({ min: 2, max: 1000 }),
          (p, field, m) => {
            ctx.classify(field);
            const base = cost(p);
            const v = p[field];
            const scaled = cost({ ...p, [field]: typeof v === "bigint" ? v * BigInt(m) : v * m });
            const faster = cost({ ...p, sustainedFlops: 2 * p.sustainedFlops });
            return (
              Math.abs(scaled.log10Flops - base.log10Flops - Math.log10(m)) < 1e-9 &&
              scaled.log10Flops > base.log10Flops &&
              Math.abs(base.log10Seconds - faster.log10Seconds - Math.log10(2)) < 1e-9 &&
              faster.log10Flops === base.log10Flops
            );
          },
        ),
    },
    {
      name: "a cost model that forgets the user contexts or the factor 2 disagrees with the exact product",
      role: "control",
      build: (ctx) =>
        fc.property(
          arbParams.filter((p) => p.userContexts > 1),
          fc.boolean(),
          (p, dropContexts) => {
            ctx.classify(dropContexts ? "no contexts" : "no factor 2");
            const nearMiss = log10Exact(exactFlops(p, !dropContexts, dropContexts ? 2n : 1n));
            const c = cost(p);
            return Math.abs(c.log10Flops - nearMiss) > 1e-6;
          },
        ),
    },
  ],
});
