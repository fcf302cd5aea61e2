import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { unsafeAlphabet } from "../../../src/automata/alphabet.js";
import { enumerate } from "../../../src/automata/count/enumerate.js";
import { accepts, type Dfa } from "../../../src/automata/dfa.js";
import { type Word, wordKey } from "../../../src/automata/word.js";
import { verifyElasticity } from "../../../src/identification/certificate/verify-bounded.js";
import {
  exCofin,
  exFinLayers,
  exGold,
  exLen,
  exThick,
  exZoo,
} from "../../../src/identification/family/examples.js";
import { type Family, member } from "../../../src/identification/family/family.js";
import {
  elasticityChain,
  elasticitySteps,
} from "../../../src/identification/structure/elasticity.js";
import { tellTale } from "../../../src/identification/telltale/search.js";
import { Classes, pow, right } from "../helpers.js";
import { re } from "../regex.js";

/** Σ^≤ℓ over {a, b}, in shortlex order. */
function shortWords(l: number): Word[] {
  const ab = unsafeAlphabet(["a", "b"]);
  const out: Word[] = [];
  for (const w of enumerate(re("(a|b)*", ab))) {
    if (w.length > l) break;
    out.push(w);
  }
  return out;
}

/**
 * The longest chain by brute force over word sets (not candidate sets): from the words W
 * chosen so far, any member L ⊇ W and any short word w ∉ L extends the chain by one.
 */
function longestBrute(dfas: readonly Dfa[], words: readonly Word[]): number {
  const memo = new Map<string, number>();
  const from = (chosen: readonly Word[]): number => {
    const k = chosen.map(wordKey).sort().join("|");
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    let best = 0;
    for (const d of dfas) {
      if (!chosen.every((w) => accepts(d, w))) continue;
      for (const w of words) if (!accepts(d, w)) best = Math.max(best, 1 + from([...chosen, w]));
    }
    memo.set(k, best);
    return best;
  };
  return Math.max(0, ...words.map((w) => (dfas.some((d) => accepts(d, w)) ? from([w]) : 0)));
}

function chainLength(family: Family, length: number, members: number): number {
  return right(elasticityChain(family, { length, members })).members.length;
}

describe("elasticityChain: the pins", () => {
  it("EX-LEN has a chain of length ≥ 20 (infinite elasticity) and still a tell-tale per member", () => {
    const c = right(elasticityChain(exLen(), { length: 20, members: 21 }));
    expect(c.members.length).toBeGreaterThanOrEqual(20);
    expect(c.words.slice(0, 4)).toEqual([pow(0), pow(1), pow(2), pow(3)]);
    expect(verifyElasticity(exLen(), c)).toBe(true);
    for (let n = 0; n <= 20; n++)
      expect(tellTale(exLen(), n).words).toEqual(
        pow(n + 1)
          .map((_, k) => pow(k))
          .slice(1),
      );
  });

  it("EX-LEN, EX-GOLD and EX-COFIN chains grow with the bound", () => {
    for (const f of [exLen(), exGold(), exCofin()]) {
      const lengths = [4, 8, 12].map((b) => chainLength(f, b, b + 2));
      expect(lengths[0]).toBeLessThan(lengths[1] as number);
      expect(lengths[1]).toBeLessThan(lengths[2] as number);
    }
  });

  it("{a^n b*} has longest chain 1 at every bound with length ≥ 1 (finite elasticity), exhaustively", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 24 }), (l, m) => {
        const c = right(elasticityChain(exThick(), { length: l, members: m }));
        classes.note("window beyond the length", m > l + 1);
        classes.note("window within the length", m <= l + 1);
        return c.exhaustive && c.members.length === 1 && verifyElasticity(exThick(), c);
      }),
      { numRuns: 30, seed: 4001 },
    );
    expect(classes.count("window beyond the length")).toBeGreaterThan(5);
    expect(classes.count("window within the length")).toBeGreaterThan(2);
  });

  it("EX-FIN-LAYERS(c) has longest chain exactly c", () => {
    for (const c of [1, 2, 3]) {
      const cert = right(elasticityChain(exFinLayers(c), { length: 4, members: 40 }));
      expect(cert.exhaustive).toBe(true);
      expect(cert.members.length).toBe(c);
    }
  });
});

describe("elasticityChain: longest within the bound", () => {
  it("equals a brute-force search over word sets on small random zoos", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, n, l) => {
          const zoo = right(exZoo(seed, { members: n, states: 3 }));
          const c = right(elasticityChain(zoo, { length: l, members: n }));
          const dfas = Array.from({ length: n }, (_, i) => member(zoo, i));
          const brute = longestBrute(dfas, shortWords(l));
          classes.note(`chain ${c.members.length}`);
          expect(c.exhaustive).toBe(true);
          expect(c.members.length).toBe(brute);
          expect(c.members.length).toBeLessThanOrEqual(n);
          expect(verifyElasticity(zoo, c)).toBe(true);
        },
      ),
      { numRuns: 40, seed: 4002 },
    );
    expect(classes.count("chain 0") + classes.count("chain 1")).toBeLessThan(35);
    expect(classes.count("chain 2") + classes.count("chain 3")).toBeGreaterThan(5);
  });

  it("stops at the asked chain length, or at the state budget, still maximal", () => {
    const asked = right(elasticityChain(exCofin(), { length: 30, members: 40, chain: 20 }));
    expect(asked.members.length).toBeGreaterThanOrEqual(20);
    expect(asked.exhaustive).toBe(false);
    expect(verifyElasticity(exCofin(), asked)).toBe(true);
    const zoo = right(exZoo(9, { members: 30, states: 5 }));
    const cut = right(elasticityChain(zoo, { length: 4, members: 30, states: 3 }));
    expect(cut.exhaustive).toBe(false);
    expect(verifyElasticity(zoo, cut)).toBe(true);
  });

  it("gives the trivial chain when no member contains a short word", () => {
    const c = right(elasticityChain(exThick(), { length: 0, members: 1 }));
    expect(c.words).toEqual([[]]);
    expect(c.members).toEqual([]);
    const b = right(elasticityChain(exThick(), { length: 1, members: 3 }));
    expect(b.members.length).toBe(1);
  });
});

describe("elasticityChain: bounds and progress", () => {
  it("refuses bad bounds", () => {
    for (const bound of [{ length: -1 }, { members: 0 }, { states: 0 }, { chain: 0 }]) {
      const r = elasticityChain(exLen(), bound);
      expect(E.isLeft(r) && r.left.kind).toBe("invalid-input");
    }
  });

  it("reports progress and returns the certificate", () => {
    const steps = elasticitySteps(exLen(), { length: 6, members: 8 });
    let r = steps.next();
    let yields = 0;
    for (; r.done !== true; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(0);
    expect(E.isRight(r.value) && r.value.right.members.length).toBe(6);
  });
});
