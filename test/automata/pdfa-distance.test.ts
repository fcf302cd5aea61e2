import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import type { Fraction } from "fraction.js";
import { describe, expect, it } from "vitest";
import { arbPdfa } from "../../src/automata/pdfa/arbitrary.js";
import { pdfaFromEdges } from "../../src/automata/pdfa/build.js";
import { ZERO } from "../../src/automata/pdfa/exact.js";
import { klDivergence } from "../../src/automata/pdfa/kl.js";
import { innerProduct, l2Distance, pdfaInnerProduct } from "../../src/automata/pdfa/l2.js";
import { type Distribution, mixture, probability } from "../../src/automata/pdfa/mixture.js";
import { randomPdfa } from "../../src/automata/pdfa/random.js";
import { condition } from "../../src/automata/pdfa/reweight.js";
import { sampleOutputs } from "../../src/automata/pdfa/sample.js";
import { tvBounds, tvEstimate } from "../../src/automata/pdfa/tv.js";
import {
  makePdfa,
  type Pdfa,
  pdfaExactProbability,
  pdfaProbability,
  pdfaSupport,
} from "../../src/automata/pdfa.js";
import { allWords } from "./brute-force.js";
import { AB, geometric, ok, only, tailBeyond } from "./pdfa-fixtures.js";

/** p with its states renumbered by a seeded permutation (same distribution). */
function renumbered(p: Pdfa, seed: number): Pdfa {
  const n = p.states;
  const perm = Array.from({ length: n }, (_, i) => i);
  let x = seed + 1;
  for (let i = n - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
  }
  const inv = new Int32Array(n);
  for (let i = 0; i < n; i++) inv[perm[i] as number] = i;
  const offsets = new Int32Array(n + 1);
  const symbols: number[] = [];
  const targets: number[] = [];
  const probs: number[] = [];
  const stop = new Float64Array(n);
  const exStop: Fraction[] = [];
  const exProbs: Fraction[] = [];
  for (let nq = 0; nq < n; nq++) {
    const q = inv[nq] as number;
    stop[nq] = p.stop[q] as number;
    exStop.push(p.exact?.stop[q] as Fraction);
    for (let i = p.offsets[q] as number; i < (p.offsets[q + 1] as number); i++) {
      symbols.push(p.symbols[i] as number);
      targets.push(perm[p.targets[i] as number] as number);
      probs.push(p.probs[i] as number);
      exProbs.push(p.exact?.probs[i] as Fraction);
    }
    offsets[nq + 1] = symbols.length;
  }
  return makePdfa(
    p.alphabet,
    perm[p.start] as number,
    offsets,
    Int32Array.from(symbols),
    Int32Array.from(targets),
    Float64Array.from(probs),
    stop,
    p.exact === undefined ? undefined : { probs: exProbs, stop: exStop },
  );
}

const WORDS7 = allWords(2, 7);

/** The shortest word up to length 7 on which the exact probabilities differ. */
function differingWord(p: Distribution, q: Distribution): readonly number[] | undefined {
  return WORDS7.find((w) => Math.abs(probability(p, w) - probability(q, w)) > 1e-15);
}

