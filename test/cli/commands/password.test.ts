import { describe, expect, it } from "vitest";
import type { PasswordReport } from "../../../src/cli/commands/password.js";
import { cli } from "../helpers.js";

describe("limitlab password", () => {
  it("counts exactly 2^n − 1 membership queries and two equivalence queries", async () => {
    for (const n of [1, 3, 8]) {
      const r = await cli(["password", String(n), "--json"]);
      expect(r.code, r.err).toBe(0);
      const report = JSON.parse(r.out) as PasswordReport;
      expect(report).toMatchObject({
        n,
        membershipQueries: 2 ** n - 1,
        bound: 2 ** n - 1,
        reachedBound: true,
        candidatesLeft: 1,
        correct: true,
        withEquivalence: { equivalenceQueries: 2, membershipQueries: 0, correct: true },
      });
      expect(report.secret).toMatch(new RegExp(`^[01]{${n}}$`, "u"));
    }
  });

  it("prints the count against the bound as text", async () => {
    const r = await cli(["password", "4"]);
    expect(r.out).toMatch(/\nmembership queries +15 distinct words asked\n2\^n − 1 +15 \(reached/u);
  });

  it("refuses learners that ask equivalence queries, and bad lengths, in one line", async () => {
    expect(await cli(["password", "4", "--learner", "lsharp"])).toEqual({
      code: 1,
      out: "",
      err: "limitlab: lsharp asks equivalence queries, which the password adversary does not answer (use --learner enumeration)\n",
    });
    expect((await cli(["password", "0"])).err).toBe(
      'limitlab: <n> takes a whole number in 1..20, not "0"\n',
    );
  });
});
