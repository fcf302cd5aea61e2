import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands/index.js";
import { VERSION } from "../../src/cli/version.js";
import { cli } from "./helpers.js";

describe("the limitlab program", () => {
  it("every command teaches itself with examples on --help", async () => {
    for (const c of commands) {
      const r = await cli([c.name, "--help"]);
      expect(r.code, c.name).toBe(0);
      expect(r.out, c.name).toContain(`Usage: limitlab ${c.name}`);
      expect(r.out, c.name).toContain("Examples:");
    }
  });

  it("prints its version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, out: `${VERSION}\n`, err: "" });
  });

  it("a usage error is one line on stderr and exit code 2", async () => {
    const unknown = await cli(["compil", "a"]);
    expect(unknown).toEqual({
      code: 2,
      out: "",
      err: "limitlab: unknown command 'compil' (Did you mean compile?) (see limitlab --help)\n",
    });
    const flag = await cli(["compile", "a", "--bogus"]);
    expect(flag).toEqual({
      code: 2,
      out: "",
      err: "limitlab: unknown option '--bogus' (see limitlab compile --help)\n",
    });
  });
});