describe("inner products and L2", () => {
  it("⟨p, q⟩ lies between its sum over words up to length 7 and that plus tail_p · tail_q", () => {
    const arb = fc.tuple(arbPdfa(AB), arbPdfa(AB));
    fc.assert(
      fc.property(arb, ([p, q]) => {
        const ip = ok(pdfaInnerProduct(p, q));
        expect(ip.method).toBe("exact");
        let brute = ZERO;
        for (const w of WORDS7)
          brute = brute.add(
            (pdfaExactProbability(p, w) as Fraction).mul(pdfaExactProbability(q, w) as Fraction),
          );
        const exact = ip.exact as Fraction;
        expect(exact.compare(brute)).toBeGreaterThanOrEqual(0);
        expect(exact.valueOf()).toBeLessThanOrEqual(
          brute.valueOf() + tailBeyond(p, 7) * tailBeyond(q, 7) + 1e-15,
        );
        expect(ip.value).toBeCloseTo(exact.valueOf(), 12);
      }),
      { numRuns: 100 },
    );
    fc.statistics(
      arb,
      ([p, q]) => (ok(pdfaInnerProduct(p, q)).value > 0 ? "overlap" : "disjoint"),
      {
        numRuns: 100,
      },
    );
  });

  it("L2 = 0 exactly iff the distributions agree (on every word up to length 7, enough for these sizes)", () => {
    // weighted automata with n1 + n2 states that differ, differ on a word shorter than n1 + n2
    const arb = fc.tuple(arbPdfa(AB), arbPdfa(AB), fc.boolean(), fc.nat());
    fc.assert(
      fc.property(arb, ([p, q0, same, seed]) => {
        const q = same ? renumbered(p, seed) : q0;
        const d = ok(l2Distance(p, q));
        expect(d.exactSquared).toBeDefined();
        expect(d.equal).toBe(differingWord(p, q) === undefined);
        if (d.equal === true) expect(d.distance).toBeLessThan(1e-7);
        else expect((d.exactSquared as Fraction).compare(0)).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
    fc.statistics(arb, ([p, q0, same, seed]) =>
      ok(l2Distance(p, same ? renumbered(p, seed) : q0)).equal ? "equal" : "different",
    );
  });

  it("a differently built PDFA of the same distribution has L2 = 0 (p conditioned on its support)", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const p = randomPdfa(6, AB, seed, { exact: true });
      const q = ok(condition(p, pdfaSupport(p))) as Pdfa;
      const d = ok(l2Distance(p, q));
      expect(d.equal).toBe(true);
    }
  });

  it("R4a: two latent-user mixtures with identical marginals have L2 = 0 exactly, TV = 0 certified", () => {
    const user = (pa: string, pb: string): Pdfa =>
      ok(
        pdfaFromEdges(AB, {
          states: 2,
          start: 0,
          stop: ["0", "1"],
          edges: [
            { from: 0, symbol: 0, to: 1, p: pa },
            { from: 0, symbol: 1, to: 1, p: pb },
          ],
        }),
      );
    // model 1: users who always say a and users who always say b, half and half
    const split = ok(
      mixture([
        { weight: "1/2", pdfa: only([0]) },
        { weight: "1/2", pdfa: only([1]) },
      ]),
    );
    // model 2: users who lean a (3/4) and users who lean b (3/4), half and half
    const lean = ok(
      mixture([
        { weight: "1/2", pdfa: user("3/4", "1/4") },
        { weight: "1/2", pdfa: user("1/4", "3/4") },
      ]),
    );
    // model 3: one kind of user who flips a fair coin
    const coin = user("1/2", "1/2");
    for (const [x, y] of [
      [split, lean],
      [split, coin],
      [lean, coin],
    ] as const) {
      const d = ok(l2Distance(x, y));
      expect(d.equal).toBe(true);
      expect(d.exactSquared?.toFraction()).toBe("0");
      expect(ok(tvBounds(x, y))).toMatchObject({ lower: 0, upper: 0, certifiedZero: true });
    }
    // identifiable again when the prompt (which user) is observed: the users differ
    expect(ok(l2Distance(only([0]), user("3/4", "1/4"))).equal).toBe(false);
  });

  it("the three solvers agree on the inner product", () => {
    for (let seed = 1; seed <= 8; seed++) {
      const p = randomPdfa(12, AB, seed, { exact: true });
      const q = randomPdfa(9, AB, seed + 100, { exact: true });
      const exact = ok(pdfaInnerProduct(p, q));
      const dense = ok(pdfaInnerProduct(p, q, { exactLimit: 0 }));
      const iterative = ok(pdfaInnerProduct(p, q, { exactLimit: 0, denseLimit: 0 }));
      expect(exact.method).toBe("exact");
      expect(dense.method).toBe("dense");
      expect(iterative.method).toBe("iterative");
      expect(dense.value).toBeCloseTo(exact.value, 12);
      expect(iterative.value).toBeCloseTo(exact.value, 10);
      expect(dense.exact).toBeUndefined();
    }
  });

  it("mixtures follow by bilinearity", () => {
    const p = randomPdfa(4, AB, 1, { exact: true });
    const q = randomPdfa(4, AB, 2, { exact: true });
    const m = ok(
      mixture([
        { weight: "1/3", pdfa: p },
        { weight: "2/3", pdfa: q },
      ]),
    );
    const direct = ok(innerProduct(m, p)).exact as Fraction;
    const pp = ok(pdfaInnerProduct(p, p)).exact as Fraction;
    const qp = ok(pdfaInnerProduct(q, p)).exact as Fraction;
    expect(direct.equals(pp.div(3).add(qp.mul(2).div(3)))).toBe(true);
  });

  it("pair budgets give budget errors", () => {
    const p = randomPdfa(30, AB, 3);
    const r = pdfaInnerProduct(p, p, { states: 2 });
    expect(E.isLeft(r) && r.left.kind).toBe("budget");
  });
});

describe("KL divergence", () => {
  it("matches the closed form for two geometric distributions: KL = ln(9/8)", () => {
    // p(a^n) = 2^-(n+1), q(a^n) = (2/3) 3^-n: ln(p/q) = n ln(3/2) + ln(3/4), E_p[n] = 1
    const kl = ok(klDivergence(geometric(1, 2), geometric(2, 3)));
    expect(kl.nats).toBeCloseTo(Math.log(9 / 8), 12);
    expect(kl.bits).toBeCloseTo(Math.log2(9 / 8), 12);
  });

  it("is 0 from a PDFA to itself and agrees with a Monte Carlo estimate of E_p[ln p − ln q]", () => {
    let finite = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const p = randomPdfa(5, AB, seed, { density: 0.8 });
      expect(ok(klDivergence(p, p)).nats).toBeCloseTo(0, 12);
      const q = randomPdfa(4, AB, seed + 50, { density: 1 });
      const kl = ok(klDivergence(p, q));
      if (kl.nats === Number.POSITIVE_INFINITY) {
        const w = kl.witness as readonly number[];
        expect(pdfaProbability(p, w)).toBeGreaterThan(0);
        expect(pdfaProbability(q, w)).toBe(0);
        continue;
      }
      finite++;
      const words = ok(sampleOutputs(p, 20_000, seed));
      const terms = words.map((w) => Math.log(pdfaProbability(p, w) / pdfaProbability(q, w)));
      const mean = terms.reduce((x, y) => x + y, 0) / terms.length;
      const sd = Math.sqrt(terms.reduce((x, y) => x + (y - mean) ** 2, 0) / terms.length);
      expect(Math.abs(kl.nats - mean)).toBeLessThanOrEqual(
        6 * (sd / Math.sqrt(terms.length)) + 1e-3,
      );
    }
    expect(finite).toBeGreaterThanOrEqual(3);
  });

  it("is infinite when supp p ⊄ supp q, with a word p emits and q cannot", () => {
    const kl = ok(klDivergence(geometric(1, 2), only([0])));
    expect(kl.nats).toBe(Number.POSITIVE_INFINITY);
    expect(kl.witness).toEqual([]);
    const kl2 = ok(klDivergence(only([0, 1]), geometric(1, 2)));
    expect(kl2.witness).toEqual([0, 1]);
  });
});

