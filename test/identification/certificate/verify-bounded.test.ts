import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { findLockingSequence } from "../../../src/identification/adversary/locking.js";
import type {
  ElasticityCertificate,
  LockingCertificate,
  LockingResult,
  NoLockingReport,
  ThicknessCertificate,
} from "../../../src/identification/certificate/bounded.js";
import {
  elasticityProblem,
  lockingProblem,
  thicknessProblem,
  verifyElasticity,
  verifyLocking,
  verifyThickness,
} from "../../../src/identification/certificate/verify-bounded.js";
import {
  exFinLayers,
  exGold,
  exLen,
  exThick,
} from "../../../src/identification/family/examples.js";
import { enumerationLearner } from "../../../src/identification/learner/enumeration.js";
import { elasticityChain } from "../../../src/identification/structure/elasticity.js";
import { finiteThickness } from "../../../src/identification/structure/thickness.js";
import { Classes, pow, right } from "../helpers.js";

type Tamper<C> = readonly [string, (c: C) => C];

/** Runs every tamper (fast-check picks which, and where) and expects each to be rejected. */
function rejectsAll<C>(verify: (c: C) => boolean, cert: C, tampers: readonly Tamper<C>[]): void {
  expect(verify(cert)).toBe(true);
  const classes = new Classes();
  fc.assert(
    fc.property(fc.constantFrom(...tampers), ([name, tamper]) => {
      classes.note(name);
      return !verify(tamper(cert));
    }),
    { numRuns: 6 * tampers.length, seed: 4007 },
  );
  for (const [name] of tampers) expect(classes.count(name)).toBeGreaterThan(0);
}

const set = <T>(xs: readonly T[], i: number, x: T): T[] => xs.map((y, j) => (j === i ? x : y));

describe("verifyThickness", () => {
  const thick = exThick();
  const cert = right(finiteThickness(thick, { length: 3, members: 10 }));
  const gold = exGold();
  const goldCert = right(finiteThickness(gold, { length: 3, members: 10 }));

  it("accepts what finiteThickness produced and rejects every tampering", () => {
    const aab = cert.entries.findIndex((e) => e.word.join("") === "001");
    const tampers: Tamper<ThicknessCertificate>[] = [
      [
        "change a word",
        (c) => ({ ...c, entries: set(c.entries, 1, { ...c.entries[1], word: [1], members: [] }) }),
      ],
      [
        "drop a member",
        (c) => ({ ...c, entries: set(c.entries, aab, { word: [0, 0, 1], members: [] }) }),
      ],
      [
        "add a member",
        (c) => ({ ...c, entries: set(c.entries, aab, { word: [0, 0, 1], members: [2, 3] }) }),
      ],
      ["shorten the table", (c) => ({ ...c, entries: c.entries.slice(0, -1), words: c.words - 1 })],
      ["claim a wider window", (c) => ({ ...c, members: 20 })],
      ["claim a longer length", (c) => ({ ...c, length: 4 })],
      ["inflate the count", (c) => ({ ...c, maxCount: 2 })],
      ["flip the verdict", (c) => ({ ...c, verdict: "thick" as const })],
      ["invent a duplicate", (c) => ({ ...c, duplicates: [{ member: 3, of: 1 }] })],
      ["another family", (c) => ({ ...c, family: exLen().description })],
    ];
    rejectsAll((c) => verifyThickness(thick, c), cert, tampers);
  });

  it("checks the thick witness too", () => {
    expect(verifyThickness(gold, goldCert)).toBe(true);
    const w = goldCert.witness as NonNullable<ThicknessCertificate["witness"]>;
    expect(verifyThickness(gold, { ...goldCert, witness: { ...w, tailCount: 4 } })).toBe(false);
    expect(verifyThickness(gold, { ...goldCert, witness: { ...w, word: [0, 0, 0] } })).toBe(false);
    const { witness: _, ...noWitness } = goldCert;
    expect(O.isSome(thicknessProblem(gold, noWitness))).toBe(true);
  });

  it("rejects a membership flipped anywhere in the table", () => {
    const classes = new Classes();
    fc.assert(
      fc.property(fc.nat(goldCert.entries.length - 1), fc.nat(9), (u, i) => {
        const e = goldCert.entries[u] as ThicknessCertificate["entries"][number];
        const has = e.members.includes(i);
        classes.note(has ? "dropped" : "added");
        const members = has
          ? e.members.filter((j) => j !== i)
          : [...e.members, i].sort((x, y) => x - y);
        return !verifyThickness(gold, {
          ...goldCert,
          entries: set(goldCert.entries, u, { ...e, members }),
        });
      }),
      { numRuns: 40, seed: 4008 },
    );
    expect(classes.count("dropped")).toBeGreaterThan(5);
    expect(classes.count("added")).toBeGreaterThan(2);
  });
});

