import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AdversaryReport } from "../../../src/cli/commands/adversary.js";
import type { MindChangesCertificate } from "../../../src/identification/certificate/types.js";
import { cli, tempDir } from "../helpers.js";

const json = (out: string) => JSON.parse(out) as AdversaryReport;
const dir = tempDir();

describe("limitlab adversary", () => {
  it("forces mind changes on EX-GOLD and the verifier accepts the certificate", async () => {
    const out = join(dir, "gold.json");
    const r = await cli([
      "adversary",
      "--family",
      "gold",
      "--learner",
      "tell-tale",
      "--mind-changes",
      "12",
      "--out",
      out,
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    const report = json(r.out);
    expect(report).toMatchObject({
      verified: true,
      problem: null,
      partial: false,
      learner: "tell-tale",
    });
    expect(report.certificate).toMatchObject({ version: 1, kind: "mind-changes", changes: 12 });
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(report.certificate);
    const text = await cli([
      "adversary",
      "--family",
      "gold",
      "--learner",
      "tell-tale",
      "--mind-changes",
      "12",
    ]);
    expect(text.out).toContain(
      "certificate: 12 mind changes forced on a prefix of a text for the infinite member a*",
    );
    expect(text.out).toContain("verified: yes");
  });

  it("--verify re-checks a saved certificate and names what a tampered one gets wrong", async () => {
    const out = join(dir, "ft.json");
    const args = [
      "adversary",
      "--family",
      "ft",
      "--base",
      "(a|b)*",
      "--learner",
      "tell-tale",
      "--mind-changes",
      "8",
    ];
    expect((await cli([...args, "--out", out])).code).toBe(0);
    expect((await cli([...args, "--verify", out])).code).toBe(0);
    const cert = JSON.parse(readFileSync(out, "utf8")) as MindChangesCertificate;
    const tampered = join(dir, "tampered.json");
    writeFileSync(tampered, JSON.stringify({ ...cert, changes: cert.changes + 1 }));
    const bad = await cli([...args, "--verify", tampered]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(
      new RegExp(
        `^limitlab: ${tampered.replaceAll("/", "\\/")}: the certificate does not hold: `,
        "u",
      ),
    );
    writeFileSync(tampered, "{ not json");
    expect((await cli([...args, "--verify", tampered])).err).toMatch(
      /: line 1, column 3: invalid JSON/u,
    );
  });

  it("gets a learner stuck, and fails on the identifiable control", async () => {
    const stuck = json(
      (
        await cli([
          "adversary",
          "--family",
          "cofin",
          "--learner",
          "largest",
          "--horizon",
          "50",
          "--json",
        ])
      ).out,
    );
    expect(stuck.certificate).toMatchObject({ kind: "stuck", member: 1, horizon: 50 });
    expect(stuck.verified).toBe(true);
    const control = await cli([
      "adversary",
      "--family",
      "fin-layers",
      "--learner",
      "tell-tale",
      "--horizon",
      "30",
    ]);
    expect(control.code).toBe(1);
    expect(control.err).toMatch(/(^|\n)limitlab: Gold's adversary failed on EX-FIN-LAYERS/u);
    expect((await cli(["adversary", "--family", "len"])).err).toMatch(
      /has layout "custom"; Gold's adversary needs/u,
    );
    expect(
      (await cli(["adversary", "--family", "gold", "--learner", "enumeration-informant"])).err,
    ).toMatch(/^limitlab: .*informant/u);
  });

  it("prints how far it got on Ctrl-C", async () => {
    const r = await cli(
      [
        "adversary",
        "--family",
        "gold",
        "--learner",
        "tell-tale",
        "--mind-changes",
        "400",
        "--json",
      ],
      {
        interruptAt: 1000,
      },
    );
    expect(r.code).toBe(130);
    const report = json(r.out);
    expect(report).toMatchObject({ partial: true, certificate: null });
    expect(report.progress?.changes).toBeGreaterThan(0);
    expect(r.err).toMatch(
      /limitlab: interrupted: after \d+ mind changes; no certificate written\n$/u,
    );
  });
});
