import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { chatBase } from "../../../src/attribution/models/chat.js";
import { runScenario } from "../../../src/attribution/scenarios/registry.js";
import type { Certificate } from "../../../src/identification/certificate/types.js";
import { verifyCertificate } from "../../../src/identification/certificate/verify.js";
import type { TextDatum } from "../../../src/identification/datum.js";
import { exFt } from "../../../src/identification/family/examples.js";
import { textLearners } from "../../../src/identification/learner/catalogue.js";
import type { Learner } from "../../../src/identification/learner/learner.js";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

describe("P4-finetune, the default scenario", () => {
  it("reports certificates that still verify after a JSON round trip, for every text learner", () => {
    const report = JSON.parse(JSON.stringify(right(runScenario("P4-finetune")))) as {
      witnesses: { adversary: { learner: string; certificate: Certificate }[] };
    };
    const family = exFt(chatBase(), "chat");
    const learners = right(textLearners(family));
    expect(report.witnesses.adversary.map((a) => a.learner)).toEqual(learners.map((l) => l.name));
    for (const [i, a] of report.witnesses.adversary.entries()) {
      const l = learners[i] as Learner<unknown, TextDatum>;
      expect(verifyCertificate(family, l, a.certificate)).toBe(true);
      // tampering is caught: one datum less no longer certifies the claim
      const cut = { ...a.certificate, text: a.certificate.text.slice(0, -1) } as Certificate;
      expect(verifyCertificate(family, l, cut)).toBe(false);
    }
  });

  it("forces more mind changes when asked, and says what it ran with", () => {
    const r = right(runScenario("P4-finetune", { horizon: 20 }));
    expect(r.options.horizon).toBe(20);
    const rows = r.witnesses.adversary as { kind: string; changes?: number }[];
    for (const row of rows) if (row.kind === "mind-changes") expect(row.changes).toBe(20);
  });
});