describe("verifyElasticity", () => {
  const len = exLen();
  const cert = right(elasticityChain(len, { length: 8, members: 10 }));

  it("accepts EX-LEN's chain and rejects every tampering", () => {
    expect(cert.members.length).toBe(8);
    const tampers: Tamper<ElasticityCertificate>[] = [
      ["change a word", (c) => ({ ...c, words: set(c.words, 3, pow(1)) })],
      ["drop a member", (c) => ({ ...c, members: c.members.slice(1) })],
      [
        "shorten the chain",
        (c) => ({ ...c, words: c.words.slice(0, -1), members: c.members.slice(0, -1) }),
      ],
      [
        "swap two members",
        (c) => ({
          ...c,
          members: set(set(c.members, 0, c.members[1] as number), 1, c.members[0] as number),
        }),
      ],
      ["a member beyond the window", (c) => ({ ...c, searched: 5 })],
      ["a word beyond the length", (c) => ({ ...c, length: 7 })],
      ["another family", (c) => ({ ...c, family: exGold().description })],
    ];
    rejectsAll((c) => verifyElasticity(len, c), cert, tampers);
  });

  it("names the problem", () => {
    const p = elasticityProblem(len, {
      ...cert,
      words: cert.words.slice(0, -1),
      members: cert.members.slice(0, -1),
    });
    expect(O.isSome(p) && p.value).toMatch(/not maximal/);
  });
});

describe("verifyLocking", () => {
  const fin = exFinLayers();
  const learner = enumerationLearner(fin);
  const cert = right(findLockingSequence(fin, learner, { target: 6 })) as LockingCertificate;
  const gold = exGold();
  const goldLearner = enumerationLearner(gold);
  const goldCert = right(
    findLockingSequence(gold, goldLearner, { target: 0 }),
  ) as LockingCertificate;

  it("accepts a locking sequence and rejects every tampering", () => {
    expect(cert.kind).toBe("locking");
    const tampers: Tamper<LockingResult>[] = [
      ["shorten sigma", (c) => ({ ...c, sigma: c.sigma.slice(1), symbols: c.symbols - 1 })],
      ["change a word", (c) => ({ ...c, sigma: set(c.sigma, 0, pow(2)), symbols: c.symbols + 1 })],
      [
        "a word outside the target",
        (c) => ({ ...c, sigma: [...c.sigma, pow(5)], symbols: c.symbols + 5 }),
      ],
      ["miscount the symbols", (c) => ({ ...c, symbols: c.symbols + 1 })],
      ["another guess", (c) => ({ ...c, guess: 5 })],
      ["another target", (c) => ({ ...c, target: 5 })],
      ["another learner", (c) => ({ ...c, learner: "tell-tale" })],
    ];
    rejectsAll((c) => verifyLocking(fin, learner, c), cert, tampers);
  });

  it("checks C3's failure witness", () => {
    const f = goldCert.failure as NonNullable<LockingCertificate["failure"]>;
    expect(verifyLocking(gold, goldLearner, goldCert)).toBe(true);
    const tampers: Tamper<LockingResult>[] = [
      ["an infinite member", (c) => ({ ...c, failure: { ...f, member: 0 } })],
      ["a member the text leaves", (c) => ({ ...c, failure: { ...f, member: 1 + f.member } })],
      ["shorten the text", (c) => ({ ...c, failure: { ...f, text: f.text.slice(0, -1) } })],
      ["a shorter horizon", (c) => ({ ...c, failure: { ...f, horizon: f.horizon - 1 } })],
    ];
    rejectsAll((c) => verifyLocking(gold, goldLearner, c), goldCert, tampers);
  });

  it("checks a no-locking report round by round", () => {
    const report = right(
      findLockingSequence(gold, goldLearner, { target: 3, sigma: 12 }),
    ) as NoLockingReport;
    expect(report.kind).toBe("no-locking");
    const tampers: Tamper<LockingResult>[] = [
      ["claim a longer search", (c) => ({ ...c, limit: 100 })],
      [
        "a round where the guess is right",
        (c) => ({ ...(c as NoLockingReport), rounds: [{ at: 0, tau: 1 }] }),
      ],
      [
        "rounds out of order",
        (c) => ({ ...(c as NoLockingReport), rounds: [...report.rounds].reverse() }),
      ],
    ];
    rejectsAll((c) => verifyLocking(gold, goldLearner, c), report, tampers);
    const p = lockingProblem(gold, goldLearner, { ...report, learner: "largest" });
    expect(O.isSome(p) && p.value).toMatch(/largest/);
  });
});