describe("total variation", () => {
  it("the bounds contain the truncated sum and stay consistent with it (words up to length 7)", () => {
    const arb = fc.tuple(arbPdfa(AB), arbPdfa(AB));
    fc.assert(
      fc.property(arb, ([p, q]) => {
        const tv = ok(tvBounds(p, q, { nodes: 2000 }));
        let brute = 0;
        for (const w of WORDS7) brute += Math.abs(pdfaProbability(p, w) - pdfaProbability(q, w));
        const low = brute / 2;
        const high = low + (tailBeyond(p, 7) + tailBeyond(q, 7)) / 2;
        expect(tv.lower).toBeLessThanOrEqual(tv.upper);
        expect(tv.lower).toBeLessThanOrEqual(high + 1e-9);
        expect(tv.upper).toBeGreaterThanOrEqual(low - 1e-9);
        expect(tv.upper).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
    fc.statistics(
      arb,
      ([p, q]) => {
        const tv = ok(tvBounds(p, q, { nodes: 2000 }));
        return tv.certifiedZero ? "certified 0" : tv.upper - tv.lower < 1e-6 ? "tight" : "a gap";
      },
      { numRuns: 60 },
    );
  });

  it("two disjoint point masses are at TV 1", () => {
    const tv = ok(tvBounds(only([0]), only([1])));
    expect(tv.lower).toBeCloseTo(1, 9);
    expect(tv.upper).toBeCloseTo(1, 9);
  });

  it("the Monte Carlo estimate falls near the bounds", () => {
    const p = geometric(1, 2);
    const q = geometric(2, 3);
    const tv = ok(tvBounds(p, q));
    const est = ok(tvEstimate(p, q, 20_000, 42));
    expect(est.estimate).toBeGreaterThanOrEqual(tv.lower - 6 * est.standardError - 1e-3);
    expect(est.estimate).toBeLessThanOrEqual(tv.upper + 6 * est.standardError + 1e-3);
    // closed form: TV = Σ_n (q − p)⁺ = q(ε) − p(ε) + ... only n = 0 has q > p
    expect(tv.lower).toBeCloseTo(2 / 3 - 1 / 2, 6);
  });
});
